// Puts a backup (DatabaseBackup's, or a file of the same kind) back in place of the configured
// database, then migrates it up to this program's schema. The file is checked before anything
// is touched: it must be whole (SQLite's integrity_check; pg_restore reads the archive), be a
// FieldDesk database (schema_migrations, tenants, jobs) and be of a schema this program knows
// (not newer). Nothing may have the database open meanwhile (a running server): the restore
// is refused then. SQLite: the backup is copied beside the database, checked, flushed and
// renamed over it in one step, the write-ahead log of the replaced one emptied first; the
// replaced file is kept as DB.before-restore-TIME. PostgreSQL: the public schema is dropped
// and the backup restored in one transaction (psql --single-transaction), all or nothing.
#pragma once

#include "storage/databaseurl.h"

#include <QSet>
#include <QString>

namespace fielddesk::server {

class DatabaseRestore
{
public:
    enum class Outcome {
        Restored,
        NotABackup, // missing, unreadable, damaged, not FieldDesk's, or of a newer schema
        InUse,      // something has the database open (a running server)
        Failed,     // anything else: a full disk, PostgreSQL's tools failing
    };
    struct Report
    {
        Outcome outcome = Outcome::Failed;
        QString message; // what happened, in a sentence or two
    };

    explicit DatabaseRestore(DatabaseUrl url)
        : m_url(std::move(url))
    {}

    // Never throws. Unless Restored, the database is as it was.
    Report restore(const QString &backupPath);

private:
    // What a backup holds, as far as the checks need it.
    struct Contents
    {
        QSet<QString> tables;
        int schemaVersion = 0;
    };
    // Why the backup `shownAs` cannot be restored; empty when it can.
    static QString problemOf(const Contents &contents, const QString &shownAs);

    Report restoreSqlite(const QString &path);
    Report restorePostgres(const QString &path);
    Report checkPostgresBackup(const QString &path, bool *archive);
    Report replacePostgresDatabase(const QString &path, bool archive);
    // Migrates the restored database up and says what was restored.
    Report migrated(const QString &path, const QString &kept);

    DatabaseUrl m_url;
    Contents m_contents; // of the backup being restored
};

} // namespace fielddesk::server
