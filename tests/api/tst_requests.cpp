// Requests and approvals over real HTTP against a real fielddesk-server, on the engine named
// by FIELDDESK_TEST_ENGINE, in a database of its own: the catalogs, every kind of request and
// its details, the workflow's legal and illegal steps, who may see and decide what, and what
// approving a time off writes.
#include "apisuite.h"
#include "apitestsetup.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace tst_requests {

namespace {

const QString kDemoPassword = QStringLiteral("fielddesk-demo");
const QString kPassword = QStringLiteral("requests-test-pw");

QList<qint64> idsIn(const TestReply &reply)
{
    QList<qint64> ids;
    for (const QJsonValue &v : reply.results())
        ids << v.toObject().value(QLatin1String("id")).toInteger();
    return ids;
}

} // namespace

class TestRequests : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void catalogsAreWrittenByManagersAndReadByEveryone();
    void everyKindIsFiledWithItsDetails_data();
    void everyKindIsFiledWithItsDetails();
    void detailsAreCheckedPerKind_data();
    void detailsAreCheckedPerKind();
    void legalStepsFollowTheKindsWorkflow();
    void illegalStepsAndStaleVersionsAre409();
    void rejectNeedsAComment();
    void nobodyDecidesTheirOwnRequest();
    void onlyManagersAndAdminsDecide();
    void onlyTheRequesterCancels();
    void othersRequestsStayHidden();
    void aRequestIsFiledOnlyAtALocationOfTheCallersTenant();
    void awaitingMeListsWhatTheCallerDecides();
    void approvedTimeOffBlocksTheTechniciansDayAndNamesConflicts();
    void historyListsEveryStepAndComment();
    void notificationsReachManagersRequestersAndTechnicians();
    void notificationsAreReadOneByOneOrAllAtOnce();

private:
    qint64 createUser(const QString &email, const QString &role, qint64 location);
    TestReply file(const QByteArray &token, const QString &kind, const QJsonObject &details);
    TestReply
    step(const QByteArray &token, qint64 request, const char *action, const QJsonObject &body = {});
    qint64 versionOf(qint64 request);
    QJsonObject toolDetails() const;

    QByteArray m_admin, m_otherAdmin, m_manager, m_farManager, m_dispatcher, m_tech, m_tech2;
    qint64 m_location = 0, m_farLocation = 0, m_techUser = 0, m_techId = 0;
    qint64 m_tool = 0, m_jacket = 0;
};

qint64 TestRequests::createUser(const QString &email, const QString &role, qint64 location)
{
    return createTestUser(m_server, m_admin, email, role, location, kPassword);
}

TestReply
TestRequests::file(const QByteArray &token, const QString &kind, const QJsonObject &details)
{
    return client(token).post(
        QStringLiteral("/api/v1/requests"),
        {{QStringLiteral("kind"), kind}, {QStringLiteral("details"), details}});
}

TestReply TestRequests::step(const QByteArray &token,
                             qint64 request,
                             const char *action,
                             const QJsonObject &body)
{
    return client(token).post(
        QStringLiteral("/api/v1/requests/%1/%2").arg(request).arg(QLatin1String(action)), body);
}

qint64 TestRequests::versionOf(qint64 request)
{
    return client(m_admin)
        .get(QStringLiteral("/api/v1/requests/%1").arg(request))
        .json()
        .value(QLatin1String("version"))
        .toInteger();
}

QJsonObject TestRequests::toolDetails() const
{
    return {{QStringLiteral("tool_id"), m_tool},
            {QStringLiteral("quantity"), 1},
            {QStringLiteral("needed_by"), QStringLiteral("2026-12-20")},
            {QStringLiteral("reason"), QStringLiteral("The old one broke")}};
}

void TestRequests::initTestCase()
{
    QString error;
    QVERIFY2(startSuiteServer(m_server, QStringLiteral("requests"), m_dir.path(), &error),
             qPrintable(error));
    m_admin = login(QStringLiteral("admin@demo.local"), kDemoPassword);
    m_otherAdmin = login(QStringLiteral("admin@other.local"), kDemoPassword);
    QVERIFY(!m_admin.isEmpty() && !m_otherAdmin.isEmpty());

    TestHttpClient admin = client(m_admin);
    const auto location = [&admin](const char *name) {
        return admin
            .post(QStringLiteral("/api/v1/locations"),
                  {{QStringLiteral("name"), QLatin1String(name)},
                   {QStringLiteral("time_zone"), QStringLiteral("America/Denver")}})
            .id();
    };
    m_location = location("Requests Depot");
    m_farLocation = location("Far Requests Depot");
    QVERIFY(m_location > 0 && m_farLocation > 0);
    QVERIFY(createUser(QStringLiteral("mgr@req.local"), QStringLiteral("manager"), m_location));
    QVERIFY(
        createUser(QStringLiteral("far-mgr@req.local"), QStringLiteral("manager"), m_farLocation));
    QVERIFY(createUser(QStringLiteral("disp@req.local"), QStringLiteral("dispatcher"), m_location));
    m_techUser =
        createUser(QStringLiteral("tech@req.local"), QStringLiteral("employee"), m_location);
    QVERIFY(m_techUser);
    QVERIFY(createUser(QStringLiteral("tech2@req.local"), QStringLiteral("employee"), m_location));
    m_manager = login(QStringLiteral("mgr@req.local"), kPassword);
    m_farManager = login(QStringLiteral("far-mgr@req.local"), kPassword);
    m_dispatcher = login(QStringLiteral("disp@req.local"), kPassword);
    m_tech = login(QStringLiteral("tech@req.local"), kPassword);
    m_tech2 = login(QStringLiteral("tech2@req.local"), kPassword);
    QVERIFY(!m_manager.isEmpty() && !m_tech.isEmpty() && !m_tech2.isEmpty());

    const TestReply technician = admin.post(
        QStringLiteral("/api/v1/technicians"),
        {{QStringLiteral("user_id"), m_techUser}, {QStringLiteral("location_id"), m_location}});
    QCOMPARE(technician.status, 201);
    m_techId = technician.id();

    m_tool = client(m_manager)
                 .post(QStringLiteral("/api/v1/tools"),
                       {{QStringLiteral("name"), QStringLiteral("Pipe wrench")},
                        {QStringLiteral("code"), QStringLiteral("RQ-PW-1")}})
                 .id();
    m_jacket =
        client(m_manager)
            .post(QStringLiteral("/api/v1/clothing-items"),
                  {{QStringLiteral("name"), QStringLiteral("Rain jacket")},
                   {QStringLiteral("sizes"), QJsonArray{QStringLiteral("S"), QStringLiteral("M")}}})
            .id();
    QVERIFY(m_tool > 0 && m_jacket > 0);
}

void TestRequests::catalogsAreWrittenByManagersAndReadByEveryone()
{
    const QJsonObject drill{{QStringLiteral("name"), QStringLiteral("Drill")},
                            {QStringLiteral("code"), QStringLiteral("RQ-DR-1")}};
    QCOMPARE(client(m_tech).post(QStringLiteral("/api/v1/tools"), drill).status, 403);
    QCOMPARE(client(m_dispatcher).post(QStringLiteral("/api/v1/tools"), drill).status, 403);
    const TestReply created = client(m_manager).post(QStringLiteral("/api/v1/tools"), drill);
    QCOMPARE(created.status, 201);
    QCOMPARE(client(m_manager).post(QStringLiteral("/api/v1/tools"), drill).status, 409);
    QVERIFY(idsIn(client(m_tech).get(QStringLiteral("/api/v1/tools?search=drill")))
                .contains(created.id()));
    QCOMPARE(client(m_otherAdmin).get(QStringLiteral("/api/v1/tools/%1").arg(created.id())).status,
             404);

    // A deactivated tool stays in the catalog but can no longer be requested.
    const TestReply off = client(m_manager).patch(
        QStringLiteral("/api/v1/tools/%1").arg(created.id()), {{QStringLiteral("active"), false}});
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value(QLatin1String("active")).toBool(), false);
    QJsonObject details = toolDetails();
    details.insert(QStringLiteral("tool_id"), created.id());
    const TestReply refused = file(m_tech, QStringLiteral("tool"), details);
    QCOMPARE(refused.status, 422);
    QCOMPARE(errorFields(refused), QStringList{QStringLiteral("details.tool_id")});
}

void TestRequests::everyKindIsFiledWithItsDetails_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("details");
    QTest::newRow("tool") << QStringLiteral("tool") << QJsonObject(); // filled in the test
    QTest::newRow("clothing") << QStringLiteral("clothing") << QJsonObject();
    QTest::newRow("time off")
        << QStringLiteral("time_off")
        << QJsonObject{{QStringLiteral("starts_at"), QStringLiteral("2027-01-04T15:00:00Z")},
                       {QStringLiteral("ends_at"), QStringLiteral("2027-01-09T00:00:00Z")},
                       {QStringLiteral("type"), QStringLiteral("vacation")}};
    QTest::newRow("repair") << QStringLiteral("repair")
                            << QJsonObject{{QStringLiteral("subject"), QStringLiteral("Ladder")},
                                           {QStringLiteral("description"),
                                            QStringLiteral("A rung is loose")},
                                           {QStringLiteral("severity"), QStringLiteral("high")}};
    QTest::newRow("suggestion") << QStringLiteral("suggestion")
                                << QJsonObject{{QStringLiteral("title"), QStringLiteral("Vans")},
                                               {QStringLiteral("text"),
                                                QStringLiteral("Roof racks on every van")}};
    QTest::newRow("referral")
        << QStringLiteral("referral")
        << QJsonObject{{QStringLiteral("partner_name"), QStringLiteral("Pool Pros")},
                       {QStringLiteral("contact_name"), QStringLiteral("Ann")},
                       {QStringLiteral("contact_email"), QStringLiteral("ann@poolpros.example")},
                       {QStringLiteral("notes"), QStringLiteral("The customer wants a pool")}};
}

void TestRequests::everyKindIsFiledWithItsDetails()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, details);
    if (kind == QLatin1String("tool"))
        details = toolDetails();
    if (kind == QLatin1String("clothing"))
        details = {{QStringLiteral("items"),
                    QJsonArray{QJsonObject{{QStringLiteral("clothing_item_id"), m_jacket},
                                           {QStringLiteral("size"), QStringLiteral("M")},
                                           {QStringLiteral("quantity"), 2}}}}};
    const TestReply created = file(m_tech, kind, details);
    QCOMPARE(created.status, 201);
    const QJsonObject body = created.json();
    QCOMPARE(body.value(QLatin1String("kind")).toString(), kind);
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(body.value(QLatin1String("details")).toObject(), details);
    QCOMPARE(
        body.value(QLatin1String("requester")).toObject().value(QLatin1String("id")).toInteger(),
        m_techUser);
    QCOMPARE(body.value(QLatin1String("location_id")).toInteger(), m_location);
    QCOMPARE(body.value(QLatin1String("version")).toInteger(), 1);
    QCOMPARE(client(m_tech).get(QStringLiteral("/api/v1/requests/%1").arg(created.id())).json(),
             body);
}

void TestRequests::detailsAreCheckedPerKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QString>("field");
    QTest::newRow("tool without quantity")
        << QStringLiteral("tool") << QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}}
        << QStringLiteral("details.quantity");
    QTest::newRow("clothing in a size it lacks")
        << QStringLiteral("clothing") << QJsonObject() << QStringLiteral("details.items[0].size");
    QTest::newRow("time off ending before it starts")
        << QStringLiteral("time_off")
        << QJsonObject{{QStringLiteral("starts_at"), QStringLiteral("2027-01-09T00:00:00Z")},
                       {QStringLiteral("ends_at"), QStringLiteral("2027-01-04T00:00:00Z")},
                       {QStringLiteral("type"), QStringLiteral("sick")}}
        << QStringLiteral("details.ends_at");
    QTest::newRow("repair of unknown severity")
        << QStringLiteral("repair")
        << QJsonObject{{QStringLiteral("subject"), QStringLiteral("s")},
                       {QStringLiteral("description"), QStringLiteral("d")},
                       {QStringLiteral("severity"), QStringLiteral("apocalyptic")}}
        << QStringLiteral("details.severity");
    QTest::newRow("referral with a bad e-mail")
        << QStringLiteral("referral")
        << QJsonObject{{QStringLiteral("partner_name"), QStringLiteral("p")},
                       {QStringLiteral("contact_name"), QStringLiteral("c")},
                       {QStringLiteral("contact_email"), QStringLiteral("not-an-address")},
                       {QStringLiteral("notes"), QStringLiteral("n")}}
        << QStringLiteral("details.contact_email");
    QTest::newRow("no such kind") << QStringLiteral("holiday") << QJsonObject()
                                  << QStringLiteral("kind");
}

void TestRequests::detailsAreCheckedPerKind()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, details);
    QFETCH(QString, field);
    if (field == QLatin1String("details.items[0].size"))
        details = {{QStringLiteral("items"),
                    QJsonArray{QJsonObject{{QStringLiteral("clothing_item_id"), m_jacket},
                                           {QStringLiteral("size"), QStringLiteral("XXL")},
                                           {QStringLiteral("quantity"), 1}}}}};
    const qint64 before = client(m_tech)
                              .get(QStringLiteral("/api/v1/requests"))
                              .json()
                              .value(QLatin1String("count"))
                              .toInteger();
    const TestReply refused = file(m_tech, kind, details);
    QCOMPARE(refused.status, 422);
    QVERIFY2(errorFields(refused).contains(field), refused.body.constData());
    QCOMPARE(client(m_tech)
                 .get(QStringLiteral("/api/v1/requests"))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             before); // nothing was stored
}

void TestRequests::legalStepsFollowTheKindsWorkflow()
{
    const qint64 tool = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    const TestReply approved = step(m_manager, tool, "approve",
                                    {{QStringLiteral("expected_version"), 1},
                                     {QStringLiteral("comment"), QStringLiteral("Go ahead")}});
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(approved.json().value(QLatin1String("decision_comment")).toString(),
             QStringLiteral("Go ahead"));
    QCOMPARE(approved.json()
                 .value(QLatin1String("decided_by"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("mgr"));
    QCOMPARE(approved.json().value(QLatin1String("version")).toInteger(), 2);
    const TestReply fulfilled = step(m_manager, tool, "fulfil");
    QCOMPARE(fulfilled.status, 200);
    QCOMPARE(fulfilled.json().value(QLatin1String("status")).toString(),
             QStringLiteral("fulfilled"));

    const qint64 idea = file(m_tech, QStringLiteral("suggestion"),
                             {{QStringLiteral("title"), QStringLiteral("t")},
                              {QStringLiteral("text"), QStringLiteral("x")}})
                            .id();
    QCOMPARE(step(m_admin, idea, "approve").json().value(QLatin1String("status")).toString(),
             QStringLiteral("approved")); // accepted
    const TestReply noFulfil = step(m_admin, idea, "fulfil");
    QCOMPARE(noFulfil.status, 409);
    QCOMPARE(noFulfil.json().value(QLatin1String("allowed")).toArray(), QJsonArray());
}

void TestRequests::illegalStepsAndStaleVersionsAre409()
{
    const qint64 request = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    const TestReply stale =
        step(m_manager, request, "approve", {{QStringLiteral("expected_version"), 5}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json().value(QLatin1String("type")).toString(),
             QStringLiteral("/problems/version-conflict"));
    QCOMPARE(stale.json()
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("version"))
                 .toInteger(),
             1);
    QCOMPARE(versionOf(request), 1);

    QCOMPARE(step(m_manager, request, "reject", {{QStringLiteral("comment"), QStringLiteral("No")}})
                 .status,
             200);
    const TestReply again = step(m_manager, request, "approve");
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QLatin1String("type")).toString(),
             QStringLiteral("/problems/illegal-transition"));
    QCOMPARE(again.json().value(QLatin1String("allowed")).toArray(), QJsonArray());
    QCOMPARE(again.json()
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("rejected"));

    const qint64 timeOff =
        file(m_tech2, QStringLiteral("time_off"),
             {{QStringLiteral("starts_at"), QStringLiteral("2027-02-01T15:00:00Z")},
              {QStringLiteral("ends_at"), QStringLiteral("2027-02-02T00:00:00Z")},
              {QStringLiteral("type"), QStringLiteral("personal")}})
            .id();
    QCOMPARE(step(m_manager, timeOff, "approve").status, 200);
    const TestReply fulfil = step(m_manager, timeOff, "fulfil");
    QCOMPARE(fulfil.status, 409);
    QCOMPARE(fulfil.json().value(QLatin1String("allowed")).toArray(),
             QJsonArray{QStringLiteral("revoke")});
    QCOMPARE(step(m_tech2, timeOff, "cancel").status, 409); // approved: only a revoke undoes it
}

void TestRequests::rejectNeedsAComment()
{
    const qint64 request = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    const TestReply bare = step(m_manager, request, "reject");
    QCOMPARE(bare.status, 422);
    QCOMPARE(errorFields(bare), QStringList{QStringLiteral("comment")});
    QCOMPARE(versionOf(request), 1);
}

void TestRequests::nobodyDecidesTheirOwnRequest()
{
    const qint64 own = file(m_manager, QStringLiteral("tool"), toolDetails()).id();
    QVERIFY(own > 0);
    const TestReply self = step(m_manager, own, "approve");
    QCOMPARE(self.status, 403);
    QCOMPARE(versionOf(own), 1);
    QCOMPARE(step(m_admin, own, "approve").status, 200);
}

void TestRequests::onlyManagersAndAdminsDecide()
{
    const qint64 timeOff =
        file(m_tech, QStringLiteral("time_off"),
             {{QStringLiteral("starts_at"), QStringLiteral("2027-03-01T15:00:00Z")},
              {QStringLiteral("ends_at"), QStringLiteral("2027-03-02T00:00:00Z")},
              {QStringLiteral("type"), QStringLiteral("sick")}})
            .id();
    QCOMPARE(step(m_tech2, timeOff, "approve").status, 404);      // cannot even see it
    QCOMPARE(step(m_dispatcher, timeOff, "approve").status, 403); // sees it, does not decide
    QCOMPARE(step(m_farManager, timeOff, "approve").status, 404); // another location
    QCOMPARE(step(m_otherAdmin, timeOff, "approve").status, 404); // another tenant
    QCOMPARE(versionOf(timeOff), 1);
}

void TestRequests::onlyTheRequesterCancels()
{
    const qint64 request = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    QCOMPARE(step(m_manager, request, "cancel").status, 403);
    const TestReply cancelled = step(m_tech, request, "cancel");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(QLatin1String("status")).toString(),
             QStringLiteral("cancelled"));
}

void TestRequests::othersRequestsStayHidden()
{
    const qint64 tool = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    const qint64 timeOff =
        file(m_tech, QStringLiteral("time_off"),
             {{QStringLiteral("starts_at"), QStringLiteral("2027-04-01T15:00:00Z")},
              {QStringLiteral("ends_at"), QStringLiteral("2027-04-02T00:00:00Z")},
              {QStringLiteral("type"), QStringLiteral("unpaid")}})
            .id();
    const auto status = [this](const QByteArray &token, qint64 id) {
        return client(token).get(QStringLiteral("/api/v1/requests/%1").arg(id)).status;
    };
    QCOMPARE(status(m_tech2, tool), 404);
    QCOMPARE(status(m_dispatcher, tool), 404); // dispatchers see time off only
    QCOMPARE(status(m_dispatcher, timeOff), 200);
    QCOMPARE(status(m_farManager, tool), 404);
    QCOMPARE(status(m_otherAdmin, tool), 404);
    QCOMPARE(status(m_manager, tool), 200);
    QVERIFY(
        !idsIn(client(m_tech2).get(QStringLiteral("/api/v1/requests?limit=500"))).contains(tool));
    const QList<qint64> dispatcherSees =
        idsIn(client(m_dispatcher).get(QStringLiteral("/api/v1/requests?limit=500")));
    QVERIFY(dispatcherSees.contains(timeOff));
    QVERIFY(!dispatcherSees.contains(tool));
}

// An admin may file at any location of their own tenant, never at another tenant's or at one
// that does not exist (both once answered 201 and 500); nothing is stored for a refusal.
void TestRequests::aRequestIsFiledOnlyAtALocationOfTheCallersTenant()
{
    const qint64 othersLocation =
        client(m_otherAdmin).get(QStringLiteral("/api/v1/locations")).firstResultId();
    QVERIFY(othersLocation > 0);
    const auto fileAt = [this](const QByteArray &token, qint64 location) {
        return client(token).post(QStringLiteral("/api/v1/requests"),
                                  {{QStringLiteral("kind"), QStringLiteral("tool")},
                                   {QStringLiteral("details"), toolDetails()},
                                   {QStringLiteral("location_id"), location}});
    };
    const auto count = [this](const QByteArray &token) {
        return client(token)
            .get(QStringLiteral("/api/v1/requests"))
            .json()
            .value(QLatin1String("count"))
            .toInteger();
    };
    const qint64 ours = count(m_admin), theirs = count(m_otherAdmin);
    for (const qint64 location : {othersLocation, qint64(987654321)}) {
        for (const QByteArray &token : {m_admin, m_tech}) {
            const TestReply refused = fileAt(token, location);
            QCOMPARE(refused.status, 422);
            QVERIFY2(errorFields(refused).contains(QStringLiteral("location_id")),
                     refused.body.constData());
        }
    }
    QCOMPARE(count(m_admin), ours);
    QCOMPARE(count(m_otherAdmin), theirs);
    const TestReply filed = fileAt(m_admin, m_farLocation);
    QCOMPARE(filed.status, 201);
    QCOMPARE(filed.json().value(QLatin1String("location_id")).toInteger(), m_farLocation);
    QCOMPARE(step(m_admin, filed.id(), "cancel").status, 200); // awaits nobody's decision later
    QCOMPARE(fileAt(m_tech, m_farLocation).status, 422); // not a location the employee works at
}

void TestRequests::awaitingMeListsWhatTheCallerDecides()
{
    const qint64 waiting = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    const qint64 decided = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    QCOMPARE(step(m_manager, decided, "approve").status, 200);
    const qint64 own = file(m_manager, QStringLiteral("tool"), toolDetails()).id();
    const QList<qint64> inbox =
        idsIn(client(m_manager).get(QStringLiteral("/api/v1/requests?awaiting_me=true&limit=500")));
    QVERIFY(inbox.contains(waiting));
    QVERIFY(!inbox.contains(decided));
    QVERIFY(!inbox.contains(own));
    QVERIFY(idsIn(client(m_farManager).get(QStringLiteral("/api/v1/requests?awaiting_me=true")))
                .isEmpty());
    QVERIFY(
        idsIn(client(m_tech).get(QStringLiteral("/api/v1/requests?awaiting_me=true"))).isEmpty());
}

void TestRequests::approvedTimeOffBlocksTheTechniciansDayAndNamesConflicts()
{
    // A job planned for the technician inside the coming time off.
    TestHttpClient admin = client(m_admin);
    const TestReply job = admin.post(QStringLiteral("/api/v1/jobs"),
                                     {{QStringLiteral("title"), QStringLiteral("Boiler service")},
                                      {QStringLiteral("location_id"), m_location}});
    QCOMPARE(job.status, 201);
    const TestReply assigned =
        admin.post(QStringLiteral("/api/v1/jobs/%1/assign").arg(job.id()),
                   {{QStringLiteral("technician_id"), m_techId},
                    {QStringLiteral("planned_start"), QStringLiteral("2027-05-04T17:00:00Z")},
                    {QStringLiteral("expected_version"), 1},
                    {QStringLiteral("force"), true}});
    QCOMPARE(assigned.status, 200);

    const qint64 timeOff =
        file(m_tech, QStringLiteral("time_off"),
             {{QStringLiteral("starts_at"), QStringLiteral("2027-05-04T00:00:00Z")},
              {QStringLiteral("ends_at"), QStringLiteral("2027-05-06T00:00:00Z")},
              {QStringLiteral("type"), QStringLiteral("vacation")},
              {QStringLiteral("note"), QStringLiteral("Wedding")}})
            .id();
    const QString availability =
        QStringLiteral(
            "/api/v1/technicians/%1/availability?from=2027-05-01T00:00:00Z&to=2027-05-10T00:00:00Z")
            .arg(m_techId);
    QCOMPARE(admin.get(availability).results().size(), 0);

    const TestReply approved = step(m_manager, timeOff, "approve");
    QCOMPARE(approved.status, 200);
    const QJsonArray conflicts = approved.json().value(QLatin1String("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).toObject().value(QLatin1String("job_id")).toInteger(), job.id());
    QCOMPARE(conflicts.at(0).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("Boiler service"));
    const QJsonArray periods = admin.get(availability).results();
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.at(0).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("time_off"));
    QVERIFY(periods.at(0)
                .toObject()
                .value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("Wedding")));
    // Written like any period a dispatcher adds: audited (and announced to live boards).
    const auto audited = [&admin, this](const char *action) {
        return admin
            .get(QStringLiteral("/api/v1/audit-logs?object_type=technician&object_id=%1&action=%2")
                     .arg(m_techId)
                     .arg(QLatin1String(action)))
            .json()
            .value(QLatin1String("count"))
            .toInteger();
    };
    QCOMPARE(audited("technician.availability_added"), 1);

    // Revoked, the day is free again.
    const TestReply revoked =
        step(m_manager, timeOff, "revoke", {{QStringLiteral("comment"), QStringLiteral("Moved")}});
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json().value(QLatin1String("status")).toString(), QStringLiteral("revoked"));
    QCOMPARE(admin.get(availability).results().size(), 0);
    QCOMPARE(audited("technician.availability_removed"), 1);
}

void TestRequests::historyListsEveryStepAndComment()
{
    const qint64 request = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    QCOMPARE(client(m_manager)
                 .post(QStringLiteral("/api/v1/requests/%1/comments").arg(request),
                       {{QStringLiteral("text"), QStringLiteral("Which size?")}})
                 .status,
             201);
    QCOMPARE(step(m_manager, request, "reject",
                  {{QStringLiteral("comment"), QStringLiteral("In stock")}})
                 .status,
             200);
    QCOMPARE(client(m_tech2)
                 .post(QStringLiteral("/api/v1/requests/%1/comments").arg(request),
                       {{QStringLiteral("text"), QStringLiteral("Not mine")}})
                 .status,
             404);
    const QJsonArray history =
        client(m_tech).get(QStringLiteral("/api/v1/requests/%1/history").arg(request)).results();
    QStringList actions;
    for (const QJsonValue &entry : history)
        actions << entry.toObject().value(QLatin1String("action")).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("submitted"), QStringLiteral("commented"),
                                   QStringLiteral("rejected")}));
    const QJsonObject rejected = history.at(2).toObject();
    QCOMPARE(rejected.value(QLatin1String("from_status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(rejected.value(QLatin1String("to_status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.value(QLatin1String("comment")).toString(), QStringLiteral("In stock"));
    QCOMPARE(
        rejected.value(QLatin1String("actor")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("mgr"));
}

void TestRequests::notificationsReachManagersRequestersAndTechnicians()
{
    const auto unread = [this](const QByteArray &token) {
        return client(token)
            .get(QStringLiteral("/api/v1/notifications/unread-count"))
            .json()
            .value(QLatin1String("count"))
            .toInteger();
    };
    const auto newest = [this](const QByteArray &token) {
        return client(token)
            .get(QStringLiteral("/api/v1/notifications?limit=1"))
            .results()
            .first()
            .toObject();
    };
    const qint64 managerBefore = unread(m_manager);
    const qint64 farManagerBefore = unread(m_farManager);
    const qint64 request = file(m_tech, QStringLiteral("tool"), toolDetails()).id();
    QCOMPARE(unread(m_manager), managerBefore + 1);
    QCOMPARE(unread(m_farManager), farManagerBefore); // not their location
    const QJsonObject filed = newest(m_manager);
    QCOMPARE(filed.value(QLatin1String("kind")).toString(), QStringLiteral("request.submitted"));
    QCOMPARE(filed.value(QLatin1String("object_type")).toString(), QStringLiteral("request"));
    QCOMPARE(filed.value(QLatin1String("object_id")).toInteger(), request);
    QCOMPARE(filed.value(QLatin1String("read")).toBool(), false);

    const qint64 techBefore = unread(m_tech);
    QCOMPARE(step(m_manager, request, "reject",
                  {{QStringLiteral("comment"), QStringLiteral("Shared one")}})
                 .status,
             200);
    QCOMPARE(unread(m_tech), techBefore + 1);
    const QJsonObject decided = newest(m_tech);
    QCOMPARE(decided.value(QLatin1String("kind")).toString(), QStringLiteral("request.decided"));
    QVERIFY(decided.value(QLatin1String("title")).toString().contains(QLatin1String("rejected")));
    QCOMPARE(decided.value(QLatin1String("body")).toString(), QStringLiteral("Shared one"));

    // A job put on the technician's day, then taken off it again.
    TestHttpClient admin = client(m_admin);
    const qint64 job = admin
                           .post(QStringLiteral("/api/v1/jobs"),
                                 {{QStringLiteral("title"), QStringLiteral("Gutter check")},
                                  {QStringLiteral("location_id"), m_location}})
                           .id();
    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(job),
                       {{QStringLiteral("technician_id"), m_techId},
                        {QStringLiteral("planned_start"), QStringLiteral("2027-06-07T16:00:00Z")},
                        {QStringLiteral("expected_version"), 1},
                        {QStringLiteral("force"), true}})
                 .status,
             200);
    const QJsonObject assigned = newest(m_tech);
    QCOMPARE(assigned.value(QLatin1String("kind")).toString(), QStringLiteral("job.assigned"));
    QCOMPARE(assigned.value(QLatin1String("object_id")).toInteger(), job);
    QVERIFY2(assigned.value(QLatin1String("body")).toString().contains(QLatin1String("10:00")),
             qPrintable(assigned.value(QLatin1String("body")).toString())); // Denver's clock
    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/jobs/%1/unassign").arg(job),
                       {{QStringLiteral("expected_version"), 2}})
                 .status,
             200);
    QCOMPARE(newest(m_tech).value(QLatin1String("kind")).toString(),
             QStringLiteral("job.unassigned"));
}

void TestRequests::notificationsAreReadOneByOneOrAllAtOnce()
{
    (void)file(m_tech2, QStringLiteral("suggestion"),
               {{QStringLiteral("title"), QStringLiteral("a")},
                {QStringLiteral("text"), QStringLiteral("b")}});
    (void)file(m_tech2, QStringLiteral("suggestion"),
               {{QStringLiteral("title"), QStringLiteral("c")},
                {QStringLiteral("text"), QStringLiteral("d")}});
    TestHttpClient manager = client(m_manager);
    const QJsonArray unread =
        manager.get(QStringLiteral("/api/v1/notifications?unread=true&limit=500")).results();
    QVERIFY(unread.size() >= 2);
    const qint64 first = unread.first().toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(
        client(m_tech).post(QStringLiteral("/api/v1/notifications/%1/read").arg(first), {}).status,
        404); // someone else's
    QCOMPARE(manager.post(QStringLiteral("/api/v1/notifications/%1/read").arg(first), {}).status,
             204);
    QCOMPARE(manager.get(QStringLiteral("/api/v1/notifications/unread-count"))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             unread.size() - 1);
    // It takes no body, but one that is not JSON is refused, not ignored (nothing is marked).
    const TestReply broken =
        manager.send("POST", QStringLiteral("/api/v1/notifications/read-all"), R"({"a":)");
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(manager.get(QStringLiteral("/api/v1/notifications/unread-count"))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             unread.size() - 1);
    const TestReply all = manager.post(QStringLiteral("/api/v1/notifications/read-all"), {});
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().value(QLatin1String("marked")).toInteger(), unread.size() - 1);
    QCOMPARE(manager.get(QStringLiteral("/api/v1/notifications/unread-count"))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             0);
    QCOMPARE(manager.get(QStringLiteral("/api/v1/notifications?unread=maybe")).status, 422);
}

FIELDDESK_TEST_GUILESS_MAIN(TestRequests)
} // namespace tst_requests
#include "tst_requests.moc"
