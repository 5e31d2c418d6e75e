#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace TestDatabase {

QString engine()
{
    return qEnvironmentVariable("FIELDDESK_TEST_ENGINE", QStringLiteral("sqlite"));
}

QString fresh(const QString &name, const QString &tempDir, QString *error)
{
    if (engine() != QLatin1String("postgresql"))
        return QStringLiteral("sqlite:") + tempDir + QLatin1Char('/') + name +
               QStringLiteral(".db");
    const QUrl base(qEnvironmentVariable("FIELDDESK_TEST_PG_URL"));
    if (!base.isValid() || base.host().isEmpty()) {
        *error = QStringLiteral("FIELDDESK_TEST_PG_URL is not set");
        return {};
    }
    const QString database = QStringLiteral("fielddesk_") + name;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setPassword(base.password());
        db.setDatabaseName(base.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
            return {};
        }
        QSqlQuery q(db);
        // Names come from the test code, never from input; identifiers cannot be bound.
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + database +
                    QStringLiteral(" WITH (FORCE)")) ||
            !q.exec(QStringLiteral("CREATE DATABASE ") + database)) {
            *error = q.lastError().text();
            return {};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    QUrl url = base;
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace TestDatabase
