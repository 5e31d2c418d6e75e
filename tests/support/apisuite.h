// What every API suite keeps and does the same way: the server it runs against, in a data
// directory of its own, and clients of it that carry a token. A suite derives from it (and
// declares Q_OBJECT itself, for its test slots).
#pragma once

#include "apitestsetup.h"
#include "serverprocess.h"
#include "testhttpclient.h"

#include <QObject>
#include <QTemporaryDir>

class ApiSuite : public QObject
{
protected:
    // A client of the suite's server that sends this access token.
    TestHttpClient client(const QByteArray &token) const
    {
        TestHttpClient c(m_server.baseUrl());
        c.setToken(token);
        return c;
    }

    // The access token of this account (empty, with a warning, when refused).
    QByteArray login(const QString &email, const QString &password) const
    {
        return signInTo(m_server, email, password);
    }

    QTemporaryDir m_dir; // declared first: the server stops before its directory goes
    ServerProcess m_server;
};
