// Login throttling per account and per address, with a sliding window, counted in the
// database: on SQLite (the unit label) and on the tests' PostgreSQL (tst_loginthrottle_postgresql,
// registered by tests/api beside its server), where two servers' check-and-count must hold each
// other's keys.
#include "auth/loginthrottle.h"
#include "migrateddatabase.h"
#include "testmain.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace tst_loginthrottle {

using namespace fielddesk::server;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_round = 0;

    qint64 rowsOf(Database &db)
    {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM login_failures"));
        q.exec();
        return q.next() ? q.integer(0) : -1;
    }

private slots:
    void init()
    {
        QString error;
        m_db = TestDatabase::migrated(QStringLiteral("throttle%1").arg(++m_round), m_dir.path(),
                                      &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void locksAnAccountAfterTooManyFailures()
    {
        LoginThrottle throttle(*m_db, {3, 100, 60});
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
        // A refused attempt counts nothing: the window still ends when the first failure leaves.
        QCOMPARE(throttle.beginAttempt(QStringLiteral("a@x"), ip, 1010), 50);
        QCOMPARE(throttle.retryAfter(QStringLiteral("a@x"), ip, 1061), 0);
    }

    void locksAnAddressAcrossAccounts()
    {
        LoginThrottle throttle(*m_db, {100, 4, 60});
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("user%1@x").arg(i), QStringLiteral("10.0.0.2"),
                                   500);
        QCOMPARE(throttle.retryAfter(QStringLiteral("new@x"), QStringLiteral("10.0.0.2"), 501), 59);
        QCOMPARE(throttle.retryAfter(QStringLiteral("new@x"), QStringLiteral("10.0.0.3"), 501), 0);
    }

    void parallelAttemptsCannotSlipPastTheLimit()
    {
        // Attempts that have begun count before their password check ends: twelve at once,
        // on threads with a connection each, spread over two "servers" (two Database objects,
        // as two processes have), all released together.
        Database other(m_db->url());
        Migrator(other).migrate();
        LoginThrottle here(*m_db, {3, 100, 60});
        LoginThrottle there(other, {3, 100, 60});
        constexpr int kAttempts = 12;
        std::atomic<int> allowed = 0;
        std::atomic<int> failed = 0;
        QSemaphore ready, go;
        QList<QThread *> threads;
        for (int i = 0; i < kAttempts; ++i) {
            LoginThrottle *throttle = i % 2 ? &here : &there;
            threads << QThread::create([&ready, &go, &allowed, &failed, throttle] {
                ready.release();
                go.acquire();
                try {
                    if (throttle->beginAttempt(QStringLiteral("a@x"), QStringLiteral("ip"), 100) ==
                        0)
                        ++allowed;
                } catch (const DatabaseError &) {
                    ++failed; // a busy database answers 503: never an attempt let through
                }
            });
            threads.last()->start();
        }
        ready.acquire(kAttempts);
        go.release(kAttempts);
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QCOMPARE(failed.load(), 0);
        QCOMPARE(allowed.load(), 3);
        here.recordSuccess(QStringLiteral("a@x"), QStringLiteral("ip"));
        QCOMPARE(there.beginAttempt(QStringLiteral("a@x"), QStringLiteral("ip"), 101), 0);
    }

    void successClearsTheAccountAndTakesBackTheAddressCount()
    {
        LoginThrottle throttle(*m_db, {2, 3, 60});
        throttle.recordFailure(QStringLiteral("a@x"), QStringLiteral("ip"), 10);
        throttle.recordSuccess(QStringLiteral("a@x"));
        throttle.recordFailure(QStringLiteral("a@x"), QStringLiteral("ip"), 11);
        QCOMPARE(throttle.retryAfter(QStringLiteral("a@x"), QStringLiteral("ip"), 12), 0);
        // The address: a failure of another account, then a sign-in that succeeds takes back
        // its own count only (the account's failure stays); the third failure locks it.
        const QString ip = QStringLiteral("ip2");
        throttle.recordFailure(QStringLiteral("b@x"), ip, 12);
        QCOMPARE(throttle.beginAttempt(QStringLiteral("c@x"), ip, 13), 0);
        QCOMPARE(throttle.beginAttempt(QStringLiteral("d@x"), ip, 13), 0);
        throttle.recordSuccess(QStringLiteral("c@x"), ip);
        QCOMPARE(throttle.retryAfter(QStringLiteral("e@x"), ip, 14), 0);
        throttle.recordFailure(QStringLiteral("e@x"), ip, 14);
        QCOMPARE(throttle.retryAfter(QStringLiteral("f@x"), ip, 15), 57);
    }

    void failuresThatNoLongerCountAreDeleted()
    {
        LoginThrottle throttle(*m_db, {5, 100, 60});
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("u%1@x").arg(i), QStringLiteral("ip%1").arg(i),
                                   100 + i);
        QCOMPARE(rowsOf(*m_db), 8); // an account's and an address's each
        // A key's next failure takes its old ones along.
        throttle.recordFailure(QStringLiteral("u0@x"), QStringLiteral("ip0"), 161);
        QCOMPARE(rowsOf(*m_db), 8);
        // The periodic prune takes the others once the window is past them.
        QCOMPARE(throttle.pruneExpired(162), 4);
        QCOMPARE(rowsOf(*m_db), 4);
        QCOMPARE(throttle.pruneExpired(300), 4);
        QCOMPARE(rowsOf(*m_db), 0);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestLoginThrottle)
} // namespace tst_loginthrottle
#include "tst_loginthrottle.moc"
