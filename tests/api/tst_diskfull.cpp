// The disk under an SQLite database fills up while a real fielddesk-server runs on it: the
// database lives on a small tmpfs the test mounts, and a file the test writes takes every
// byte left. Writes then answer 507 with a problem saying why (never a 500, never a crash),
// reads go on, and once the file is deleted writes work again without a restart. Afterwards
// every acknowledged write is there and the file passes integrity_check and the consistency
// checks (databaseconsistency.h).
//
// Mounting needs root (CI runs as root). Elsewhere the test is skipped and says why; with
// CI=true it fails instead, so a CI machine that cannot run it never passes silently.
#include "apisuite.h"
#include "apitestsetup.h"
#include "databaseconsistency.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tst_diskfull {

namespace {

const QString kPassword = QStringLiteral("diskfull-test-pw");
const QString kConnection = QStringLiteral("tst_diskfull");
// Room for the demo database, its log and the test's writes; the filler takes the rest.
constexpr const char *kDiskSize = "size=48m";
// Writes that still fit into pages SQLite already has are fine; this many without a refusal
// means the disk never looked full to the server.
constexpr int kMaxWritesUntilRefused = 3000;
constexpr int kRefusalsAfterward = 10;
constexpr int kResumeTimeoutMs = 15000;

} // namespace

class TestDiskFull : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void writesAreRefusedWhileTheDiskIsFullAndResumeAfterward();

private:
    TestReply createJob(const QString &title);
    // Writes a file on the small disk until no byte more fits; its size.
    qint64 fillTheDisk();

    QString m_mount;
    bool m_mounted = false;
    ServerProcess::Options m_options;
    QByteArray m_dispatcher;
    qint64 m_location = 0;
};

void TestDiskFull::initTestCase()
{
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    m_mount = m_dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(m_mount));
    QString why;
    if (::geteuid() != 0)
        why = QStringLiteral("mounting the small file system the test fills needs root");
    else if (::mount("tmpfs", QFile::encodeName(m_mount).constData(), "tmpfs", 0, kDiskSize) != 0)
        why = QStringLiteral("cannot mount a tmpfs on %1: %2")
                  .arg(m_mount, QString::fromLocal8Bit(std::strerror(errno)));
    else
        m_mounted = true;
    if (!m_mounted) {
        if (ci)
            QFAIL(qPrintable(why + QStringLiteral(" (CI=true: this test must run here)")));
        QSKIP(qPrintable(why));
    }

    QString error;
    // The demo is seeded here, not copied from another server's (demo_snapshot_dir): a copy
    // starts with an empty write-ahead log, while a seeded file's log has grown to hold the
    // seed, and how much of the small disk the log already holds decides when writes fail.
    m_options = suiteServerOptions(QStringLiteral("diskfull"), m_mount, &error,
                                   {QStringLiteral("FIELDDESK_DEMO_SNAPSHOT_DIR=")});
    QVERIFY2(!m_options.database.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(m_options, &error), qPrintable(error));
    DispatcherAtLocation desk;
    QVERIFY(desk.create(m_server, QStringLiteral("diskfull.test"), kPassword));
    m_dispatcher = desk.dispatcher;
    m_location = desk.location;
}

void TestDiskFull::cleanupTestCase()
{
    m_server.stop();
    QSqlDatabase::removeDatabase(kConnection);
    if (m_mounted && ::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH) != 0)
        qWarning("cannot unmount %s: %s", qPrintable(m_mount), std::strerror(errno));
}

TestReply TestDiskFull::createJob(const QString &title)
{
    return client(m_dispatcher)
        .post(QStringLiteral("/api/v1/jobs"),
              {{QStringLiteral("title"), title},
               {QStringLiteral("location_id"), m_location},
               {QStringLiteral("notes"), QString(400, QLatin1Char('n'))}});
}

qint64 TestDiskFull::fillTheDisk()
{
    QFile filler(m_mount + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly))
        return -1;
    const QByteArray chunk(64 * 1024, 'x');
    qint64 written = 0;
    // Big steps, then single bytes: not one byte is left.
    for (qint64 step : {qint64(chunk.size()), qint64(4096), qint64(1)}) {
        for (;;) {
            const qint64 n = filler.write(chunk.constData(), step);
            if (n <= 0 || !filler.flush())
                break;
            written += n;
        }
        filler.unsetError();
    }
    filler.close();
    return written;
}

void TestDiskFull::writesAreRefusedWhileTheDiskIsFullAndResumeAfterward()
{
    QList<qint64> acknowledged;
    for (int i = 0; i < 5; ++i) {
        const TestReply r = createJob(QStringLiteral("before the disk filled #%1").arg(i));
        QCOMPARE(r.status, 201);
        acknowledged.append(r.id());
    }

    const qint64 filled = fillTheDisk();
    QVERIFY(filled > 0);

    // Writes that fit into the pages SQLite already holds still go in; then they are refused.
    TestReply refused;
    int keptWhileFull = 0;
    for (int i = 0; i < kMaxWritesUntilRefused; ++i) {
        const TestReply r = createJob(QStringLiteral("while the disk was full #%1").arg(i));
        if (r.status != 201) {
            refused = r;
            break;
        }
        acknowledged.append(r.id());
        ++keptWhileFull;
    }
    QVERIFY2(refused.status == 507 || refused.status == 503,
             qPrintable(
                 QStringLiteral("%1 %2").arg(refused.status).arg(QString::fromUtf8(refused.body))));
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(refused.json().value(QLatin1String("status")).toInt(), refused.status);
    QVERIFY(!refused.json().value(QLatin1String("detail")).toString().isEmpty());
    QVERIFY(!refused.header("Retry-After").isEmpty());
    if (refused.status == 507)
        QCOMPARE(refused.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("/problems/insufficient-storage"));
    for (int i = 0; i < kRefusalsAfterward; ++i) {
        const TestReply again = createJob(QStringLiteral("still full #%1").arg(i));
        QVERIFY2(again.status == 507 || again.status == 503,
                 qPrintable(
                     QStringLiteral("%1 %2").arg(again.status).arg(QString::fromUtf8(again.body))));
    }

    // Reads go on, what was written before included.
    TestHttpClient reader = client(m_dispatcher);
    const TestReply first = reader.get(QStringLiteral("/api/v1/jobs/%1").arg(acknowledged.first()));
    QCOMPARE(first.status, 200);
    const TestReply last = reader.get(QStringLiteral("/api/v1/jobs/%1").arg(acknowledged.last()));
    QCOMPARE(last.status, 200);
    QCOMPARE(reader.get(QStringLiteral("/api/v1/jobs?location_id=%1").arg(m_location)).status, 200);
    QVERIFY(m_server.process()->state() == QProcess::Running);

    // Space comes back: writes resume by themselves.
    QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
    QElapsedTimer sinceFreed;
    sinceFreed.start();
    TestReply resumed;
    int refusedAfterFreeing = 0;
    while (sinceFreed.elapsed() < kResumeTimeoutMs) {
        resumed = createJob(QStringLiteral("after space returned"));
        if (resumed.status == 201)
            break;
        ++refusedAfterFreeing;
        QTest::qWait(100);
    }
    const qint64 resumeMs = sinceFreed.elapsed();
    QCOMPARE(resumed.status, 201);
    acknowledged.append(resumed.id());
    for (int i = 0; i < 20; ++i) {
        const TestReply r = createJob(QStringLiteral("after space returned #%1").arg(i));
        QCOMPARE(r.status, 201);
        acknowledged.append(r.id());
    }
    qInfo("disk full: %lld bytes of filler, %d writes still kept in SQLite's pages, then %d "
          "(of %d) refused with %d; after the filler went, %d refused and the first write "
          "went in after %lld ms",
          filled, keptWhileFull, 1 + kRefusalsAfterward, 1 + kRefusalsAfterward, refused.status,
          refusedAfterFreeing, resumeMs);
    QCOMPARE(m_server.stop(), 0);

    // Nothing acknowledged is missing, nothing is corrupt.
    QString error;
    QSqlDatabase db = TestDatabase::open(m_options.database, kConnection, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("SELECT id FROM jobs WHERE location_id = ?")));
    q.addBindValue(m_location);
    QVERIFY(q.exec());
    QSet<qint64> stored;
    while (q.next())
        stored.insert(q.value(0).toLongLong());
    for (const qint64 id : std::as_const(acknowledged))
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("job %1 is missing").arg(id)));
    const QStringList problems = DatabaseConsistency::problems(db, m_location);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

FIELDDESK_TEST_GUILESS_MAIN(TestDiskFull)
} // namespace tst_diskfull
#include "tst_diskfull.moc"
