// Scheduled online backups while the server runs: every backup_every_hours a backup
// (DatabaseBackup: written beside, flushed, renamed) into backup_dir, named by the time it was
// taken ("fielddesk-20250314T153000Z.db", ".pgdump" on PostgreSQL: the names sort by time),
// and the newest backup_keep kept, the older ones deleted. On a thread of its own
// (PeriodicWork), never an HTTP worker's. Several servers on one database take turns
// (WorkTurns "backup"): one backup a period between them, by whichever server looks first. A
// failed backup is logged (backup_failed), deletes nothing, and is tried again the next
// period; the server goes on.
#pragma once

#include "services/backupsettings.h"
#include "storage/databaseurl.h"

#include <QDateTime>
#include <QMutex>
#include <QStringList>

#include <memory>
#include <optional>

namespace fielddesk::server {

class Database;
class PeriodicWork;

class BackupSchedule
{
public:
    struct LastRun
    {
        QDateTime at; // when it started
        bool ok = false;
    };

    BackupSchedule(Database &db, BackupSettings settings);
    ~BackupSchedule();
    BackupSchedule(const BackupSchedule &) = delete;
    BackupSchedule &operator=(const BackupSchedule &) = delete;

    // Looks at once whether a backup is due, then every check interval; not when off.
    void start();
    const BackupSettings &settings() const { return m_settings; }
    // The last scheduled backup this server took, if any; from any thread.
    std::optional<LastRun> lastRun() const;

    // The file name of a backup taken at `at`.
    static QString fileName(const QDateTime &at, Engine engine);
    // Whether `name` names a complete scheduled backup of the engine.
    static bool isBackupName(const QString &name, Engine engine);

private:
    // On the schedule's thread: a backup when it is this server's turn.
    int backUpIfDue();
    // Deletes the backups beyond the newest `keep`, and partial files long abandoned.
    int prune();

    Database &m_db;
    const BackupSettings m_settings;
    std::unique_ptr<PeriodicWork> m_work;
    mutable QMutex m_mutex;
    std::optional<LastRun> m_lastRun;
};

} // namespace fielddesk::server
