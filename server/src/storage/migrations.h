// Versioned, forward-only schema migrations, applied at start and recorded in
// schema_migrations. The same statements run on SQLite and PostgreSQL; the few words that
// differ are written as placeholders ({{ID}} for an auto-increment primary key, {{BLOB}} for
// bytes: BLOB on SQLite, BYTEA on PostgreSQL).
#pragma once

#include "storage/database.h"

#include <QList>
#include <QStringList>

namespace fielddesk::server {

struct Migration
{
    int version;
    QString name;
    QStringList statements;
};

// Every migration FieldDesk knows, oldest first. New ones are appended, never edited.
const QList<Migration> &allMigrations();

class Migrator
{
public:
    explicit Migrator(Database &db);
    // Applies the pending migrations, each in its own transaction; returns how many ran.
    int migrate();
    int currentVersion();
    static int latestVersion();

private:
    QString dialect(const QString &statement) const;

    Database &m_db;
};

} // namespace fielddesk::server
