// A consistent copy of the whole database in one file, taken while the server runs, written so
// that a file under its final name is always complete: it is written beside under a temporary
// name (PATH.partial), flushed to disk, then renamed. SQLite: VACUUM INTO (a read transaction
// in WAL mode: writers go on meanwhile; the copy is compact and in one file). PostgreSQL:
// pg_dump's custom format (one snapshot; writers go on). DatabaseRestore puts either back.
#pragma once

#include "storage/databaseurl.h"

#include <QString>

namespace fielddesk::server {

class Database;

struct BackupWritten
{
    QString error; // empty when the backup is complete under its final name
    qint64 bytes = 0;
    qint64 milliseconds = 0;

    bool ok() const { return error.isEmpty(); }
};

class DatabaseBackup
{
public:
    // What a backup of this engine's file name ends with: ".db" (an SQLite database) or
    // ".pgdump" (a pg_dump archive).
    static QString fileSuffix(Engine engine);
    // The temporary name a backup is written under before it is complete.
    static QString partialPath(const QString &path);
    // Writes a backup of `db` to `path`, which must not exist yet; never throws.
    static BackupWritten write(Database &db, const QString &path);
};

} // namespace fielddesk::server
