// A fresh database (TestDatabase::fresh) opened with the server's own Database and migrated,
// for unit tests of repositories and services on SQLite and on the tests' PostgreSQL. Header
// only: the support library does not link the server; the tests that include this do.
#pragma once

#include "storage/database.h"
#include "storage/migrations.h"
#include "testdatabase.h"

#include <memory>

namespace TestDatabase {

// Null and *error when the database cannot be made.
inline std::unique_ptr<fielddesk::server::Database>
migrated(const QString &name, const QString &tempDir, QString *error)
{
    const QString url = fresh(name, tempDir, error);
    if (url.isEmpty())
        return nullptr;
    const std::optional<fielddesk::server::DatabaseUrl> parsed =
        fielddesk::server::DatabaseUrl::parse(url, error);
    if (!parsed)
        return nullptr;
    auto db = std::make_unique<fielddesk::server::Database>(*parsed);
    fielddesk::server::Migrator(*db).migrate();
    return db;
}

} // namespace TestDatabase
