#include "app/demosnapshot.h"

#include "app/logline.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/durablefile.h"
#include "storage/postgresdatabases.h"

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

// PostgreSQL's copies: fielddesk_demo_ and 24 hexadecimal digits, nothing after (a name with
// more is a copy being made).
const QString kDatabasePrefix = QStringLiteral("fielddesk_demo_");
constexpr int kDigestLength = 24;

// A PostgreSQL copy's comment: when it was made (seconds since 1970, UTC).
bool youngEnough(const QString &madeAt)
{
    bool ok = false;
    const qint64 seconds = madeAt.toLongLong(&ok);
    return ok && QDateTime::currentSecsSinceEpoch() - seconds <= DemoSnapshot::kMaxAgeSeconds;
}

} // namespace

std::optional<DemoSnapshot> DemoSnapshot::forServer(const QString &directory,
                                                    const DatabaseUrl &database,
                                                    const QString &demoTimeZone,
                                                    const Argon2Parameters &argon2,
                                                    const QDateTime &now)
{
    if (directory.isEmpty())
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
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256)
                                .toHex()
                                .left(kDigestLength));
    if (database.engine == Engine::Postgres)
        return DemoSnapshot(database, kDatabasePrefix + digest);
    return DemoSnapshot(database,
                        QDir(directory).filePath(QStringLiteral("demo-%1.db").arg(digest)));
}

bool DemoSnapshot::restore(QString *error) const
{
    return m_database.engine == Engine::Postgres ? restoreDatabase(error) : restoreFile(error);
}

void DemoSnapshot::save(Database &db) const
{
    if (m_database.engine == Engine::Postgres)
        saveDatabase(db);
    else
        saveFile(db);
}

bool DemoSnapshot::restoreFile(QString *error) const
{
    const QString &databasePath = m_database.path;
    const QFileInfo snapshot(m_where);
    if (!snapshot.exists() ||
        snapshot.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > kMaxAgeSeconds)
        return false;
    // A database with anything in it is never replaced.
    if (QFileInfo(databasePath).size() > 0 ||
        QFileInfo::exists(databasePath + QStringLiteral("-wal")))
        return false;
    if (copyDatabase(m_where, databasePath, error))
        return true;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(databasePath + QLatin1String(suffix));
    return false;
}

void DemoSnapshot::saveFile(Database &db) const
{
    // Copies too old to serve are only in the way (a folder of tests that run every day would
    // otherwise keep one for every hour).
    const QDir folder = QFileInfo(m_where).absoluteDir();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo &old : folder.entryInfoList({QStringLiteral("demo-*.db")}, QDir::Files)) {
        if (old.lastModified().secsTo(now) > kMaxAgeSeconds)
            QFile::remove(old.absoluteFilePath());
    }
    const QString mine = m_where + QStringLiteral(".%1.db").arg(QCoreApplication::applicationPid());
    QFile::remove(mine);
    const BackupWritten written = DatabaseBackup::write(db, mine);
    QString error = written.error;
    if (written.ok() && DurableFile::rename(mine, m_where, &error)) {
        LogLine("info", "demo_snapshot_saved").field("copy", m_where);
        return;
    }
    QFile::remove(mine);
    LogLine("warning", "demo_snapshot_not_saved").field("copy", m_where).field("error", error);
}

bool DemoSnapshot::restoreDatabase(QString *error) const
{
    try {
        PostgresDatabases server(m_database);
        const std::optional<QString> madeAt = server.comment(m_where);
        if (!madeAt || !youngEnough(*madeAt) || !server.holdsNoTable(m_database.name))
            return false;
        // PostgreSQL copies a database into a new one only.
        server.drop(m_database.name);
        try {
            server.copy(m_where, m_database.name);
            return true;
        } catch (const DatabaseError &e) {
            *error = QString::fromUtf8(e.what());
            server.create(m_database.name); // empty again: the server seeds it
            return false;
        }
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

void DemoSnapshot::saveDatabase(Database &db) const
{
    const QString mine = m_where + QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
    try {
        db.closeConnection(); // no one may be connected to the database copied
        PostgresDatabases server(m_database);
        for (const PostgresDatabases::Entry &old : server.named(kDatabasePrefix)) {
            if (old.name.size() == kDatabasePrefix.size() + kDigestLength &&
                !youngEnough(old.comment))
                server.drop(old.name);
        }
        if (server.comment(m_where))
            return; // another server's came first (a young one: old ones are gone)
        server.drop(mine);
        server.copy(m_database.name, mine);
        server.setComment(mine, QString::number(QDateTime::currentSecsSinceEpoch()));
        server.rename(mine, m_where); // fails if another server's came meanwhile: ours goes
        LogLine("info", "demo_snapshot_saved").field("copy", m_where);
    } catch (const DatabaseError &e) {
        try {
            PostgresDatabases(m_database).drop(mine);
        } catch (const DatabaseError &) {
            // the warning below says enough
        }
        LogLine("warning", "demo_snapshot_not_saved")
            .field("copy", m_where)
            .field("error", QString::fromUtf8(e.what()));
    }
}

} // namespace fielddesk::server
