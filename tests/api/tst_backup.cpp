// Backup and restore (issue 18), on the engine named by FIELDDESK_TEST_ENGINE, with a real
// fielddesk-server under a continuous write load through the API (several dispatchers'
// connections creating and assigning jobs): a backup taken by `fielddesk-server backup` and
// one taken by the server's schedule are each restored into a fresh database with
// `fielddesk-server restore`; a server started on it serves and takes writes, the database
// passes its consistency checks (databaseconsistency.h) and holds every write acknowledged
// before the backup began. The schedule keeps the newest backup_keep backups; a backup that
// fails is logged and tried again while the server goes on; three servers on one PostgreSQL
// take one backup a period between them. A restore over a database a killed server left (its
// last commits only in SQLite's write-ahead log) puts the backup in place, and on SQLite keeps
// the replaced database whole beside it. A restore is refused, with its own exit code and a
// message saying why, for a file that is no FieldDesk backup (missing, not a database, another
// program's, damaged, of a newer schema) and while a server runs on the database; the database
// is untouched then.
#include "apisuite.h"
#include "apitestsetup.h"
#include "databaseconsistency.h"
#include "testmain.h"
#include "writeload.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace tst_backup {

namespace {

const QString kPassword = QStringLiteral("backup-test-pw");
constexpr int kWriters = 3;
// The suite's server backs up every 3.6 s and keeps the newest two.
const QString kEveryHours = QStringLiteral("0.001");
constexpr qint64 kPeriodMs = 3600;
constexpr int kKeep = 2;
// A backup starts once the load has this many writes acknowledged (the cap: a slow build).
constexpr int kAcknowledgedBeforeBackup = 60;
constexpr int kLoadCapMs = 60000;
// fielddesk-server's exit codes (server/src/app/admincommands.h).
constexpr int kNotABackupExitCode = 4;
constexpr int kDatabaseInUseExitCode = 5;

bool onPostgres()
{
    return TestDatabase::engine() == QLatin1String("postgresql");
}

QString backupSuffix()
{
    return onPostgres() ? QStringLiteral(".pgdump") : QStringLiteral(".db");
}

// The lines a server logged for an event ("backup_written"), oldest first.
QList<QJsonObject> logged(ServerProcess &server, const char *event)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : server.output().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QLatin1String("event")).toString() == QLatin1String(event))
            lines << object;
    }
    return lines;
}

qint64 startedAtMs(const QJsonObject &backupWritten)
{
    return backupWritten.value(QLatin1String("started_at_ms")).toInteger();
}

QString fileOf(const QJsonObject &backupWritten)
{
    return backupWritten.value(QLatin1String("file")).toString();
}

// What a database holds, in a few numbers: the same before and after a refused restore.
QString fingerprint(const QString &url, const QString &connection)
{
    QString error;
    QString print;
    {
        QSqlDatabase db = TestDatabase::open(url, connection, &error);
        if (!db.isOpen())
            return QStringLiteral("cannot open: ") + error;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM jobs), (SELECT MAX(id) FROM "
                                   "jobs), (SELECT MAX(version) FROM schema_migrations), (SELECT "
                                   "COUNT(*) FROM dispatch_history)")) ||
            !q.next())
            return QStringLiteral("cannot read it");
        for (int i = 0; i < 4; ++i)
            print += q.value(i).toString() + QLatin1Char(' ');
    }
    QSqlDatabase::removeDatabase(connection);
    if (url.startsWith(QLatin1String("sqlite:"))) {
        QFile file(url.mid(7));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read the file");
        print += QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return print;
}

// pg_dump of a database the tests made (not a FieldDesk one), as an archive.
bool pgDump(const QString &url, const QString &file, QString *error)
{
    const QUrl parsed(url);
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"),
               {QStringLiteral("--format=custom"), QStringLiteral("--file"), file,
                QStringLiteral("--host"), parsed.host(), QStringLiteral("--port"),
                QString::number(parsed.port(5432)), QStringLiteral("--username"), parsed.userName(),
                parsed.path().mid(1)});
    if (!dump.waitForFinished(60000) || dump.exitCode() != 0) {
        *error = QString::fromLocal8Bit(dump.readAllStandardError());
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestBackup : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void backupCommandUnderLoadRestoresEveryAcknowledgedWrite();
    void scheduledBackupsUnderLoadRestoreAndKeepTheNewest();
    void restoreRefusesWhatIsNoBackup_data();
    void restoreRefusesWhatIsNoBackup();
    void restoreRefusedWhileAServerRuns();
    void restoreReplacesADatabaseAKilledServerLeft();
    void failedScheduledBackupIsTriedAgainAndTheServerGoesOn();
    void severalServersTakeTurns();

private:
    // Restores `backup` into a fresh database named `name` and checks it: a server serves it
    // and takes writes, it is consistent, every write `load` had acknowledged before `beganMs`
    // is there. Its URL in *restored.
    void restoreAndCheck(const QString &backup,
                         qint64 beganMs,
                         const QString &name,
                         const WriteLoad &load,
                         QString *restored);
    // A server on a fresh database of its own (no demo data), with these settings added.
    bool startPlainServer(ServerProcess &server,
                          const QString &database,
                          const QStringList &settings,
                          QString *error) const;

    ServerProcess::Options m_options;
    WriteLoad::Target m_target;
    QString m_scheduledDir;
    QString m_commandBackup;   // the backup command's file (test 1)
    QString m_restoredCommand; // the database restored from it
    QString m_scheduledCopy;   // a copy of a scheduled backup (test 2)
};

void TestBackup::initTestCase()
{
    QString error;
    m_scheduledDir = m_dir.filePath(QStringLiteral("scheduled"));
    m_options = suiteServerOptions(QStringLiteral("backup"), m_dir.path(), &error);
    QVERIFY2(!m_options.database.isEmpty(), qPrintable(error));
    ServerProcess::Options withBackups = m_options;
    withBackups.environment << QStringLiteral("FIELDDESK_BACKUP_EVERY_HOURS=") + kEveryHours
                            << QStringLiteral("FIELDDESK_BACKUP_KEEP=%1").arg(kKeep)
                            << QStringLiteral("FIELDDESK_BACKUP_DIR=") + m_scheduledDir;
    QVERIFY2(m_server.start(withBackups, &error), qPrintable(error));
    const auto target = WriteLoad::prepare(m_server, QStringLiteral("backup.test"), kPassword);
    QVERIFY(target);
    m_target = *target;
}

void TestBackup::cleanupTestCase()
{
    m_server.stop();
}

bool TestBackup::startPlainServer(ServerProcess &server,
                                  const QString &database,
                                  const QStringList &settings,
                                  QString *error) const
{
    ServerProcess::Options options = m_options;
    options.database = database;
    options.demo = false;
    options.environment << settings;
    return server.start(options, error);
}

void TestBackup::restoreAndCheck(const QString &backup,
                                 qint64 beganMs,
                                 const QString &name,
                                 const WriteLoad &load,
                                 QString *restored)
{
    QString error;
    const QString target = TestDatabase::fresh(name, m_dir.path(), &error);
    QVERIFY2(!target.isEmpty(), qPrintable(error));
    const ServerProcess::CommandRun restore = ServerProcess::runCommand(
        {QStringLiteral("--database"), target, QStringLiteral("restore"), backup});
    QVERIFY2(restore.exitCode == 0, restore.errors.constData());
    QVERIFY2(restore.output.contains("Restored"), restore.output.constData());
    *restored = target;

    // A server on it: the load's dispatcher signs in, reads a job and writes a new one (on
    // PostgreSQL that needs the sequences restored too).
    ServerProcess server;
    QVERIFY2(startPlainServer(server, target, {}, &error), qPrintable(error));
    TestHttpClient http(server.baseUrl());
    QCOMPARE(http.login(m_target.dispatcherEmail, kPassword).status, 200);
    const QList<qint64> created = load.created();
    QCOMPARE(http.get(QStringLiteral("/api/v1/jobs/%1")
                          .arg(*std::min_element(created.cbegin(), created.cend())))
                 .status,
             200);
    const TestReply written =
        http.post(QStringLiteral("/api/v1/jobs"),
                  {{QStringLiteral("title"), QStringLiteral("after the restore")},
                   {QStringLiteral("location_id"), m_target.location}});
    QVERIFY2(written.status == 201, written.body.constData());
    QCOMPARE(server.stop(), 0);

    QSqlDatabase db = TestDatabase::open(target, name, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    const WriteLoad::Presence presence = load.presenceIn(db, beganMs);
    const QStringList problems = DatabaseConsistency::problems(db, m_target.location);
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(name);
    qInfo("%s: %d creates and %d assignments acknowledged before the backup began, %d and %d "
          "of them missing",
          qPrintable(name), presence.creates, presence.assignments, presence.missingCreates,
          presence.missingAssignments);
    QVERIFY2(presence.error.isEmpty(), qPrintable(presence.error));
    QVERIFY(presence.creates > 0);
    QCOMPARE(presence.missingCreates, 0);
    QCOMPARE(presence.missingAssignments, 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestBackup::backupCommandUnderLoadRestoresEveryAcknowledgedWrite()
{
    WriteLoad load(m_server.baseUrl(), m_target);
    load.start(kWriters);
    QVERIFY(QTest::qWaitFor([&] { return load.acknowledged() >= kAcknowledgedBeforeBackup; },
                            kLoadCapMs));
    m_commandBackup = m_dir.filePath(QStringLiteral("command") + backupSuffix());
    const qint64 beganMs = QDateTime::currentMSecsSinceEpoch();
    const int acknowledgedBefore = load.acknowledged();
    const ServerProcess::CommandRun backup =
        ServerProcess::runCommand({QStringLiteral("--database"), m_options.database,
                                   QStringLiteral("backup"), m_commandBackup});
    const int acknowledgedDuring = load.acknowledged() - acknowledgedBefore;
    QVERIFY2(backup.exitCode == 0, backup.errors.constData());
    // The load goes on after it too.
    const int acknowledgedAfter = load.acknowledged();
    QVERIFY(
        QTest::qWaitFor([&] { return load.acknowledged() >= acknowledgedAfter + 20; }, kLoadCapMs));
    QVERIFY(load.stop());
    const QStringList unexpected = load.unexpectedAnswers();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    QVERIFY(QFileInfo::exists(m_commandBackup));
    QVERIFY(!QFileInfo::exists(m_commandBackup + QStringLiteral(".partial")));
    qInfo("backup command on %s under load: %s; %d writes acknowledged while it ran",
          qPrintable(TestDatabase::engine()), backup.output.trimmed().constData(),
          acknowledgedDuring);

    restoreAndCheck(m_commandBackup, beganMs, QStringLiteral("restored_command"), load,
                    &m_restoredCommand);
}

void TestBackup::scheduledBackupsUnderLoadRestoreAndKeepTheNewest()
{
    WriteLoad load(m_server.baseUrl(), m_target);
    load.start(kWriters);
    QVERIFY(QTest::qWaitFor([&] { return load.acknowledged() >= kAcknowledgedBeforeBackup; },
                            kLoadCapMs));
    // The next scheduled backup, begun while the load runs; copied at once, before the
    // schedule's pruning deletes it.
    const qint64 loadRunningMs = QDateTime::currentMSecsSinceEpoch();
    QJsonObject chosen;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QJsonObject &line : logged(m_server, "backup_written")) {
                if (startedAtMs(line) > loadRunningMs) {
                    chosen = line;
                    return true;
                }
            }
            return false;
        },
        int(4 * kPeriodMs)));
    const QString copy = m_dir.filePath(QStringLiteral("scheduled-copy") + backupSuffix());
    m_scheduledCopy = copy;
    QVERIFY(QFile::copy(fileOf(chosen), copy));
    QVERIFY(load.stop());
    const QStringList unexpected = load.unexpectedAnswers();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    QVERIFY2(QFileInfo(fileOf(chosen)).fileName().startsWith(QLatin1String("fielddesk-")),
             qPrintable(fileOf(chosen)));
    qInfo("scheduled backup under load: %lld bytes in %lld ms",
          chosen.value(QLatin1String("bytes")).toInteger(),
          chosen.value(QLatin1String("ms")).toInteger());

    // More than backup_keep were written since the server started: the newest ones are kept,
    // named so that they sort by time, and the older ones are gone.
    QVERIFY(QTest::qWaitFor([&] { return logged(m_server, "backup_written").size() > kKeep; },
                            int(4 * kPeriodMs)));
    // Looked at between two backups: none finished meanwhile, none half-pruned.
    QStringList kept, newest;
    QList<QJsonObject> written;
    const auto look = [&] {
        written = logged(m_server, "backup_written");
        kept = QDir(m_scheduledDir)
                   .entryList({QStringLiteral("fielddesk-*") + backupSuffix()}, QDir::Files,
                              QDir::Name);
        newest.clear();
        for (qsizetype i = written.size() - kKeep; i < written.size(); ++i)
            newest << QFileInfo(fileOf(written.at(i))).fileName();
        return kept == newest && written.size() == logged(m_server, "backup_written").size();
    };
    const bool settled = QTest::qWaitFor(look, int(kPeriodMs));
    QCOMPARE(kept, newest);
    QVERIFY(settled);
    for (qsizetype i = 0; i < written.size() - kKeep; ++i)
        QVERIFY2(!QFileInfo::exists(fileOf(written.at(i))), qPrintable(fileOf(written.at(i))));
    QVERIFY(newest.first() < newest.last());

    // Readiness tells how the last one went.
    const QJsonObject ready =
        TestHttpClient(m_server.baseUrl()).get(QStringLiteral("/readyz")).json();
    const QJsonObject backupState = ready.value(QLatin1String("backup")).toObject();
    QCOMPARE(backupState.value(QLatin1String("last_ok")).toBool(false), true);
    QVERIFY(!backupState.value(QLatin1String("last_at")).toString().isEmpty());

    QString restored;
    restoreAndCheck(copy, startedAtMs(chosen), QStringLiteral("restored_scheduled"), load,
                    &restored);
}

void TestBackup::restoreRefusesWhatIsNoBackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said"); // a pattern of what the refusal says
    const bool pg = onPostgres();
    const QString noDatabase =
        pg ? QStringLiteral("is not a pg_dump file") : QStringLiteral("is not an SQLite database");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("random bytes") << "random" << noDatabase;
    QTest::newRow("a text file") << "text" << noDatabase;
    QTest::newRow("another program's database") << "other"
                                                << "is not a FieldDesk database";
    QTest::newRow("a newer schema") << "newer"
                                    << "newer than this fielddesk-server knows";
    QTest::newRow("cut in half") << "half"
                                 << (pg ? QStringLiteral(
                                              "damaged pg_dump archive|could not be read whole")
                                        : QStringLiteral("is damaged"));
}

void TestBackup::restoreRefusesWhatIsNoBackup()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    QVERIFY2(!m_restoredCommand.isEmpty(), "the backup command's test restored nothing");
    QVERIFY(QFileInfo::exists(m_commandBackup));
    const QString file = m_dir.filePath(QStringLiteral("refused-") + kind + backupSuffix());
    QFile::remove(file);
    QString error;
    QFile original(m_commandBackup);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray backupBytes = original.readAll();
    if (kind == QLatin1String("random")) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / 4);
        QVERIFY(writeFile(file, bytes));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(file, "These are not the rows you are looking for.\n"));
    } else if (kind == QLatin1String("half")) {
        QVERIFY(writeFile(file, backupBytes.left(backupBytes.size() / 2)));
    } else if (kind == QLatin1String("other")) {
        // A database of another program: one table of its own.
        const QString other = onPostgres() ? TestDatabase::fresh(QStringLiteral("other_program"),
                                                                 m_dir.path(), &error)
                                           : QStringLiteral("sqlite:") + file;
        QVERIFY2(!other.isEmpty(), qPrintable(error));
        {
            QSqlDatabase db = TestDatabase::open(other, QStringLiteral("other"), &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body "
                                          "TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES (1, 'hello')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        if (onPostgres())
            QVERIFY2(pgDump(other, file, &error), qPrintable(error));
    } else if (kind == QLatin1String("newer")) {
        // A FieldDesk database that a later version migrated further than this one knows.
        const QString newer = TestDatabase::fresh(QStringLiteral("newer"), m_dir.path(), &error);
        QVERIFY2(!newer.isEmpty(), qPrintable(error));
        const ServerProcess::CommandRun migrate = ServerProcess::runCommand(
            {QStringLiteral("--database"), newer, QStringLiteral("migrate")});
        QVERIFY2(migrate.exitCode == 0, migrate.errors.constData());
        {
            QSqlDatabase db = TestDatabase::open(newer, QStringLiteral("newer"), &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                          "applied_at) VALUES (1000000, 'from the future', "
                                          "'2099-01-01T00:00:00Z')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const ServerProcess::CommandRun backup = ServerProcess::runCommand(
            {QStringLiteral("--database"), newer, QStringLiteral("backup"), file});
        QVERIFY2(backup.exitCode == 0, backup.errors.constData());
    }

    const QString before = fingerprint(m_restoredCommand, QStringLiteral("fingerprint"));
    const ServerProcess::CommandRun restore = ServerProcess::runCommand(
        {QStringLiteral("--database"), m_restoredCommand, QStringLiteral("restore"), file});
    QCOMPARE(restore.exitCode, kNotABackupExitCode);
    const QString message = QString::fromUtf8(restore.errors);
    QVERIFY2(message.contains(QRegularExpression(said)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("nothing was changed")), qPrintable(message));
    QCOMPARE(fingerprint(m_restoredCommand, QStringLiteral("fingerprint")), before);
    if (!onPostgres()) {
        // Nothing of the attempt is left beside the database.
        const QString path = m_restoredCommand.mid(7);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
        QVERIFY(QDir(QFileInfo(path).absolutePath())
                    .entryList({QFileInfo(path).fileName() + QStringLiteral(".before-restore-*")})
                    .isEmpty());
    }
}

void TestBackup::restoreRefusedWhileAServerRuns()
{
    QVERIFY(QFileInfo::exists(m_commandBackup));
    const ServerProcess::CommandRun restore =
        ServerProcess::runCommand({QStringLiteral("--database"), m_options.database,
                                   QStringLiteral("restore"), m_commandBackup});
    QCOMPARE(restore.exitCode, kDatabaseInUseExitCode);
    QVERIFY2(restore.errors.contains("in use"), restore.errors.constData());
    // The server goes on, with everything written since the backup.
    TestHttpClient http = client(m_target.dispatcher);
    const TestReply written =
        http.post(QStringLiteral("/api/v1/jobs"),
                  {{QStringLiteral("title"), QStringLiteral("while a restore was refused")},
                   {QStringLiteral("location_id"), m_target.location}});
    QCOMPARE(written.status, 201);
}

void TestBackup::restoreReplacesADatabaseAKilledServerLeft()
{
    QVERIFY(!m_restoredCommand.isEmpty() && QFileInfo::exists(m_scheduledCopy));
    // A server writes to the database and dies: on SQLite its last commits are still in the
    // write-ahead log beside the file.
    QString error;
    ServerProcess server;
    QVERIFY2(startPlainServer(server, m_restoredCommand, {}, &error), qPrintable(error));
    TestHttpClient http(server.baseUrl());
    QCOMPARE(http.login(m_target.dispatcherEmail, kPassword).status, 200);
    const QString title = QStringLiteral("written just before the crash");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.post(QStringLiteral("/api/v1/jobs"),
                           {{QStringLiteral("title"), title},
                            {QStringLiteral("location_id"), m_target.location}})
                     .status,
                 201);
    QVERIFY(server.kill());
    const QString path = m_restoredCommand.mid(7); // SQLite's file
    if (!onPostgres())
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    // PostgreSQL ends the dead server's sessions once it notices their sockets closed.
    ServerProcess::CommandRun restore;
    QVERIFY(QTest::qWaitFor(
        [&] {
            restore = ServerProcess::runCommand({QStringLiteral("--database"), m_restoredCommand,
                                                 QStringLiteral("restore"), m_scheduledCopy});
            return restore.exitCode != kDatabaseInUseExitCode;
        },
        10000));
    QVERIFY2(restore.exitCode == 0, restore.errors.constData());

    const auto jobsTitled = [&title](const QString &url, const QString &connection) {
        QString why;
        qint64 count = -1;
        {
            QSqlDatabase db = TestDatabase::open(url, connection, &why);
            QSqlQuery q(db);
            if (db.isOpen() && q.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE title "
                                                        "= ?"))) {
                q.addBindValue(title);
                if (q.exec() && q.next())
                    count = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return count;
    };
    // The database is the backup's now, and consistent; nothing of the crashed server's log
    // was played onto it.
    QCOMPARE(jobsTitled(m_restoredCommand, QStringLiteral("replaced")), 0);
    {
        QSqlDatabase db = TestDatabase::open(m_restoredCommand, QStringLiteral("replaced"), &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QStringList problems = DatabaseConsistency::problems(db, m_target.location);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("replaced"));
    if (!onPostgres()) {
        // The replaced database is kept, whole: its log's commits went into it first.
        const QRegularExpressionMatch kept =
            QRegularExpression(QStringLiteral("kept as (\\S+)\\.$"))
                .match(QString::fromUtf8(restore.output.trimmed()));
        QVERIFY2(kept.hasMatch(), restore.output.constData());
        QVERIFY(!QFileInfo::exists(kept.captured(1) + QStringLiteral("-wal")));
        QCOMPARE(jobsTitled(QStringLiteral("sqlite:") + kept.captured(1), QStringLiteral("kept")),
                 5);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    // A server runs on it.
    QVERIFY2(startPlainServer(server, m_restoredCommand, {}, &error), qPrintable(error));
    QCOMPARE(TestHttpClient(server.baseUrl()).login(m_target.dispatcherEmail, kPassword).status,
             200);
    QCOMPARE(server.stop(), 0);
}

void TestBackup::failedScheduledBackupIsTriedAgainAndTheServerGoesOn()
{
    // The backup folder cannot be made: a file is in the way.
    const QString inTheWay = m_dir.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeFile(inTheWay, "a file, not a folder\n"));
    QString error;
    const QString database = TestDatabase::fresh(QStringLiteral("failing"), m_dir.path(), &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    ServerProcess server;
    QVERIFY2(startPlainServer(
                 server, database,
                 {QStringLiteral("FIELDDESK_BACKUP_EVERY_HOURS=") + kEveryHours,
                  QStringLiteral("FIELDDESK_BACKUP_DIR=") + inTheWay + QStringLiteral("/backups")},
                 &error),
             qPrintable(error));
    // Tried at start, and again the next period.
    QVERIFY(QTest::qWaitFor([&] { return logged(server, "backup_failed").size() >= 2; },
                            int(4 * kPeriodMs)));
    const QJsonObject failure = logged(server, "backup_failed").first();
    QVERIFY2(failure.value(QLatin1String("error")).toString().contains(inTheWay),
             qPrintable(failure.value(QLatin1String("error")).toString()));
    const TestReply ready = TestHttpClient(server.baseUrl()).get(QStringLiteral("/readyz"));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json()
                 .value(QLatin1String("backup"))
                 .toObject()
                 .value(QLatin1String("last_ok"))
                 .toBool(true),
             false);
    QVERIFY(logged(server, "backup_written").isEmpty());
    QCOMPARE(server.stop(), 0);
}

// Several servers on one database (PostgreSQL, or one SQLite file on one machine) take turns.
void TestBackup::severalServersTakeTurns()
{
    QString error;
    const QString database = TestDatabase::fresh(QStringLiteral("turns"), m_dir.path(), &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    const QString directory = m_dir.filePath(QStringLiteral("turns"));
    const QStringList settings{QStringLiteral("FIELDDESK_BACKUP_EVERY_HOURS=") + kEveryHours,
                               QStringLiteral("FIELDDESK_BACKUP_KEEP=100"),
                               QStringLiteral("FIELDDESK_BACKUP_DIR=") + directory};
    ServerProcess servers[3];
    for (ServerProcess &server : servers)
        QVERIFY2(startPlainServer(server, database, settings, &error), qPrintable(error));
    // Each server looks every period, at its own moments; one backup a period between them.
    QTest::qWait(int(3 * kPeriodMs));
    for (ServerProcess &server : servers)
        QCOMPARE(server.stop(), 0);
    QList<qint64> started;
    int serversThatTookOne = 0;
    for (ServerProcess &server : servers) {
        const QList<QJsonObject> mine = logged(server, "backup_written");
        serversThatTookOne += mine.isEmpty() ? 0 : 1;
        for (const QJsonObject &line : mine)
            started << startedAtMs(line);
    }
    std::sort(started.begin(), started.end());
    qInfo("three servers, one backup every %lld ms: %lld backups, taken by %d of the servers",
          kPeriodMs, qint64(started.size()), serversThatTookOne);
    QVERIFY(started.size() >= 2);
    // A turn lasts the period less a tenth of the check interval (here the period).
    for (qsizetype i = 1; i < started.size(); ++i)
        QVERIFY2(started.at(i) - started.at(i - 1) >= kPeriodMs * 9 / 10,
                 qPrintable(QStringLiteral("backups began %1 ms apart")
                                .arg(started.at(i) - started.at(i - 1))));
    QCOMPARE(QDir(directory).entryList(QDir::Files).size(), started.size());
}

FIELDDESK_TEST_GUILESS_MAIN(TestBackup)
} // namespace tst_backup
#include "tst_backup.moc"
