// PostgreSQL restarts under a running fielddesk-server. The test runs a PostgreSQL of its own
// (packaging/pg-test-server.sh on a free port) so that it can stop it and start it again.
// While it is down every request answers 503 with Retry-After and a problem (never a 500,
// never a hang); once it is back the server serves again by itself, with no restart, with no
// request failing on a connection the restart broke, and with no more connections than
// before. Consoles' live event feeds (the console's own LiveEventFeed) go on: one that stayed
// connected gets the events written after the restart, one whose connection dropped during
// the outage reconnects with `after` and gets everything it missed; both see every job event
// of the location once, in order.
#include "apisuite.h"
#include "apitestsetup.h"
#include "databaseconsistency.h"
#include "wallclock.h"

#include "fielddesk/client/liveeventfeed.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <atomic>
#include <memory>

namespace tst_pgoutage {

using fielddesk::DomainEvent;
using fielddesk::client::LiveEventFeed;

namespace {

const QString kPassword = QStringLiteral("pgoutage-test-pw");
const QString kConnection = QStringLiteral("tst_pgoutage");
constexpr int kOutageMs = 3000;
constexpr int kWorkers = 4; // the server's, so that a burst of kWorkers requests reaches all
constexpr int kRecoveryTimeoutMs = 20000;
// Once PostgreSQL accepts connections again, the first request served within this much.
constexpr int kRecoveryBarMs = 2000;
constexpr int kFeedTimeoutMs = 30000;

// A console's live event feed, with what it received.
struct Console
{
    LiveEventFeed feed;
    QList<qint64> eventIds;
    int readies = 0;
    int resyncs = 0;

    Console()
    {
        QObject::connect(&feed, &LiveEventFeed::eventReceived, &feed,
                         [this](const DomainEvent &event) { eventIds.append(event.id); });
        QObject::connect(&feed, &LiveEventFeed::ready, &feed, [this] { ++readies; });
        QObject::connect(&feed, &LiveEventFeed::resyncRequired, &feed, [this] { ++resyncs; });
    }
};

} // namespace

class TestPgOutage : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void theServerRidesOutARestartOfPostgresql();

private:
    bool postgres(const char *action, QString *error);
    // The server's connections to the database (the test's own not counted); -1 on failure.
    int serverConnections();
    // kWorkers clients at once, `rounds` requests each (a read, then a job created); the
    // statuses answered.
    QList<int> burst(int rounds, const QString &title);
    // The ids of the job events of the test's location in the outbox, in order.
    QList<qint64> jobEventIds();
    TestReply createJob(const QString &title);

    QString m_script, m_pgDir, m_url;
    quint16 m_port = 0;
    bool m_pgRunning = false;
    QByteArray m_dispatcher;
    qint64 m_location = 0;
    qint64 m_someJob = 0;
    int m_created = 0; // jobs created by burst()
};

bool TestPgOutage::postgres(const char *action, QString *error)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(m_script, {QLatin1String(action), m_pgDir, QString::number(m_port)});
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0) {
        *error = QStringLiteral("pg-test-server.sh %1: %2")
                     .arg(QLatin1String(action), QString::fromLocal8Bit(script.readAll()));
        return false;
    }
    return true;
}

void TestPgOutage::initTestCase()
{
    m_script = qEnvironmentVariable("FIELDDESK_TEST_PG_SCRIPT");
    m_pgDir = qEnvironmentVariable("FIELDDESK_TEST_PG_DIR");
    QVERIFY2(!m_script.isEmpty() && !m_pgDir.isEmpty(),
             "FIELDDESK_TEST_PG_SCRIPT and FIELDDESK_TEST_PG_DIR name the PostgreSQL to run");
    // A free port below the ephemeral range (see tests/api/CMakeLists.txt), from a base of
    // its own so that two build folders' runs do not meet.
    for (quint16 port = quint16(qEnvironmentVariableIntValue("FIELDDESK_TEST_PG_PORT_BASE"));
         port > 0 && port < 32000 && m_port == 0; ++port) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            m_port = port;
    }
    QVERIFY2(m_port > 0, "no free port for PostgreSQL");
    QString error;
    QVERIFY2(postgres("start", &error), qPrintable(error));
    m_pgRunning = true;
    // The suite's database on this PostgreSQL, made as every suite makes its own.
    qputenv(
        "FIELDDESK_TEST_PG_URL",
        QStringLiteral("postgresql://fielddesk@127.0.0.1:%1/fielddesk_test").arg(m_port).toUtf8());
    const ServerProcess::Options options =
        suiteServerOptions(QStringLiteral("outage"), m_dir.path(), &error,
                           {QStringLiteral("FIELDDESK_WORKER_THREADS=%1").arg(kWorkers)});
    QVERIFY2(!options.database.isEmpty(), qPrintable(error));
    m_url = options.database;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    DispatcherAtLocation desk;
    QVERIFY(desk.create(m_server, QStringLiteral("pgoutage.test"), kPassword));
    m_dispatcher = desk.dispatcher;
    m_location = desk.location;
}

void TestPgOutage::cleanupTestCase()
{
    m_server.stop();
    QSqlDatabase::removeDatabase(kConnection);
    QString error;
    if (m_pgRunning && !postgres("stop", &error))
        qWarning("%s", qPrintable(error));
}

int TestPgOutage::serverConnections()
{
    int count = -1;
    {
        QString error;
        QSqlDatabase db = TestDatabase::open(m_url, kConnection, &error);
        QSqlQuery q(db);
        if (db.isOpen() &&
            q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = "
                                  "current_user AND datname = current_database() AND pid <> "
                                  "pg_backend_pid()")) &&
            q.next())
            count = q.value(0).toInt();
        else
            qWarning("counting connections: %s %s", qPrintable(error),
                     qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(kConnection);
    return count;
}

TestReply TestPgOutage::createJob(const QString &title)
{
    return client(m_dispatcher)
        .post(QStringLiteral("/api/v1/jobs"),
              {{QStringLiteral("title"), title}, {QStringLiteral("location_id"), m_location}});
}

QList<int> TestPgOutage::burst(int rounds, const QString &title)
{
    QList<int> statuses[kWorkers];
    std::unique_ptr<QThread> clients[kWorkers];
    for (int i = 0; i < kWorkers; ++i) {
        clients[i].reset(QThread::create([this, i, rounds, title, &statuses] {
            TestHttpClient http = client(m_dispatcher);
            for (int n = 0; n < rounds; ++n) {
                statuses[i] << http.get(QStringLiteral("/api/v1/jobs/%1").arg(m_someJob)).status;
                statuses[i] << http.post(QStringLiteral("/api/v1/jobs"),
                                         {{QStringLiteral("title"), title},
                                          {QStringLiteral("location_id"), m_location}})
                                   .status;
            }
        }));
        clients[i]->start();
    }
    QList<int> all;
    for (int i = 0; i < kWorkers; ++i) {
        clients[i]->wait();
        all += statuses[i];
    }
    m_created += int(all.count(201));
    return all;
}

QList<qint64> TestPgOutage::jobEventIds()
{
    QList<qint64> ids;
    {
        QString error;
        QSqlDatabase db = TestDatabase::open(m_url, kConnection, &error);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM outbox_events WHERE location_id = ? AND type "
                                 "LIKE 'scheduling.job.%' ORDER BY id"));
        q.addBindValue(m_location);
        if (!q.exec())
            qWarning("reading the outbox: %s %s", qPrintable(error),
                     qPrintable(q.lastError().text()));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(kConnection);
    return ids;
}

void TestPgOutage::theServerRidesOutARestartOfPostgresql()
{
    // Two consoles following the location's events.
    Console stays, drops;
    for (Console *console : {&stays, &drops}) {
        console->feed.start(m_server.baseUrl(), [this] { return m_dispatcher; });
        QTRY_COMPARE_WITH_TIMEOUT(console->readies, 1, kFeedTimeoutMs);
    }
    for (int i = 0; i < 3; ++i) {
        const TestReply r = createJob(QStringLiteral("before the outage #%1").arg(i));
        QCOMPARE(r.status, 201);
        m_someJob = r.id();
    }
    QTRY_COMPARE_WITH_TIMEOUT(stays.eventIds.size(), 3, kFeedTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(drops.eventIds.size(), 3, kFeedTimeoutMs);

    // Every worker has its connection: what the server holds in normal service.
    for (const int status : burst(3, QStringLiteral("warming up")))
        QCOMPARE(status / 100, 2);
    const int connectionsBefore = serverConnections();
    QVERIFY(connectionsBefore > 0);

    // PostgreSQL goes down; one console's connection drops at the same time.
    QElapsedTimer outage;
    outage.start();
    QString error;
    QVERIFY2(postgres("stop", &error), qPrintable(error));
    m_pgRunning = false;
    const qint64 stoppedMs = outage.elapsed();
    QWebSocket *dropped = drops.feed.findChild<QWebSocket *>();
    QVERIFY(dropped);
    dropped->abort();

    // Every request answers 503 with Retry-After, reads and writes alike, and at once.
    int unavailable = 0;
    qint64 slowestMs = 0;
    while (outage.elapsed() < stoppedMs + kOutageMs) {
        QElapsedTimer took;
        took.start();
        const bool write = unavailable % 2 == 1;
        const TestReply r =
            write ? createJob(QStringLiteral("during the outage"))
                  : client(m_dispatcher).get(QStringLiteral("/api/v1/jobs/%1").arg(m_someJob));
        slowestMs = std::max(slowestMs, took.elapsed());
        QVERIFY2(r.status == 503,
                 qPrintable(QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(r.header("Retry-After").toInt() > 0);
        ++unavailable;
        QTest::qWait(50);
    }

    // PostgreSQL is back: the server serves again by itself.
    QVERIFY2(postgres("resume", &error), qPrintable(error));
    m_pgRunning = true;
    const qint64 outageMs = outage.elapsed();
    QElapsedTimer recovery;
    recovery.start();
    int refusedAfterResume = 0;
    TestReply served;
    while (recovery.elapsed() < kRecoveryTimeoutMs) {
        served = client(m_dispatcher).get(QStringLiteral("/api/v1/jobs/%1").arg(m_someJob));
        if (served.status == 200)
            break;
        ++refusedAfterResume;
        QTest::qWait(20);
    }
    const qint64 recoveryMs = recovery.elapsed();
    QCOMPARE(served.status, 200);
    FIELDDESK_VERIFY_WALL_CLOCK(recoveryMs < kRecoveryBarMs,
                                qPrintable(QStringLiteral("recovered in %1 ms").arg(recoveryMs)));
    // No request fails on a connection the restart broke: every worker's was replaced.
    for (const int status : burst(3, QStringLiteral("after the outage")))
        QCOMPARE(status / 100, 2);
    // At most one connection per thread that uses the database, as before; another burst
    // adds none.
    const int connectionsAfter = serverConnections();
    for (const int status : burst(3, QStringLiteral("after the outage, again")))
        QCOMPARE(status / 100, 2);
    const int connectionsAfterAgain = serverConnections();
    QVERIFY2(connectionsAfter > 0 && connectionsAfter <= connectionsBefore &&
                 connectionsAfterAgain <= connectionsBefore,
             qPrintable(QStringLiteral("%1 connections before, %2 and %3 after")
                            .arg(connectionsBefore)
                            .arg(connectionsAfter)
                            .arg(connectionsAfterAgain)));

    // Both consoles end up with every job event of the location, once each, in order: the
    // one that stayed live, the one that dropped by resuming after its last event.
    const QList<qint64> expected = jobEventIds();
    QCOMPARE(expected.size(), 3 + m_created);
    QElapsedTimer feeds;
    feeds.start();
    QTRY_COMPARE_WITH_TIMEOUT(stays.eventIds, expected, kFeedTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(drops.eventIds, expected, kFeedTimeoutMs);
    QCOMPARE(stays.readies, 1);                                                // never dropped
    QVERIFY(drops.readies >= 2);                                               // reconnected ...
    QVERIFY(drops.feed.socketUrl().query().contains(QLatin1String("after="))); // ... with after
    QCOMPARE(stays.resyncs + drops.resyncs, 0);

    // How the server found its broken connections (its log): idle between requests, or by a
    // statement failing on one.
    const QByteArray log = m_server.output();
    const qsizetype foundIdle = log.count("\"database_connection_lost\",\"found\":\"idle\"");
    const qsizetype foundFailing = log.count("\"database_connection_lost\",\"found\":\"failed\"");
    QVERIFY(foundIdle + foundFailing > 0);
    qInfo("PostgreSQL down for %lld ms (stopping took %lld ms): %d requests answered 503 "
          "with Retry-After, the slowest in %lld ms; first request served %lld ms after "
          "PostgreSQL was back (%d refused meanwhile); the server's connections %d before, %d "
          "and %d after, %lld broken ones found idle and %lld by a failing statement; the "
          "dropped console caught up %lld ms after the bursts",
          outageMs, stoppedMs, unavailable, slowestMs, recoveryMs, refusedAfterResume,
          connectionsBefore, connectionsAfter, connectionsAfterAgain, qint64(foundIdle),
          qint64(foundFailing), feeds.elapsed());

    QString openError;
    QSqlDatabase db = TestDatabase::open(m_url, kConnection, &openError);
    QVERIFY2(db.isOpen(), qPrintable(openError));
    const QStringList problems = DatabaseConsistency::problems(db, m_location);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

FIELDDESK_TEST_GUILESS_MAIN(TestPgOutage)
} // namespace tst_pgoutage
#include "tst_pgoutage.moc"
