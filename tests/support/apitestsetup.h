// What the API suites do to set up their corner of a tenant: sign in, create users. One copy for
// every suite.
#pragma once

#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

// The access token of this account; empty (with a warning naming the answer) when refused.
inline QByteArray
signInTo(const ServerProcess &server, const QString &email, const QString &password)
{
    TestHttpClient c(server.baseUrl());
    const TestReply reply = c.login(email, password);
    if (reply.status != 200)
        qWarning("login %s: %d %s", qPrintable(email), reply.status, reply.body.constData());
    return c.token();
}

// A user made by an admin, working at `location`; its id, or 0 (with a warning).
inline qint64 createTestUser(const QUrl &server,
                             const QByteArray &adminToken,
                             const QString &email,
                             const QString &role,
                             qint64 location,
                             const QString &password)
{
    TestHttpClient admin(server);
    admin.setToken(adminToken);
    const TestReply r = admin.post(QStringLiteral("/api/v1/users"),
                                   {{QStringLiteral("email"), email},
                                    {QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("location_ids"), QJsonArray{location}}});
    if (r.status != 201)
        qWarning("create user: %d %s", r.status, r.body.constData());
    return r.id();
}

inline qint64 createTestUser(const ServerProcess &server,
                             const QByteArray &adminToken,
                             const QString &email,
                             const QString &role,
                             qint64 location,
                             const QString &password)
{
    return createTestUser(server.baseUrl(), adminToken, email, role, location, password);
}

// A location made by an admin; its id, or 0 (with a warning).
inline qint64
createTestLocation(const ServerProcess &server, const QByteArray &adminToken, const QString &name)
{
    TestHttpClient admin(server.baseUrl());
    admin.setToken(adminToken);
    const TestReply r =
        admin.post(QStringLiteral("/api/v1/locations"), {{QStringLiteral("name"), name}});
    if (r.status != 201)
        qWarning("create location: %d %s", r.status, r.body.constData());
    return r.id();
}

// A location in Denver (America/Denver, downtown coordinates) made by an admin, as the suites
// that plan work use; its id, or 0 (with a warning).
inline qint64
createDenverLocation(const ServerProcess &server, const QByteArray &adminToken, const QString &name)
{
    TestHttpClient admin(server.baseUrl());
    admin.setToken(adminToken);
    const TestReply r = admin.post(QStringLiteral("/api/v1/locations"),
                                   {{QStringLiteral("name"), name},
                                    {QStringLiteral("time_zone"), QStringLiteral("America/Denver")},
                                    {QStringLiteral("latitude"), 39.74},
                                    {QStringLiteral("longitude"), -104.99}});
    if (r.status != 201)
        qWarning("create location: %d %s", r.status, r.body.constData());
    return r.id();
}

// The fields a problem answer names, in its order.
inline QStringList errorFields(const TestReply &reply)
{
    QStringList fields;
    for (const QJsonValue &e : reply.json().value(QLatin1String("errors")).toArray())
        fields << e.toObject().value(QLatin1String("field")).toString();
    return fields;
}

// A suite's own corner of the demo tenant for who-may-see-what, everyone signed in: the demo
// tenants' admins, a location and a far one, a manager of each, and a dispatcher and two
// employees of the first. Emails are "<role>@<domain>" ("mgr", "far-mgr", "disp", "tech",
// "tech2").
struct LocationStaff
{
    QByteArray admin, otherAdmin; // admin@demo.local, admin@other.local
    qint64 location = 0;
    qint64 farLocation = 0;
    QByteArray manager, farManager, dispatcher, employee, colleague;
    qint64 employeeId = 0;

    // False (with a warning naming what failed) when any of it could not be made.
    bool create(const ServerProcess &server, const QString &domain, const QString &password)
    {
        const QString demoPassword = QStringLiteral("fielddesk-demo");
        admin = signInTo(server, QStringLiteral("admin@demo.local"), demoPassword);
        otherAdmin = signInTo(server, QStringLiteral("admin@other.local"), demoPassword);
        location = createTestLocation(server, admin, domain + QStringLiteral(" depot"));
        farLocation = createTestLocation(server, admin, domain + QStringLiteral(" far depot"));
        const auto account = [&](const char *name, const char *role, qint64 at, qint64 *id) {
            const QString email = QLatin1String(name) + QLatin1Char('@') + domain;
            *id = createTestUser(server, admin, email, QLatin1String(role), at, password);
            return *id ? signInTo(server, email, password) : QByteArray();
        };
        qint64 id = 0;
        manager = account("mgr", "manager", location, &id);
        farManager = account("far-mgr", "manager", farLocation, &id);
        dispatcher = account("disp", "dispatcher", location, &id);
        employee = account("tech", "employee", location, &employeeId);
        colleague = account("tech2", "employee", location, &id);
        for (const QByteArray *token :
             {&admin, &otherAdmin, &manager, &farManager, &dispatcher, &employee, &colleague}) {
            if (token->isEmpty())
                return false;
        }
        return location > 0 && farLocation > 0;
    }
};

// A location of the test's own in the demo tenant and a dispatcher working there
// ("disp@<domain>"), both signed in with the demo admin.
struct DispatcherAtLocation
{
    QByteArray admin, dispatcher;
    qint64 location = 0;

    // False (with a warning naming what failed) when any of it could not be made.
    bool create(const ServerProcess &server, const QString &domain, const QString &password)
    {
        admin =
            signInTo(server, QStringLiteral("admin@demo.local"), QStringLiteral("fielddesk-demo"));
        location = createTestLocation(server, admin, domain + QStringLiteral(" depot"));
        const QString email = QStringLiteral("disp@") + domain;
        if (location == 0 ||
            !createTestUser(server, admin, email, QStringLiteral("dispatcher"), location, password))
            return false;
        dispatcher = signInTo(server, email, password);
        return !admin.isEmpty() && !dispatcher.isEmpty();
    }
};

// The options of a demo server on a fresh database of its own (named `name`, on the engine the
// test runs on) with the sign-in throttle out of the way, and any more settings the suite
// needs ("FIELDDESK_SMTP_URL=..."); no database (and `error`) when it cannot be made. A suite
// that starts a second server on the same database (or the same one again) keeps them.
inline ServerProcess::Options suiteServerOptions(const QString &name,
                                                 const QString &dataDir,
                                                 QString *error,
                                                 const QStringList &moreEnvironment = {})
{
    ServerProcess::Options options;
    // An empty path is what an invalid QTemporaryDir gives (a full disk, say): the server
    // would then write its secret and database somewhere else and fail far from the cause.
    if (dataDir.isEmpty() || !QFileInfo(dataDir).isDir()) {
        *error = QStringLiteral("the suite's data directory \"%1\" does not exist (is the disk "
                                "full?)")
                     .arg(dataDir);
        return options;
    }
    options.database = TestDatabase::fresh(name, dataDir, error);
    options.environment =
        QStringList{QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
                    QStringLiteral("FIELDDESK_DATA_DIR=") + dataDir} +
        moreEnvironment;
    return options;
}

// Starts a server with suiteServerOptions(); false with `error` when it cannot.
inline bool startSuiteServer(ServerProcess &server,
                             const QString &name,
                             const QString &dataDir,
                             QString *error,
                             const QStringList &moreEnvironment = {})
{
    const ServerProcess::Options options =
        suiteServerOptions(name, dataDir, error, moreEnvironment);
    return !options.database.isEmpty() && server.start(options, error);
}

// Signs each account in once and keeps its token for the rest of the suite.
class SignedInAccounts
{
public:
    SignedInAccounts(const ServerProcess &server, QString password)
        : m_server(server)
        , m_password(std::move(password))
    {}

    QByteArray tokenFor(const QString &email)
    {
        if (!m_tokens.contains(email))
            m_tokens.insert(email, signInTo(m_server, email, m_password));
        return m_tokens.value(email);
    }

    TestHttpClient as(const QString &email)
    {
        TestHttpClient client(m_server.baseUrl());
        client.setToken(tokenFor(email));
        return client;
    }

private:
    const ServerProcess &m_server;
    QString m_password;
    QHash<QString, QByteArray> m_tokens;
};
