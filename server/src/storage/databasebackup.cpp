#include "storage/databasebackup.h"

#include "storage/database.h"
#include "storage/durablefile.h"
#include "storage/postgrestools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace fielddesk::server {

QString DatabaseBackup::fileSuffix(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral(".db") : QStringLiteral(".pgdump");
}

QString DatabaseBackup::partialPath(const QString &path)
{
    return path + QStringLiteral(".partial");
}

BackupWritten DatabaseBackup::write(Database &db, const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    BackupWritten written;
    if (QFileInfo::exists(path)) {
        written.error = QStringLiteral("%1 exists already; choose a new file").arg(path);
        return written;
    }
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        written.error = QStringLiteral("cannot create the folder %1").arg(directory);
        return written;
    }
    // A partial file left by a backup that was cut off (a crash) is only in the way.
    const QString partial = partialPath(path);
    QFile::remove(partial);
    if (db.engine() == Engine::Sqlite) {
        try {
            SqlQuery(db, QStringLiteral("VACUUM INTO ?")).bind(partial).exec();
        } catch (const DatabaseError &e) {
            written.error = QString::fromUtf8(e.what());
        }
    } else {
        const PostgresTools tools(db.url());
        const ToolRun dump =
            tools.run(QStringLiteral("pg_dump"), QStringList{QStringLiteral("--format=custom"),
                                                             QStringLiteral("--file"), partial} +
                                                     tools.connectionArguments());
        written.error = dump.error;
    }
    // SQLite does not flush what VACUUM INTO wrote; neither does pg_dump (before 15's --sync).
    if (written.ok() && DurableFile::sync(partial, &written.error) &&
        DurableFile::rename(partial, path, &written.error)) {
        written.bytes = QFileInfo(path).size();
        written.milliseconds = clock.elapsed();
        return written;
    }
    QFile::remove(partial);
    return written;
}

} // namespace fielddesk::server
