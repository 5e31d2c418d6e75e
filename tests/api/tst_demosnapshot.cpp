// Demo snapshots (demo_snapshot_dir): the first demo server on an empty SQLite file seeds and
// keeps a copy of what it seeded; the next one of the same hour copies it instead of seeding,
// and ends up with the same demo, its technicians' phones seeded afresh (they follow the clock
// to the minute, so they are never in the copy). A copy older than five minutes is not used
// (and removed when a new one is kept), and a database that holds anything is never replaced. The
// tests run in order on one folder: each starts from the copy the one before left (seeding is what
// a demo server's start costs).
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace tst_demosnapshot {

namespace {

const QByteArray kRestored = "\"event\":\"demo_snapshot_restored\"";
const QByteArray kSeeded = "Demo data seeded.";
const QString kPassword = QStringLiteral("fielddesk-demo");
// The newest demo point is two minutes old (DemoPositions::kLastAgeMinutes); a test may run
// a little longer than that on a busy machine.
constexpr qint64 kFreshPositionSeconds = 6 * 60;
constexpr int kShortestRunBeforeTheHourSeconds = 180;

// Rows of every table of an SQLite file, opened read-only after its server stopped.
QMap<QString, qint64> rowCounts(const QString &file)
{
    QMap<QString, qint64> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return counts;
        QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'"),
                         db);
        while (tables.next()) {
            QSqlQuery rows(
                QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(tables.value(0).toString()), db);
            counts.insert(tables.value(0).toString(),
                          rows.next() ? rows.value(0).toLongLong() : -1);
        }
    }
    QSqlDatabase::removeDatabase(file);
    return counts;
}

} // namespace

class TestDemoSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void aSecondDemoServerCopiesTheFirstsSeedWithFreshPhones();
    void aSnapshotOlderThanFiveMinutesIsSeededAnew();
    void aDatabaseThatHoldsDataIsNeverReplaced();

private:
    // Signs in as the demo's dispatcher: the newest point of the technicians' phones.
    static QDateTime newestPhonePoint(ServerProcess &server);
    bool startDemo(ServerProcess &server, const QString &file);
    QString snapshotFile() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoSnapshot::initTestCase()
{
    // A copy serves the servers of its own hour: the tests (~10 s, ~40 s under the sanitizers)
    // start well before an hour ends, so that each finds the copy the one before left.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int secondsLeftInHour = 3600 - (now.time().minute() * 60 + now.time().second());
    if (secondsLeftInHour < kShortestRunBeforeTheHourSeconds)
        QTest::qWait((secondsLeftInHour + 1) * 1000);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestDemoSnapshot::startDemo(ServerProcess &server, const QString &file)
{
    QString error;
    const bool started =
        server.start({.database = QStringLiteral("sqlite:") + m_dir->filePath(file),
                      .demo = true,
                      .environment = {QStringLiteral("FIELDDESK_DEMO_SNAPSHOT_DIR=") +
                                      m_dir->filePath(QStringLiteral("snapshots"))}},
                     &error);
    if (!started)
        qWarning("%s", qPrintable(error));
    return started;
}

QDateTime TestDemoSnapshot::newestPhonePoint(ServerProcess &server)
{
    TestHttpClient client(server.baseUrl());
    if (client.login(QStringLiteral("dispatcher@demo.local"), kPassword).status != 200)
        return {};
    const TestReply positions = client.get(QStringLiteral("/api/v1/technician-positions"));
    QDateTime newest;
    for (const QJsonValue &p : positions.json().value(QLatin1String("positions")).toArray())
        newest = std::max(newest, QDateTime::fromString(
                                      p.toObject().value(QLatin1String("recorded_at")).toString(),
                                      Qt::ISODateWithMs));
    return newest;
}

// The one file in the snapshots folder (empty: none).
QString TestDemoSnapshot::snapshotFile() const
{
    const QDir folder(m_dir->filePath(QStringLiteral("snapshots")));
    const QStringList files = folder.entryList({QStringLiteral("demo-*.db")}, QDir::Files);
    return files.size() == 1 ? folder.filePath(files.first()) : QString();
}

void TestDemoSnapshot::aSecondDemoServerCopiesTheFirstsSeedWithFreshPhones()
{
    ServerProcess first;
    QVERIFY(startDemo(first, QStringLiteral("first.db")));
    QVERIFY(first.output().contains(kSeeded));
    QVERIFY(!first.output().contains(kRestored));
    QVERIFY(newestPhonePoint(first).isValid()); // the same requests as the second one gets
    QCOMPARE(first.stop(), 0);
    const QString snapshot = snapshotFile();
    QVERIFY2(!snapshot.isEmpty(), "the first demo server kept no copy of its seed");
    // What follows the clock is not in the copy.
    QCOMPARE(rowCounts(snapshot).value(QStringLiteral("technician_positions"), -1), 0);

    ServerProcess second;
    QVERIFY(startDemo(second, QStringLiteral("second.db")));
    QVERIFY2(second.output().contains(kRestored), second.output().constData());
    QVERIFY(second.output().contains(kSeeded)); // the accounts are printed all the same
    // Its technicians' phones were seeded at its own start: the newest point is minutes old.
    const QDateTime newest = newestPhonePoint(second);
    QVERIFY(newest.isValid());
    QVERIFY2(newest.secsTo(QDateTime::currentDateTimeUtc()) < kFreshPositionSeconds,
             qPrintable(newest.toString(Qt::ISODate)));
    QCOMPARE(second.stop(), 0);

    // Same demo either way: every table holds as many rows (the phones' tracks aside, which
    // depend on the minute each server started).
    QMap<QString, qint64> seeded = rowCounts(m_dir->filePath(QStringLiteral("first.db")));
    QMap<QString, qint64> copied = rowCounts(m_dir->filePath(QStringLiteral("second.db")));
    QVERIFY(seeded.value(QStringLiteral("jobs")) > 0);
    QVERIFY(copied.value(QStringLiteral("technician_positions")) > 0);
    seeded.remove(QStringLiteral("technician_positions"));
    copied.remove(QStringLiteral("technician_positions"));
    QCOMPARE(copied, seeded);
}

void TestDemoSnapshot::aSnapshotOlderThanFiveMinutesIsSeededAnew()
{
    const QString snapshot = snapshotFile(); // the first test's
    QVERIFY(!snapshot.isEmpty());
    const QDateTime sixMinutesAgo = QDateTime::currentDateTimeUtc().addSecs(-6 * 60);
    // Another hour's copy, as old: removed when a server keeps its own.
    const QString otherHours = QFileInfo(snapshot).dir().filePath(QStringLiteral("demo-other.db"));
    QVERIFY(QFile::copy(snapshot, otherHours));
    for (const QString &path : {snapshot, otherHours}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(sixMinutesAgo, QFileDevice::FileModificationTime));
    }

    ServerProcess third;
    QVERIFY(startDemo(third, QStringLiteral("third.db")));
    QVERIFY(third.output().contains(kSeeded));
    QVERIFY2(!third.output().contains(kRestored), third.output().constData());
    QCOMPARE(third.stop(), 0);
    // Its own seed replaced the old copy, and the other old one is gone.
    QVERIFY(QFileInfo(snapshot).lastModified().secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QVERIFY(!QFileInfo::exists(otherHours));
}

void TestDemoSnapshot::aDatabaseThatHoldsDataIsNeverReplaced()
{
    ServerProcess fourth; // on the copy the test before left
    QVERIFY(startDemo(fourth, QStringLiteral("fourth.db")));
    QVERIFY(fourth.output().contains(kRestored));
    TestHttpClient client(fourth.baseUrl());
    QCOMPARE(client.login(QStringLiteral("admin@demo.local"), kPassword).status, 200);
    const TestReply location =
        client.post(QStringLiteral("/api/v1/locations"),
                    {{QStringLiteral("name"), QStringLiteral("Kept across restarts")},
                     {QStringLiteral("time_zone"), QStringLiteral("America/Denver")}});
    QCOMPARE(location.status, 201);
    QCOMPARE(fourth.stop(), 0);

    // Started again on its own file, with the copy still young: its file is kept as it is.
    ServerProcess again;
    QVERIFY(startDemo(again, QStringLiteral("fourth.db")));
    QVERIFY2(!again.output().contains(kRestored), again.output().constData());
    QVERIFY(!again.output().contains(kSeeded));
    TestHttpClient reader(again.baseUrl());
    QCOMPARE(reader.login(QStringLiteral("admin@demo.local"), kPassword).status, 200);
    QCOMPARE(reader.get(QStringLiteral("/api/v1/locations/%1").arg(location.id())).status, 200);
    QCOMPARE(again.stop(), 0);
}

FIELDDESK_TEST_GUILESS_MAIN(TestDemoSnapshot)
} // namespace tst_demosnapshot

#include "tst_demosnapshot.moc"
