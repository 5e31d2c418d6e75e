// Operators and tenants over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, in a database of its own: the operator account made on the command
// line, what an operator may reach (tenants) and may not (every tenant's business data: 404),
// creating, suspending and resuming tenants, what suspension does to sign-in, refresh, tokens
// and live streams, and the forced password change.
#include "apitestsetup.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

namespace tst_operator {

namespace {

const QString kDemoPassword = QStringLiteral("fielddesk-demo");
const QString kOperatorEmail = QStringLiteral("op@hosting.test");
const QString kOperatorPassword = QStringLiteral("operator-password");
const QString kPassword = QStringLiteral("operator-suite-pw");
constexpr int kWaitMs = 5000;

// What a caller in a special state may still reach, as "METHOD /path" of the OpenAPI document.
const QStringList kOpenToOperators{
    QStringLiteral("GET /api/v1/me"),
    QStringLiteral("POST /api/v1/me/password"),
    QStringLiteral("POST /api/v1/auth/logout"),
    QStringLiteral("GET /api/v1/tenants"),
    QStringLiteral("POST /api/v1/tenants"),
    QStringLiteral("GET /api/v1/tenants/{id}"),
    QStringLiteral("POST /api/v1/tenants/{id}/suspend"),
    QStringLiteral("POST /api/v1/tenants/{id}/resume"),
};
const QStringList kOpenBeforePasswordChange{
    QStringLiteral("GET /api/v1/me"),
    QStringLiteral("POST /api/v1/me/password"),
};

QString problemType(const TestReply &reply)
{
    return reply.json().value(QLatin1String("type")).toString();
}

// One console's live stream: whether it opened and how it was closed.
class Stream : public QObject
{
public:
    explicit Stream(const QUrl &url)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this,
                [this](const QString &) { ++m_frames; });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
        m_socket.open(url);
    }
    bool waitForFrame()
    {
        return QTest::qWaitFor([&] { return m_frames > 0; }, kWaitMs);
    }
    bool waitForClose()
    {
        return QTest::qWaitFor([&] { return m_closed; }, kWaitMs);
    }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return int(m_socket.closeCode()); }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    QWebSocket m_socket;
    int m_frames = 0;
    bool m_closed = false;
};

} // namespace

class TestOperator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void commandLineMakesOperatorsOnly();
    void operatorSignsInWithoutATenant();
    void operatorGets404FromEveryBusinessRoute();
    void operatorHasNoEventStream();
    void tenantRoutesAreForOperatorsOnly_data();
    void tenantRoutesAreForOperatorsOnly();
    void tenantsAreListedWithTheListQuery();
    void tenantIsCreatedWithItsFirstAdmin();
    void tenantCreationIsValidated_data();
    void tenantCreationIsValidated();
    void suspensionStopsSignInRefreshTokensAndStreams();
    void resumptionGivesEverythingBack();
    void suspendingTwiceOrResumingAnActiveTenantIs409();
    void newUserMustChangeTheGivenPassword();
    void everyRouteButMeAndPasswordChangeWaitsForTheChange();
    void changingThePasswordClearsTheFlagAndEndsOtherSignIns();
    void adminResetCanForceAChange();
    void anAdminEndsEverySessionOfAUser();
    void operatorChangesTheirOwnPassword();

private:
    TestHttpClient client(const QByteArray &token) const;
    QUrl streamUrl(const QByteArray &token) const;
    int runServerCommand(const QStringList &arguments, QByteArray *output = nullptr);
    // A new tenant made by the operator with its admin (email admin@<domain>); its id.
    qint64 createTenant(const QString &name, const QString &domain, bool mustChange = false);
    // A user of the demo tenant whom its admin then made change the password (PATCH); its id.
    qint64 createHeldUser(const QString &email, const QString &role);
    // Every authenticated "METHOD /path" of the OpenAPI document.
    QStringList authenticatedRoutes();
    TestReply callRoute(TestHttpClient &c, const QString &route);
    QJsonArray auditRows(const QByteArray &adminToken, const QString &action);

    QTemporaryDir m_dir;
    QString m_database;
    ServerProcess m_server;
    QByteArray m_operator, m_demoAdmin, m_demoManager, m_demoEmployee;
    qint64 m_demoLocation = 0;
};

TestHttpClient TestOperator::client(const QByteArray &token) const
{
    TestHttpClient c(m_server.baseUrl());
    c.setToken(token);
    return c;
}

QUrl TestOperator::streamUrl(const QByteArray &token) const
{
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(token));
    url.setQuery(query);
    return url;
}

int TestOperator::runServerCommand(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FIELDDESK_DATA_DIR"), m_dir.path());
    process.setProcessEnvironment(environment);
    process.start(ServerProcess::executable(),
                  QStringList{QStringLiteral("--database"), m_database} + arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestOperator::initTestCase()
{
    QString error;
    m_database = TestDatabase::fresh(QStringLiteral("operator"), m_dir.path(), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    ServerProcess::Options options;
    options.database = m_database;
    options.environment = {QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
                           QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path()};
    QVERIFY2(m_server.start(options, &error), qPrintable(error));

    QByteArray output;
    QCOMPARE(
        runServerCommand({QStringLiteral("user"), QStringLiteral("create"),
                          QStringLiteral("--operator"), QStringLiteral("--email"), kOperatorEmail,
                          QStringLiteral("--name"), QStringLiteral("Hosting Operator"),
                          QStringLiteral("--password"), kOperatorPassword},
                         &output),
        0);
    QVERIFY2(output.contains("Created operator"), output.constData());

    m_operator = signInTo(m_server, kOperatorEmail, kOperatorPassword);
    m_demoAdmin = signInTo(m_server, QStringLiteral("admin@demo.local"), kDemoPassword);
    m_demoManager = signInTo(m_server, QStringLiteral("manager@demo.local"), kDemoPassword);
    m_demoEmployee = signInTo(m_server, QStringLiteral("tech1@demo.local"), kDemoPassword);
    QVERIFY(!m_operator.isEmpty() && !m_demoAdmin.isEmpty() && !m_demoManager.isEmpty() &&
            !m_demoEmployee.isEmpty());
    m_demoLocation =
        client(m_demoAdmin).get(QStringLiteral("/api/v1/locations?ordering=id")).firstResultId();
    QVERIFY(m_demoLocation > 0);
}

qint64 TestOperator::createTenant(const QString &name, const QString &domain, bool mustChange)
{
    const TestReply r =
        client(m_operator)
            .post(QStringLiteral("/api/v1/tenants"),
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("time_zone"), QStringLiteral("Europe/Paris")},
                   {QStringLiteral("currency"), QStringLiteral("EUR")},
                   {QStringLiteral("admin"),
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@") + domain},
                                {QStringLiteral("name"), QStringLiteral("First Admin")},
                                {QStringLiteral("password"), kPassword},
                                {QStringLiteral("must_change_password"), mustChange}}}});
    if (r.status != 201)
        qWarning("create tenant: %d %s", r.status, r.body.constData());
    return r.id();
}

qint64 TestOperator::createHeldUser(const QString &email, const QString &role)
{
    const qint64 id = createTestUser(m_server, m_demoAdmin, email, role, m_demoLocation, kPassword);
    const TestReply held = client(m_demoAdmin)
                               .patch(QStringLiteral("/api/v1/users/%1").arg(id),
                                      {{QStringLiteral("must_change_password"), true}});
    if (held.json().value(QLatin1String("must_change_password")) != QJsonValue(true)) {
        qWarning("must_change_password: %d %s", held.status, held.body.constData());
        return 0;
    }
    return id;
}

QStringList TestOperator::authenticatedRoutes()
{
    const QJsonObject paths = client({})
                                  .get(QStringLiteral("/api/v1/openapi.json"))
                                  .json()
                                  .value(QLatin1String("paths"))
                                  .toObject();
    QStringList routes;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject methods = path.value().toObject();
        for (auto op = methods.begin(); op != methods.end(); ++op) {
            if (op.value().toObject().value(QLatin1String("security")).toArray().isEmpty())
                continue; // public
            routes << op.key().toUpper() + QLatin1Char(' ') + path.key();
        }
    }
    return routes;
}

TestReply TestOperator::callRoute(TestHttpClient &c, const QString &route)
{
    QString path = route.section(QLatin1Char(' '), 1);
    // Any id will do: the answer comes before the route looks at it.
    path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("1"));
    return c.send(route.section(QLatin1Char(' '), 0, 0).toLatin1(), path);
}

QJsonArray TestOperator::auditRows(const QByteArray &adminToken, const QString &action)
{
    return client(adminToken).get(QStringLiteral("/api/v1/audit-logs?action=") + action).results();
}

void TestOperator::commandLineMakesOperatorsOnly()
{
    // An operator is in no tenant; a tenant's user is not an operator.
    QCOMPARE(runServerCommand({QStringLiteral("user"), QStringLiteral("create"),
                               QStringLiteral("--operator"), QStringLiteral("--tenant"),
                               QStringLiteral("1"), QStringLiteral("--email"),
                               QStringLiteral("op2@hosting.test"), QStringLiteral("--password"),
                               kOperatorPassword}),
             1);
    QCOMPARE(runServerCommand({QStringLiteral("user"), QStringLiteral("create"),
                               QStringLiteral("--tenant"), QStringLiteral("1"),
                               QStringLiteral("--role"), QStringLiteral("operator"),
                               QStringLiteral("--email"), QStringLiteral("op3@hosting.test"),
                               QStringLiteral("--password"), kOperatorPassword}),
             1);
    // The same email twice is refused.
    QCOMPARE(runServerCommand({QStringLiteral("user"), QStringLiteral("create"),
                               QStringLiteral("--operator"), QStringLiteral("--email"),
                               kOperatorEmail, QStringLiteral("--password"), kOperatorPassword}),
             1);
    TestHttpClient c(m_server.baseUrl());
    QCOMPARE(c.login(QStringLiteral("op2@hosting.test"), kOperatorPassword).status, 401);
    QCOMPARE(c.login(QStringLiteral("op3@hosting.test"), kOperatorPassword).status, 401);
}

void TestOperator::operatorSignsInWithoutATenant()
{
    TestHttpClient c(m_server.baseUrl());
    const TestReply login = c.login(kOperatorEmail, kOperatorPassword);
    QCOMPARE(login.status, 200);
    const QJsonObject user = login.json().value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("operator"));
    QVERIFY(user.value(QLatin1String("tenant_id")).isNull());
    QVERIFY(login.json().value(QLatin1String("tenant")).isNull());
    QCOMPARE(login.json().value(QLatin1String("must_change_password")), QJsonValue(false));

    const TestReply me = c.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QLatin1String("user")).toObject().value(QLatin1String("email")),
             QJsonValue(kOperatorEmail));
    QVERIFY(me.json().value(QLatin1String("tenant")).isNull());
}

void TestOperator::operatorGets404FromEveryBusinessRoute()
{
    TestHttpClient op = client(m_operator);
    const QStringList routes = authenticatedRoutes();
    QVERIFY2(routes.size() > 60, qPrintable(QString::number(routes.size())));
    for (const QString &business :
         {QStringLiteral("GET /api/v1/jobs"), QStringLiteral("GET /api/v1/customers"),
          QStringLiteral("GET /api/v1/requests"), QStringLiteral("GET /api/v1/expenses"),
          QStringLiteral("GET /api/v1/spiffs"), QStringLiteral("GET /api/v1/technicians"),
          QStringLiteral("GET /api/v1/reports/expenses"), QStringLiteral("POST /api/v1/media"),
          QStringLiteral("GET /api/v1/tenants/current")})
        QVERIFY2(routes.contains(business), qPrintable(business));
    for (const QString &route : routes) {
        if (kOpenToOperators.contains(route))
            continue; // taken one by one below and in the tenant tests
        const TestReply r = callRoute(op, route);
        QVERIFY2(r.status == 404,
                 qPrintable(route + QStringLiteral(": ") + QString::number(r.status) +
                            QLatin1Char(' ') + QString::fromUtf8(r.body)));
    }
    // The document says so.
    const QJsonObject paths = client({})
                                  .get(QStringLiteral("/api/v1/openapi.json"))
                                  .json()
                                  .value(QLatin1String("paths"))
                                  .toObject();
    const auto description = [&](const char *path, const char *method) {
        return paths.value(QLatin1String(path))
            .toObject()
            .value(QLatin1String(method))
            .toObject()
            .value(QLatin1String("description"))
            .toString();
    };
    QVERIFY(description("/api/v1/tenants", "post").contains(QLatin1String("Roles: operator.")));
    QVERIFY(description("/api/v1/jobs", "get").contains(QLatin1String("operator gets 404")));
    QVERIFY(description("/api/v1/me", "get").contains(QLatin1String("Operators too.")));
    // Even a demo tenant's real objects: none of them exists for the operator.
    QCOMPARE(op.get(QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation)).status, 404);
    QCOMPARE(
        op.post(QStringLiteral("/api/v1/jobs"), {{QStringLiteral("title"), QStringLiteral("x")}})
            .status,
        404);
}

void TestOperator::operatorHasNoEventStream()
{
    Stream stream(streamUrl(m_operator));
    QVERIFY(stream.waitForClose());
    QCOMPARE(stream.closeCode(), 4403);
}

void TestOperator::tenantRoutesAreForOperatorsOnly_data()
{
    QTest::addColumn<QString>("route");
    for (const QString &route : kOpenToOperators) {
        if (route.contains(QLatin1String("/tenants")))
            QTest::newRow(qPrintable(route)) << route;
    }
}

void TestOperator::tenantRoutesAreForOperatorsOnly()
{
    QFETCH(QString, route);
    for (const QByteArray &token : {m_demoAdmin, m_demoManager, m_demoEmployee}) {
        TestHttpClient c = client(token);
        const TestReply r = callRoute(c, route);
        QCOMPARE(r.status, 403);
        QCOMPARE(problemType(r), QStringLiteral("/problems/forbidden"));
    }
    // Admins keep their own tenant, now with its status.
    const TestReply current = client(m_demoAdmin).get(QStringLiteral("/api/v1/tenants/current"));
    QCOMPARE(current.status, 200);
    QCOMPARE(current.json().value(QLatin1String("status")).toString(), QStringLiteral("active"));
}

void TestOperator::tenantsAreListedWithTheListQuery()
{
    TestHttpClient op = client(m_operator);
    const TestReply all = op.get(QStringLiteral("/api/v1/tenants?ordering=id"));
    QCOMPARE(all.status, 200);
    const qint64 count = all.json().value(QLatin1String("count")).toInteger();
    QVERIFY(count >= 2); // the demo tenants
    QCOMPARE(all.results().at(0).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("active"));

    const TestReply page = op.get(QStringLiteral("/api/v1/tenants?ordering=-id&limit=1"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.results().size(), 1);
    QCOMPARE(page.json().value(QLatin1String("count")).toInteger(), count);
    QVERIFY(page.json().value(QLatin1String("next")).isString());
    QCOMPARE(page.firstResultId(), all.results()
                                       .at(all.results().size() - 1)
                                       .toObject()
                                       .value(QLatin1String("id"))
                                       .toInteger());

    const TestReply demo = op.get(QStringLiteral("/api/v1/tenants?search=demo"));
    QCOMPARE(demo.status, 200);
    QCOMPARE(demo.results().size(), 1);
    QCOMPARE(op.get(QStringLiteral("/api/v1/tenants?status=closed")).status, 422);
    QCOMPARE(op.get(QStringLiteral("/api/v1/tenants?ordering=password")).status, 422);
}

void TestOperator::tenantIsCreatedWithItsFirstAdmin()
{
    const qint64 tenant =
        createTenant(QStringLiteral("Acme Insulation"), QStringLiteral("acme.test"));
    QVERIFY(tenant > 0);
    const TestReply one = client(m_operator).get(QStringLiteral("/api/v1/tenants/%1").arg(tenant));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QLatin1String("name")).toString(), QStringLiteral("Acme Insulation"));
    QCOMPARE(one.json().value(QLatin1String("time_zone")).toString(),
             QStringLiteral("Europe/Paris"));
    QCOMPARE(one.json().value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(one.json().value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(client(m_operator).get(QStringLiteral("/api/v1/tenants/999999")).status, 404);

    // Its admin signs in to it, and reads in its audit log who made it.
    TestHttpClient admin(m_server.baseUrl());
    const TestReply login = admin.login(QStringLiteral("admin@acme.test"), kPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QLatin1String("tenant")).toObject().value(QLatin1String("id")),
             QJsonValue(tenant));
    QCOMPARE(login.json().value(QLatin1String("user")).toObject().value(QLatin1String("role")),
             QJsonValue(QStringLiteral("admin")));
    const QJsonArray created = auditRows(admin.token(), QStringLiteral("tenant.created"));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).toObject().value(QLatin1String("actor_email")).toString(),
             kOperatorEmail);
    QCOMPARE(auditRows(admin.token(), QStringLiteral("user.created")).size(), 1);
    // Nothing of the other tenants is in it.
    QCOMPARE(admin.get(QStringLiteral("/api/v1/users")).json().value(QLatin1String("count")),
             QJsonValue(1));
}

void TestOperator::tenantCreationIsValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QJsonObject admin{{QStringLiteral("email"), QStringLiteral("boss@valid.test")},
                            {QStringLiteral("name"), QStringLiteral("Boss")},
                            {QStringLiteral("password"), kPassword}};
    const QJsonObject valid{{QStringLiteral("name"), QStringLiteral("Valid Co")},
                            {QStringLiteral("time_zone"), QStringLiteral("America/Denver")},
                            {QStringLiteral("currency"), QStringLiteral("USD")},
                            {QStringLiteral("admin"), admin}};
    const auto with = [](QJsonObject body, const char *key, const QJsonValue &value) {
        body[QLatin1String(key)] = value;
        return body;
    };
    const auto withAdmin = [&](const char *key, const QJsonValue &value) {
        QJsonObject a = admin;
        a[QLatin1String(key)] = value;
        return with(valid, "admin", a);
    };
    QTest::newRow("unknown time zone") << with(valid, "time_zone", QStringLiteral("Mars/Olympus"))
                                       << 422 << QStringLiteral("time_zone");
    QTest::newRow("not ISO 4217") << with(valid, "currency", QStringLiteral("XYZ")) << 422
                                  << QStringLiteral("currency");
    QTest::newRow("empty name") << with(valid, "name", QStringLiteral("   ")) << 422
                                << QStringLiteral("name");
    QJsonObject noAdmin = valid;
    noAdmin.remove(QStringLiteral("admin"));
    QTest::newRow("no admin") << noAdmin << 422 << QStringLiteral("admin");
    QTest::newRow("admin email") << withAdmin("email", QStringLiteral("nobody")) << 422
                                 << QStringLiteral("admin.email");
    QTest::newRow("admin password") << withAdmin("password", QStringLiteral("short")) << 422
                                    << QStringLiteral("admin.password");
    QTest::newRow("email in use") << withAdmin("email", QStringLiteral("admin@demo.local")) << 409
                                  << QString();
}

void TestOperator::tenantCreationIsValidated()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    TestHttpClient op = client(m_operator);
    const qint64 before =
        op.get(QStringLiteral("/api/v1/tenants")).json().value(QLatin1String("count")).toInteger();
    const TestReply r = op.post(QStringLiteral("/api/v1/tenants"), body);
    QCOMPARE(r.status, status);
    if (!field.isEmpty())
        QVERIFY2(errorFields(r).contains(field), r.body.constData());
    // Nothing half made: no tenant without its admin.
    QCOMPARE(
        op.get(QStringLiteral("/api/v1/tenants")).json().value(QLatin1String("count")).toInteger(),
        before);
}

void TestOperator::suspensionStopsSignInRefreshTokensAndStreams()
{
    const qint64 tenant =
        createTenant(QStringLiteral("Suspended Lawns"), QStringLiteral("lawns.test"));
    QVERIFY(tenant > 0);
    TestHttpClient admin(m_server.baseUrl());
    const TestReply login = admin.login(QStringLiteral("admin@lawns.test"), kPassword);
    QCOMPARE(login.status, 200);
    const QString refreshToken = login.json().value(QLatin1String("refresh_token")).toString();
    const qint64 location = createTestLocation(m_server, admin.token(), QStringLiteral("Yard"));
    QVERIFY(location > 0);
    Stream stream(streamUrl(admin.token()));
    QVERIFY(stream.waitForFrame()); // hello
    QVERIFY(!stream.isClosed());
    // A customer's system with the tenant's API key.
    const qint64 customer = admin
                                .post(QStringLiteral("/api/v1/customers"),
                                      {{QStringLiteral("name"), QStringLiteral("Resident")}})
                                .id();
    QVERIFY(customer > 0);
    const QByteArray key = admin
                               .post(QStringLiteral("/api/v1/api-keys"),
                                     {{QStringLiteral("name"), QStringLiteral("Portal")},
                                      {QStringLiteral("customer_id"), customer},
                                      {QStringLiteral("location_id"), location}})
                               .json()
                               .value(QLatin1String("key"))
                               .toString()
                               .toLatin1();
    QVERIFY(!key.isEmpty());
    const auto fileJobWithKey = [&] {
        TestHttpClient portal(m_server.baseUrl());
        return portal.send("POST", QStringLiteral("/api/v1/jobs"), R"({"title":"Leaking duct"})",
                           {{"X-API-Key", key}, {"Content-Type", "application/json"}});
    };
    QCOMPARE(fileJobWithKey().status, 201);

    const TestReply suspended =
        client(m_operator).post(QStringLiteral("/api/v1/tenants/%1/suspend").arg(tenant), {});
    QCOMPARE(suspended.status, 200);
    QCOMPARE(suspended.json().value(QLatin1String("status")).toString(),
             QStringLiteral("suspended"));

    // The live stream ends at once, saying why.
    QVERIFY(stream.waitForClose());
    QCOMPARE(stream.closeCode(), 4403);
    QVERIFY2(stream.closeReason().contains(QLatin1String("suspended")),
             qPrintable(stream.closeReason()));
    // The access token stops working on the next call.
    const TestReply call = admin.get(QStringLiteral("/api/v1/locations"));
    QCOMPARE(call.status, 403);
    QCOMPARE(problemType(call), QStringLiteral("/problems/tenant-suspended"));
    QVERIFY2(call.json()
                 .value(QLatin1String("detail"))
                 .toString()
                 .contains(QLatin1String("account is suspended")),
             call.body.constData());
    QCOMPARE(admin.get(QStringLiteral("/api/v1/me")).status, 403);
    // Neither sign-in nor refresh lets anyone back in.
    TestHttpClient again(m_server.baseUrl());
    const TestReply refused = again.login(QStringLiteral("admin@lawns.test"), kPassword);
    QCOMPARE(refused.status, 403);
    QCOMPARE(problemType(refused), QStringLiteral("/problems/tenant-suspended"));
    QVERIFY(refused.json()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QLatin1String("suspended")));
    const TestReply refresh = again.post(QStringLiteral("/api/v1/auth/refresh"),
                                         {{QStringLiteral("refresh_token"), refreshToken}});
    QCOMPARE(refresh.status, 403);
    QCOMPARE(problemType(refresh), QStringLiteral("/problems/tenant-suspended"));
    const TestReply byKey = fileJobWithKey();
    QCOMPARE(byKey.status, 403);
    QCOMPARE(problemType(byKey), QStringLiteral("/problems/tenant-suspended"));
    // A new stream is refused too.
    Stream late(streamUrl(admin.token()));
    QVERIFY(late.waitForClose());
    QCOMPARE(late.closeCode(), 4403);
    // Other tenants go on.
    QCOMPARE(client(m_demoAdmin).get(QStringLiteral("/api/v1/locations")).status, 200);
    // The operator still sees it, and the tenant keeps what it had.
    QCOMPARE(client(m_operator)
                 .get(QStringLiteral("/api/v1/tenants?status=suspended"))
                 .results()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             tenant);

    // Resumed: the same tokens work again, the refresh token too, and nothing was lost.
    const TestReply resumed =
        client(m_operator).post(QStringLiteral("/api/v1/tenants/%1/resume").arg(tenant), {});
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.json().value(QLatin1String("status")).toString(), QStringLiteral("active"));
    const TestReply locations = admin.get(QStringLiteral("/api/v1/locations"));
    QCOMPARE(locations.status, 200);
    QCOMPARE(locations.firstResultId(), location);
    QCOMPARE(again
                 .post(QStringLiteral("/api/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), refreshToken}})
                 .status,
             200);
    QCOMPARE(fileJobWithKey().status, 201);

    // Both steps are in the tenant's audit log, made by the operator.
    for (const QString &action :
         {QStringLiteral("tenant.suspended"), QStringLiteral("tenant.resumed")}) {
        const QJsonArray rows = auditRows(admin.token(), action);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("actor_email")).toString(),
                 kOperatorEmail);
    }
}

void TestOperator::resumptionGivesEverythingBack()
{
    const qint64 tenant =
        createTenant(QStringLiteral("Resumed Ducts"), QStringLiteral("ducts.test"));
    QVERIFY(tenant > 0);
    TestHttpClient op = client(m_operator);
    QCOMPARE(op.post(QStringLiteral("/api/v1/tenants/%1/suspend").arg(tenant), {}).status, 200);
    TestHttpClient admin(m_server.baseUrl());
    QCOMPARE(admin.login(QStringLiteral("admin@ducts.test"), kPassword).status, 403);
    QCOMPARE(op.post(QStringLiteral("/api/v1/tenants/%1/resume").arg(tenant), {}).status, 200);
    const TestReply login = admin.login(QStringLiteral("admin@ducts.test"), kPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QLatin1String("tenant")).toObject().value(QLatin1String("status")),
             QJsonValue(QStringLiteral("active")));
    QCOMPARE(admin.get(QStringLiteral("/api/v1/me")).status, 200);
    Stream stream(streamUrl(admin.token()));
    QVERIFY(stream.waitForFrame());
    QVERIFY(!stream.isClosed());
}

void TestOperator::suspendingTwiceOrResumingAnActiveTenantIs409()
{
    const qint64 tenant = createTenant(QStringLiteral("Twice Co"), QStringLiteral("twice.test"));
    QVERIFY(tenant > 0);
    TestHttpClient op = client(m_operator);
    const TestReply resume = op.post(QStringLiteral("/api/v1/tenants/%1/resume").arg(tenant), {});
    QCOMPARE(resume.status, 409);
    QCOMPARE(problemType(resume), QStringLiteral("/problems/illegal-transition"));
    QCOMPARE(resume.json().value(QLatin1String("allowed")).toArray(),
             QJsonArray{QStringLiteral("suspend")});
    QCOMPARE(
        resume.json().value(QLatin1String("current")).toObject().value(QLatin1String("status")),
        QJsonValue(QStringLiteral("active")));
    QCOMPARE(op.post(QStringLiteral("/api/v1/tenants/%1/suspend").arg(tenant), {}).status, 200);
    const TestReply twice = op.post(QStringLiteral("/api/v1/tenants/%1/suspend").arg(tenant), {});
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.json().value(QLatin1String("allowed")).toArray(),
             QJsonArray{QStringLiteral("resume")});
    QCOMPARE(twice.json().value(QLatin1String("current")).toObject().value(QLatin1String("status")),
             QJsonValue(QStringLiteral("suspended")));
    QCOMPARE(op.post(QStringLiteral("/api/v1/tenants/999999/suspend"), {}).status, 404);
}

void TestOperator::newUserMustChangeTheGivenPassword()
{
    TestHttpClient admin = client(m_demoAdmin);
    const TestReply created =
        admin.post(QStringLiteral("/api/v1/users"),
                   {{QStringLiteral("email"), QStringLiteral("newbie@demo.local")},
                    {QStringLiteral("name"), QStringLiteral("Newbie")},
                    {QStringLiteral("role"), QStringLiteral("dispatcher")},
                    {QStringLiteral("password"), kPassword},
                    {QStringLiteral("must_change_password"), true},
                    {QStringLiteral("location_ids"), QJsonArray{m_demoLocation}}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QLatin1String("must_change_password")), QJsonValue(true));

    TestHttpClient newbie(m_server.baseUrl());
    const TestReply login = newbie.login(QStringLiteral("newbie@demo.local"), kPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QLatin1String("must_change_password")), QJsonValue(true));
    QCOMPARE(login.json()
                 .value(QLatin1String("user"))
                 .toObject()
                 .value(QLatin1String("must_change_password")),
             QJsonValue(true));
    const TestReply me = newbie.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QLatin1String("must_change_password")), QJsonValue(true));
    const TestReply jobs = newbie.get(QStringLiteral("/api/v1/jobs"));
    QCOMPARE(jobs.status, 403);
    QCOMPARE(problemType(jobs), QStringLiteral("/problems/password-change-required"));
    QVERIFY(jobs.json()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QLatin1String("password must be changed")));
    // Nor a live stream.
    Stream stream(streamUrl(newbie.token()));
    QVERIFY(stream.waitForClose());
    QCOMPARE(stream.closeCode(), 4403);
    // Users made without it are not held up.
    QCOMPARE(client(m_demoManager).get(QStringLiteral("/api/v1/jobs")).status, 200);
}

void TestOperator::everyRouteButMeAndPasswordChangeWaitsForTheChange()
{
    QVERIFY(createHeldUser(QStringLiteral("held@demo.local"), QStringLiteral("admin")) > 0);
    TestHttpClient held(m_server.baseUrl());
    QCOMPARE(held.login(QStringLiteral("held@demo.local"), kPassword).status, 200);
    for (const QString &route : authenticatedRoutes()) {
        if (kOpenBeforePasswordChange.contains(route))
            continue;
        const TestReply r = callRoute(held, route);
        QVERIFY2(r.status == 403 &&
                     problemType(r) == QLatin1String("/problems/password-change-required"),
                 qPrintable(route + QStringLiteral(": ") + QString::number(r.status) +
                            QLatin1Char(' ') + QString::fromUtf8(r.body)));
    }
}

void TestOperator::changingThePasswordClearsTheFlagAndEndsOtherSignIns()
{
    const qint64 id =
        createHeldUser(QStringLiteral("changer@demo.local"), QStringLiteral("manager"));
    QVERIFY(id > 0);
    TestHttpClient changer(m_server.baseUrl());
    const TestReply first = changer.login(QStringLiteral("changer@demo.local"), kPassword);
    QCOMPARE(first.status, 200);
    const QString oldRefresh = first.json().value(QLatin1String("refresh_token")).toString();
    const QString newPassword = QStringLiteral("a-password-of-my-own");

    const auto change = [&](const QString &current, const QString &next) {
        return changer.post(QStringLiteral("/api/v1/me/password"),
                            {{QStringLiteral("current_password"), current},
                             {QStringLiteral("new_password"), next}});
    };
    const TestReply wrong = change(QStringLiteral("not-my-password"), newPassword);
    QCOMPARE(wrong.status, 422);
    QCOMPARE(errorFields(wrong), QStringList{QStringLiteral("current_password")});
    const TestReply shortOne = change(kPassword, QStringLiteral("short"));
    QCOMPARE(shortOne.status, 422);
    QCOMPARE(errorFields(shortOne), QStringList{QStringLiteral("new_password")});
    const TestReply same = change(kPassword, kPassword);
    QCOMPARE(same.status, 422);
    QCOMPARE(errorFields(same), QStringList{QStringLiteral("new_password")});

    const TestReply changed = change(kPassword, newPassword);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QLatin1String("must_change_password")), QJsonValue(false));
    const QByteArray newToken =
        changed.json().value(QLatin1String("access_token")).toString().toUtf8();
    QVERIFY(!newToken.isEmpty());
    QCOMPARE(client(newToken).get(QStringLiteral("/api/v1/jobs")).status, 200);
    QCOMPARE(client(newToken)
                 .get(QStringLiteral("/api/v1/me"))
                 .json()
                 .value(QLatin1String("must_change_password")),
             QJsonValue(false));
    // The sign-in before the change is over; the old password no longer opens anything.
    QCOMPARE(changer
                 .post(QStringLiteral("/api/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), oldRefresh}})
                 .status,
             401);
    TestHttpClient fresh(m_server.baseUrl());
    QCOMPARE(fresh.login(QStringLiteral("changer@demo.local"), kPassword).status, 401);
    const TestReply again = fresh.login(QStringLiteral("changer@demo.local"), newPassword);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QLatin1String("must_change_password")), QJsonValue(false));
    // Audited like an admin's reset.
    bool audited = false;
    for (const QJsonValue &row : auditRows(m_demoAdmin, QStringLiteral("user.password_changed"))) {
        const QJsonObject entry = row.toObject();
        audited = audited || (entry.value(QLatin1String("object_id")).toInteger() == id &&
                              entry.value(QLatin1String("actor_email")).toString() ==
                                  QLatin1String("changer@demo.local"));
    }
    QVERIFY(audited);
}

void TestOperator::adminResetCanForceAChange()
{
    const qint64 id = createTestUser(m_server, m_demoAdmin, QStringLiteral("reset@demo.local"),
                                     QStringLiteral("employee"), m_demoLocation, kPassword);
    QVERIFY(id > 0);
    TestHttpClient user(m_server.baseUrl());
    QCOMPARE(user.login(QStringLiteral("reset@demo.local"), kPassword).status, 200);
    QCOMPARE(user.get(QStringLiteral("/api/v1/me/preferences")).status, 200);

    const QString temporary = QStringLiteral("temporary-password");
    const TestReply reset = client(m_demoAdmin)
                                .patch(QStringLiteral("/api/v1/users/%1").arg(id),
                                       {{QStringLiteral("password"), temporary},
                                        {QStringLiteral("must_change_password"), true}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json().value(QLatin1String("must_change_password")), QJsonValue(true));
    // The token from before the reset is held up too (the flag is read on every call).
    const TestReply held = user.get(QStringLiteral("/api/v1/me/preferences"));
    QCOMPARE(held.status, 403);
    QCOMPARE(problemType(held), QStringLiteral("/problems/password-change-required"));
    const TestReply login = user.login(QStringLiteral("reset@demo.local"), temporary);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QLatin1String("must_change_password")), QJsonValue(true));
}

void TestOperator::anAdminEndsEverySessionOfAUser()
{
    const qint64 id = createTestUser(m_server, m_demoAdmin, QStringLiteral("lostphone@demo.local"),
                                     QStringLiteral("dispatcher"), m_demoLocation, kPassword);
    QVERIFY(id > 0);
    // Two devices signed in.
    TestHttpClient phone(m_server.baseUrl());
    TestHttpClient laptop(m_server.baseUrl());
    const TestReply phoneLogin = phone.login(QStringLiteral("lostphone@demo.local"), kPassword);
    QCOMPARE(phoneLogin.status, 200);
    QCOMPARE(laptop.login(QStringLiteral("lostphone@demo.local"), kPassword).status, 200);
    const QString phoneRefresh = phoneLogin.json().value(QLatin1String("refresh_token")).toString();
    QCOMPARE(phone.get(QStringLiteral("/api/v1/jobs?limit=1")).status, 200);
    // Tokens name their second of issue: the end comes in a later one.
    QTest::qWait(1100);

    // Only an admin of the user's own tenant may end them.
    const QString path = QStringLiteral("/api/v1/users/%1/end-sessions").arg(id);
    QCOMPARE(client(m_demoManager).post(path, {}).status, 403);
    TestHttpClient otherAdmin(m_server.baseUrl());
    QCOMPARE(otherAdmin.login(QStringLiteral("admin@other.local"), kDemoPassword).status, 200);
    QCOMPARE(otherAdmin.post(path, {}).status, 404);
    QCOMPARE(phone.get(QStringLiteral("/api/v1/jobs?limit=1")).status, 200);

    const TestReply ended = client(m_demoAdmin).post(path, {});
    QCOMPARE(ended.status, 200);
    QCOMPARE(ended.json().value(QLatin1String("id")).toInteger(), id);
    // Both devices are out at once, and the phone's refresh token no longer works.
    for (TestHttpClient *device : {&phone, &laptop}) {
        const TestReply refused = device->get(QStringLiteral("/api/v1/jobs?limit=1"));
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.json()
                    .value(QLatin1String("detail"))
                    .toString()
                    .contains(QLatin1String("ended this session")));
    }
    QCOMPARE(TestHttpClient(m_server.baseUrl())
                 .post(QStringLiteral("/api/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), phoneRefresh}})
                 .status,
             401);
    // The account stays: signing in again works.
    TestHttpClient again(m_server.baseUrl());
    QCOMPARE(again.login(QStringLiteral("lostphone@demo.local"), kPassword).status, 200);
    QCOMPARE(again.get(QStringLiteral("/api/v1/jobs?limit=1")).status, 200);
    // Audited, naming the user.
    bool audited = false;
    for (const QJsonValue &row : auditRows(m_demoAdmin, QStringLiteral("user.sessions_ended")))
        audited |= row[QLatin1String("object_id")].toInteger() == id;
    QVERIFY(audited);
}

void TestOperator::operatorChangesTheirOwnPassword()
{
    TestHttpClient op(m_server.baseUrl());
    QCOMPARE(op.login(kOperatorEmail, kOperatorPassword).status, 200);
    const QString newPassword = QStringLiteral("operator-password-2");
    const TestReply changed = op.post(QStringLiteral("/api/v1/me/password"),
                                      {{QStringLiteral("current_password"), kOperatorPassword},
                                       {QStringLiteral("new_password"), newPassword}});
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.json().value(QLatin1String("tenant")).isNull());
    TestHttpClient again(m_server.baseUrl());
    QCOMPARE(again.login(kOperatorEmail, kOperatorPassword).status, 401);
    QCOMPARE(again.login(kOperatorEmail, newPassword).status, 200);
    QCOMPARE(again.get(QStringLiteral("/api/v1/tenants")).status, 200);
}

FIELDDESK_TEST_MAIN(TestOperator)
} // namespace tst_operator
#include "tst_operator.moc"
