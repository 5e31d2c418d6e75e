// Demo snapshots (demo_snapshot_dir), on the suite's engine: the first demo server on an empty
// database seeds and keeps a copy of what it seeded (a file beside it on SQLite, a database on
// the same PostgreSQL server); the next one of the same hour copies it instead of seeding, and
// ends up with the same demo, its technicians' phones seeded afresh (they follow the clock to
// the minute, so they are never in the copy). A copy older than five minutes is not used (and
// removed when a new one is kept), and a database that holds anything is never replaced. The
// tests run in order: each starts from the copy the one before left (seeding is what a demo
// server's start costs).
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace tst_demosnapshot {

namespace {

const QByteArray kRestored = "\"event\":\"demo_snapshot_restored\"";
const QByteArray kSeeded = "Demo data seeded.";
const QString kPassword = QStringLiteral("fielddesk-demo");
// The newest demo point is two minutes old (DemoPositions::kLastAgeMinutes); a test may run
// a little longer than that on a busy machine.
constexpr qint64 kFreshPositionSeconds = 6 * 60;
constexpr int kShortestRunBeforeTheHourSeconds = 180;

bool onPostgres()
{
    return TestDatabase::engine() == QLatin1String("postgresql");
}

// The test PostgreSQL server's URL with another database's name.
QString postgresUrl(const QString &database)
{
    QUrl url(qEnvironmentVariable("FIELDDESK_TEST_PG_URL"));
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// Where a server said it keeps its copy (its "copy" field when it kept or copied one).
QString copyNamedIn(const QByteArray &output)
{
    static const QRegularExpression saved(
        QStringLiteral("\"event\":\"demo_snapshot_(?:saved|restored)\"[^}]*\"copy\":\"([^\"]+)\""));
    return saved.match(QString::fromUtf8(output)).captured(1);
}

// The URL of the database a copy is (SQLite: the copy's file).
QString copyUrl(const QString &copy)
{
    return onPostgres() ? postgresUrl(copy) : QStringLiteral("sqlite:") + copy;
}

// Runs `sql` on the test PostgreSQL server; the first column of its first row.
QVariant onPostgresServer(const QString &sql)
{
    QVariant value;
    {
        QString error;
        QSqlDatabase db = TestDatabase::open(qEnvironmentVariable("FIELDDESK_TEST_PG_URL"),
                                             QStringLiteral("demo-admin"), &error);
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        else if (q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-admin"));
    return value;
}

// Rows of every table of a database, read after its server stopped.
QMap<QString, qint64> rowCounts(const QString &url)
{
    QMap<QString, qint64> counts;
    {
        QString error;
        QSqlDatabase db = TestDatabase::open(url, url, &error);
        if (!db.isOpen())
            return counts;
        QSqlQuery tables(onPostgres()
                             ? QStringLiteral("SELECT tablename FROM pg_tables "
                                              "WHERE schemaname = 'public'")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'table' AND name NOT LIKE 'sqlite_%'"),
                         db);
        while (tables.next()) {
            QSqlQuery rows(
                QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(tables.value(0).toString()), db);
            counts.insert(tables.value(0).toString(),
                          rows.next() ? rows.value(0).toLongLong() : -1);
        }
    }
    QSqlDatabase::removeDatabase(url);
    return counts;
}

// How long ago a copy was made (SQLite: its file's time; PostgreSQL: its comment); -1 when
// there is no such copy.
qint64 copyAgeSeconds(const QString &copy)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!onPostgres())
        return QFileInfo::exists(copy) ? QFileInfo(copy).lastModified().secsTo(now) : -1;
    const QVariant madeAt = onPostgresServer(
        QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                       "WHERE datname = '%1'")
            .arg(copy));
    return madeAt.isValid() ? now.toSecsSinceEpoch() - madeAt.toLongLong() : -1;
}

// Makes a copy look six minutes old.
bool makeSixMinutesOld(const QString &copy)
{
    const QDateTime sixMinutesAgo = QDateTime::currentDateTimeUtc().addSecs(-6 * 60);
    if (onPostgres()) {
        onPostgresServer(QStringLiteral("COMMENT ON DATABASE \"%1\" IS '%2'")
                             .arg(copy)
                             .arg(sixMinutesAgo.toSecsSinceEpoch()));
        return copyAgeSeconds(copy) >= 6 * 60;
    }
    QFile file(copy);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(sixMinutesAgo, QFileDevice::FileModificationTime);
}

// Another hour's copy beside `copy` (a copy of it under another key), six minutes old.
QString anotherHoursCopy(const QString &copy)
{
    const QString key = QUuid::createUuid().toString(QUuid::Id128).left(24);
    QString other;
    if (onPostgres()) {
        other = QStringLiteral("fielddesk_demo_") + key;
        onPostgresServer(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\"").arg(other, copy));
    } else {
        other = QFileInfo(copy).dir().filePath(QStringLiteral("demo-%1.db").arg(key));
        QFile::copy(copy, other);
    }
    return makeSixMinutesOld(other) ? other : QString();
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
    QString freshDatabase(const QString &name);
    bool startDemo(ServerProcess &server, const QString &database);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_copy;     // where the servers keep their copy, once one said so
    QString m_timeZone; // the demo's
};

void TestDemoSnapshot::initTestCase()
{
    // A copy serves the servers of its own hour in the demo's time zone: the tests (~10 s, ~40 s
    // under the sanitizers) must find the copy the one before left, so they run in a zone whose
    // hour does not end soon. Kolkata's hours turn at half past UTC's, Denver's on UTC's hour.
    const QTime now = QDateTime::currentDateTimeUtc().time();
    const int secondsLeftInUtcHour = 3600 - (now.minute() * 60 + now.second());
    const bool nearUtcHour = secondsLeftInUtcHour < kShortestRunBeforeTheHourSeconds ||
                             3600 - secondsLeftInUtcHour < kShortestRunBeforeTheHourSeconds;
    m_timeZone = nearUtcHour ? QStringLiteral("Asia/Kolkata") : QStringLiteral("America/Denver");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDemoSnapshot::freshDatabase(const QString &name)
{
    QString error;
    const QString url = TestDatabase::fresh(name, m_dir->path(), &error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error));
    return url;
}

bool TestDemoSnapshot::startDemo(ServerProcess &server, const QString &database)
{
    QString error;
    // Argon2 over 72 KiB, not the suite's 64: the copies' key holds the hash's parameters, so
    // no other suite's demo servers (on the same PostgreSQL server) share these copies.
    const bool started =
        server.start({.database = database,
                      .demo = true,
                      .environment = {QStringLiteral("FIELDDESK_DEMO_SNAPSHOT_DIR=") +
                                          m_dir->filePath(QStringLiteral("snapshots")),
                                      QStringLiteral("FIELDDESK_ARGON2_MEMORY_KIB=72"),
                                      QStringLiteral("FIELDDESK_DEMO_TIME_ZONE=") + m_timeZone}},
                     &error);
    if (!started)
        qWarning("%s", qPrintable(error));
    else if (const QString copy = copyNamedIn(server.output()); !copy.isEmpty())
        m_copy = copy;
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

void TestDemoSnapshot::aSecondDemoServerCopiesTheFirstsSeedWithFreshPhones()
{
    const QString firstDatabase = freshDatabase(QStringLiteral("first"));
    ServerProcess first;
    QVERIFY(startDemo(first, firstDatabase));
    QVERIFY(first.output().contains(kSeeded));
    QVERIFY(!first.output().contains(kRestored));
    QVERIFY(newestPhonePoint(first).isValid()); // the same requests as the second one gets
    QCOMPARE(first.stop(), 0);
    QVERIFY2(!m_copy.isEmpty(), "the first demo server kept no copy of its seed");
    QVERIFY(copyAgeSeconds(m_copy) >= 0);
    // What follows the clock is not in the copy.
    QCOMPARE(rowCounts(copyUrl(m_copy)).value(QStringLiteral("technician_positions"), -1), 0);

    const QString secondDatabase = freshDatabase(QStringLiteral("second"));
    ServerProcess second;
    QVERIFY(startDemo(second, secondDatabase));
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
    QMap<QString, qint64> seeded = rowCounts(firstDatabase);
    QMap<QString, qint64> copied = rowCounts(secondDatabase);
    QVERIFY(seeded.value(QStringLiteral("jobs")) > 0);
    QVERIFY(copied.value(QStringLiteral("technician_positions")) > 0);
    seeded.remove(QStringLiteral("technician_positions"));
    copied.remove(QStringLiteral("technician_positions"));
    QCOMPARE(copied, seeded);
}

void TestDemoSnapshot::aSnapshotOlderThanFiveMinutesIsSeededAnew()
{
    QVERIFY(!m_copy.isEmpty()); // the first test's
    // Another hour's copy, as old: removed when a server keeps its own.
    const QString otherHours = anotherHoursCopy(m_copy);
    QVERIFY(!otherHours.isEmpty());
    QVERIFY(makeSixMinutesOld(m_copy));

    ServerProcess third;
    QVERIFY(startDemo(third, freshDatabase(QStringLiteral("third"))));
    QVERIFY(third.output().contains(kSeeded));
    QVERIFY2(!third.output().contains(kRestored), third.output().constData());
    QCOMPARE(third.stop(), 0);
    // Its own seed replaced the old copy, and the other old one is gone.
    const qint64 age = copyAgeSeconds(m_copy);
    QVERIFY2(age >= 0 && age < 60, qPrintable(QString::number(age)));
    QCOMPARE(copyAgeSeconds(otherHours), -1);
}

void TestDemoSnapshot::aDatabaseThatHoldsDataIsNeverReplaced()
{
    const QString fourthDatabase = freshDatabase(QStringLiteral("fourth"));
    ServerProcess fourth; // on the copy the test before left
    QVERIFY(startDemo(fourth, fourthDatabase));
    QVERIFY(fourth.output().contains(kRestored));
    TestHttpClient client(fourth.baseUrl());
    QCOMPARE(client.login(QStringLiteral("admin@demo.local"), kPassword).status, 200);
    const TestReply location =
        client.post(QStringLiteral("/api/v1/locations"),
                    {{QStringLiteral("name"), QStringLiteral("Kept across restarts")},
                     {QStringLiteral("time_zone"), QStringLiteral("America/Denver")}});
    QCOMPARE(location.status, 201);
    QCOMPARE(fourth.stop(), 0);

    // Started again on its own database, with the copy still young: it is kept as it is.
    ServerProcess again;
    QVERIFY(startDemo(again, fourthDatabase));
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
