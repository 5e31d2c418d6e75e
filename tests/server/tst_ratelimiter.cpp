// The request rate limit's token bucket: a burst at once, then one request per 1/rate
// seconds, with the wait said in whole seconds; keys apart; off when the rate is 0. Shared
// with other servers: what it let through is counted, what they let through is charged.
#include "auth/ratelimiter.h"
#include "testmain.h"

#include <QTest>

namespace tst_ratelimiter {

using namespace fielddesk::server;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void aBurstThenTheRate()
    {
        RateLimiter limiter(RateLimit{2, 5});
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.take(QStringLiteral("a"), 1000), 0);
        QCOMPARE(limiter.take(QStringLiteral("a"), 1000), 1); // half a second, said as 1
        QCOMPARE(limiter.take(QStringLiteral("a"), 1400), 1);
        QCOMPARE(limiter.take(QStringLiteral("a"), 1500), 0); // one back after 0.5 s
        QCOMPARE(limiter.take(QStringLiteral("a"), 1500), 1);
        // Refills up to the burst, no further.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.take(QStringLiteral("a"), 100000), 0);
        QCOMPARE(limiter.take(QStringLiteral("a"), 100000), 1);
    }

    void theWaitIsInWholeSeconds()
    {
        RateLimiter limiter(RateLimit{0.1, 1}); // one every ten seconds
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 0);
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 10);
        QCOMPARE(limiter.take(QStringLiteral("a"), 5000), 5);
    }

    void keysAreApart()
    {
        RateLimiter limiter(RateLimit{1, 1});
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 0);
        QVERIFY(limiter.take(QStringLiteral("a"), 0) > 0);
        QCOMPARE(limiter.take(QStringLiteral("b"), 0), 0);
    }

    void offWhenTheRateIsZero()
    {
        RateLimiter limiter(RateLimit{0, 0});
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(limiter.take(QStringLiteral("a"), 0), 0);
    }

    void whatItLetsThroughIsCountedOnceShared()
    {
        RateLimiter limiter(RateLimit{1, 3});
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 0);
        QVERIFY(limiter.takeAdmitted().isEmpty()); // not shared: nothing counted
        limiter.countAdmitted();
        for (int i = 0; i < 3; ++i)
            (void)limiter.take(QStringLiteral("a"), 0); // two let through, one refused
        (void)limiter.take(QStringLiteral("b"), 0);
        const QHash<QString, int> admitted = limiter.takeAdmitted();
        QCOMPARE(admitted.value(QStringLiteral("a")), 2);
        QCOMPARE(admitted.value(QStringLiteral("b")), 1);
        QVERIFY(limiter.takeAdmitted().isEmpty()); // the count starts again
    }

    void whatOthersLetThroughComesOutOfTheBucket()
    {
        RateLimiter limiter(RateLimit{1, 5});
        limiter.chargeElsewhere(QStringLiteral("a"), 3, 0);
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 0);
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 0);
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 1);
        // A charge on a bucket last touched long ago is not undone by its refill.
        limiter.chargeElsewhere(QStringLiteral("a"), 4, 60000);
        QCOMPARE(limiter.take(QStringLiteral("a"), 60000), 0);
        QCOMPARE(limiter.take(QStringLiteral("a"), 60000), 1);
    }

    void aDebtGoesNoDeeperThanOneBurst()
    {
        RateLimiter limiter(RateLimit{1, 5});
        limiter.chargeElsewhere(QStringLiteral("a"), 1000, 0);
        // Five below empty at the most: six seconds until one can be taken.
        QCOMPARE(limiter.take(QStringLiteral("a"), 0), 6);
        QCOMPARE(limiter.take(QStringLiteral("a"), 5000), 1);
        QCOMPARE(limiter.take(QStringLiteral("a"), 6000), 0);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestRateLimiter)
} // namespace tst_ratelimiter
#include "tst_ratelimiter.moc"
