// Login throttling per account and per address, with a sliding window.
#include "auth/loginthrottle.h"

#include <QTest>

using namespace fielddesk::server;

class TestLoginThrottle : public QObject
{
    Q_OBJECT
private slots:
    void locksAnAccountAfterTooManyFailures()
    {
        LoginThrottle throttle({3, 100, 60});
        const QString ip = QStringLiteral("10.0.0.1");
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(throttle.retryAfter(QStringLiteral("a@x"), ip, 1000 + i), 0);
            throttle.recordFailure(QStringLiteral("a@x"), ip, 1000 + i);
        }
        QCOMPARE(throttle.retryAfter(QStringLiteral("a@x"), ip, 1003), 57);
        QCOMPARE(throttle.retryAfter(QStringLiteral("A@X "), ip, 1003),
                 57); // same account, other spelling
        QCOMPARE(throttle.retryAfter(QStringLiteral("b@x"), ip, 1003), 0); // other accounts go on
        QCOMPARE(throttle.retryAfter(QStringLiteral("a@x"), ip, 1061), 0); // the window slid past
    }

    void locksAnAddressAcrossAccounts()
    {
        LoginThrottle throttle({100, 4, 60});
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("user%1@x").arg(i), QStringLiteral("10.0.0.2"),
                                   500);
        QVERIFY(throttle.retryAfter(QStringLiteral("new@x"), QStringLiteral("10.0.0.2"), 501) > 0);
        QCOMPARE(throttle.retryAfter(QStringLiteral("new@x"), QStringLiteral("10.0.0.3"), 501), 0);
    }

    void parallelAttemptsCannotSlipPastTheLimit()
    {
        // Attempts that have begun count before their password check ends.
        LoginThrottle throttle({3, 100, 60});
        int allowed = 0;
        for (int i = 0; i < 10; ++i)
            allowed += throttle.beginAttempt(QStringLiteral("a@x"), QStringLiteral("ip"), 100) == 0
                           ? 1
                           : 0;
        QCOMPARE(allowed, 3);
        throttle.recordSuccess(QStringLiteral("a@x"), QStringLiteral("ip"));
        QCOMPARE(throttle.beginAttempt(QStringLiteral("a@x"), QStringLiteral("ip"), 101), 0);
    }

    void successClearsTheAccount()
    {
        LoginThrottle throttle({2, 100, 60});
        throttle.recordFailure(QStringLiteral("a@x"), QStringLiteral("ip"), 10);
        throttle.recordSuccess(QStringLiteral("a@x"));
        throttle.recordFailure(QStringLiteral("a@x"), QStringLiteral("ip"), 11);
        QCOMPARE(throttle.retryAfter(QStringLiteral("a@x"), QStringLiteral("ip"), 12), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
