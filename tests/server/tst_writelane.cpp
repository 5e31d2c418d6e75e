// Group commit on a real SQLite file: the write lane runs requests in one transaction each
// a savepoint, commits once, answers only after the commit, and falls back to one request
// at a time when a statement fails inside a batch.
#include "http/writelane.h"
#include "storage/database.h"
#include "testmain.h"
#include "wallclock.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace tst_writelane {

using namespace fielddesk::server;

namespace {

// Collects the answers the lane delivers (on its own thread).
class Answers
{
public:
    WriteLane::Delivery slot(int index)
    {
        return [this, index](ApiResponse response) {
            {
                QMutexLocker lock(&m_mutex);
                m_statuses.insert(index, response.status);
            }
            m_delivered.release();
        };
    }
    bool waitFor(int count) { return m_delivered.tryAcquire(count, 10000); }
    int status(int index)
    {
        QMutexLocker lock(&m_mutex);
        return m_statuses.value(index, -1);
    }

private:
    QMutex m_mutex;
    QHash<int, int> m_statuses;
    QSemaphore m_delivered;
};

} // namespace

class TestWriteLane : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        DatabaseUrl url;
        url.path = m_dir.filePath(QStringLiteral("lane-%1.db").arg(++m_counter));
        m_db = std::make_unique<Database>(url);
        m_db->execute(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)"));
    }

    void cleanup() { m_db.reset(); }

    void batchCommitsManyRequestsOnce()
    {
        const quint64 commitsBefore = m_db->commitCount();
        Answers answers;
        QSemaphore firstStarted;
        QSemaphore othersQueued;
        {
            WriteLane lane(*m_db, WriteLaneLimits{64, 10000});
            // The first request waits until the others are queued: they join its batch.
            lane.submit(
                [&] {
                    firstStarted.release();
                    othersQueued.acquire();
                    return insert(QStringLiteral("first"));
                },
                answers.slot(0));
            QVERIFY(firstStarted.tryAcquire(1, 5000));
            for (int i = 1; i < 20; ++i)
                lane.submit([this, i] { return insert(QStringLiteral("row %1").arg(i)); },
                            answers.slot(i));
            othersQueued.release();
            QVERIFY(answers.waitFor(20));
        }
        for (int i = 0; i < 20; ++i)
            QCOMPARE(answers.status(i), 201);
        QCOMPARE(rowCount(), 20);
        QCOMPARE(m_db->commitCount() - commitsBefore, quint64(1));
    }

    void rolledBackRequestKeepsTheOthers()
    {
        Answers answers;
        QSemaphore release;
        {
            WriteLane lane(*m_db, WriteLaneLimits{64, 10000});
            lane.submit(
                [&] {
                    release.acquire();
                    return insert(QStringLiteral("a"));
                },
                answers.slot(0));
            lane.submit(
                [this] {
                    Transaction tx(*m_db); // never committed: a 4xx after a write
                    SqlQuery(*m_db, QStringLiteral("INSERT INTO t (name) VALUES ('b')")).exec();
                    return ApiResponse::json("{}", 422);
                },
                answers.slot(1));
            lane.submit([this] { return insert(QStringLiteral("c")); }, answers.slot(2));
            release.release();
            QVERIFY(answers.waitFor(3));
        }
        QCOMPARE(answers.status(0), 201);
        QCOMPARE(answers.status(1), 422);
        QCOMPARE(answers.status(2), 201);
        QCOMPARE(names(), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    }

    void brokenConstraintStaysInItsRequest()
    {
        Answers answers;
        QSemaphore release;
        QAtomicInt firstRuns = 0;
        const quint64 commitsBefore = m_db->commitCount();
        {
            WriteLane lane(*m_db, WriteLaneLimits{64, 10000});
            lane.submit(
                [&] {
                    firstRuns.fetchAndAddRelaxed(1);
                    release.acquire();
                    return insert(QStringLiteral("x"));
                },
                answers.slot(0));
            lane.submit([this] { return insert(QStringLiteral("x")); }, answers.slot(1));
            lane.submit([this] { return insert(QStringLiteral("y")); }, answers.slot(2));
            release.release();
            QVERIFY(answers.waitFor(3));
        }
        QCOMPARE(firstRuns.loadRelaxed(), 1); // the batch went on: SQLite undid one statement
        QCOMPARE(answers.status(0), 201);
        QCOMPARE(answers.status(1), 409);
        QCOMPARE(answers.status(2), 201);
        QCOMPARE(names(), QStringList({QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(m_db->commitCount() - commitsBefore, quint64(1));
    }

    void otherFailureRunsEachRequestAgainAlone()
    {
        Answers answers;
        QSemaphore release;
        QAtomicInt firstRuns = 0;
        QAtomicInt writesAfterFailure = 0;
        {
            WriteLane lane(*m_db, WriteLaneLimits{64, 10000});
            lane.submit(
                [&] {
                    if (firstRuns.fetchAndAddRelaxed(1) == 0)
                        release.acquire();
                    return insert(QStringLiteral("x"));
                },
                answers.slot(0));
            lane.submit(
                [&] {
                    // A failure that may have ended SQLite's transaction; the request goes on
                    // writing as careless code might: that write must not get through.
                    try {
                        SqlQuery(*m_db, QStringLiteral("SELECT * FROM no_such_table")).exec();
                    } catch (const DatabaseError &) {
                    }
                    try {
                        SqlQuery(*m_db, QStringLiteral("INSERT INTO t (name) VALUES ('late')"))
                            .exec();
                        writesAfterFailure.fetchAndAddRelaxed(1);
                    } catch (const DatabaseError &) {
                    }
                    return ApiResponse::json("{}", 500);
                },
                answers.slot(1));
            lane.submit([this] { return insert(QStringLiteral("y")); }, answers.slot(2));
            release.release();
            QVERIFY(answers.waitFor(3));
        }
        QCOMPARE(firstRuns.loadRelaxed(), 2); // batched, rolled back, then alone
        QCOMPARE(answers.status(0), 201);
        QCOMPARE(answers.status(1), 500);
        QCOMPARE(answers.status(2), 201);
        // Alone (no batch) the careless insert goes through once, as it would without a lane;
        // in the batch it was refused.
        QCOMPARE(writesAfterFailure.loadRelaxed(), 1);
        QCOMPARE(names(),
                 QStringList({QStringLiteral("late"), QStringLiteral("x"), QStringLiteral("y")}));
    }

    void writersOutsideTheLaneGetTheirTurn()
    {
        // The lane takes the write lock again and again (here 300 batches of 5 ms); a
        // writer on another thread must get it in the order it asked (FairLock), not when
        // the lane happens to run dry.
        Answers answers;
        constexpr int kLaneRequests = 300;
        qint64 waitedMs = -1;
        {
            WriteLane lane(*m_db, WriteLaneLimits{1, 10000});
            for (int i = 0; i < kLaneRequests; ++i) {
                lane.submit(
                    [this, i] {
                        QThread::msleep(5);
                        return insert(QStringLiteral("lane %1").arg(i));
                    },
                    answers.slot(i));
            }
            QThread::msleep(50); // the lane is busy now
            QElapsedTimer waited;
            waited.start();
            QCOMPARE(insert(QStringLiteral("outside")).status, 201); // its own Transaction
            waitedMs = waited.elapsed();
            QVERIFY(answers.waitFor(kLaneRequests));
        }
        QCOMPARE(rowCount(), kLaneRequests + 1);
        // In any build: the outside write went in among the lane's first batches, not after
        // the lane ran dry (the rows' ids are the order of the commits).
        const int laneRowsBefore = rowsBefore(QStringLiteral("outside"));
        QVERIFY2(laneRowsBefore < kLaneRequests / 2,
                 qPrintable(QStringLiteral("%1 lane rows before it").arg(laneRowsBefore)));
        FIELDDESK_VERIFY_WALL_CLOCK(waitedMs < 500,
                                    qPrintable(QStringLiteral("waited %1 ms").arg(waitedMs)));
    }

    void afterCommitWaitsForTheBatch()
    {
        Answers answers;
        QAtomicInt ranAfterCommit = 0;
        QAtomicInt seenInsideRequest = -1;
        QAtomicInt inBatch = 0;
        {
            WriteLane lane(*m_db);
            lane.submit(
                [&] {
                    inBatch.storeRelaxed(m_db->inWriteBatch() ? 1 : 0);
                    ApiResponse r = insert(QStringLiteral("n"));
                    m_db->afterCommit([&] { ranAfterCommit.storeRelaxed(1); });
                    seenInsideRequest.storeRelaxed(ranAfterCommit.loadRelaxed());
                    return r;
                },
                answers.slot(0));
            QVERIFY(answers.waitFor(1));
        }
        QCOMPARE(inBatch.loadRelaxed(), 1);
        QCOMPARE(seenInsideRequest.loadRelaxed(), 0);
        QCOMPARE(ranAfterCommit.loadRelaxed(), 1);
        // Outside a batch the action runs at once.
        bool ranNow = false;
        m_db->afterCommit([&] { ranNow = true; });
        QVERIFY(ranNow);
        QVERIFY(!m_db->inWriteBatch());
    }

private:
    // A request as a service writes it: its own Transaction, 409 on a duplicate name.
    ApiResponse insert(const QString &name)
    {
        try {
            Transaction tx(*m_db);
            SqlQuery(*m_db, QStringLiteral("INSERT INTO t (name) VALUES (?)")).bind(name).exec();
            tx.commit();
            return ApiResponse::json("{}", 201);
        } catch (const DatabaseError &e) {
            if (e.kind() == DatabaseError::Kind::UniqueViolation)
                return ApiResponse::json("{}", 409);
            throw;
        }
    }

    int rowCount()
    {
        SqlQuery q(*m_db, QStringLiteral("SELECT COUNT(*) FROM t"));
        q.exec();
        return q.next() ? int(q.integer(0)) : -1;
    }

    // How many rows were inserted before the row with this name.
    int rowsBefore(const QString &name)
    {
        SqlQuery q(*m_db, QStringLiteral("SELECT COUNT(*) FROM t WHERE id < "
                                         "(SELECT id FROM t WHERE name = ?)"));
        q.bind(name).exec();
        return q.next() ? int(q.integer(0)) : -1;
    }

    QStringList names()
    {
        SqlQuery q(*m_db, QStringLiteral("SELECT name FROM t ORDER BY name"));
        q.exec();
        QStringList result;
        while (q.next())
            result << q.text(0);
        return result;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
};

FIELDDESK_TEST_GUILESS_MAIN(TestWriteLane)
} // namespace tst_writelane
#include "tst_writelane.moc"
