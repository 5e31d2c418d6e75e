// What the API suites do to set up their corner of a tenant: sign in, create users, read an
// answer's id. One copy for every suite.
#pragma once

#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"

#include <QHash>
#include <QJsonArray>

inline qint64 idOf(const TestReply &reply)
{
    return reply.json().value(QLatin1String("id")).toInteger();
}

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
inline qint64 createTestUser(const ServerProcess &server,
                             const QByteArray &adminToken,
                             const QString &email,
                             const QString &role,
                             qint64 location,
                             const QString &password)
{
    TestHttpClient admin(server.baseUrl());
    admin.setToken(adminToken);
    const TestReply r = admin.post(QStringLiteral("/api/v1/users"),
                                   {{QStringLiteral("email"), email},
                                    {QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("location_ids"), QJsonArray{location}}});
    if (r.status != 201)
        qWarning("create user: %d %s", r.status, r.body.constData());
    return idOf(r);
}

// Starts a demo server on a fresh database of its own (named `name`, on the engine the test
// runs on) with the sign-in throttle out of the way; false with `error` when it cannot.
inline bool
startSuiteServer(ServerProcess &server, const QString &name, const QString &dataDir, QString *error)
{
    ServerProcess::Options options;
    options.database = TestDatabase::fresh(name, dataDir, error);
    if (options.database.isEmpty())
        return false;
    options.environment = {QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
                           QStringLiteral("FIELDDESK_DATA_DIR=") + dataDir};
    return server.start(options, error);
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
