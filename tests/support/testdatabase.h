// The database a server test runs against, fresh for each test executable: a new SQLite
// file in the test's temporary folder, or a new database on the test PostgreSQL server
// (FIELDDESK_TEST_ENGINE=postgresql, FIELDDESK_TEST_PG_URL), so suites never see each
// other's rows.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace TestDatabase {

QString engine();
// A database URL for the server; empty and *error when PostgreSQL cannot be prepared.
QString fresh(const QString &name, const QString &tempDir, QString *error);
// The test's own connection (named `connectionName`) to the database at a server's URL
// (sqlite:PATH or postgresql://...); not open, with *error, when it cannot be opened.
QSqlDatabase open(const QString &url, const QString &connectionName, QString *error);

} // namespace TestDatabase
