#include "app/demosnapshot.h"

#include "app/logline.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/durablefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <sqlite3.h>

namespace fielddesk::server {

namespace {

// SQLite's online backup: the destination keeps its journal mode (WAL, set first), so the copy
// is a database as the server makes them, write-ahead log and all.
bool copyDatabase(const QString &from, const QString &to, QString *error)
{
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(from).constData(), &source, SQLITE_OPEN_READONLY,
                             nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(QFile::encodeName(to).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(target, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(target);
        } else {
            sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
        }
    }
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(target);
    sqlite3_close(source);
    return rc == SQLITE_OK;
}

} // namespace

std::optional<DemoSnapshot> DemoSnapshot::forServer(const QString &directory,
                                                    const DatabaseUrl &database,
                                                    const QString &demoTimeZone,
                                                    const Argon2Parameters &argon2,
                                                    const QDateTime &now)
{
    if (directory.isEmpty() || database.engine != Engine::Sqlite)
        return std::nullopt;
    // Another build of the server (another schema, another seed) never reads this one's copy.
    const QFileInfo program(QCoreApplication::applicationFilePath());
    const QString hour =
        now.toTimeZone(QTimeZone(demoTimeZone.toUtf8())).toString(QStringLiteral("yyyy-MM-ddTHH"));
    const QString key = QStringList{program.absoluteFilePath(),
                                    QString::number(program.size()),
                                    QString::number(program.lastModified().toMSecsSinceEpoch()),
                                    demoTimeZone,
                                    hour,
                                    QString::number(argon2.timeCost),
                                    QString::number(argon2.memoryKiB),
                                    QString::number(argon2.parallelism)}
                            .join(QLatin1Char('\n'));
    const QByteArray digest =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return DemoSnapshot(
        QDir(directory).filePath(QStringLiteral("demo-%1.db").arg(QString::fromLatin1(digest))));
}

bool DemoSnapshot::restoreInto(const QString &databasePath, QString *error) const
{
    const QFileInfo snapshot(m_path);
    if (!snapshot.exists() ||
        snapshot.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > kMaxAgeSeconds)
        return false;
    // A database with anything in it is never replaced.
    if (QFileInfo(databasePath).size() > 0 ||
        QFileInfo::exists(databasePath + QStringLiteral("-wal")))
        return false;
    if (copyDatabase(m_path, databasePath, error))
        return true;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(databasePath + QLatin1String(suffix));
    return false;
}

void DemoSnapshot::save(Database &db) const
{
    // Copies too old to serve are only in the way (a folder of tests that run every day would
    // otherwise keep one for every hour).
    const QDir folder = QFileInfo(m_path).absoluteDir();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo &old : folder.entryInfoList({QStringLiteral("demo-*.db")}, QDir::Files)) {
        if (old.lastModified().secsTo(now) > kMaxAgeSeconds)
            QFile::remove(old.absoluteFilePath());
    }
    const QString mine = m_path + QStringLiteral(".%1.db").arg(QCoreApplication::applicationPid());
    QFile::remove(mine);
    const BackupWritten written = DatabaseBackup::write(db, mine);
    QString error = written.error;
    if (written.ok() && DurableFile::rename(mine, m_path, &error))
        return;
    QFile::remove(mine);
    LogLine("warning", "demo_snapshot_not_saved").field("file", m_path).field("error", error);
}

} // namespace fielddesk::server
