// Request rate limits shared by servers on one database (RateShare): what one server lets
// through is charged to the others' buckets once, a row read again is not charged again, what
// was counted before a server started is not charged to it, a row deleted while idle and made
// again counts anew, a stopped server's rows go, and what could not be written while the
// database was away is shared once it is back. On SQLite (the unit label) and on the tests'
// PostgreSQL (tst_rateshare_postgresql, registered by tests/api beside its server).
#include "auth/ratelimiter.h"
#include "auth/rateshare.h"
#include "migrateddatabase.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tst_rateshare {

using namespace fielddesk::server;

namespace {

constexpr int kBurst = 10;
const QString kKey = QStringLiteral("user:7");

// One server's limiters and its share of them; the buckets practically never refill, so
// what a bucket holds is the burst less what was taken and charged.
struct Server
{
    explicit Server(Database &db)
        : share(db,
                {{QStringLiteral("address"), &perAddress}, {QStringLiteral("token"), &perToken}},
                [] { return qint64(0); })
    {}
    // Takes from the token bucket until it refuses: how many it let through.
    int drain()
    {
        int taken = 0;
        while (perToken.take(kKey, 0) == 0)
            ++taken;
        return taken;
    }
    int take(int requests)
    {
        int taken = 0;
        for (int i = 0; i < requests; ++i)
            taken += perToken.take(kKey, 0) == 0 ? 1 : 0;
        return taken;
    }

    RateLimiter perAddress{RateLimit{0.0001, kBurst}};
    RateLimiter perToken{RateLimit{0.0001, kBurst}};
    RateShare share;
};

} // namespace

class TestRateShare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_round = 0;
    qint64 m_now = 1'800'000'000'000; // the servers' wall clock, moved by the tests

    // Both servers' first round: each learns what the other has counted (nothing yet).
    void learnTogether(Server &a, Server &b)
    {
        a.share.exchange(m_now);
        b.share.exchange(m_now);
    }

    qint64 rateRows()
    {
        SqlQuery rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM rate_usage"));
        rows.exec();
        return rows.next() ? rows.integer(0) : -1;
    }

private slots:
    void init()
    {
        QString error;
        m_db = TestDatabase::migrated(QStringLiteral("rateshare%1").arg(++m_round), m_dir.path(),
                                      &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void whatOneServerLetsThroughIsChargedToTheOther()
    {
        Server a(*m_db);
        Server b(*m_db);
        QCOMPARE(a.share.exchange(m_now), 0); // each learns what was there (nothing)
        QCOMPARE(b.share.exchange(m_now), 0);
        QCOMPARE(a.take(8), 8);
        QCOMPARE(a.share.exchange(m_now + 250), 0);
        QCOMPARE(b.share.exchange(m_now + 250), 8);
        QCOMPARE(b.drain(), kBurst - 8);
        // B's two go to A the same way; A had two left.
        QCOMPARE(a.share.exchange(m_now + 500), 0);
        QCOMPARE(b.share.exchange(m_now + 500), 0);
        QCOMPARE(a.share.exchange(m_now + 750), 2);
        QCOMPARE(a.drain(), 0);
    }

    void aRowReadAgainIsNotChargedAgain()
    {
        Server a(*m_db);
        Server b(*m_db);
        learnTogether(a, b);
        QCOMPARE(a.take(3), 3);
        a.share.exchange(m_now + 250);
        QCOMPARE(b.share.exchange(m_now + 250), 3);
        // The row is read again for a while (a late commit would be counted); no new charge.
        QCOMPARE(b.share.exchange(m_now + 500), 0);
        QCOMPARE(b.share.exchange(m_now + 750), 0);
        QCOMPARE(b.drain(), kBurst - 3);
    }

    void whatWasCountedBeforeAServerStartedIsNotChargedToIt()
    {
        Server a(*m_db);
        a.share.exchange(m_now);
        QCOMPARE(a.take(6), 6);
        a.share.exchange(m_now + 250);
        Server late(*m_db);
        QCOMPARE(late.share.exchange(m_now + 20000), 0);
        QCOMPARE(late.drain(), kBurst);
        // What A lets through from now on is.
        QCOMPARE(a.take(3), 3);
        a.share.exchange(m_now + 20250);
        QCOMPARE(late.share.exchange(m_now + 20250), 3);
    }

    void anIdleRowIsDeletedAndWhenMadeAgainCountsAnew()
    {
        Server a(*m_db);
        Server b(*m_db);
        learnTogether(a, b);
        QCOMPARE(a.take(3), 3);
        a.share.exchange(m_now + 250);
        QCOMPARE(b.share.exchange(m_now + 250), 3);
        // A minute and more without a request: A deletes its row (a prune every ten seconds);
        // B's prune leaves another server's row for ten minutes.
        b.share.exchange(m_now + 80000);
        QCOMPARE(rateRows(), 1);
        a.share.exchange(m_now + 80000);
        QCOMPARE(rateRows(), 0);
        // A's next requests make the row again, its count from nothing: five are charged
        // whole, not as "two more than the three seen before".
        QCOMPARE(a.take(5), 5);
        a.share.exchange(m_now + 80250);
        QCOMPARE(b.share.exchange(m_now + 80250), 5);
    }

    void aStoppedServersRowsGoAfterTenMinutes()
    {
        {
            Server gone(*m_db);
            gone.share.exchange(m_now);
            QCOMPARE(gone.take(2), 2);
            gone.share.exchange(m_now + 250);
        }
        Server b(*m_db);
        b.share.exchange(m_now + 9 * 60 * 1000);
        QCOMPARE(rateRows(), 1);
        b.share.exchange(m_now + 11 * 60 * 1000);
        QCOMPARE(rateRows(), 0);
    }

    void whatCouldNotBeSharedIsSharedOnceTheDatabaseAnswers()
    {
        Server a(*m_db);
        Server b(*m_db);
        learnTogether(a, b);
        QCOMPARE(a.take(2), 2);
        m_db->execute(QStringLiteral("ALTER TABLE rate_usage RENAME TO rate_usage_away"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, a.share.exchange(m_now + 250));
        QCOMPARE(a.take(3), 3);
        m_db->execute(QStringLiteral("ALTER TABLE rate_usage_away RENAME TO rate_usage"));
        a.share.exchange(m_now + 500);
        QCOMPARE(b.share.exchange(m_now + 500), 5);
    }

    void eachLimiterIsChargedItsOwn()
    {
        Server a(*m_db);
        Server b(*m_db);
        learnTogether(a, b);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(a.perAddress.take(QStringLiteral("10.0.0.1"), 0), 0);
        a.share.exchange(m_now + 250);
        QCOMPARE(b.share.exchange(m_now + 250), 4);
        QCOMPARE(b.drain(), kBurst); // the token bucket of the same server: untouched
        int left = 0;
        while (b.perAddress.take(QStringLiteral("10.0.0.1"), 0) == 0)
            ++left;
        QCOMPARE(left, kBurst - 4);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestRateShare)
} // namespace tst_rateshare
#include "tst_rateshare.moc"
