#include "testdatabase.h"

#include <QCoreApplication>
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
    // The program's name is part of the database's: test programs run side by side on the one
    // server, and two of them may name a database alike.
    QString database =
        QStringLiteral("fd_") + QCoreApplication::applicationName() + QLatin1Char('_') + name;
    database = database.toLower().left(63); // PostgreSQL's longest identifier
    for (QChar &c : database) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            c = QLatin1Char('_');
    }
    {
        QSqlDatabase db = open(base.toString(), QStringLiteral("test-admin"), error);
        if (!db.isOpen())
            return {};
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

QSqlDatabase open(const QString &url, const QString &connectionName, QString *error)
{
    QSqlDatabase db;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(url.mid(7));
    } else {
        const QUrl parsed(url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        db.setDatabaseName(parsed.path().mid(1));
    }
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

} // namespace TestDatabase
