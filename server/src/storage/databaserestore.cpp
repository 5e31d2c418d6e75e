#include "storage/databaserestore.h"

#include "storage/database.h"
#include "storage/durablefile.h"
#include "storage/migrations.h"
#include "storage/postgrestools.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <sqlite3.h>
#include <unistd.h>

namespace fielddesk::server {

namespace {

// The tables every FieldDesk database has, whatever its version.
const char *const kFieldDeskTables[] = {"schema_migrations", "tenants", "jobs"};
// How long the restore waits for a lock on the SQLite database before it calls it in use.
constexpr int kSqliteLockWaitMs = 2000;
// What the integrity check may say before the rest is left out of the message.
constexpr int kIntegrityLinesShown = 3;

DatabaseRestore::Report restoreRefused(DatabaseRestore::Outcome outcome, const QString &why)
{
    return {outcome, why + QStringLiteral("; nothing was changed")};
}

// An SQLite connection of the restore's own, on SQLite's API, closed when it goes.
struct RestoreSqliteHandle
{
    sqlite3 *db = nullptr;
    ~RestoreSqliteHandle() { sqlite3_close_v2(db); }

    int open(const QString &path)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                               nullptr);
    }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(db)); }

    // Runs `sql`; its rows' first column in *rows (if asked). SQLite's result code.
    int run(const char *sql, QStringList *rows = nullptr)
    {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW && rows)
                *rows << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
};

QString restoreStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// Reads pg_dump's SQL text: the tables it creates and the versions it fills schema_migrations
// with (its COPY block).
class DumpTextScanner
{
public:
    void line(const QByteArray &text)
    {
        if (m_inMigrations) {
            if (text.startsWith("\\."))
                m_inMigrations = false;
            else
                m_version = std::max(m_version, text.left(text.indexOf('\t')).toInt());
            return;
        }
        if (text.startsWith("COPY public.schema_migrations ")) {
            m_inMigrations = true;
            return;
        }
        static const QRegularExpression create(QStringLiteral(R"(^CREATE TABLE public\.(\w+) )"));
        if (text.startsWith("CREATE TABLE ")) {
            const QRegularExpressionMatch match = create.match(QString::fromUtf8(text));
            if (match.hasMatch())
                m_tables.insert(match.captured(1));
        }
    }
    void text(const QByteArray &all)
    {
        for (const QByteArray &each : all.split('\n'))
            line(each);
    }
    QSet<QString> tables() const { return m_tables; }
    int version() const { return m_version; }

private:
    bool m_inMigrations = false;
    int m_version = 0;
    QSet<QString> m_tables;
};

} // namespace

DatabaseRestore::Report DatabaseRestore::restore(const QString &backupPath)
{
    const QFileInfo file(backupPath);
    if (!file.exists())
        return restoreRefused(Outcome::NotABackup,
                              QStringLiteral("%1 does not exist").arg(backupPath));
    if (!file.isFile() || !file.isReadable())
        return restoreRefused(
            Outcome::NotABackup,
            QStringLiteral("%1 is not a file this user can read").arg(backupPath));
    return m_url.engine == Engine::Sqlite ? restoreSqlite(file.absoluteFilePath())
                                          : restorePostgres(file.absoluteFilePath());
}

QString DatabaseRestore::problemOf(const Contents &contents, const QString &shownAs)
{
    for (const char *table : kFieldDeskTables) {
        if (!contents.tables.contains(QLatin1String(table)))
            return QStringLiteral("%1 is not a FieldDesk database (it has no %2 table)")
                .arg(shownAs, QLatin1String(table));
    }
    if (contents.schemaVersion <= 0)
        return QStringLiteral("%1 is not a FieldDesk database (no schema version is recorded)")
            .arg(shownAs);
    if (contents.schemaVersion > Migrator::latestVersion())
        return QStringLiteral("%1 holds schema version %2, newer than this fielddesk-server knows "
                              "(%3): restore it with the FieldDesk version that wrote it, or a "
                              "newer one")
            .arg(shownAs)
            .arg(contents.schemaVersion)
            .arg(Migrator::latestVersion());
    return {};
}

DatabaseRestore::Report DatabaseRestore::restoreSqlite(const QString &path)
{
    // A database with a log beside it is a live one, and the file alone may miss what the log
    // holds: only a file that is whole by itself is taken.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return restoreRefused(
            Outcome::NotABackup,
            QStringLiteral("%1 has a write-ahead log beside it (%1-wal): it is a "
                           "database in use, not a backup; take one with "
                           "\"fielddesk-server --database sqlite:%1 backup FILE\"")
                .arg(path));
    const QString target = QFileInfo(m_url.path).absoluteFilePath();
    if (path == target)
        return restoreRefused(
            Outcome::NotABackup,
            QStringLiteral("%1 is the database itself, not a backup of it").arg(path));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return restoreRefused(Outcome::Failed,
                              QStringLiteral("cannot create the folder of %1").arg(target));

    // The copy is what gets checked and then renamed into place: beside the database, on the
    // same file system, so that the rename is one step.
    const QString copy = target + QStringLiteral(".restoring");
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-journal"));
    if (!QFile::copy(path, copy))
        return restoreRefused(
            Outcome::Failed,
            QStringLiteral("cannot copy %1 to %2 (is the disk full?)").arg(path, copy));
    const auto removeCopy = [&copy] { QFile::remove(copy); };
    {
        RestoreSqliteHandle backup;
        if (backup.open(copy) != SQLITE_OK) {
            removeCopy();
            return restoreRefused(
                Outcome::NotABackup,
                QStringLiteral("cannot open %1: %2").arg(path, backup.lastError()));
        }
        QStringList verdict;
        const int rc = backup.run("PRAGMA integrity_check", &verdict);
        if (rc == SQLITE_NOTADB) {
            removeCopy();
            return restoreRefused(Outcome::NotABackup,
                                  QStringLiteral("%1 is not an SQLite database").arg(path));
        }
        if (rc != SQLITE_OK || verdict != QStringList{QStringLiteral("ok")}) {
            const QString said =
                rc != SQLITE_OK
                    ? backup.lastError()
                    : QStringList(verdict.mid(0, kIntegrityLinesShown)).join(QStringLiteral("; "));
            removeCopy();
            return restoreRefused(
                Outcome::NotABackup,
                QStringLiteral("%1 is damaged (integrity_check: %2)").arg(path, said));
        }
        QStringList tables;
        backup.run("SELECT name FROM sqlite_master WHERE type = 'table'", &tables);
        m_contents.tables = QSet<QString>(tables.cbegin(), tables.cend());
        QStringList version;
        if (m_contents.tables.contains(QStringLiteral("schema_migrations")) &&
            backup.run("SELECT MAX(version) FROM schema_migrations", &version) == SQLITE_OK)
            m_contents.schemaVersion = version.value(0).toInt();
    }
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    if (const QString problem = problemOf(m_contents, path); !problem.isEmpty()) {
        removeCopy();
        return restoreRefused(Outcome::NotABackup, problem);
    }
    QString error;
    if (!DurableFile::sync(copy, &error)) {
        removeCopy();
        return restoreRefused(Outcome::Failed, error);
    }

    QString kept;
    RestoreSqliteHandle current; // held until the copy is in place: nobody opens it meanwhile
    if (QFileInfo::exists(target)) {
        // An exclusive lock on the database: refused while any other connection has it open,
        // even an idle one (a server's). Kept until the connection closes.
        bool emptiedLog = false;
        if (current.open(target) == SQLITE_OK) {
            sqlite3_busy_timeout(current.db, kSqliteLockWaitMs);
            current.run("PRAGMA locking_mode=EXCLUSIVE");
            const int rc = current.run("BEGIN EXCLUSIVE");
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                removeCopy();
                return restoreRefused(
                    Outcome::InUse,
                    QStringLiteral("%1 is in use (a fielddesk-server running on it?): "
                                   "stop every program using it and try again")
                        .arg(target));
            }
            // Everything its log holds goes into the file, and the log is emptied: a log left
            // with frames in it would be played onto the restored database when it opens.
            if (rc == SQLITE_OK && current.run("COMMIT") == SQLITE_OK) {
                QStringList outcome;
                emptiedLog =
                    current.run("PRAGMA wal_checkpoint(TRUNCATE)", &outcome) == SQLITE_OK &&
                    outcome.value(0) == QLatin1String("0");
            }
        }
        kept = target + QStringLiteral(".before-restore-") + restoreStamp();
        // A second name for the replaced file (no copy); a damaged one's log goes with it.
        if (::link(QFile::encodeName(target).constData(), QFile::encodeName(kept).constData()) !=
                0 &&
            !QFile::copy(target, kept)) {
            removeCopy();
            return restoreRefused(
                Outcome::Failed,
                QStringLiteral("cannot keep the current database as %1").arg(kept));
        }
        const QString log = target + QStringLiteral("-wal");
        if (!emptiedLog && QFileInfo(log).size() > 0 &&
            !DurableFile::rename(log, kept + QStringLiteral("-wal"), &error)) {
            QFile::remove(kept);
            removeCopy();
            return restoreRefused(Outcome::Failed, error);
        }
    }
    if (!DurableFile::rename(copy, target, &error)) {
        QFile::remove(kept);
        removeCopy();
        return restoreRefused(Outcome::Failed, error);
    }
    sqlite3_close_v2(current.db);
    current.db = nullptr;
    // What is left of the replaced database's log is empty, and its shared memory index is of
    // no use to the restored one.
    if (QFileInfo(target + QStringLiteral("-wal")).size() == 0)
        QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    return migrated(path, kept);
}

DatabaseRestore::Report DatabaseRestore::restorePostgres(const QString &path)
{
    bool archive = false;
    if (Report checked = checkPostgresBackup(path, &archive); checked.outcome != Outcome::Restored)
        return checked;
    try {
        // Other sessions on the database (a server's, even idle) would hold locks the restore
        // waits for, or see the tables vanish under them.
        Database db(m_url);
        SqlQuery q(
            db, QStringLiteral("SELECT COUNT(*), COALESCE(string_agg(DISTINCT COALESCE(NULLIF("
                               "application_name, ''), 'a client') || ' from ' || COALESCE(host("
                               "client_addr), 'this machine'), ', '), '') FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid() AND "
                               "backend_type = 'client backend'"));
        q.exec();
        if (q.next() && q.integer(0) > 0)
            return restoreRefused(
                Outcome::InUse,
                QStringLiteral("the database %1 is in use: %2 other connection(s) (%3); "
                               "stop every fielddesk-server using it and try again")
                    .arg(m_url.name)
                    .arg(q.integer(0))
                    .arg(q.text(1)));
    } catch (const DatabaseError &e) {
        return restoreRefused(Outcome::Failed, QString::fromUtf8(e.what()));
    }
    if (Report replaced = replacePostgresDatabase(path, archive);
        replaced.outcome != Outcome::Restored)
        return replaced;
    return migrated(path, {});
}

DatabaseRestore::Report DatabaseRestore::checkPostgresBackup(const QString &path, bool *archive)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return restoreRefused(Outcome::NotABackup,
                              QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(4096);
    *archive = head.startsWith("PGDMP");
    if (!*archive && !head.contains("-- PostgreSQL database dump"))
        return restoreRefused(
            Outcome::NotABackup,
            QStringLiteral("%1 is not a pg_dump file (neither an archive of pg_dump "
                           "--format=custom nor a plain SQL dump)")
                .arg(path));
    DumpTextScanner scanner;
    const PostgresTools tools(m_url);
    if (*archive) {
        // The archive's table of contents, then the rows of schema_migrations alone.
        const ToolRun list =
            tools.run(QStringLiteral("pg_restore"), {QStringLiteral("--list"), path});
        const ToolRun migrations = list.ok ? tools.run(QStringLiteral("pg_restore"),
                                                       {QStringLiteral("--data-only"),
                                                        QStringLiteral("--table=schema_migrations"),
                                                        QStringLiteral("--file=-"), path})
                                           : list;
        if (!migrations.ok)
            return restoreRefused(
                Outcome::NotABackup,
                QStringLiteral("%1 is a damaged pg_dump archive (%2)").arg(path, migrations.error));
        static const QRegularExpression table(
            QStringLiteral(R"(^\d+; \d+ \d+ TABLE public (\w+) )"),
            QRegularExpression::MultilineOption);
        for (auto it = table.globalMatch(QString::fromUtf8(list.output)); it.hasNext();)
            m_contents.tables.insert(it.next().captured(1));
        scanner.text(migrations.output);
    } else {
        // A plain dump cut short would be run as far as it goes: it must end as pg_dump ends.
        while (!file.atEnd())
            scanner.line(file.readLine());
        m_contents.tables = scanner.tables();
        file.seek(std::max<qint64>(0, file.size() - 4096));
        if (!file.readAll().contains("-- PostgreSQL database dump complete"))
            return restoreRefused(
                Outcome::NotABackup,
                QStringLiteral("%1 is cut short (it lacks pg_dump's closing line)").arg(path));
    }
    m_contents.schemaVersion = scanner.version();
    if (const QString problem = problemOf(m_contents, path); !problem.isEmpty())
        return restoreRefused(Outcome::NotABackup, problem);
    return {Outcome::Restored, {}};
}

DatabaseRestore::Report DatabaseRestore::replacePostgresDatabase(const QString &path, bool archive)
{
    const PostgresTools tools(m_url);
    // One transaction: the schema dropped (tables of a newer version too) and the backup's
    // made; anything failing undoes it all.
    QProcess psql;
    tools.prepare(psql, QStringLiteral("psql"),
                  QStringList{QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"),
                              QStringLiteral("--single-transaction"), QStringLiteral("--set"),
                              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--command"),
                              QStringLiteral("SET client_min_messages = warning"),
                              QStringLiteral("--command"),
                              QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"),
                              QStringLiteral("--command"), QStringLiteral("CREATE SCHEMA public"),
                              QStringLiteral("--file"), archive ? QStringLiteral("-") : path} +
                      tools.connectionArguments());
    psql.setStandardOutputFile(QProcess::nullDevice());
    QTemporaryFile psqlErrors;
    if (!psqlErrors.open())
        return restoreRefused(Outcome::Failed, QStringLiteral("cannot make a temporary file"));
    psql.setStandardErrorFile(psqlErrors.fileName());
    psql.start();
    if (!psql.waitForStarted(-1))
        return restoreRefused(Outcome::Failed,
                              PostgresTools::failureOf(psql, QStringLiteral("psql")));
    if (archive) {
        // pg_restore's SQL relayed to psql, whose input is closed (its transaction committed)
        // only once pg_restore read the whole archive: on a failure psql is killed instead, and
        // PostgreSQL rolls back what it got.
        QProcess reader;
        tools.prepare(reader, QStringLiteral("pg_restore"),
                      {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                       QStringLiteral("--file=-"), path});
        reader.setReadChannel(QProcess::StandardOutput);
        reader.start();
        while (psql.state() == QProcess::Running) {
            reader.waitForReadyRead(1000);
            psql.write(reader.readAllStandardOutput());
            while (psql.bytesToWrite() > 0 && psql.state() == QProcess::Running)
                psql.waitForBytesWritten(1000);
            if (reader.state() == QProcess::NotRunning && reader.bytesAvailable() == 0)
                break;
        }
        if (psql.state() != QProcess::Running) {
            // psql stopped on an error before the end: its transaction is rolled back.
            reader.kill();
            reader.waitForFinished(-1);
        } else if (const QString failed =
                       PostgresTools::failureOf(reader, QStringLiteral("pg_restore"));
                   !failed.isEmpty()) {
            psql.kill();
            psql.waitForFinished(-1);
            return restoreRefused(
                Outcome::NotABackup,
                QStringLiteral("%1 could not be read whole (%2)").arg(path, failed));
        } else {
            psql.closeWriteChannel();
        }
    }
    psql.waitForFinished(-1);
    if (const QString failed = PostgresTools::failureOf(psql, QStringLiteral("psql"));
        !failed.isEmpty()) {
        const QString said = QString::fromLocal8Bit(psqlErrors.readAll()).trimmed();
        return restoreRefused(Outcome::Failed,
                              said.isEmpty() ? failed : failed + QLatin1Char(' ') + said);
    }
    return {Outcome::Restored, {}};
}

DatabaseRestore::Report DatabaseRestore::migrated(const QString &path, const QString &kept)
{
    try {
        Database db(m_url);
        const int applied = Migrator(db).migrate();
        QString message =
            QStringLiteral("Restored %1 into %2: schema version %3, %4 migration(s) applied since.")
                .arg(path, m_url.redacted())
                .arg(m_contents.schemaVersion)
                .arg(applied);
        if (!kept.isEmpty())
            message += QStringLiteral(" The database it replaced is kept as %1.").arg(kept);
        return {Outcome::Restored, message};
    } catch (const DatabaseError &e) {
        return {Outcome::Failed, QStringLiteral("%1 was restored but could not be migrated: %2")
                                     .arg(path, QString::fromUtf8(e.what()))};
    }
}

} // namespace fielddesk::server
