// Live events over WebSocket (GET /api/v1/ws) against a real fielddesk-server, on the engine
// named by FIELDDESK_TEST_ENGINE (sqlite: a fresh file; postgresql: a fresh database next to
// FIELDDESK_TEST_PG_URL's). Events come two ways: rows written straight into the outbox, as
// another server instance sharing the database would (the poll delivers them), and the job
// endpoints (the commit notification delivers them).
#include "apitestsetup.h"
#include "eventstream.h"
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"
#include "wallclock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include <csignal>
#include <memory>
#include <optional>

namespace tst_events {

namespace {

const QByteArray kSecret = "events-test-secret-events-test-secret-0123";
const QString kPassword = QStringLiteral("fielddesk-demo");
const QString kConnection = QStringLiteral("tst_events");
constexpr int kWaitMs = 5000;
// The server is started with this cap on bytes queued per console (the slow consumer test).
constexpr int kMaxQueuedBytes = 256 * 1024;
constexpr int kRetentionSeconds = 3600;

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void helloFrameForDispatchRoles_data();
    void helloFrameForDispatchRoles();
    void badTokensAreRefused_data();
    void badTokensAreRefused();
    void employeesHearTheirOwnNotificationsOnly();
    void badAfterIsRefused();
    void polledEventsAreDelivered();
    void eventsFollowTheCallersLocations();
    void tenantsNeverSeeEachOthersEvents();
    void resumeReplaysWithoutGapsOrDuplicates();
    void jobEventsArriveBeforeThePoll();
    void jobEventsFollowLocationsAndTenants();
    void requestChangesReachThoseWhoMayReadThem();
    void anotherInstancesCommitsArrive();
    void resyncWhenTheHistoryWasPruned();
    void resyncForAnIdNeverIssued();
    void deactivatedUserIsDisconnected();
    void deadConnectionsAreDropped();
    void slowConsumerIsClosed();
    void shutdownClosesWithGoingAway();

private:
    QByteArray tokenFor(const QString &email);
    TestHttpClient as(const QString &email);
    QUrl streamUrl(const QByteArray &token, std::optional<qint64> after = std::nullopt) const;
    std::unique_ptr<EventStream> connectAs(const QString &email,
                                           std::optional<qint64> after = std::nullopt);
    QSqlDatabase db() const { return QSqlDatabase::database(kConnection); }
    qint64 insertEvent(qint64 tenantId,
                       std::optional<qint64> locationId,
                       const QString &occurredAt = nowTimestamp(),
                       const QByteArray &data = "{\"test\":true}");
    qint64 latestEventId();
    // A WebSocket upgraded by hand that then reads nothing, not even pings.
    std::unique_ptr<QTcpSocket> upgradeWithoutReading(const QString &email);
    bool openDatabase(const QString &engine, QString *error);
    QStringList serverEnvironment() const;

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_database; // the server's database URL
    SignedInAccounts m_accounts{m_server, kPassword};
    qint64 m_demoTenant = 0;
    qint64 m_otherTenant = 0;
    qint64 m_demoLocation = 0;   // Denver Central: the dispatcher's
    qint64 m_hiddenLocation = 0; // Lakewood West: only the admin sees it
    qint64 m_otherLocation = 0;  // Other Co.'s location
};

bool TestEvents::openDatabase(const QString &engine, QString *error)
{
    if (engine == QLatin1String("postgresql")) {
        // A database of our own on the fixture's server, so that the order in which CTest
        // runs the PostgreSQL suites does not matter.
        const QUrl url(qEnvironmentVariable("FIELDDESK_TEST_PG_URL"));
        if (!url.isValid() || url.host().isEmpty()) {
            *error = QStringLiteral("FIELDDESK_TEST_PG_URL is not set");
            return false;
        }
        const QString name = QStringLiteral("fielddesk_events_test");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                           QStringLiteral("tst_events_admin"));
            admin.setHostName(url.host());
            admin.setPort(url.port(5432));
            admin.setUserName(url.userName());
            admin.setDatabaseName(url.path().mid(1));
            if (!admin.open()) {
                *error = admin.lastError().text();
                return false;
            }
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name) ||
                !q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                *error = q.lastError().text();
                return false;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_events_admin"));
        QUrl mine = url;
        mine.setPath(QLatin1Char('/') + name);
        m_database = mine.toString();
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kConnection);
        d.setHostName(url.host());
        d.setPort(url.port(5432));
        d.setUserName(url.userName());
        d.setDatabaseName(name);
        if (!d.open()) {
            *error = d.lastError().text();
            return false;
        }
        return true;
    }
    const QString path = m_dir.filePath(QStringLiteral("events.db"));
    m_database = QStringLiteral("sqlite:") + path;
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
    d.setDatabaseName(path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    return true; // opened once the server has created the file
}

QStringList TestEvents::serverEnvironment() const
{
    return {
        QStringLiteral("FIELDDESK_JWT_SECRET=") + QString::fromLatin1(kSecret),
        QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
        QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path(),
        QStringLiteral("FIELDDESK_EVENT_RETENTION_SECONDS=%1").arg(kRetentionSeconds),
        QStringLiteral("FIELDDESK_EVENT_PRUNE_SECONDS=1"),
        QStringLiteral("FIELDDESK_EVENT_PING_SECONDS=2"),
        QStringLiteral("FIELDDESK_EVENT_MAX_QUEUED_BYTES=%1").arg(kMaxQueuedBytes),
    };
}

void TestEvents::initTestCase()
{
    const QString engine = qEnvironmentVariable("FIELDDESK_TEST_ENGINE", QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(openDatabase(engine, &error), qPrintable(error));
    ServerProcess::Options options;
    options.database = m_database;
    options.environment = serverEnvironment();
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    qInfo("engine %s, server on port %d", qPrintable(engine), m_server.port());
    if (!db().isOpen())
        QVERIFY2(db().open(), qPrintable(db().lastError().text()));

    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const QJsonArray locations =
        admin.get(QStringLiteral("/api/v1/locations?ordering=id")).results();
    QCOMPARE(locations.size(), 3);
    m_demoLocation = locations.at(0).toObject().value(QLatin1String("id")).toInteger();
    m_hiddenLocation = locations.at(2).toObject().value(QLatin1String("id")).toInteger();
    m_demoTenant = admin.get(QStringLiteral("/api/v1/tenants/current")).id();
    TestHttpClient other = as(QStringLiteral("admin@other.local"));
    m_otherLocation = other.get(QStringLiteral("/api/v1/locations")).firstResultId();
    m_otherTenant = other.get(QStringLiteral("/api/v1/tenants/current")).id();
    QVERIFY(m_demoTenant > 0 && m_otherTenant > 0 && m_demoTenant != m_otherTenant);
    QVERIFY(m_demoLocation > 0 && m_hiddenLocation > 0 && m_otherLocation > 0);
}

void TestEvents::cleanupTestCase()
{
    m_server.stop();
    QSqlDatabase::database(kConnection).close();
}

QByteArray TestEvents::tokenFor(const QString &email)
{
    return m_accounts.tokenFor(email);
}

TestHttpClient TestEvents::as(const QString &email)
{
    return m_accounts.as(email);
}

QUrl TestEvents::streamUrl(const QByteArray &token, std::optional<qint64> after) const
{
    return EventStream::urlOf(m_server.baseUrl(), token, after);
}

std::unique_ptr<EventStream> TestEvents::connectAs(const QString &email,
                                                   std::optional<qint64> after)
{
    auto stream = std::make_unique<EventStream>(streamUrl(tokenFor(email), after));
    // The hello frame says the stream is set up: everything committed from now on follows.
    if (!stream->waitForFrames(1))
        qWarning("no hello for %s (closed %d: %d %s)", qPrintable(email), stream->isClosed(),
                 stream->closeCode(), qPrintable(stream->closeReason()));
    return stream;
}

qint64 TestEvents::insertEvent(qint64 tenantId,
                               std::optional<qint64> locationId,
                               const QString &occurredAt,
                               const QByteArray &data)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO outbox_events (tenant_id, location_id, type, source, "
                             "occurred_at, correlation_id, data) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(tenantId);
    q.addBindValue(locationId ? QVariant(*locationId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(QStringLiteral("test.event.v1"));
    q.addBindValue(QStringLiteral("fielddesk/test"));
    q.addBindValue(occurredAt);
    q.addBindValue(QStringLiteral("tst_events"));
    q.addBindValue(QString::fromUtf8(data));
    if (!q.exec() || !q.next()) {
        qWarning("insert failed: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
}

qint64 TestEvents::latestEventId()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM outbox_events")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestEvents::helloFrameForDispatchRoles_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("admin") << QStringLiteral("admin@demo.local");
    QTest::newRow("manager") << QStringLiteral("manager@demo.local");
    QTest::newRow("dispatcher") << QStringLiteral("dispatcher@demo.local");
}

void TestEvents::helloFrameForDispatchRoles()
{
    QFETCH(QString, email);
    const qint64 latest = latestEventId();
    const std::unique_ptr<EventStream> stream = connectAs(email);
    QVERIFY(stream->waitForFrames(1));
    const QJsonObject hello = stream->frames().first();
    QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("fielddesk.hello"));
    // The demo server's own work (the evening run, positions) may append events meanwhile: the
    // hello names the newest one at its moment, between the two readings.
    const qint64 helloLatest = hello.value(QLatin1String("last_event_id")).toInteger(-1);
    QVERIFY2(helloLatest >= latest && helloLatest <= latestEventId(),
             qPrintable(QStringLiteral("hello %1, before %2").arg(helloLatest).arg(latest)));
    QVERIFY(!stream->isClosed());
}

void TestEvents::badTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("garbage") << QByteArray("not-a-token");
    // A well-formed token signed with another secret.
    QTest::newRow("forged") << QByteArray(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwidGlkIjoxLCJleHAiOjQ"
        "xMDI0NDQ4MDB9.c2lnbmVkLXdpdGgtYW5vdGhlci1zZWNyZXQtc2lnbmVkLXdpdGg");
}

void TestEvents::badTokensAreRefused()
{
    QFETCH(QByteArray, token);
    // QHttpServer 6.4 completes the upgrade before the token can be looked at: the refusal is
    // an immediate close with 4401 and no frame before it.
    EventStream stream(streamUrl(token));
    QVERIFY(stream.waitForClose());
    QCOMPARE(stream.closeCode(), 4401);
    QVERIFY(stream.frames().isEmpty());
}

void TestEvents::employeesHearTheirOwnNotificationsOnly()
{
    // tech1's technician profile, and a job at its location.
    const qint64 techUser = as(QStringLiteral("tech1@demo.local"))
                                .get(QStringLiteral("/api/v1/me"))
                                .json()
                                .value(QLatin1String("user"))
                                .toObject()
                                .value(QLatin1String("id"))
                                .toInteger();
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    QJsonObject technician;
    for (const QJsonValue &t :
         admin.get(QStringLiteral("/api/v1/technicians?limit=500")).results()) {
        if (t.toObject().value(QLatin1String("user_id")).toInteger() == techUser)
            technician = t.toObject();
    }
    QVERIFY2(!technician.isEmpty(), "tech1@demo.local has no technician profile in the demo");

    const std::unique_ptr<EventStream> employee = connectAs(QStringLiteral("tech1@demo.local"));
    const std::unique_ptr<EventStream> other = connectAs(QStringLiteral("dispatcher@demo.local"));
    QVERIFY(!employee->isClosed());
    const TestReply job =
        admin.post(QStringLiteral("/api/v1/jobs"),
                   {{QStringLiteral("title"), QStringLiteral("Notification check")},
                    {QStringLiteral("location_id"),
                     technician.value(QLatin1String("location_id")).toInteger()}});
    QCOMPARE(job.status, 201);
    const qint64 before = employee->nowNs();
    const TestReply assigned = admin.post(
        QStringLiteral("/api/v1/jobs/%1/assign").arg(job.id()),
        {{QStringLiteral("technician_id"), technician.value(QLatin1String("id")).toInteger()},
         {QStringLiteral("planned_start"), QStringLiteral("2027-07-05T16:00:00Z")},
         {QStringLiteral("expected_version"), 1},
         {QStringLiteral("force"), true}});
    QCOMPARE(assigned.status, 200);
    const auto indexOfType = [](const EventStream &stream, const QString &type) {
        for (qsizetype i = 0; i < stream.frames().size(); ++i) {
            if (stream.frames().at(i).value(QLatin1String("type")).toString() == type)
                return i;
        }
        return qsizetype(-1);
    };
    QVERIFY(QTest::qWaitFor(
        [&] { return indexOfType(*employee, QStringLiteral("notification.created.v1")) >= 0; },
        kWaitMs));
    const qsizetype index = indexOfType(*employee, QStringLiteral("notification.created.v1"));
    const QJsonObject data = employee->frames().at(index).value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("kind")).toString(), QStringLiteral("job.assigned"));
    QVERIFY2(employee->arrivalNs(index) - before < 2'000'000'000LL,
             "arrived more than 2 s after the assignment");
    // The dispatcher's stream carried the assignment, and not tech1's notification.
    QVERIFY(QTest::qWaitFor(
        [&] { return indexOfType(*other, QStringLiteral("scheduling.job.assigned.v1")) >= 0; },
        kWaitMs));
    QCOMPARE(indexOfType(*other, QStringLiteral("notification.created.v1")), -1);
    // And the employee's stream carried no dispatch events at all.
    for (const QJsonObject &frame : employee->frames())
        QVERIFY2(
            !frame.value(QLatin1String("type")).toString().startsWith(QLatin1String("scheduling.")),
            qPrintable(frame.value(QLatin1String("type")).toString()));
}

void TestEvents::badAfterIsRefused()
{
    QUrl url = streamUrl(tokenFor(QStringLiteral("dispatcher@demo.local")));
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("after"), QStringLiteral("yesterday"));
    url.setQuery(query);
    EventStream stream(url);
    QVERIFY(stream.waitForClose());
    QCOMPARE(stream.closeCode(), 4400);
}

void TestEvents::polledEventsAreDelivered()
{
    const std::unique_ptr<EventStream> stream = connectAs(QStringLiteral("dispatcher@demo.local"));
    const qint64 sentAt = stream->nowNs();
    const qint64 id = insertEvent(m_demoTenant, m_demoLocation, nowTimestamp(),
                                  "{\"job\":{\"id\":7},\"client_id\":\"c1\"}");
    QVERIFY(id > 0);
    const qsizetype index = stream->waitForEvent(id);
    QVERIFY2(index >= 0, "the event never arrived");
    qInfo("an event committed outside this server arrived after %.1f ms (poll: 500 ms)",
          double(stream->arrivalNs(index) - sentAt) / 1e6);
    const QJsonObject event = stream->frames().at(index);
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("test.event.v1"));
    QCOMPARE(event.value(QLatin1String("source")).toString(), QStringLiteral("fielddesk/test"));
    QCOMPARE(event.value(QLatin1String("correlation_id")).toString(), QStringLiteral("tst_events"));
    QCOMPARE(event.value(QLatin1String("location_id")).toInteger(), m_demoLocation);
    QVERIFY(!event.value(QLatin1String("occurred_at")).toString().isEmpty());
    QCOMPARE(event.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("job"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             7);
    QCOMPARE(stream->eventIds(), QList<qint64>{id}); // nothing else, nothing twice
}

void TestEvents::eventsFollowTheCallersLocations()
{
    const std::unique_ptr<EventStream> admin = connectAs(QStringLiteral("admin@demo.local"));
    const std::unique_ptr<EventStream> dispatcher =
        connectAs(QStringLiteral("dispatcher@demo.local"));
    const qint64 hidden = insertEvent(m_demoTenant, m_hiddenLocation);
    const qint64 visible = insertEvent(m_demoTenant, m_demoLocation);
    const qint64 tenantWide = insertEvent(m_demoTenant, std::nullopt);
    QVERIFY(admin->waitForEvent(tenantWide) >= 0);
    QVERIFY(dispatcher->waitForEvent(tenantWide) >= 0);
    QCOMPARE(admin->eventIds(), (QList<qint64>{hidden, visible, tenantWide}));
    QCOMPARE(dispatcher->eventIds(), (QList<qint64>{visible, tenantWide}));
}

void TestEvents::tenantsNeverSeeEachOthersEvents()
{
    const std::unique_ptr<EventStream> demo = connectAs(QStringLiteral("admin@demo.local"));
    const std::unique_ptr<EventStream> other = connectAs(QStringLiteral("admin@other.local"));
    const qint64 theirs = insertEvent(m_otherTenant, m_otherLocation);
    const qint64 theirsTenantWide = insertEvent(m_otherTenant, std::nullopt);
    const qint64 ours = insertEvent(m_demoTenant, std::nullopt);
    QVERIFY(demo->waitForEvent(ours) >= 0);
    QVERIFY(other->waitForEvent(theirsTenantWide) >= 0);
    QCOMPARE(demo->eventIds(), QList<qint64>{ours});
    QCOMPARE(other->eventIds(), (QList<qint64>{theirs, theirsTenantWide}));
}

void TestEvents::resumeReplaysWithoutGapsOrDuplicates()
{
    const QString email = QStringLiteral("dispatcher@demo.local");
    QList<qint64> expected; // what the dispatcher may see, in id order
    qint64 lastSeen = 0;
    {
        const std::unique_ptr<EventStream> first = connectAs(email);
        for (int i = 0; i < 5; ++i)
            expected.append(insertEvent(m_demoTenant, m_demoLocation));
        QVERIFY(first->waitForEvent(expected.last()) >= 0);
        QCOMPARE(first->eventIds(), expected);
        lastSeen = expected.last();
    }
    // Offline: more than two replay pages of events, some of which the dispatcher may not
    // see (another location, another tenant), in one transaction like a busy server.
    expected.clear();
    QVERIFY(db().transaction());
    for (int i = 0; i < 1200; ++i) {
        if (i % 10 == 3)
            insertEvent(m_demoTenant, m_hiddenLocation);
        else if (i % 10 == 7)
            insertEvent(m_otherTenant, std::nullopt);
        else
            expected.append(insertEvent(m_demoTenant, i % 2 ? std::optional<qint64>(m_demoLocation)
                                                            : std::nullopt));
    }
    QVERIFY(db().commit());

    // Resume while new events keep coming: the replay and live delivery must meet exactly.
    EventStream resumed(streamUrl(tokenFor(email), lastSeen));
    for (int i = 0; i < 40; ++i) {
        expected.append(insertEvent(m_demoTenant, m_demoLocation));
        QTest::qWait(i % 4 == 0 ? 10 : 0);
    }
    QVERIFY(resumed.waitForEvent(expected.last(), 15000) >= 0);
    // Anything duplicated late would come with the next poll: a marker written now arrives
    // with it (written to the table directly, only the poll finds it).
    expected.append(insertEvent(m_demoTenant, m_demoLocation));
    QVERIFY(resumed.waitForEvent(expected.last(), 15000) >= 0);
    QCOMPARE(resumed.frames().first().value(QLatin1String("type")).toString(),
             QStringLiteral("fielddesk.hello"));
    const QList<qint64> got = resumed.eventIds();
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
}

void TestEvents::jobEventsArriveBeforeThePoll()
{
    TestHttpClient dispatcherApi = as(QStringLiteral("dispatcher@demo.local"));
    const std::unique_ptr<EventStream> stream = connectAs(QStringLiteral("dispatcher@demo.local"));

    // Created: the event comes from the commit notification, not the poll.
    QList<double> latencies;
    qint64 jobId = 0;
    qint64 version = 0;
    for (int i = 0; i < 5; ++i) {
        const qint64 before = stream->nowNs();
        const TestReply created =
            dispatcherApi.post(QStringLiteral("/api/v1/jobs"),
                               {{QStringLiteral("title"), QStringLiteral("Dryer vent %1").arg(i)},
                                {QStringLiteral("location_id"), m_demoLocation}});
        QVERIFY2(created.status == 201, created.body.constData());
        const qint64 answeredAt = stream->nowNs();
        jobId = created.id();
        version = created.json().value(QLatin1String("version")).toInteger();
        qsizetype index = -1;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype f = 0; f < stream->frames().size() && index < 0; ++f) {
                    const QJsonObject frame = stream->frames().at(f);
                    if (frame.value(QLatin1String("type")).toString() ==
                            QLatin1String("scheduling.job.created.v1") &&
                        frame.value(QLatin1String("data"))
                                .toObject()
                                .value(QLatin1String("job"))
                                .toObject()
                                .value(QLatin1String("id"))
                                .toInteger() == jobId)
                        index = f;
                }
                return index >= 0;
            },
            kWaitMs);
        QVERIFY2(index >= 0, "no scheduling.job.created.v1 event");
        const double sinceRequestMs = double(stream->arrivalNs(index) - before) / 1e6;
        const double sinceAnswerMs = double(stream->arrivalNs(index) - answeredAt) / 1e6;
        latencies.append(sinceRequestMs);
        qInfo("job.created event %.1f ms after the request was sent (%+.1f ms from the 201)",
              sinceRequestMs, sinceAnswerMs);
        // Under 500 ms tells the notification (immediate) from the poll (every 500 ms). The
        // issue's 100 ms is the figure printed above, not a bar a loaded CI machine must meet.
        FIELDDESK_VERIFY_WALL_CLOCK(sinceRequestMs < 500,
                                    qPrintable(QString::number(sinceRequestMs)));
    }
    std::sort(latencies.begin(), latencies.end());
    qInfo("job.created delivery: median %.1f ms, worst %.1f ms", latencies.at(2), latencies.last());

    // Assigned: a technician for tech1 at the dispatcher's location, then the last job.
    TestHttpClient adminApi = as(QStringLiteral("admin@demo.local"));
    qint64 technicianId = 0;
    const QJsonArray technicians =
        adminApi
            .get(QStringLiteral("/api/v1/technicians?active=true&location_id=%1")
                     .arg(m_demoLocation))
            .results();
    if (!technicians.isEmpty()) {
        technicianId = technicians.at(0).toObject().value(QLatin1String("id")).toInteger();
    } else {
        const qint64 tech1 =
            adminApi.get(QStringLiteral("/api/v1/users?email=tech1@demo.local")).firstResultId();
        const TestReply made = adminApi.post(
            QStringLiteral("/api/v1/technicians"),
            {{QStringLiteral("user_id"), tech1}, {QStringLiteral("location_id"), m_demoLocation}});
        QVERIFY2(made.status == 201, made.body.constData());
        technicianId = made.id();
    }
    const QString plannedStart =
        QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs);
    const qint64 before = stream->nowNs();
    const TestReply assigned =
        dispatcherApi.post(QStringLiteral("/api/v1/jobs/%1/assign").arg(jobId),
                           {{QStringLiteral("technician_id"), technicianId},
                            {QStringLiteral("planned_start"), plannedStart},
                            {QStringLiteral("expected_version"), version},
                            {QStringLiteral("force"), true}});
    QVERIFY2(assigned.status == 200, assigned.body.constData());
    const qint64 assignAnsweredAt = stream->nowNs();
    qsizetype index = -1;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype f = 0; f < stream->frames().size() && index < 0; ++f) {
                if (stream->frames().at(f).value(QLatin1String("type")).toString() ==
                    QLatin1String("scheduling.job.assigned.v1"))
                    index = f;
            }
            return index >= 0;
        },
        kWaitMs);
    QVERIFY2(index >= 0, "no scheduling.job.assigned.v1 event");
    const double assignMs = double(stream->arrivalNs(index) - before) / 1e6;
    qInfo("job.assigned event %.1f ms after the request was sent (%+.1f ms from the 200)", assignMs,
          double(stream->arrivalNs(index) - assignAnsweredAt) / 1e6);
    FIELDDESK_VERIFY_WALL_CLOCK(assignMs < 500, qPrintable(QString::number(assignMs)));

    // In id order, each once.
    const QList<qint64> ids = stream->eventIds();
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) > ids.at(i - 1));
}

void TestEvents::jobEventsFollowLocationsAndTenants()
{
    const std::unique_ptr<EventStream> admin = connectAs(QStringLiteral("admin@demo.local"));
    const std::unique_ptr<EventStream> dispatcher =
        connectAs(QStringLiteral("dispatcher@demo.local"));
    const std::unique_ptr<EventStream> other = connectAs(QStringLiteral("admin@other.local"));
    TestHttpClient adminApi = as(QStringLiteral("admin@demo.local"));

    const auto createJob = [&](qint64 locationId) {
        const TestReply created = adminApi.post(
            QStringLiteral("/api/v1/jobs"), {{QStringLiteral("title"), QStringLiteral("Gutter")},
                                             {QStringLiteral("location_id"), locationId}});
        return created.status == 201 ? created.id() : 0;
    };
    const auto jobIdsIn = [](const EventStream &stream) {
        QList<qint64> ids;
        for (const QJsonObject &frame : stream.frames()) {
            const QJsonObject job = frame.value(QLatin1String("data"))
                                        .toObject()
                                        .value(QLatin1String("job"))
                                        .toObject();
            if (!job.isEmpty())
                ids.append(job.value(QLatin1String("id")).toInteger());
        }
        return ids;
    };
    const auto waitForJob = [&](const EventStream &stream, qint64 jobId) {
        return QTest::qWaitFor([&] { return jobIdsIn(stream).contains(jobId); }, kWaitMs);
    };

    const qint64 hiddenJob = createJob(m_hiddenLocation);
    const qint64 visibleJob = createJob(m_demoLocation);
    QVERIFY(hiddenJob > 0 && visibleJob > 0);
    QVERIFY(waitForJob(*admin, hiddenJob));
    QVERIFY(waitForJob(*admin, visibleJob));
    QVERIFY(waitForJob(*dispatcher, visibleJob));
    // Past the next poll, nothing else is on its way: markers written now (to the table
    // directly, only the poll finds them) come after anything the jobs could still send.
    const qint64 demoMarker = insertEvent(m_demoTenant, std::nullopt);
    const qint64 otherMarker = insertEvent(m_otherTenant, std::nullopt);
    QVERIFY(dispatcher->waitForEvent(demoMarker) >= 0);
    QVERIFY(other->waitForEvent(otherMarker) >= 0);
    QVERIFY(!jobIdsIn(*dispatcher).contains(hiddenJob));
    QCOMPARE(other->eventIds(), QList<qint64>{otherMarker});
    QVERIFY(!other->isClosed());
}

void TestEvents::requestChangesReachThoseWhoMayReadThem()
{
    const QString kChanged = QStringLiteral("requests.request.changed.v1");
    const std::unique_ptr<EventStream> manager = connectAs(QStringLiteral("manager@demo.local"));
    const std::unique_ptr<EventStream> dispatcher =
        connectAs(QStringLiteral("dispatcher@demo.local"));
    const std::unique_ptr<EventStream> employee = connectAs(QStringLiteral("tech1@demo.local"));
    TestHttpClient tech = as(QStringLiteral("tech1@demo.local"));
    TestHttpClient managerApi = as(QStringLiteral("manager@demo.local"));

    // The request events' data on a stream, in arrival order.
    const auto changes = [&kChanged](const EventStream &stream) {
        QList<QJsonObject> data;
        for (const QJsonObject &frame : stream.frames()) {
            if (frame.value(QLatin1String("type")).toString() == kChanged)
                data.append(frame.value(QLatin1String("data")).toObject());
        }
        return data;
    };
    const auto changeOf = [&](const EventStream &stream, qint64 request, const QString &action) {
        for (const QJsonObject &data : changes(stream)) {
            if (data.value(QLatin1String("request_id")).toInteger() == request &&
                data.value(QLatin1String("action")).toString() == action)
                return data;
        }
        return QJsonObject();
    };
    const auto waitForChange = [&](const EventStream &stream, qint64 request,
                                   const QString &action) {
        return QTest::qWaitFor([&] { return !changeOf(stream, request, action).isEmpty(); },
                               kWaitMs);
    };
    const auto file = [&tech](const QString &kind, const QJsonObject &details) {
        const TestReply filed =
            tech.post(QStringLiteral("/api/v1/requests"),
                      {{QStringLiteral("kind"), kind}, {QStringLiteral("details"), details}});
        if (filed.status != 201)
            qWarning("filing a %s: %d %s", qPrintable(kind), filed.status, filed.body.constData());
        return filed.id();
    };

    // Submitted: the manager's inbox hears of it, with what changed and nothing of the details.
    const qint64 idea = file(QStringLiteral("suggestion"),
                             {{QStringLiteral("title"), QStringLiteral("Event check")},
                              {QStringLiteral("text"), QStringLiteral("Private words")}});
    QVERIFY(idea > 0);
    QVERIFY2(waitForChange(*manager, idea, QStringLiteral("submitted")),
             "the manager heard nothing of the submission");
    const QJsonObject submitted = changeOf(*manager, idea, QStringLiteral("submitted"));
    QCOMPARE(submitted, (QJsonObject{{QStringLiteral("request_id"), idea},
                                     {QStringLiteral("kind"), QStringLiteral("suggestion")},
                                     {QStringLiteral("status"), QStringLiteral("submitted")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("action"), QStringLiteral("submitted")}}));

    // Approved: the new status and version.
    const TestReply approved =
        managerApi.post(QStringLiteral("/api/v1/requests/%1/approve").arg(idea),
                        {{QStringLiteral("expected_version"), 1}});
    QVERIFY2(approved.status == 200, approved.body.constData());
    QVERIFY2(waitForChange(*manager, idea, QStringLiteral("approved")),
             "the manager heard nothing of the approval");
    const QJsonObject decided = changeOf(*manager, idea, QStringLiteral("approved"));
    QCOMPARE(decided.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(decided.value(QLatin1String("version")).toInteger(), 2);

    // A time off, commented on: the dispatcher plans around those, and hears of both steps.
    const qint64 leave =
        file(QStringLiteral("time_off"),
             {{QStringLiteral("starts_at"), QStringLiteral("2027-08-02T14:00:00Z")},
              {QStringLiteral("ends_at"), QStringLiteral("2027-08-03T00:00:00Z")},
              {QStringLiteral("type"), QStringLiteral("personal")}});
    QVERIFY(leave > 0);
    QCOMPARE(managerApi
                 .post(QStringLiteral("/api/v1/requests/%1/comments").arg(leave),
                       {{QStringLiteral("text"), QStringLiteral("Noted")}})
                 .status,
             201);
    QVERIFY2(waitForChange(*dispatcher, leave, QStringLiteral("submitted")),
             "the dispatcher heard nothing of the time off");
    QVERIFY2(waitForChange(*dispatcher, leave, QStringLiteral("commented")),
             "the dispatcher heard nothing of the comment");
    QVERIFY(waitForChange(*manager, leave, QStringLiteral("commented")));
    // Events come in id order: once the time off's have arrived, the suggestion's would have
    // too. A dispatcher may not read suggestions, so none came.
    for (const QJsonObject &data : changes(*dispatcher))
        QCOMPARE(data.value(QLatin1String("kind")).toString(), QStringLiteral("time_off"));

    // The employee's stream carries their own notifications (the comment's is the last thing
    // raised above) and no request events, not even about their own requests.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     for (const QJsonObject &frame : employee->frames()) {
                         if (frame.value(QLatin1String("data"))
                                 .toObject()
                                 .value(QLatin1String("kind"))
                                 .toString() == QLatin1String("request.commented"))
                             return true;
                     }
                     return false;
                 },
                 kWaitMs),
             "the employee's notification of the comment did not arrive");
    QVERIFY(changes(*employee).isEmpty());
}

void TestEvents::anotherInstancesCommitsArrive()
{
    // Scale-out: a second server on the same database. Its commits reach this server's
    // consoles through the poll (500 ms), not the in-process notification.
    ServerProcess second;
    ServerProcess::Options options;
    options.database = m_database;
    // The same settings as the first: instances take turns at pruning the outbox, and one with
    // the default hour-long period would hold the turn through resyncWhenTheHistoryWasPruned.
    options.environment = serverEnvironment();
    QString error;
    QVERIFY2(second.start(options, &error), qPrintable(error));
    const std::unique_ptr<EventStream> stream = connectAs(QStringLiteral("dispatcher@demo.local"));
    TestHttpClient api(second.baseUrl());
    api.setToken(tokenFor(QStringLiteral("dispatcher@demo.local"))); // same secret: valid there
    const qint64 before = stream->nowNs();
    const TestReply created = api.post(QStringLiteral("/api/v1/jobs"),
                                       {{QStringLiteral("title"), QStringLiteral("Attic")},
                                        {QStringLiteral("location_id"), m_demoLocation}});
    QVERIFY2(created.status == 201, created.body.constData());
    QVERIFY(stream->waitForFrames(2));
    const QJsonObject event = stream->frames().at(1);
    QCOMPARE(event.value(QLatin1String("type")).toString(),
             QStringLiteral("scheduling.job.created.v1"));
    QCOMPARE(event.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("job"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             created.id());
    const double ms = double(stream->arrivalNs(1) - before) / 1e6;
    qInfo("a job created on another instance arrived after %.1f ms (poll: 500 ms)", ms);
    QVERIFY(ms < 2000);
    QCOMPARE(second.stop(), 0);
}

void TestEvents::resyncWhenTheHistoryWasPruned()
{
    // Everything so far becomes older than the retention, and one more old event is the
    // newest: the server's pruner (every second in this suite) deletes all but that one,
    // which it keeps so that ids are never reused.
    const QString longAgo =
        QDateTime::currentDateTimeUtc().addSecs(-2 * kRetentionSeconds).toString(Qt::ISODateWithMs);
    QSqlQuery age(db());
    QVERIFY2(age.exec(QStringLiteral("UPDATE outbox_events SET occurred_at = '%1'").arg(longAgo)),
             qPrintable(age.lastError().text()));
    const qint64 kept = insertEvent(m_demoTenant, std::nullopt, longAgo);
    QVERIFY(kept > 2);
    QVERIFY(QTest::qWaitFor(
        [&] {
            QSqlQuery q(db());
            return q.exec(QStringLiteral("SELECT COUNT(*), MIN(id) FROM outbox_events")) &&
                   q.next() && q.value(0).toInt() == 1 && q.value(1).toLongLong() == kept;
        },
        kWaitMs));

    // Resuming from before what is kept: the console must reload, then follows live.
    const std::unique_ptr<EventStream> stream =
        connectAs(QStringLiteral("dispatcher@demo.local"), kept - 2);
    QVERIFY(stream->waitForFrames(2));
    QCOMPARE(stream->frames().at(0).value(QLatin1String("type")).toString(),
             QStringLiteral("fielddesk.hello"));
    QCOMPARE(stream->frames().at(1).value(QLatin1String("type")).toString(),
             QStringLiteral("fielddesk.resync_required"));
    const qint64 next = insertEvent(m_demoTenant, std::nullopt);
    QVERIFY(stream->waitForEvent(next) >= 0);
    QCOMPARE(stream->eventIds(), QList<qint64>{next});

    // Resuming from just before the oldest kept event loses nothing: no resync.
    const std::unique_ptr<EventStream> resumed =
        connectAs(QStringLiteral("dispatcher@demo.local"), kept - 1);
    QVERIFY(resumed->waitForEvent(next) >= 0);
    QCOMPARE(resumed->eventIds(), (QList<qint64>{kept, next}));
    for (const QJsonObject &frame : resumed->frames())
        QVERIFY(frame.value(QLatin1String("type")).toString() !=
                QLatin1String("fielddesk.resync_required"));
}

void TestEvents::resyncForAnIdNeverIssued()
{
    const std::unique_ptr<EventStream> stream =
        connectAs(QStringLiteral("manager@demo.local"), latestEventId() + 1000);
    QVERIFY(stream->waitForFrames(2));
    QCOMPARE(stream->frames().at(1).value(QLatin1String("type")).toString(),
             QStringLiteral("fielddesk.resync_required"));
}

std::unique_ptr<QTcpSocket> TestEvents::upgradeWithoutReading(const QString &email)
{
    const int opened = int(m_server.output().count("\"event\":\"ws_opened\""));
    auto raw = std::make_unique<QTcpSocket>();
    raw->setReadBufferSize(1); // reads (almost) nothing: the kernel buffers fill up
    raw->connectToHost(m_server.baseUrl().host(), m_server.port());
    if (!raw->waitForConnected(kWaitMs))
        return nullptr;
    const QUrl url = streamUrl(tokenFor(email));
    raw->write("GET " + url.path(QUrl::FullyEncoded).toLatin1() + '?' +
               url.query(QUrl::FullyEncoded).toLatin1() +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    if (!raw->waitForBytesWritten(kWaitMs) ||
        !QTest::qWaitFor(
            [&] { return m_server.output().count("\"event\":\"ws_opened\"") > opened; }, kWaitMs))
        return nullptr;
    return raw;
}

void TestEvents::deactivatedUserIsDisconnected()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const TestReply made =
        admin.post(QStringLiteral("/api/v1/users"),
                   {{QStringLiteral("email"), QStringLiteral("leaver@demo.local")},
                    {QStringLiteral("name"), QStringLiteral("Leaver")},
                    {QStringLiteral("role"), QStringLiteral("dispatcher")},
                    {QStringLiteral("password"), QStringLiteral("a good password")}});
    QVERIFY2(made.status == 201, made.body.constData());
    TestHttpClient leaver(m_server.baseUrl());
    QCOMPARE(
        leaver.login(QStringLiteral("leaver@demo.local"), QStringLiteral("a good password")).status,
        200);
    EventStream stream(streamUrl(leaver.token()));
    QVERIFY(stream.waitForFrames(1));
    QCOMPARE(admin
                 .patch(QStringLiteral("/api/v1/users/%1").arg(made.id()),
                        {{QStringLiteral("active"), false}})
                 .status,
             200);
    // Tokens are checked again every ping round (2 s in this suite).
    QVERIFY(stream.waitForClose(8000));
    QCOMPARE(stream.closeCode(), 4401);
}

void TestEvents::deadConnectionsAreDropped()
{
    // This suite pings every 2 s: a console that never answers is dropped after 5 s.
    const int dead = int(m_server.output().count("\"event\":\"ws_dead\""));
    const std::unique_ptr<QTcpSocket> raw =
        upgradeWithoutReading(QStringLiteral("manager@demo.local"));
    QVERIFY(raw);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.output().count("\"event\":\"ws_dead\"") > dead, 10000);
}

void TestEvents::slowConsumerIsClosed()
{
    // A console that upgrades and then stops reading: the kernel buffers fill, then the
    // server's queue; past the cap the server closes it instead of growing. The bulky events
    // are copied inside the database from one template row, so that they are all written
    // well within the 5 s after which the silent console would be dropped as dead instead.
    const QByteArray bulky = "{\"padding\":\"" + QByteArray(64 * 1024, 'x') + "\"}";
    const qint64 bulkyTemplate = insertEvent(m_demoTenant, std::nullopt, nowTimestamp(), bulky);
    QVERIFY(bulkyTemplate > 0);
    const std::unique_ptr<QTcpSocket> raw =
        upgradeWithoutReading(QStringLiteral("admin@demo.local"));
    QVERIFY(raw);
    QSqlQuery copy(db());
    QVERIFY(copy.prepare(QStringLiteral(
        "INSERT INTO outbox_events (tenant_id, location_id, type, source, occurred_at, "
        "correlation_id, data) SELECT tenant_id, location_id, type, source, occurred_at, "
        "correlation_id, data FROM outbox_events WHERE id = ?")));
    for (int i = 0; i < 384; ++i) { // 24 MB: more than loopback buffers plus the cap
        copy.addBindValue(bulkyTemplate);
        QVERIFY2(copy.exec(), qPrintable(copy.lastError().text()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_server.output().contains("\"event\":\"ws_too_slow\""), 15000);
    raw->abort();
    // The server still serves everyone else.
    const std::unique_ptr<EventStream> stream = connectAs(QStringLiteral("admin@demo.local"));
    const qint64 next = insertEvent(m_demoTenant, std::nullopt);
    QVERIFY(stream->waitForEvent(next) >= 0);
}

void TestEvents::shutdownClosesWithGoingAway()
{
    const std::unique_ptr<EventStream> stream = connectAs(QStringLiteral("dispatcher@demo.local"));
    QVERIFY(!stream->isClosed());
    ::kill(pid_t(m_server.process()->processId()), SIGTERM);
    QVERIFY(stream->waitForClose(10000));
    QCOMPARE(stream->closeCode(), 1001);
    // Exited by itself: stop() would otherwise send a second SIGTERM, which kills.
    QVERIFY(m_server.process()->state() == QProcess::NotRunning ||
            m_server.process()->waitForFinished(10000));
    QCOMPARE(m_server.stop(), 0);
}

FIELDDESK_TEST_MAIN(TestEvents)
} // namespace tst_events
#include "tst_events.moc"
