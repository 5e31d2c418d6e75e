// Technicians' positions over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE: a technician's phone sends a batch (an array, as phones send it);
// repeats and points not newer than the last are ignored; bad points are refused at their
// field and nothing of the batch is kept; nobody sends for someone else's technician or reads
// another location's; the fleet tracker's API key sends for its location's technicians and
// does nothing else; the newest position goes out live to the location's consoles; the day's
// track comes back in order for a replay; everyone's last position for the map.
#include "apisuite.h"
#include "apitestsetup.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTest>
#include <QWebSocket>

namespace tst_positions {

namespace {

const QString kPassword = QStringLiteral("positions-test-pw");
constexpr int kWaitMs = 10000;

QString minutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(Qt::ISODateWithMs);
}

QJsonObject fix(double lat, double lon, const QString &at)
{
    return {{QStringLiteral("lat"), lat},
            {QStringLiteral("lon"), lon},
            {QStringLiteral("accuracy_m"), 8},
            {QStringLiteral("heading_deg"), 90},
            {QStringLiteral("recorded_at"), at}};
}

} // namespace

class TestPositions : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void aPhoneSendsABatchAndRepeatsAreIgnored();
    void badPointsAreRefusedAtTheirFieldAndNothingIsKept();
    void onlyTheTechnicianAndTheirPlannersSendOrRead();
    void theFleetTrackersKeySendsItsLocationsPositionsOnly();
    void theNewestPositionGoesOutLive();

private:
    TestReply send(const QByteArray &token, qint64 technician, const QJsonArray &points);
    QByteArray m_techToken;
    LocationStaff m_staff;
    qint64 m_technician = 0, m_colleagueTechnician = 0;
};

TestReply TestPositions::send(const QByteArray &token, qint64 technician, const QJsonArray &points)
{
    return client(token).send("POST",
                              QStringLiteral("/api/v1/technicians/%1/positions").arg(technician),
                              QJsonDocument(points).toJson(QJsonDocument::Compact));
}

void TestPositions::initTestCase()
{
    QString error;
    QVERIFY2(startSuiteServer(m_server, QStringLiteral("positions"), m_dir.path(), &error),
             qPrintable(error));
    QVERIFY(m_staff.create(m_server, QStringLiteral("positions.test"), kPassword));
    const auto technician = [&](const char *email) {
        const qint64 user =
            client(m_staff.admin)
                .get(QStringLiteral("/api/v1/users?search=%1").arg(QLatin1String(email)))
                .results()
                .first()
                .toObject()
                .value(QLatin1String("id"))
                .toInteger();
        return client(m_staff.admin)
            .post(QStringLiteral("/api/v1/technicians"),
                  {{QStringLiteral("user_id"), user},
                   {QStringLiteral("location_id"), m_staff.location}})
            .id();
    };
    m_technician = technician("tech@positions.test");
    m_colleagueTechnician = technician("tech2@positions.test");
    QVERIFY(m_technician > 0 && m_colleagueTechnician > 0);
}

void TestPositions::aPhoneSendsABatchAndRepeatsAreIgnored()
{
    // Sent out of order, with one repeat.
    const QString t1 = minutesAgo(30), t2 = minutesAgo(20), t3 = minutesAgo(10);
    const TestReply first =
        send(m_staff.employee, m_technician,
             {fix(39.70, -105.00, t2), fix(39.71, -105.01, t1), fix(39.70, -105.00, t2)});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QLatin1String("accepted")).toInt(), 2);
    QCOMPARE(first.json().value(QLatin1String("ignored")).toInt(), 1);
    // A late point (older than the last kept) is ignored; a newer one is kept.
    const TestReply second = send(m_staff.employee, m_technician,
                                  {fix(39.69, -104.99, minutesAgo(25)), fix(39.72, -105.02, t3)});
    QCOMPARE(second.json().value(QLatin1String("accepted")).toInt(), 1);
    QCOMPARE(second.json().value(QLatin1String("ignored")).toInt(), 1);
    const QJsonObject latest = second.json().value(QLatin1String("latest")).toObject();
    QCOMPARE(latest.value(QLatin1String("lat")).toDouble(), 39.72);
    QCOMPARE(latest.value(QLatin1String("heading_deg")).toDouble(), 90.0);

    // The track, oldest first: what a replay draws.
    const TestReply track = client(m_staff.dispatcher)
                                .get(QStringLiteral("/api/v1/technicians/%1/positions?from=%2")
                                         .arg(m_technician)
                                         .arg(minutesAgo(60)));
    QCOMPARE(track.status, 200);
    const QJsonArray points = track.json().value(QLatin1String("positions")).toArray();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0).toObject().value(QLatin1String("lat")).toDouble(), 39.71);
    QCOMPARE(points.at(1).toObject().value(QLatin1String("lat")).toDouble(), 39.70);
    QCOMPARE(points.at(2).toObject().value(QLatin1String("lat")).toDouble(), 39.72);
    // The same with the timestamp percent-encoded, as most HTTP clients send it.
    const TestReply encoded =
        client(m_staff.dispatcher)
            .get(QStringLiteral("/api/v1/technicians/%1/positions?from=%2")
                     .arg(m_technician)
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(minutesAgo(60)))));
    QCOMPARE(encoded.status, 200);
    QCOMPARE(encoded.json().value(QLatin1String("positions")).toArray().size(), 3);
    // The map: everyone's last position at the location.
    const QJsonArray map =
        client(m_staff.dispatcher)
            .get(
                QStringLiteral("/api/v1/technician-positions?location_id=%1").arg(m_staff.location))
            .json()
            .value(QLatin1String("positions"))
            .toArray();
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.at(0).toObject().value(QLatin1String("technician_id")).toInteger(), m_technician);
    QCOMPARE(map.at(0).toObject().value(QLatin1String("lat")).toDouble(), 39.72);
}

void TestPositions::badPointsAreRefusedAtTheirFieldAndNothingIsKept()
{
    const QString now = minutesAgo(1);
    QJsonObject farNorth = fix(91, -105, now);
    TestReply r = send(m_staff.employee, m_technician, {fix(39.7, -105, now), farNorth});
    QCOMPARE(r.status, 422);
    QCOMPARE(errorFields(r), QStringList{QStringLiteral("positions[1].lat")});
    r = send(
        m_staff.employee, m_technician,
        {fix(39.7, -105, QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate))});
    QCOMPARE(errorFields(r), QStringList{QStringLiteral("positions[0].recorded_at")});
    r = send(m_staff.employee, m_technician, {fix(39.7, -105, QStringLiteral("yesterday"))});
    QCOMPARE(errorFields(r), QStringList{QStringLiteral("positions[0].recorded_at")});
    QCOMPARE(client(m_staff.employee)
                 .send("POST", QStringLiteral("/api/v1/technicians/%1/positions").arg(m_technician),
                       "[{")
                 .status,
             400);
    // None of it was kept: the last position is still the one from before.
    const QJsonArray map = client(m_staff.dispatcher)
                               .get(QStringLiteral("/api/v1/technician-positions"))
                               .json()
                               .value(QLatin1String("positions"))
                               .toArray();
    for (const QJsonValue &p : map) {
        if (p.toObject().value(QLatin1String("technician_id")).toInteger() == m_technician)
            QVERIFY(p.toObject().value(QLatin1String("recorded_at")).toString() < now);
    }
    // Older than the 30 days positions are kept: ignored.
    r = send(m_staff.employee, m_technician,
             {fix(39.7, -105, QDateTime::currentDateTimeUtc().addDays(-31).toString(Qt::ISODate))});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("ignored")).toInt(), 1);
}

void TestPositions::onlyTheTechnicianAndTheirPlannersSendOrRead()
{
    const QJsonArray one{fix(39.7, -105, minutesAgo(2))};
    QCOMPARE(send(m_staff.colleague, m_technician, one).status, 404); // not theirs
    QCOMPARE(send(m_staff.farManager, m_technician, one).status, 404);
    QCOMPARE(send(m_staff.otherAdmin, m_technician, one).status, 404);
    QCOMPARE(send(m_staff.dispatcher, m_colleagueTechnician, one).status, 200); // plans there
    const QString track = QStringLiteral("/api/v1/technicians/%1/positions").arg(m_technician);
    QCOMPARE(client(m_staff.employee).get(track).status, 403);
    QCOMPARE(client(m_staff.farManager).get(track).status, 404);
    QCOMPARE(client(m_staff.otherAdmin).get(track).status, 404);
    QCOMPARE(
        client(m_staff.farManager)
            .get(
                QStringLiteral("/api/v1/technician-positions?location_id=%1").arg(m_staff.location))
            .status,
        404);
    QCOMPARE(client(m_staff.farManager)
                 .get(QStringLiteral("/api/v1/technician-positions"))
                 .json()
                 .value(QLatin1String("positions"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(client(m_staff.dispatcher).get(track + QStringLiteral("?from=noon")).status, 422);
}

void TestPositions::theFleetTrackersKeySendsItsLocationsPositionsOnly()
{
    const auto createKey = [&](const QJsonObject &body) {
        return client(m_staff.admin).post(QStringLiteral("/api/v1/api-keys"), body);
    };
    const QJsonObject tracker{{QStringLiteral("name"), QStringLiteral("Van trackers")},
                              {QStringLiteral("kind"), QStringLiteral("fleet_tracker")},
                              {QStringLiteral("location_id"), m_staff.location}};
    // A fleet tracker's key acts for no customer; a customer's key needs one.
    QJsonObject withCustomer = tracker;
    const qint64 customer =
        client(m_staff.admin)
            .post(QStringLiteral("/api/v1/customers"),
                  {{QStringLiteral("name"), QStringLiteral("Tracker test customer")}})
            .id();
    QVERIFY(customer > 0);
    withCustomer.insert(QStringLiteral("customer_id"), customer);
    QCOMPARE(errorFields(createKey(withCustomer)), QStringList{QStringLiteral("customer_id")});
    QJsonObject customersWithout = tracker;
    customersWithout.insert(QStringLiteral("kind"), QStringLiteral("customer"));
    QCOMPARE(errorFields(createKey(customersWithout)), QStringList{QStringLiteral("customer_id")});
    QJsonObject unknownKind = tracker;
    unknownKind.insert(QStringLiteral("kind"), QStringLiteral("robot"));
    QCOMPARE(errorFields(createKey(unknownKind)), QStringList{QStringLiteral("kind")});

    const TestReply created = createKey(tracker);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QLatin1String("kind")).toString(),
             QStringLiteral("fleet_tracker"));
    QVERIFY(created.json().value(QLatin1String("customer_id")).isNull());
    const QByteArray key = created.json().value(QLatin1String("key")).toString().toUtf8();
    QVERIFY(key.startsWith("fdk_"));
    const auto withKey = [&](const QByteArray &apiKey, const char *method, const QString &path,
                             const QByteArray &body) {
        return TestHttpClient(m_server.baseUrl())
            .send(method, path, body,
                  {{"X-API-Key", apiKey}, {"Content-Type", "application/json"}});
    };
    const QString at = minutesAgo(1);
    const QByteArray one = QJsonDocument(QJsonArray{fix(39.75, -105.05, at)}).toJson();
    const QString ours = QStringLiteral("/api/v1/technicians/%1/positions").arg(m_technician);
    const TestReply sent = withKey(key, "POST", ours, one);
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.json().value(QLatin1String("accepted")).toInt(), 1);
    QCOMPARE(client(m_staff.dispatcher)
                 .get(ours + QStringLiteral("?from=%1").arg(minutesAgo(2)))
                 .json()
                 .value(QLatin1String("positions"))
                 .toArray()
                 .size(),
             1);
    // Another location's technician does not exist for it; a job or a read is not its to do.
    const qint64 farUser =
        createTestUser(m_server, m_staff.admin, QStringLiteral("far-tech@positions.test"),
                       QStringLiteral("employee"), m_staff.farLocation, kPassword);
    const TestReply far = client(m_staff.admin)
                              .post(QStringLiteral("/api/v1/technicians"),
                                    {{QStringLiteral("user_id"), farUser},
                                     {QStringLiteral("location_id"), m_staff.farLocation}});
    QVERIFY2(far.id() > 0, far.body.constData());
    QCOMPARE(
        withKey(key, "POST", QStringLiteral("/api/v1/technicians/%1/positions").arg(far.id()), one)
            .status,
        404);
    QCOMPARE(withKey(key, "POST", QStringLiteral("/api/v1/jobs"), R"({"title":"Tap"})").status,
             403);
    // Refused for what it is (README: 403 anywhere else), not asked for a token.
    QCOMPARE(withKey(key, "GET", QStringLiteral("/api/v1/technician-positions"), {}).status, 403);
    QCOMPARE(withKey("fdk_no-such-key", "GET", QStringLiteral("/api/v1/technician-positions"), {})
                 .status,
             401);
    // A customer's key may not send positions.
    QJsonObject customers = tracker;
    customers.insert(QStringLiteral("kind"), QStringLiteral("customer"));
    customers.insert(QStringLiteral("customer_id"), customer);
    const QByteArray customerKey =
        createKey(customers).json().value(QLatin1String("key")).toString().toUtf8();
    QVERIFY(!customerKey.isEmpty());
    QCOMPARE(withKey(customerKey, "POST", ours, one).status, 403);
    // Revoked, it is refused.
    QCOMPARE(client(m_staff.admin)
                 .send("DELETE", QStringLiteral("/api/v1/api-keys/%1").arg(created.id()), {})
                 .status,
             204);
    QCOMPARE(withKey(key, "POST", ours, one).status, 401);
}

void TestPositions::theNewestPositionGoesOutLive()
{
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/ws"));
    url.setQuery(QStringLiteral("token=") + QString::fromLatin1(m_staff.dispatcher));
    QWebSocket socket;
    QList<QJsonObject> frames;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    bool open = false;
    connect(&socket, &QWebSocket::connected, this, [&] { open = true; });
    socket.open(url);
    QVERIFY(QTest::qWaitFor([&] { return open; }, kWaitMs));
    const QString at = minutesAgo(0);
    QCOMPARE(send(m_staff.employee, m_technician, {fix(39.75, -105.03, at)}).status, 200);
    const auto positionEvent = [&]() -> QJsonObject {
        for (const QJsonObject &f : frames) {
            if (f.value(QLatin1String("type")).toString() ==
                QLatin1String("technician.position.updated.v1"))
                return f.value(QLatin1String("data")).toObject();
        }
        return {};
    };
    QVERIFY(QTest::qWaitFor([&] { return !positionEvent().isEmpty(); }, kWaitMs));
    QCOMPARE(positionEvent().value(QLatin1String("technician_id")).toInteger(), m_technician);
    QCOMPARE(positionEvent().value(QLatin1String("lat")).toDouble(), 39.75);
    socket.close();
}

FIELDDESK_TEST_GUILESS_MAIN(TestPositions)
} // namespace tst_positions
#include "tst_positions.moc"
