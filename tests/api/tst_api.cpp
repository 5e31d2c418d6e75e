// The foundation API over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE (a fresh SQLite file or PostgreSQL database, TestDatabase). Demo data:
// two tenants, one user per role.
#include "apitestsetup.h"
#include "auth/jwt.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace tst_api {

namespace {
const QByteArray kSecret = "api-test-secret-api-test-secret-0123456789";
const QString kPassword = QStringLiteral("fielddesk-demo");

struct WriteEndpoint
{
    const char *method;
    QString path; // {loc} and {user} are replaced by ids of the demo tenant
    QJsonObject validBody;
};
} // namespace

class TestApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthAndReadiness();
    void requestIdIsEchoed();
    void unknownRouteAndWrongMethod();
    void loginAnswersTokensUserAndTenant();
    void wrongPasswordAndUnknownEmailLookTheSame();
    void refreshRotatesAndReuseRevokesTheFamily();
    void logoutRevokesTheRefreshToken();
    void forgedAndExpiredTokensAreRefused_data();
    void forgedAndExpiredTokensAreRefused();
    void rolesAreEnforced_data();
    void rolesAreEnforced();
    void locationScopingForNonAdmins();
    void otherTenantsObjectsAre404_data();
    void otherTenantsObjectsAre404();
    void writeErrorsForEveryWriteEndpoint_data();
    void writeErrorsForEveryWriteEndpoint();
    void createUpdateDeleteLocationWithAudit();
    void tenantSettingsAreMergedCheckedAndApplied();
    void serviceAreaIsSetReadAndCleared();
    void serviceAreaRefusals_data();
    void serviceAreaRefusals();
    void serviceAreaOfOthersAndByNonAdmins();
    void usersNeverExposePasswordsAndAdminsCannotLockOut();
    void deactivatedUserLosesAccessAtOnce();
    void paginationAndOrdering();
    void listQueryErrorsAre422();
    void aQueryParameterARouteDoesNotReadIs422NamingIt();
    void openApiDocumentsEveryRoute();
    void pipelinedRequestsAreAnsweredInOrder();
    void loginIsThrottled();
    void sigtermExitsCleanly();

private:
    TestHttpClient as(const QString &email);
    QByteArray tokenFor(const QString &email);
    QString resolve(QString path) const;
    QList<WriteEndpoint> writeEndpoints() const;
    QByteArray
    forge(const QByteArray &header, const QJsonObject &payload, const QByteArray &secret) const;

    QTemporaryDir m_dir;
    ServerProcess m_server;
    SignedInAccounts m_accounts{m_server, kPassword};
    qint64 m_demoLocation = 0;   // Denver Central: every demo user is assigned to it
    qint64 m_hiddenLocation = 0; // Lakewood West: only the admin sees it
    qint64 m_otherLocation = 0;  // Other Co.'s location
    qint64 m_demoUser = 0;       // tech1
    qint64 m_otherUser = 0;      // admin@other.local
};

void TestApi::initTestCase()
{
    const QString engine = TestDatabase::engine();
    ServerProcess::Options options;
    QString error;
    // Its own database, as every suite's: the test PostgreSQL server's own database
    // (FIELDDESK_TEST_PG_URL's) is where the other suites connect to make theirs, and a demo
    // server replaces an empty database by a copy of the demo (DemoSnapshot).
    options.database = TestDatabase::fresh(QStringLiteral("api"), m_dir.path(), &error);
    QVERIFY2(!options.database.isEmpty(), qPrintable(error));
    options.environment = {QStringLiteral("FIELDDESK_JWT_SECRET=") + QString::fromLatin1(kSecret),
                           QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
                           QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path()};
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    qInfo("engine %s, server on port %d", qPrintable(engine), m_server.port());

    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const QJsonArray locations =
        admin.get(QStringLiteral("/api/v1/locations?ordering=id")).results();
    QCOMPARE(locations.size(), 3);
    m_demoLocation = locations.at(0).toObject().value(QLatin1String("id")).toInteger();
    m_hiddenLocation = locations.at(2).toObject().value(QLatin1String("id")).toInteger();
    m_demoUser = admin.get(QStringLiteral("/api/v1/users?email=tech1@demo.local")).firstResultId();
    TestHttpClient other = as(QStringLiteral("admin@other.local"));
    m_otherLocation = other.get(QStringLiteral("/api/v1/locations")).firstResultId();
    m_otherUser = other.get(QStringLiteral("/api/v1/me"))
                      .json()
                      .value(QLatin1String("user"))
                      .toObject()
                      .value(QLatin1String("id"))
                      .toInteger();
    QVERIFY(m_demoLocation > 0 && m_hiddenLocation > 0 && m_otherLocation > 0 && m_demoUser > 0 &&
            m_otherUser > 0);
}

void TestApi::cleanupTestCase()
{
    m_server.stop();
}

QByteArray TestApi::tokenFor(const QString &email)
{
    return m_accounts.tokenFor(email);
}

TestHttpClient TestApi::as(const QString &email)
{
    return m_accounts.as(email);
}

QString TestApi::resolve(QString path) const
{
    return path.replace(QLatin1String("{loc}"), QString::number(m_demoLocation))
        .replace(QLatin1String("{user}"), QString::number(m_demoUser));
}

QByteArray
TestApi::forge(const QByteArray &header, const QJsonObject &payload, const QByteArray &secret) const
{
    const auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray input =
        header.toBase64(encoding) + '.' +
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(encoding);
    if (secret.isEmpty())
        return input + '.';
    return input + '.' +
           QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)
               .toBase64(encoding);
}

void TestApi::healthAndReadiness()
{
    TestHttpClient client(m_server.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
    const TestReply ready = client.get(QStringLiteral("/readyz"));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json().value(QLatin1String("status")).toString(), QStringLiteral("ready"));
}

void TestApi::requestIdIsEchoed()
{
    TestHttpClient client(m_server.baseUrl());
    const TestReply mine =
        client.send("GET", QStringLiteral("/healthz"), {}, {{"X-Request-Id", "test-req-42"}});
    QCOMPARE(mine.header("X-Request-Id"), QByteArray("test-req-42"));
    const TestReply generated = client.get(QStringLiteral("/healthz"));
    QCOMPARE(generated.header("X-Request-Id").size(), 36); // a UUID
    const TestReply junk = client.send("GET", QStringLiteral("/healthz"), {},
                                       {{"X-Request-Id", "bad id with spaces"}});
    QVERIFY(junk.header("X-Request-Id") != QByteArray("bad id with spaces"));
    QTRY_VERIFY(m_server.output().contains("\"request_id\":\"test-req-42\""));
}

void TestApi::unknownRouteAndWrongMethod()
{
    TestHttpClient client = as(QStringLiteral("admin@demo.local"));
    const TestReply missing = client.get(QStringLiteral("/api/v1/no-such-thing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(missing.json().value(QLatin1String("status")).toInt(), 404);
    const TestReply wrong = client.send("PUT", QStringLiteral("/api/v1/locations"), "{}");
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("GET, POST"));
    QCOMPARE(client.get(QStringLiteral("/api/v1/locations/abc")).status, 404);
    // An id has one spelling: a sign, a leading zero or white space around it names nothing
    // (each once read as the id itself, and acted on).
    const QString id = QString::number(m_demoLocation);
    QCOMPARE(client.get(QStringLiteral("/api/v1/locations/") + id).status, 200);
    for (const QString &spelling :
         {QStringLiteral("+") + id, QStringLiteral("0") + id, id + QStringLiteral("%0A"),
          id + QStringLiteral("%20"), QStringLiteral("%20") + id, id + QStringLiteral("%09"),
          QStringLiteral("9223372036854775808"), QStringLiteral("-") + id}) {
        const TestReply refused = client.get(QStringLiteral("/api/v1/locations/") + spelling);
        QVERIFY2(refused.status == 404, qPrintable(spelling));
        QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    }
}

void TestApi::loginAnswersTokensUserAndTenant()
{
    TestHttpClient client(m_server.baseUrl());
    const TestReply reply = client.login(QStringLiteral("Dispatcher@Demo.Local"), kPassword);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QVERIFY(!body.value(QLatin1String("access_token")).toString().isEmpty());
    QVERIFY(!body.value(QLatin1String("refresh_token")).toString().isEmpty());
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 900);
    const QJsonObject user = body.value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("email")).toString(),
             QStringLiteral("dispatcher@demo.local"));
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("dispatcher"));
    // No password nor hash: must_change_password is the only member that names one.
    QVERIFY(!QByteArray(reply.body).replace("must_change_password", "").contains("password"));
    QCOMPARE(body.value(QLatin1String("tenant")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Demo Duct & Lawn Co."));
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
}

void TestApi::wrongPasswordAndUnknownEmailLookTheSame()
{
    TestHttpClient client(m_server.baseUrl());
    const TestReply wrong =
        client.login(QStringLiteral("manager@demo.local"), QStringLiteral("nope-nope"));
    const TestReply unknown =
        client.login(QStringLiteral("nobody@demo.local"), QStringLiteral("nope-nope"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.json().value(QLatin1String("detail")),
             unknown.json().value(QLatin1String("detail")));
    QCOMPARE(wrong.json().value(QLatin1String("detail")).toString(),
             QStringLiteral("Wrong email or password."));
}

void TestApi::refreshRotatesAndReuseRevokesTheFamily()
{
    TestHttpClient client(m_server.baseUrl());
    const QString first = client.login(QStringLiteral("manager@demo.local"), kPassword)
                              .json()
                              .value(QLatin1String("refresh_token"))
                              .toString();
    const TestReply rotated = client.post(QStringLiteral("/api/v1/auth/refresh"),
                                          {{QStringLiteral("refresh_token"), first}});
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.json().value(QLatin1String("refresh_token")).toString();
    QVERIFY(!second.isEmpty() && second != first);
    client.setToken(rotated.json().value(QLatin1String("access_token")).toString().toLatin1());
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);

    // The old token comes back: it was stolen. The whole family dies, the new one too.
    const TestReply reused = client.post(QStringLiteral("/api/v1/auth/refresh"),
                                         {{QStringLiteral("refresh_token"), first}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(client
                 .post(QStringLiteral("/api/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), second}})
                 .status,
             401);
    QCOMPARE(client
                 .post(QStringLiteral("/api/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), QStringLiteral("made-up")}})
                 .status,
             401);
}

void TestApi::logoutRevokesTheRefreshToken()
{
    TestHttpClient client(m_server.baseUrl());
    const QString refresh = client.login(QStringLiteral("manager@demo.local"), kPassword)
                                .json()
                                .value(QLatin1String("refresh_token"))
                                .toString();
    QCOMPARE(client
                 .post(QStringLiteral("/api/v1/auth/logout"),
                       {{QStringLiteral("refresh_token"), refresh}})
                 .status,
             204);
    QCOMPARE(client
                 .post(QStringLiteral("/api/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), refresh}})
                 .status,
             401);
    client.setToken({});
    QCOMPARE(client.post(QStringLiteral("/api/v1/auth/logout"), {}).status, 401);
}

void TestApi::forgedAndExpiredTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject valid{{QStringLiteral("iss"), QStringLiteral("fielddesk")},
                            {QStringLiteral("sub"), QString::number(m_demoUser)},
                            {QStringLiteral("tid"), 1},
                            {QStringLiteral("role"), QStringLiteral("admin")},
                            {QStringLiteral("iat"), now},
                            {QStringLiteral("exp"), now + 600}};
    QJsonObject expired = valid;
    expired[QStringLiteral("exp")] = now - 5;
    QTest::newRow("expired") << forge(R"({"alg":"HS256","typ":"JWT"})", expired, kSecret);
    QTest::newRow("alg none") << forge(R"({"alg":"none","typ":"JWT"})", valid, {});
    QTest::newRow("other secret") << forge(R"({"alg":"HS256"})", valid,
                                           "not-the-server-secret-not-the-server-secret");
    QTest::newRow("HS512 header") << forge(R"({"alg":"HS512"})", valid, kSecret);
    QTest::newRow("garbage") << QByteArray("hello.world.token");
    QTest::newRow("empty") << QByteArray();
}

void TestApi::forgedAndExpiredTokensAreRefused()
{
    QFETCH(QByteArray, token);
    TestHttpClient client(m_server.baseUrl());
    client.setToken(token);
    const TestReply reply = token.isEmpty() ? client.send("GET", QStringLiteral("/api/v1/me"), {},
                                                          {{"Authorization", "Bearer"}})
                                            : client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestApi::rolesAreEnforced_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QByteArray location = R"({"name":"Forbidden branch"})";
    const QByteArray user =
        R"({"email":"x@demo.local","name":"X","role":"employee","password":"longenough"})";
    for (const char *who : {"manager@demo.local", "dispatcher@demo.local", "tech1@demo.local"}) {
        const QString email = QLatin1String(who);
        QTest::addRow("%s creates location", who)
            << email << QByteArray("POST") << QStringLiteral("/api/v1/locations") << location;
        QTest::addRow("%s changes location", who)
            << email << QByteArray("PATCH") << QStringLiteral("/api/v1/locations/{loc}")
            << location;
        QTest::addRow("%s deletes location", who)
            << email << QByteArray("DELETE") << QStringLiteral("/api/v1/locations/{loc}")
            << QByteArray();
        QTest::addRow("%s creates user", who)
            << email << QByteArray("POST") << QStringLiteral("/api/v1/users") << user;
        QTest::addRow("%s changes user", who)
            << email << QByteArray("PATCH") << QStringLiteral("/api/v1/users/{user}")
            << QByteArray(R"({"name":"Y"})");
        QTest::addRow("%s deletes user", who)
            << email << QByteArray("DELETE") << QStringLiteral("/api/v1/users/{user}")
            << QByteArray();
        QTest::addRow("%s changes tenant", who)
            << email << QByteArray("PATCH") << QStringLiteral("/api/v1/tenants/current")
            << QByteArray(R"({"name":"Mine"})");
    }
    for (const char *who : {"dispatcher@demo.local", "tech1@demo.local"})
        QTest::addRow("%s reads audit", who)
            << QString::fromLatin1(who) << QByteArray("GET") << QStringLiteral("/api/v1/audit-logs")
            << QByteArray();
}

void TestApi::rolesAreEnforced()
{
    QFETCH(QString, email);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    TestHttpClient client = as(email);
    const TestReply reply = client.send(method, resolve(path), body);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().value(QLatin1String("status")).toInt(), 403);
}

void TestApi::locationScopingForNonAdmins()
{
    TestHttpClient dispatcher = as(QStringLiteral("dispatcher@demo.local"));
    const QJsonObject page = dispatcher.get(QStringLiteral("/api/v1/locations")).json();
    QCOMPARE(page.value(QLatin1String("count")).toInt(), 2);
    QCOMPARE(dispatcher.get(QStringLiteral("/api/v1/locations/%1").arg(m_hiddenLocation)).status,
             404);
    QCOMPARE(dispatcher.get(QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation)).status,
             200);

    TestHttpClient tech = as(QStringLiteral("tech1@demo.local"));
    const QJsonObject users = tech.get(QStringLiteral("/api/v1/users")).json();
    QCOMPARE(users.value(QLatin1String("count")).toInt(), 1); // an employee sees only themselves
    TestHttpClient manager = as(QStringLiteral("manager@demo.local"));
    QCOMPARE(manager.get(QStringLiteral("/api/v1/users/%1").arg(m_demoUser)).status, 200);
    QCOMPARE(manager.get(QStringLiteral("/api/v1/audit-logs")).status, 200);
}

void TestApi::otherTenantsObjectsAre404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("read location")
        << QByteArray("GET") << QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation)
        << QByteArray();
    QTest::newRow("change location")
        << QByteArray("PATCH") << QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation)
        << QByteArray(R"({"name":"Mine now"})");
    QTest::newRow("delete location")
        << QByteArray("DELETE") << QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation)
        << QByteArray();
    QTest::newRow("read user") << QByteArray("GET")
                               << QStringLiteral("/api/v1/users/%1").arg(m_demoUser)
                               << QByteArray();
    QTest::newRow("change user") << QByteArray("PATCH")
                                 << QStringLiteral("/api/v1/users/%1").arg(m_demoUser)
                                 << QByteArray(R"({"name":"Mine now"})");
    QTest::newRow("delete user") << QByteArray("DELETE")
                                 << QStringLiteral("/api/v1/users/%1").arg(m_demoUser)
                                 << QByteArray();
    QTest::newRow("read audit entry")
        << QByteArray("GET") << QStringLiteral("/api/v1/audit-logs/1") << QByteArray();
}

void TestApi::otherTenantsObjectsAre404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    // Audit entry 1 is written below by the demo tenant; make sure one exists.
    as(QStringLiteral("admin@demo.local"))
        .patch(QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation),
               {{QStringLiteral("address"), QStringLiteral("1550 Wewatta St, Denver, CO 80202")}});
    TestHttpClient other = as(QStringLiteral("admin@other.local"));
    QCOMPARE(other.send(method, path, body).status, 404);
    // ...and nothing changed.
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    QCOMPARE(admin.get(QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation))
                 .json()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Denver Central"));
    QCOMPARE(admin.get(QStringLiteral("/api/v1/users/%1").arg(m_demoUser))
                 .json()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Taylor Tech"));
    // Other Co.'s lists never show the demo tenant's rows.
    const QByteArray users = other.get(QStringLiteral("/api/v1/users?limit=500")).body;
    QVERIFY(!users.contains("demo.local"));
}

QList<WriteEndpoint> TestApi::writeEndpoints() const
{
    return {{"POST",
             QStringLiteral("/api/v1/auth/login"),
             {{QStringLiteral("email"), QStringLiteral("a@b.c")},
              {QStringLiteral("password"), QStringLiteral("x")}}},
            {"POST",
             QStringLiteral("/api/v1/auth/refresh"),
             {{QStringLiteral("refresh_token"), QStringLiteral("x")}}},
            {"POST",
             QStringLiteral("/api/v1/auth/logout"),
             {{QStringLiteral("refresh_token"), QStringLiteral("x")}}},
            {"PATCH",
             QStringLiteral("/api/v1/tenants/current"),
             {{QStringLiteral("name"), QStringLiteral("Demo Duct & Lawn Co.")}}},
            {"POST",
             QStringLiteral("/api/v1/locations"),
             {{QStringLiteral("name"), QStringLiteral("Valid")}}},
            {"PATCH",
             QStringLiteral("/api/v1/locations/{loc}"),
             {{QStringLiteral("name"), QStringLiteral("Denver Central")}}},
            {"POST",
             QStringLiteral("/api/v1/users"),
             {{QStringLiteral("email"), QStringLiteral("v@demo.local")},
              {QStringLiteral("name"), QStringLiteral("V")},
              {QStringLiteral("role"), QStringLiteral("employee")},
              {QStringLiteral("password"), QStringLiteral("long enough")}}},
            {"PATCH",
             QStringLiteral("/api/v1/users/{user}"),
             {{QStringLiteral("name"), QStringLiteral("Taylor Tech")}}}};
}

void TestApi::tenantSettingsAreMergedCheckedAndApplied()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const QString path = QStringLiteral("/api/v1/tenants/current");
    const auto patchSettings = [&](const QJsonObject &settings) {
        return admin.patch(path, {{QStringLiteral("settings"), settings}});
    };
    const double serverSpeed = admin.get(path).json()[QLatin1String("travel_speed_kmh")].toDouble();
    QVERIFY(serverSpeed > 0);

    TestReply r = patchSettings({{QStringLiteral("travel_speed_kmh"), 61},
                                 {QStringLiteral("work_days"), QJsonArray{1, 2, 3, 4, 6}},
                                 {QStringLiteral("shift_start"), QStringLiteral("07:00")},
                                 {QStringLiteral("shift_end"), QStringLiteral("15:30")}});
    QCOMPARE(r.status, 200);
    // The travel the tenant's schedules and routing use is its own now.
    QCOMPARE(r.json()[QLatin1String("travel_speed_kmh")].toDouble(), 61.0);
    // Merged key by key: a second change keeps the first.
    r = patchSettings({{QStringLiteral("travel_road_factor"), 1.6}});
    QCOMPARE(r.status, 200);
    const QJsonObject settings = admin.get(path).json()[QLatin1String("settings")].toObject();
    QCOMPARE(settings[QLatin1String("travel_speed_kmh")].toDouble(), 61.0);
    QCOMPARE(settings[QLatin1String("travel_road_factor")].toDouble(), 1.6);
    QCOMPARE(settings[QLatin1String("shift_start")].toString(), QStringLiteral("07:00"));
    // What applies: the company's settings, and the defaults where it sets none.
    const QJsonObject inForce =
        admin.get(path).json()[QLatin1String("settings_in_force")].toObject();
    QCOMPARE(inForce[QLatin1String("travel_speed_kmh")].toDouble(), 61.0);
    QCOMPARE(inForce[QLatin1String("shift_start")].toString(), QStringLiteral("07:00"));
    QCOMPARE(inForce[QLatin1String("work_days")].toArray(), (QJsonArray{1, 2, 3, 4, 6}));
    QCOMPARE(inForce[QLatin1String("day_ahead_at")].toString(), QStringLiteral("17:00"));
    QCOMPARE(inForce[QLatin1String("weather_rain_mm_h")].toDouble(), 2.0);

    // Each setting is checked, naming it.
    const QList<std::pair<QJsonObject, QString>> wrong{
        {{{QStringLiteral("travel_speed_kmh"), 500}}, QStringLiteral("settings.travel_speed_kmh")},
        {{{QStringLiteral("travel_road_factor"), 0.5}},
         QStringLiteral("settings.travel_road_factor")},
        {{{QStringLiteral("work_days"), QJsonArray{1, 8}}}, QStringLiteral("settings.work_days")},
        {{{QStringLiteral("shift_start"), QStringLiteral("7 am")}},
         QStringLiteral("settings.shift_start")},
        {{{QStringLiteral("shift_end"), QStringLiteral("06:00")}},
         QStringLiteral("settings.shift_end")}};
    for (const auto &[body, field] : wrong) {
        const TestReply refused = patchSettings(body);
        QCOMPARE(refused.status, 422);
        QVERIFY2(errorFields(refused).contains(field), refused.body.constData());
    }
    QCOMPARE(admin.get(path).json()[QLatin1String("travel_speed_kmh")].toDouble(), 61.0);

    // A new technician starts with the company's week and shift.
    const TestReply user =
        admin.post(QStringLiteral("/api/v1/users"),
                   {{QStringLiteral("email"), QStringLiteral("weekend.tech@demo.local")},
                    {QStringLiteral("name"), QStringLiteral("Weekend Tech")},
                    {QStringLiteral("role"), QStringLiteral("employee")},
                    {QStringLiteral("password"), QStringLiteral("long enough password")},
                    {QStringLiteral("location_ids"), QJsonArray{m_demoLocation}}});
    QCOMPARE(user.status, 201);
    const TestReply technician =
        admin.post(QStringLiteral("/api/v1/technicians"),
                   {{QStringLiteral("user_id"), user.json()[QLatin1String("id")]},
                    {QStringLiteral("location_id"), m_demoLocation}});
    QCOMPARE(technician.status, 201);
    QCOMPARE(technician.json()[QLatin1String("shift_start")].toString(), QStringLiteral("07:00"));
    QCOMPARE(technician.json()[QLatin1String("shift_end")].toString(), QStringLiteral("15:30"));
    QCOMPARE(technician.json()[QLatin1String("work_days")].toArray(), (QJsonArray{1, 2, 3, 4, 6}));

    // null removes a setting: the server's travel applies again.
    r = patchSettings({{QStringLiteral("travel_speed_kmh"), QJsonValue::Null},
                       {QStringLiteral("travel_road_factor"), QJsonValue::Null},
                       {QStringLiteral("work_days"), QJsonValue::Null},
                       {QStringLiteral("shift_start"), QJsonValue::Null},
                       {QStringLiteral("shift_end"), QJsonValue::Null}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("travel_speed_kmh")].toDouble(), serverSpeed);
    QVERIFY(!r.json()[QLatin1String("settings")].toObject().contains(QLatin1String("shift_start")));
}

void TestApi::writeErrorsForEveryWriteEndpoint_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    for (const WriteEndpoint &e : writeEndpoints()) {
        const QString name = QLatin1String(e.method) + QLatin1Char(' ') + e.path;
        QJsonObject unknown = e.validBody;
        unknown[QStringLiteral("colour")] = QStringLiteral("red");
        const QString firstField = e.validBody.keys().first();
        QJsonObject wrongType = e.validBody;
        wrongType[firstField] = 12345;
        QTest::addRow("%s malformed", qPrintable(name))
            << QByteArray(e.method) << e.path << QByteArray(R"({"name": )") << 400 << QString();
        QTest::addRow("%s not an object", qPrintable(name))
            << QByteArray(e.method) << e.path << QByteArray("[1]") << 400 << QString();
        QTest::addRow("%s unknown field", qPrintable(name))
            << QByteArray(e.method) << e.path << QJsonDocument(unknown).toJson() << 422
            << QStringLiteral("colour");
        QTest::addRow("%s wrong type", qPrintable(name))
            << QByteArray(e.method) << e.path << QJsonDocument(wrongType).toJson() << 422
            << firstField;
        QTest::addRow("%s over 1 MiB", qPrintable(name))
            << QByteArray(e.method) << e.path
            << (QByteArray(R"({"name":")") + QByteArray(1024 * 1024 + 10, 'x') + "\"}") << 413
            << QString();
        if (QByteArray(e.method) == "POST" && e.path != QLatin1String("/api/v1/auth/logout"))
            QTest::addRow("%s missing fields", qPrintable(name))
                << QByteArray(e.method) << e.path << QByteArray("{}") << 422 << firstField;
    }
}

void TestApi::writeErrorsForEveryWriteEndpoint()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const TestReply reply = admin.send(method, resolve(path), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = reply.json();
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), status);
    QVERIFY(!problem.value(QLatin1String("title")).toString().isEmpty());
    QVERIFY(!problem.value(QLatin1String("detail")).toString().isEmpty());
    if (!field.isEmpty())
        QVERIFY2(errorFields(reply).contains(field), reply.body.constData());
}

void TestApi::createUpdateDeleteLocationWithAudit()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const QByteArray body =
        R"({"name":"Boulder North","address":"1 Pearl St","latitude":40.0176,"longitude":-105.2797,"time_zone":"America/Denver"})";
    const TestReply created = admin.send("POST", QStringLiteral("/api/v1/locations"), body,
                                         {{"X-Request-Id", "audit-create-1"}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.id();
    QCOMPARE(created.json().value(QLatin1String("latitude")).toDouble(), 40.0176);

    QCOMPARE(admin.send("POST", QStringLiteral("/api/v1/locations"), body).status,
             409); // same name
    const TestReply badZone =
        admin.patch(QStringLiteral("/api/v1/locations/%1").arg(id),
                    {{QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")}});
    QCOMPARE(badZone.status, 422);
    const TestReply renamed = admin.patch(QStringLiteral("/api/v1/locations/%1").arg(id),
                                          {{QStringLiteral("name"), QStringLiteral("Boulder")}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(QLatin1String("address")).toString(),
             QStringLiteral("1 Pearl St")); // partial
    QCOMPARE(admin.del(QStringLiteral("/api/v1/locations/%1").arg(id)).status, 204);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/locations/%1").arg(id)).status, 404);

    const QJsonArray rows =
        admin
            .get(QStringLiteral("/api/v1/audit-logs?object_type=location&object_id=%1&ordering=id")
                     .arg(id))
            .results();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("action")).toString(), QStringLiteral("location.created"));
    QCOMPARE(first.value(QLatin1String("request_id")).toString(), QStringLiteral("audit-create-1"));
    QCOMPARE(first.value(QLatin1String("actor_email")).toString(),
             QStringLiteral("admin@demo.local"));
    QVERIFY(first.value(QLatin1String("before")).isNull());
    QCOMPARE(first.value(QLatin1String("after")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Boulder North"));
    QCOMPARE(rows.at(1)
                 .toObject()
                 .value(QLatin1String("before"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Boulder North"));
    QCOMPARE(rows.at(1)
                 .toObject()
                 .value(QLatin1String("after"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Boulder"));
    QCOMPARE(rows.at(2).toObject().value(QLatin1String("action")).toString(),
             QStringLiteral("location.deleted"));
    // By default the newest first.
    const QJsonArray newestFirst =
        admin.get(QStringLiteral("/api/v1/audit-logs?object_type=location&object_id=%1").arg(id))
            .results();
    QStringList actions;
    for (const QJsonValue &row : newestFirst)
        actions << row.toObject().value(QLatin1String("action")).toString();
    QCOMPARE(actions,
             (QStringList{QStringLiteral("location.deleted"), QStringLiteral("location.updated"),
                          QStringLiteral("location.created")}));
    // The other tenant's audit log shows none of it.
    QCOMPARE(as(QStringLiteral("admin@other.local"))
                 .get(QStringLiteral("/api/v1/audit-logs?object_type=location"))
                 .json()
                 .value(QLatin1String("count"))
                 .toInt(),
             0);
}

namespace {

// A triangle around downtown Denver, as the API sends it.
const QByteArray kTriangle =
    R"([{"latitude":39.76,"longitude":-105.02},{"latitude":39.72,"longitude":-104.95},)"
    R"({"latitude":39.70,"longitude":-105.03}])";

QByteArray serviceAreaBody(const QByteArray &area)
{
    return R"({"service_area":)" + area + "}";
}

} // namespace

void TestApi::serviceAreaIsSetReadAndCleared()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const TestReply created =
        admin.send("POST", QStringLiteral("/api/v1/locations"),
                   R"({"name":"Area branch","service_area":)" + kTriangle + "}",
                   {{"X-Request-Id", "area-create-1"}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.id();
    const QString path = QStringLiteral("/api/v1/locations/%1").arg(id);
    const QJsonArray expected = QJsonDocument::fromJson(kTriangle).array();
    QCOMPARE(created.json().value(QLatin1String("service_area")).toArray(), expected);
    // Read back, alone and in the list.
    QCOMPARE(admin.get(path).json().value(QLatin1String("service_area")).toArray(), expected);
    bool listed = false;
    for (const QJsonValue &row :
         admin.get(QStringLiteral("/api/v1/locations?limit=500")).results()) {
        if (row.toObject().value(QLatin1String("id")).toInteger() == id) {
            QCOMPARE(row.toObject().value(QLatin1String("service_area")).toArray(), expected);
            listed = true;
        }
    }
    QVERIFY(listed);
    // A change of another field keeps it; a square replaces it; null clears it.
    QCOMPARE(admin.patch(path, {{QStringLiteral("address"), QStringLiteral("1 Area St")}})
                 .json()
                 .value(QLatin1String("service_area"))
                 .toArray(),
             expected);
    const QByteArray square =
        R"([{"latitude":39.8,"longitude":-105.1},{"latitude":39.8,"longitude":-104.9},)"
        R"({"latitude":39.6,"longitude":-104.9},{"latitude":39.6,"longitude":-105.1}])";
    const TestReply squared = admin.send("PATCH", path, serviceAreaBody(square));
    QCOMPARE(squared.status, 200);
    QCOMPARE(squared.json().value(QLatin1String("service_area")).toArray().size(), 4);
    const TestReply cleared = admin.send("PATCH", path, serviceAreaBody("null"));
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json().value(QLatin1String("service_area")).isNull());
    QVERIFY(admin.get(path).json().value(QLatin1String("service_area")).isNull());

    // Audited like every change of a location: the area before and after.
    const QJsonArray rows =
        admin
            .get(QStringLiteral("/api/v1/audit-logs?object_type=location&object_id=%1&ordering=id")
                     .arg(id))
            .results();
    // (SQLite may give a deleted location's id again: its rows come first.)
    qsizetype first = 0;
    while (first < rows.size() &&
           rows.at(first).toObject().value(QLatin1String("request_id")).toString() !=
               QLatin1String("area-create-1"))
        ++first;
    QCOMPARE(rows.size() - first, 4);
    QCOMPARE(rows.at(first)
                 .toObject()
                 .value(QLatin1String("after"))
                 .toObject()
                 .value(QLatin1String("service_area")),
             QJsonValue(expected));
    const QJsonObject clearing = rows.at(first + 3).toObject();
    QCOMPARE(clearing.value(QLatin1String("action")).toString(),
             QStringLiteral("location.updated"));
    QCOMPARE(clearing.value(QLatin1String("before"))
                 .toObject()
                 .value(QLatin1String("service_area"))
                 .toArray()
                 .size(),
             4);
    QVERIFY(clearing.value(QLatin1String("after"))
                .toObject()
                .value(QLatin1String("service_area"))
                .isNull());
    QCOMPARE(admin.del(path).status, 204);
}

void TestApi::serviceAreaRefusals_data()
{
    QTest::addColumn<QByteArray>("area");
    QTest::addColumn<QString>("field");
    QByteArray tooMany = "[";
    for (int i = 0; i < 201; ++i) {
        const double angle = 2 * M_PI * i / 201;
        tooMany += QStringLiteral(R"(%1{"latitude":%2,"longitude":%3})")
                       .arg(i ? QStringLiteral(",") : QString())
                       .arg(39.7 + 0.1 * std::sin(angle), 0, 'f', 6)
                       .arg(-105 + 0.1 * std::cos(angle), 0, 'f', 6)
                       .toUtf8();
    }
    tooMany += "]";
    QTest::newRow("none") << QByteArray("[]") << QStringLiteral("service_area");
    QTest::newRow("two corners")
        << QByteArray(R"([{"latitude":39.7,"longitude":-105},{"latitude":39.8,"longitude":-105}])")
        << QStringLiteral("service_area");
    QTest::newRow("201 corners") << tooMany << QStringLiteral("service_area");
    QTest::newRow("latitude")
        << QByteArray(R"([{"latitude":39.7,"longitude":-105},{"latitude":39.8,"longitude":-105},)"
                      R"({"latitude":95,"longitude":-104.9}])")
        << QStringLiteral("service_area[2].latitude");
    QTest::newRow("longitude")
        << QByteArray(R"([{"latitude":39.7,"longitude":-105},{"latitude":39.8,"longitude":-185},)"
                      R"({"latitude":39.8,"longitude":-104.9}])")
        << QStringLiteral("service_area[1].longitude");
    QTest::newRow("missing latitude")
        << QByteArray(R"([{"longitude":-105},{"latitude":39.8,"longitude":-105},)"
                      R"({"latitude":39.8,"longitude":-104.9}])")
        << QStringLiteral("service_area[0].latitude");
    QTest::newRow("bow tie")
        << QByteArray(
               R"([{"latitude":39.6,"longitude":-105.1},{"latitude":39.8,"longitude":-104.9},)"
               R"({"latitude":39.8,"longitude":-105.1},{"latitude":39.6,"longitude":-104.9}])")
        << QStringLiteral("service_area");
    QTest::newRow("not a list") << QByteArray(R"({"latitude":39.6})")
                                << QStringLiteral("service_area");
}

void TestApi::serviceAreaRefusals()
{
    QFETCH(QByteArray, area);
    QFETCH(QString, field);
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const QString path = QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation);
    const QJsonValue before = admin.get(path).json().value(QLatin1String("service_area"));
    for (const auto &[method, target] :
         {std::pair<QByteArray, QString>("PATCH", path),
          std::pair<QByteArray, QString>("POST", QStringLiteral("/api/v1/locations"))}) {
        const QByteArray body = method == "POST"
                                    ? R"({"name":"Refused area","service_area":)" + area + "}"
                                    : serviceAreaBody(area);
        const TestReply reply = admin.send(method, target, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(errorFields(reply).contains(field), reply.body.constData());
    }
    // Nothing was written.
    QCOMPARE(admin.get(path).json().value(QLatin1String("service_area")), before);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/locations?name=Refused%20area")).results().size(),
             0);
}

void TestApi::serviceAreaOfOthersAndByNonAdmins()
{
    const QString path = QStringLiteral("/api/v1/locations/%1").arg(m_demoLocation);
    TestHttpClient other = as(QStringLiteral("admin@other.local"));
    QCOMPARE(other.send("PATCH", path, serviceAreaBody(kTriangle)).status, 404);
    for (const char *who : {"manager@demo.local", "dispatcher@demo.local", "tech1@demo.local"}) {
        TestHttpClient user = as(QLatin1String(who));
        QCOMPARE(user.send("PATCH", path, serviceAreaBody(kTriangle)).status, 403);
        QCOMPARE(user.send("POST", QStringLiteral("/api/v1/locations"),
                           R"({"name":"Their area","service_area":)" + kTriangle + "}")
                     .status,
                 403);
    }
    // The demo location still has no area.
    QVERIFY(as(QStringLiteral("admin@demo.local"))
                .get(path)
                .json()
                .value(QLatin1String("service_area"))
                .isNull());
}

void TestApi::usersNeverExposePasswordsAndAdminsCannotLockOut()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const TestReply created =
        admin.post(QStringLiteral("/api/v1/users"),
                   {{QStringLiteral("email"), QStringLiteral("New.Tech@Demo.Local")},
                    {QStringLiteral("name"), QStringLiteral("New Tech")},
                    {QStringLiteral("role"), QStringLiteral("employee")},
                    {QStringLiteral("password"), QStringLiteral("a good password")},
                    {QStringLiteral("location_ids"), QJsonArray{m_demoLocation}}});
    QCOMPARE(created.status, 201);
    QVERIFY(!QByteArray(created.body).replace("must_change_password", "").contains("password") &&
            !created.body.contains("argon2"));
    const qint64 id = created.id();
    QCOMPARE(created.json().value(QLatin1String("email")).toString(),
             QStringLiteral("new.tech@demo.local"));
    TestHttpClient newcomer(m_server.baseUrl());
    QCOMPARE(
        newcomer.login(QStringLiteral("new.tech@demo.local"), QStringLiteral("a good password"))
            .status,
        200);

    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/users"),
                       {{QStringLiteral("email"), QStringLiteral("new.tech@demo.local")},
                        {QStringLiteral("name"), QStringLiteral("Twin")},
                        {QStringLiteral("role"), QStringLiteral("employee")},
                        {QStringLiteral("password"), QStringLiteral("a good password")}})
                 .status,
             409);
    const TestReply foreignLocation =
        admin.patch(QStringLiteral("/api/v1/users/%1").arg(id),
                    {{QStringLiteral("location_ids"), QJsonArray{m_otherLocation}}});
    QCOMPARE(foreignLocation.status, 422);
    QVERIFY(!admin.get(QStringLiteral("/api/v1/users?limit=500")).body.contains("argon2"));

    const qint64 self = admin.get(QStringLiteral("/api/v1/me"))
                            .json()
                            .value(QLatin1String("user"))
                            .toObject()
                            .value(QLatin1String("id"))
                            .toInteger();
    QCOMPARE(admin
                 .patch(QStringLiteral("/api/v1/users/%1").arg(self),
                        {{QStringLiteral("role"), QStringLiteral("employee")}})
                 .status,
             409);
    QCOMPARE(admin.del(QStringLiteral("/api/v1/users/%1").arg(self)).status, 409);
    QCOMPARE(admin.del(QStringLiteral("/api/v1/users/%1").arg(id)).status, 204);
    const QJsonArray audit =
        admin
            .get(QStringLiteral("/api/v1/audit-logs?object_type=user&object_id=%1&ordering=id")
                     .arg(id))
            .results();
    QCOMPARE(audit.size(), 2);
    QVERIFY(!QJsonDocument(audit).toJson().contains("argon2"));
}

void TestApi::deactivatedUserLosesAccessAtOnce()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const qint64 id = admin
                          .post(QStringLiteral("/api/v1/users"),
                                {{QStringLiteral("email"), QStringLiteral("leaver@demo.local")},
                                 {QStringLiteral("name"), QStringLiteral("Leaver")},
                                 {QStringLiteral("role"), QStringLiteral("dispatcher")},
                                 {QStringLiteral("password"), QStringLiteral("a good password")}})
                          .id();
    TestHttpClient leaver(m_server.baseUrl());
    const QString refresh =
        leaver.login(QStringLiteral("leaver@demo.local"), QStringLiteral("a good password"))
            .json()
            .value(QLatin1String("refresh_token"))
            .toString();
    QCOMPARE(leaver.get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(
        admin.patch(QStringLiteral("/api/v1/users/%1").arg(id), {{QStringLiteral("active"), false}})
            .status,
        200);
    QCOMPARE(leaver.get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(leaver
                 .post(QStringLiteral("/api/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), refresh}})
                 .status,
             401);
    QCOMPARE(
        leaver.login(QStringLiteral("leaver@demo.local"), QStringLiteral("a good password")).status,
        403);
}

void TestApi::paginationAndOrdering()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    for (int i = 0; i < 7; ++i)
        QCOMPARE(admin
                     .post(QStringLiteral("/api/v1/locations"),
                           {{QStringLiteral("name"), QStringLiteral("Page %1").arg(i)}})
                     .status,
                 201);
    QStringList all;
    QString next = QStringLiteral("/api/v1/locations?search=page&ordering=-name&limit=3");
    int pages = 0;
    int count = 0;
    while (!next.isEmpty()) {
        const QJsonObject page = admin.get(next).json();
        count = page.value(QLatin1String("count")).toInt();
        for (const QJsonValue &row : page.value(QLatin1String("results")).toArray())
            all << row.toObject().value(QLatin1String("name")).toString();
        if (pages == 0)
            QVERIFY(page.value(QLatin1String("previous")).isNull());
        else
            QVERIFY(page.value(QLatin1String("previous")).isString());
        next = page.value(QLatin1String("next")).toString();
        ++pages;
    }
    QCOMPARE(count, 7);
    QCOMPARE(pages, 3);
    QCOMPARE(all, (QStringList{QStringLiteral("Page 6"), QStringLiteral("Page 5"),
                               QStringLiteral("Page 4"), QStringLiteral("Page 3"),
                               QStringLiteral("Page 2"), QStringLiteral("Page 1"),
                               QStringLiteral("Page 0")}));
    const QJsonObject offset =
        admin.get(QStringLiteral("/api/v1/locations?search=PAGE&ordering=name&limit=2&offset=5"))
            .json();
    QCOMPARE(offset.value(QLatin1String("results")).toArray().size(), 2);
    QCOMPARE(offset.value(QLatin1String("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Page 5"));
    QVERIFY(offset.value(QLatin1String("next")).isNull());
    const QJsonObject roles =
        admin
            .get(QStringLiteral("/api/v1/users?role=manager,dispatcher&active=true&ordering=email"))
            .json();
    QCOMPARE(roles.value(QLatin1String("count")).toInt(), 2);
    QCOMPARE(roles.value(QLatin1String("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("email"))
                 .toString(),
             QStringLiteral("dispatcher@demo.local"));
}

void TestApi::listQueryErrorsAre422()
{
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    for (const char *query : {"limit=0", "limit=501", "offset=-3", "ordering=password_hash",
                              "ordering=name;drop", "bogus=1"}) {
        const TestReply reply = admin.get(QStringLiteral("/api/v1/users?") + QLatin1String(query));
        QVERIFY2(reply.status == 422, query);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    }
    QCOMPARE(admin.get(QStringLiteral("/api/v1/users?search=a%00b")).status, 422);
    // U+0000 cannot be stored by PostgreSQL: refused the same way on both engines.
    QCOMPARE(
        admin.send("POST", QStringLiteral("/api/v1/locations"), R"({"name":"a\u0000b"})").status,
        422);
    QCOMPARE(admin
                 .send("POST", QStringLiteral("/api/v1/auth/login"),
                       R"({"email":"a\u0000","password":"xxxxxxxx"})")
                 .status,
             422);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/audit-logs?from=yesterday")).status, 422);
}

void TestApi::aQueryParameterARouteDoesNotReadIs422NamingIt()
{
    // A misspelt parameter is refused, not ignored (it would answer for another day or place).
    TestHttpClient admin = as(QStringLiteral("admin@demo.local"));
    const TestReply me = admin.get(QStringLiteral("/api/v1/me?verbose=1"));
    QCOMPARE(me.status, 422);
    QCOMPARE(me.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(errorFields(me), QStringList{QStringLiteral("verbose")});
    QVERIFY2(me.body.contains("takes no query parameters"), me.body.constData());
    const TestReply due = admin.get(QStringLiteral("/api/v1/maintenance/due?within_day=3"));
    QCOMPARE(due.status, 422);
    QCOMPARE(errorFields(due), QStringList{QStringLiteral("within_day")});
    QVERIFY2(due.body.contains("within_days"), due.body.constData()); // what it takes
    // What it reads is taken, and is what the OpenAPI document lists for it.
    QCOMPARE(admin.get(QStringLiteral("/api/v1/maintenance/due?within_days=3")).status, 200);
    const QJsonObject operation = TestHttpClient(m_server.baseUrl())
                                      .get(QStringLiteral("/api/v1/openapi.json"))
                                      .json()
                                      .value(QLatin1String("paths"))
                                      .toObject()
                                      .value(QLatin1String("/api/v1/maintenance/due"))
                                      .toObject()
                                      .value(QLatin1String("get"))
                                      .toObject();
    QStringList documented;
    for (const QJsonValue &parameter : operation.value(QLatin1String("parameters")).toArray())
        documented << parameter.toObject().value(QLatin1String("name")).toString();
    QCOMPARE(documented, (QStringList{QStringLiteral("within_days"), QStringLiteral("within_km"),
                                      QStringLiteral("location_id")}));
}

void TestApi::openApiDocumentsEveryRoute()
{
    TestHttpClient anonymous(m_server.baseUrl());
    const TestReply reply = anonymous.get(QStringLiteral("/api/v1/openapi.json"));
    QCOMPARE(reply.status, 200);
    const QJsonObject document = reply.json();
    QVERIFY(document.value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.")));
    const QJsonObject paths = document.value(QLatin1String("paths")).toObject();
    // Every route the issue names is documented...
    const QStringList expected{QStringLiteral("get /healthz"),
                               QStringLiteral("get /readyz"),
                               QStringLiteral("post /api/v1/auth/login"),
                               QStringLiteral("post /api/v1/auth/refresh"),
                               QStringLiteral("post /api/v1/auth/logout"),
                               QStringLiteral("get /api/v1/me"),
                               QStringLiteral("get /api/v1/tenants/current"),
                               QStringLiteral("patch /api/v1/tenants/current"),
                               QStringLiteral("get /api/v1/locations"),
                               QStringLiteral("post /api/v1/locations"),
                               QStringLiteral("get /api/v1/locations/{id}"),
                               QStringLiteral("patch /api/v1/locations/{id}"),
                               QStringLiteral("delete /api/v1/locations/{id}"),
                               QStringLiteral("get /api/v1/users"),
                               QStringLiteral("post /api/v1/users"),
                               QStringLiteral("get /api/v1/users/{id}"),
                               QStringLiteral("patch /api/v1/users/{id}"),
                               QStringLiteral("delete /api/v1/users/{id}"),
                               QStringLiteral("get /api/v1/audit-logs"),
                               QStringLiteral("get /api/v1/audit-logs/{id}"),
                               QStringLiteral("get /api/v1/openapi.json")};
    for (const QString &entry : expected) {
        const QStringList parts = entry.split(QLatin1Char(' '));
        QVERIFY2(paths.value(parts[1]).toObject().contains(parts[0]),
                 qPrintable(entry + QStringLiteral(" is missing")));
    }
    // ...each with a name a client generator can use, given once...
    const QRegularExpression camelCase(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    QSet<QString> operationIds;
    for (const QJsonValue &item : paths) {
        const QJsonObject methods = item.toObject();
        for (const QJsonValue &operation : methods) {
            const QString id = operation.toObject().value(QLatin1String("operationId")).toString();
            QVERIFY2(camelCase.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!operationIds.contains(id), qPrintable(id + QStringLiteral(" twice")));
            operationIds.insert(id);
        }
    }
    QVERIFY(operationIds.contains(QStringLiteral("listJobs")));
    QVERIFY(operationIds.contains(QStringLiteral("assignJob")));
    // ...and every documented route exists: it answers something other than 404/405.
    int checked = 0;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QString concrete =
            QString(path.key()).replace(QLatin1String("{id}"), QLatin1String("1"));
        const QJsonObject methods = path.value().toObject();
        for (auto method = methods.begin(); method != methods.end(); ++method) {
            const TestReply probe = anonymous.send(method.key().toUpper().toLatin1(), concrete);
            QVERIFY2(probe.status != 404 && probe.status != 405,
                     qPrintable(method.key() + QLatin1Char(' ') + path.key() +
                                QStringLiteral(" answered ") + QString::number(probe.status)));
            ++checked;
        }
    }
    QVERIFY(checked >= expected.size());
}

void TestApi::pipelinedRequestsAreAnsweredInOrder()
{
    // A slow request (a password check) followed on the same connection by a fast one.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray login = R"({"email":"manager@demo.local","password":"fielddesk-demo"})";
    socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nX-Request-Id: first\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(login.size()) + "\r\n\r\n" + login +
                 "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: second\r\n\r\n");
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (received.count("X-Request-Id:") < 2 && timer.elapsed() < 10000) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
    }
    QVERIFY2(received.indexOf("X-Request-Id: first") >= 0, received.constData());
    QVERIFY(received.indexOf("X-Request-Id: first") < received.indexOf("X-Request-Id: second"));
}

void TestApi::loginIsThrottled()
{
    TestHttpClient client(m_server.baseUrl());
    for (const QString &email :
         {QStringLiteral("tech1@demo.local"), QStringLiteral("ghost@demo.local")}) {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.login(email, QStringLiteral("wrong guess")).status, 401);
        const TestReply blocked = client.login(email, QStringLiteral("wrong guess"));
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.header("Retry-After").toInt() > 0);
        // Even the right password waits: the lock does not tell guesses apart.
        QCOMPARE(client.login(email, kPassword).status, 429);
    }
}

void TestApi::sigtermExitsCleanly()
{
    QCOMPARE(m_server.stop(), 0);
    QVERIFY(m_server.output().contains("\"event\":\"stopped\""));
}

FIELDDESK_TEST_GUILESS_MAIN(TestApi)
} // namespace tst_api
#include "tst_api.moc"
