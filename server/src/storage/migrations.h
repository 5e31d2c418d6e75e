// Versioned, forward-only schema migrations, applied at start and recorded in
// schema_migrations. The same statements run on SQLite and PostgreSQL; the few words that
// differ are written as placeholders ({{ID}} for an auto-increment primary key, {{BLOB}} for
// bytes: BLOB on SQLite, BYTEA on PostgreSQL).
#pragma once

#include "storage/database.h"

#include <QList>
#include <QStringList>

#include <functional>

#include <limits>

namespace fielddesk::server {

struct Migration
{
    int version;
    QString name;
    QStringList statements;
    // SQLite cannot change a column's constraints in place: the migration copies the table
    // into a new one and drops the old. With foreign keys on, dropping a table that others
    // reference would delete their rows (ON DELETE CASCADE), and the switch only works outside
    // a transaction: the migrator turns them off around it and checks them before committing.
    bool rebuildsTables = false;
    // Work SQL alone cannot do, run after the statements in the same transaction (the audit
    // chain's hashes of the rows there are).
    std::function<void(Database &)> then;
};

// Every migration FieldDesk knows, oldest first. New ones are appended, never edited.
const QList<Migration> &allMigrations();

class Migrator
{
public:
    explicit Migrator(Database &db);
    // Applies the pending migrations up to that version, each in its own transaction;
    // returns how many ran. (A lower version is for tests of a migration on existing rows.)
    int migrate(int upToVersion = std::numeric_limits<int>::max());
    int currentVersion();
    static int latestVersion();

private:
    // Runs one migration in a transaction unless it ran already; whether it ran.
    bool apply(const Migration &migration, bool checkForeignKeys);
    QString dialect(const QString &statement) const;

    Database &m_db;
};

} // namespace fielddesk::server
