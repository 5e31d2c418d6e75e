// A fielddesk-server with the demo data on a SQLite file of its own (in a temporary
// directory), for the tests that sign in with the demo accounts. Stopped when destroyed.
#pragma once

#include "serverprocess.h"

#include <QTemporaryDir>

namespace demo {
inline const QString kPassword = QStringLiteral("fielddesk-demo");
inline const QString kTenant = QStringLiteral("Demo Duct & Lawn Co.");
} // namespace demo

class DemoServer
{
public:
    // environment: the server's settings as "FIELDDESK_<KEY>=value".
    bool start(QString *error, const QStringList &environment = {})
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory for the database");
            return false;
        }
        return m_process.start({.database = QStringLiteral("sqlite:") + databaseFile(),
                                .demo = true,
                                .environment = environment},
                               error);
    }
    int stop() { return m_process.stop(); }

    QUrl baseUrl() const { return m_process.baseUrl(); }
    QByteArray output() { return m_process.output(); }
    QString databaseFile() const { return m_dir.filePath(QStringLiteral("demo.db")); }

private:
    QTemporaryDir m_dir;
    ServerProcess m_process;
};
