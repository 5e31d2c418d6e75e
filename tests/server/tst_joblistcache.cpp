// The jobs list's page cache: a page is answered from the cache while its stamp holds and its
// time to live lasts; a page asked for by many at once is read once (the others wait for that
// reading, and read on their own if it fails); a reading with another stamp is not shared.
// The job rows kept for pages (JobRowCache): reused under their stamp only, never shown outside
// the caller's scope, bounded by their number.
#include "repositories/jobrepository.h"
#include "services/joblistcache.h"
#include "services/jobrowcache.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <functional>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tst_joblistcache {

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

constexpr int kTimeToLiveMs = 60000;
constexpr int kWaitMs = 10000;

Page<Job> pageOf(qint64 count, const QString &title)
{
    Page<Job> page;
    page.count = count;
    Job job;
    job.id = count;
    job.title = title;
    page.items.append(job);
    return page;
}

const QString kKey = QStringLiteral("1|*|0|0||limit=50");
constexpr qint64 kKeptBytes = 1024 * 1024;

// The rows a JobRowCache reads: job `id` is in location id % 2 + 1, titled "version N" with
// the reading's number, and every reading is counted.
struct RowSource
{
    int readings = 0;
    QList<qint64> asked;
    QList<Job> operator()(const QList<qint64> &ids)
    {
        ++readings;
        asked += ids;
        QList<Job> rows;
        for (const qint64 id : ids) {
            Job job;
            job.id = id;
            job.locationId = id % 2 + 1;
            job.title = QStringLiteral("version %1").arg(readings);
            rows.append(job);
        }
        return rows;
    }
};

QList<qint64> idsIn(const QByteArray &json)
{
    QList<qint64> ids;
    for (const QJsonValue &job : QJsonDocument::fromJson(json).array())
        ids << job[QLatin1String("id")].toInteger();
    return ids;
}

} // namespace

class TestJobListCache : public QObject
{
    Q_OBJECT
private slots:
    void aCachedPageIsAnsweredWhileItsStampHolds()
    {
        JobListCache cache(10, kTimeToLiveMs);
        int reads = 0;
        const auto read = [&] {
            ++reads;
            return pageOf(reads, QStringLiteral("read %1").arg(reads));
        };
        const Page<Job> first = cache.findOrRead(kKey, DataStamp{1, 5}, read);
        QCOMPARE(first.count, 1);
        QVERIFY(first.items.isEmpty());
        QVERIFY(first.itemsJson.contains("read 1"));
        QCOMPARE(cache.findOrRead(kKey, DataStamp{1, 5}, read).count, 1);
        QCOMPARE(reads, 1);
        // A commit here, or another instance's event: read again.
        QCOMPARE(cache.findOrRead(kKey, DataStamp{2, 5}, read).count, 2);
        QCOMPARE(cache.findOrRead(kKey, DataStamp{2, 6}, read).count, 3);
        QCOMPARE(reads, 3);
        // A request whose stamp is older (taken a moment before) gets the newer page.
        QCOMPARE(cache.findOrRead(kKey, DataStamp{2, 5}, read).count, 3);
        QCOMPARE(cache.findOrRead(kKey, DataStamp{1, 6}, read).count, 3);
        QCOMPARE(reads, 3);
    }

    void keysAreReadWhenAskedAgainWithTheSameStamp()
    {
        StampedCache<int> keys(10, kTimeToLiveMs);
        int reads = 0;
        const auto read = [&] { return ++reads; };
        const QString day = QStringLiteral("1|2026-12-06|2026-12-07|ORDER BY j.id ASC");
        QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{1, 5}, read), std::nullopt);
        QCOMPARE(reads, 0);
        QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{1, 5}, read), std::optional<int>(1));
        QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{1, 5}, read), std::optional<int>(1));
        QCOMPARE(reads, 1);
        // Writes faster than the day is asked: never read in vain.
        for (quint64 commit = 2; commit < 6; ++commit)
            QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{commit, 5}, read), std::nullopt);
        QCOMPARE(reads, 1);
        // The stamp holds again: the second ask reads.
        QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{5, 5}, read), std::optional<int>(2));
        // Another key counts its own asks.
        QCOMPARE(keys.findOrReadIfAskedAgain(day + QLatin1Char('x'), DataStamp{5, 5}, read),
                 std::nullopt);
        QCOMPARE(reads, 2);
    }

    // Keys that take changes (a patch) are not read in vain when writes go on: a key asked
    // before is read on its next ask whatever changed since, and patched from then on.
    void keysThatTakeChangesAreReadOnTheSecondAskWhateverChanged()
    {
        StampedCache<int> keys(10, kTimeToLiveMs);
        int reads = 0;
        int patches = 0;
        const auto read = [&] { return ++reads * 100; };
        const auto patch = [&](const int &kept, const DataStamp &, const DataStamp &) {
            ++patches;
            return std::optional<int>(kept + 1);
        };
        const QString day = QStringLiteral("1|2026-12-06|2026-12-07|ORDER BY j.id ASC");
        QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{1, 5}, read, {}, patch), std::nullopt);
        QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{2, 6}, read, {}, patch),
                 std::optional<int>(100));
        QCOMPARE(keys.findOrReadIfAskedAgain(day, DataStamp{3, 7}, read, {}, patch),
                 std::optional<int>(101));
        QCOMPARE(reads, 1);
        QCOMPARE(patches, 1);
        // Without a patch, a change between the two asks still means no read.
        const QString other = day + QLatin1Char('x');
        QCOMPARE(keys.findOrReadIfAskedAgain(other, DataStamp{3, 7}, read), std::nullopt);
        QCOMPARE(keys.findOrReadIfAskedAgain(other, DataStamp{4, 8}, read), std::nullopt);
        QCOMPARE(reads, 1);
    }

    void keysAreNeverReadWhenOff()
    {
        StampedCache<int> keys(0, kTimeToLiveMs);
        int reads = 0;
        for (int ask = 0; ask < 3; ++ask)
            QCOMPARE(keys.findOrReadIfAskedAgain(kKey, DataStamp{1, 1}, [&] { return ++reads; }),
                     std::nullopt);
        QCOMPARE(reads, 0);
    }

    void aPageOlderThanItsTimeToLiveIsReadAgain()
    {
        JobListCache cache(10, 1);
        int reads = 0;
        const auto read = [&] { return pageOf(++reads, QStringLiteral("x")); };
        cache.findOrRead(kKey, DataStamp{1, 1}, read);
        QTest::qSleep(20);
        QCOMPARE(cache.findOrRead(kKey, DataStamp{1, 1}, read).count, 2);
    }

    void manyAskingTogetherReadOnce()
    {
        JobListCache cache(10, kTimeToLiveMs);
        std::atomic<int> reads = 0;
        QSemaphore gate;
        const auto read = [&] {
            ++reads;
            gate.acquire(); // held until the others wait
            return pageOf(42, QStringLiteral("the day"));
        };
        constexpr int kAsking = 6;
        std::vector<Page<Job>> answers(kAsking);
        std::vector<std::thread> threads;
        threads.emplace_back([&] { answers[0] = cache.findOrRead(kKey, DataStamp{3, 9}, read); });
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, kWaitMs);
        for (int i = 1; i < kAsking; ++i) {
            threads.emplace_back([&, i] {
                answers[size_t(i)] = cache.findOrRead(kKey, DataStamp{3, 9}, read);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(cache.waitingFor(kKey), kAsking - 1, kWaitMs);
        gate.release();
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(reads.load(), 1);
        for (const Page<Job> &answer : answers) {
            QCOMPARE(answer.count, 42);
            QCOMPARE(answer.itemsJson, answers.front().itemsJson);
        }
        QVERIFY(answers.front().itemsJson.contains("the day"));
        QCOMPARE(cache.waitingFor(kKey), 0);
    }

    void aReadingWithAnotherStampIsNotShared()
    {
        JobListCache cache(10, kTimeToLiveMs);
        QSemaphore gate;
        std::atomic<int> reads = 0;
        Page<Job> older;
        std::thread first([&] {
            older = cache.findOrRead(kKey, DataStamp{1, 1}, [&] {
                ++reads;
                gate.acquire();
                return pageOf(1, QStringLiteral("before the commit"));
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, kWaitMs);
        // Asked after a commit the first reading may not have seen: read, not waited for.
        const Page<Job> newer = cache.findOrRead(kKey, DataStamp{2, 1}, [&] {
            ++reads;
            return pageOf(2, QStringLiteral("after the commit"));
        });
        QCOMPARE(newer.count, 2);
        QCOMPARE(reads.load(), 2);
        gate.release();
        first.join();
        QCOMPARE(older.count, 1);
        // The older reading, finished last, did not replace the newer page.
        QCOMPARE(cache.findOrRead(kKey, DataStamp{2, 1}, [] { return pageOf(3, {}); }).count, 2);
    }

    void whenTheReadingFailsTheWaitersReadOnTheirOwn()
    {
        JobListCache cache(10, kTimeToLiveMs);
        QSemaphore gate;
        std::atomic<int> reads = 0;
        std::atomic<bool> failed = false;
        std::thread first([&] {
            try {
                cache.findOrRead(kKey, DataStamp{1, 1}, [&]() -> Page<Job> {
                    ++reads;
                    gate.acquire();
                    throw std::runtime_error("the database went away");
                });
            } catch (const std::runtime_error &) {
                failed = true;
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, kWaitMs);
        Page<Job> waited;
        std::thread second([&] {
            waited = cache.findOrRead(kKey, DataStamp{1, 1}, [&] {
                ++reads;
                return pageOf(7, QStringLiteral("read again"));
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(cache.waitingFor(kKey), 1, kWaitMs);
        gate.release();
        first.join();
        second.join();
        QVERIFY(failed.load());
        QCOMPARE(reads.load(), 2);
        QCOMPARE(waited.count, 7);
    }

    void keptRowsAreReusedUnderTheirStampOnly()
    {
        JobRowCache rows(kKeptBytes, kTimeToLiveMs);
        RowSource source;
        const auto read = [&](const QList<qint64> &ids) { return source(ids); };
        QCOMPARE(idsIn(rows.pageJson(1, DataStamp{1, 1}, {}, {3, 1, 2}, read)),
                 (QList<qint64>{3, 1, 2}));
        // The next page: only the job not read yet, and in the page's order.
        const QByteArray next = rows.pageJson(1, DataStamp{1, 1}, {}, {2, 4, 1}, read);
        QCOMPARE(idsIn(next), (QList<qint64>{2, 4, 1}));
        QCOMPARE(source.asked, (QList<qint64>{3, 1, 2, 4}));
        QVERIFY(next.contains("version 1") && next.contains("version 2"));
        QCOMPARE(rows.jobsRead(), 4);
        // Another tenant's job 1 is its own.
        rows.pageJson(2, DataStamp{1, 1}, {}, {1}, read);
        QCOMPARE(source.readings, 3);
        // Anything committed since: read again, and the new rows answered.
        const QByteArray after = rows.pageJson(1, DataStamp{2, 1}, {}, {1, 2}, read);
        QVERIFY(after.contains("version 4") && !after.contains("version 1"));
        QCOMPARE(source.readings, 4);
        // A request whose stamp is older than the kept rows' (taken a moment before) is
        // answered with the newer rows, and what it reads is kept with them.
        QVERIFY(rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2, 5}, read).contains("version 4"));
        QCOMPARE(source.readings, 5);
        QCOMPARE(source.asked.last(), 5);
        QVERIFY(rows.pageJson(1, DataStamp{2, 1}, {}, {5, 1}, read).contains("version 4"));
        QCOMPARE(source.readings, 5);
    }

    // Jobs read under a stamp that another request moved the kept jobs past meanwhile are
    // kept unless the journal says they changed between the two stamps.
    void rowsReadWhileTheKeptStampMovedKeepThoseUnchanged()
    {
        JobRowCache rows(kKeptBytes, kTimeToLiveMs);
        RowSource source;
        const auto read = [&](const QList<qint64> &ids) { return source(ids); };
        const JobRowCache::ChangedJobs job3Changed = [](const DataStamp &, const DataStamp &) {
            return std::optional<QList<qint64>>(QList<qint64>{3});
        };
        rows.pageJson(1, DataStamp{1, 1}, {}, {1}, read, job3Changed);
        const auto readWhileAnotherMovesOn = [&](const QList<qint64> &ids) {
            // Another request, a commit later (job 3 changed), while these are being read.
            rows.pageJson(1, DataStamp{2, 1}, {}, {1}, read, job3Changed);
            return source(ids);
        };
        rows.pageJson(1, DataStamp{1, 1}, {}, {2, 3}, readWhileAnotherMovesOn, job3Changed);
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 3}));
        rows.pageJson(1, DataStamp{2, 1}, {}, {1, 2, 3}, read, job3Changed);
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 3, 3})); // 2 kept, 3 read again
    }

    void keptRowsOutsideTheCallersScopeAreLeftOut()
    {
        JobRowCache rows(kKeptBytes, kTimeToLiveMs);
        RowSource source;
        const auto read = [&](const QList<qint64> &ids) { return source(ids); };
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2, 3, 4}, read);
        JobScope firstLocation;
        firstLocation.locationIds = QList<qint64>{1};
        // The keys named jobs 1 to 4, but jobs 1 and 3 are in location 2 by now.
        QCOMPARE(idsIn(rows.pageJson(1, DataStamp{1, 1}, firstLocation, {1, 2, 3, 4}, read)),
                 (QList<qint64>{2, 4}));
        JobScope ownJobs;
        ownJobs.technicianId = 7; // none of these is theirs
        QCOMPARE(rows.pageJson(1, DataStamp{1, 1}, ownJobs, {1, 2}, read), QByteArray("[]"));
        QCOMPARE(source.readings, 1);
    }

    void keptRowsAreBoundedByTheirBytesAndOffMeansNoneKept()
    {
        RowSource measure;
        const QByteArray one = JobRowCache(kKeptBytes, kTimeToLiveMs)
                                   .pageJson(1, DataStamp{1, 1}, {}, {1}, std::ref(measure));
        const qint64 jobBytes = one.size() - 2; // "[...]"; jobs 1 to 4 write as many bytes
        JobRowCache bounded(3 * jobBytes, kTimeToLiveMs);
        RowSource source;
        const auto read = [&](const QList<qint64> &ids) { return source(ids); };
        bounded.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        bounded.pageJson(1, DataStamp{1, 1}, {}, {3, 4}, read); // past the bound: 1, 2 let go
        bounded.pageJson(1, DataStamp{1, 1}, {}, {4, 3}, read);
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 3, 4}));
        bounded.pageJson(1, DataStamp{1, 1}, {}, {1}, read); // exactly at the bound: kept
        bounded.pageJson(1, DataStamp{1, 1}, {}, {1, 3, 4}, read);
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 3, 4, 1}));
        JobRowCache off(0, kTimeToLiveMs);
        RowSource always;
        const auto readAlways = [&](const QList<qint64> &ids) { return always(ids); };
        QVERIFY(!off.enabled());
        QCOMPARE(idsIn(off.pageJson(1, DataStamp{1, 1}, {}, {2, 1}, readAlways)),
                 (QList<qint64>{2, 1}));
        off.pageJson(1, DataStamp{1, 1}, {}, {2, 1}, readAlways);
        QCOMPARE(always.readings, 2);
    }

    // Each kept job lives its own time from its read: a job read late is not let go with the
    // tenant's first (when they all expired together, every connection read its whole page
    // again at the same moment).
    void keptRowsOlderThanTheirTimeToLiveAreReadAgain()
    {
        qint64 nowMs = 0;
        JobRowCache rows(kKeptBytes, 100, nullptr, [&nowMs] { return nowMs; });
        RowSource source;
        const auto read = [&](const QList<qint64> &ids) { return source(ids); };
        rows.pageJson(1, DataStamp{1, 1}, {}, {1}, read);
        nowMs = 60;
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        QCOMPARE(source.asked, (QList<qint64>{1, 2}));
        nowMs = 100; // job 1's last moment
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        QCOMPARE(source.asked, (QList<qint64>{1, 2}));
        nowMs = 101;
        QVERIFY(rows.pageJson(1, DataStamp{1, 1}, {}, {2, 1}, read).contains("version 3"));
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 1}));
        nowMs = 161; // job 2, read at 60, is let go now; job 1 was read again at 101
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 1, 2}));
    }

    // A rename of a customer, technician or skill (on any server) moves the tenant's names
    // version: kept jobs go at the next look at it, and jobs read before the look that found
    // it are not kept.
    void keptRowsGoWhenTheTenantsNamesVersionMoves()
    {
        qint64 nowMs = 0;
        constexpr int kRecheckMs = 1000;
        qint64 version = 4;
        qint64 otherVersion = 1; // tenant 2's
        int looks = 0;           // at tenant 1's
        TenantNamesWatch watch(
            kRecheckMs,
            [&](qint64 tenantId) {
                if (tenantId != 1)
                    return otherVersion;
                ++looks;
                return version;
            },
            [&nowMs] { return nowMs; });
        JobRowCache rows(kKeptBytes, 60000, &watch, [&nowMs] { return nowMs; });
        RowSource source;
        const auto read = [&](const QList<qint64> &ids) { return source(ids); };
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        QCOMPARE(looks, 1);
        nowMs = 999;
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        QCOMPARE(looks, 1); // not due yet
        QCOMPARE(source.asked, (QList<qint64>{1, 2}));
        nowMs = 1000;
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        QCOMPARE(looks, 2); // the same version: kept
        QCOMPARE(source.asked, (QList<qint64>{1, 2}));
        version = 5; // renamed
        nowMs = 1500;
        rows.pageJson(1, DataStamp{1, 1}, {}, {1}, read);
        QCOMPARE(source.asked, (QList<qint64>{1, 2})); // not looked at yet
        nowMs = 2000;
        rows.pageJson(1, DataStamp{1, 1}, {}, {1, 2}, read);
        QCOMPARE(looks, 3);
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 1, 2}));
        // Another tenant's jobs stay: its own version did not move.
        rows.pageJson(2, DataStamp{1, 1}, {}, {3}, read);
        nowMs = 3000;
        version = 6;
        rows.pageJson(2, DataStamp{1, 1}, {}, {3}, read);
        QCOMPARE(source.asked, (QList<qint64>{1, 2, 1, 2, 3}));

        // Jobs being read when a rename is found are not kept: read before it, perhaps.
        nowMs = 4000;
        const auto readWhileRenamed = [&](const QList<qint64> &ids) {
            version = 7;
            nowMs = 5000;
            rows.pageJson(1, DataStamp{1, 1}, {}, {9}, read); // finds the rename
            return source(ids);
        };
        rows.pageJson(1, DataStamp{1, 1}, {}, {4}, readWhileRenamed);
        const int asked = int(source.asked.size());
        nowMs = 5100;
        rows.pageJson(1, DataStamp{1, 1}, {}, {4, 9}, read);
        QCOMPARE(source.asked.size(), asked + 1); // job 4 read again, job 9 kept
        QCOMPARE(source.asked.last(), 4);

        // A rename another user of the watch found (a search index): the kept jobs go at the
        // next page, though the row cache's own look is not due.
        version = 8;
        nowMs = 6100;
        watch.epoch(1);
        rows.pageJson(1, DataStamp{1, 1}, {}, {4, 9}, read);
        QCOMPARE(source.asked.size(), asked + 3);
    }

    // The watch reads a tenant's names version at most once a period, and its epoch moves
    // when the version read differs (and at the first read), each tenant on its own.
    void theNamesWatchReadsEachTenantsVersionAtMostOnceAPeriod()
    {
        qint64 nowMs = 0;
        QHash<qint64, qint64> versions{{1, 7}, {2, 7}};
        int reads = 0;
        TenantNamesWatch watch(
            1000,
            [&](qint64 tenantId) {
                ++reads;
                return versions.value(tenantId);
            },
            [&nowMs] { return nowMs; });
        QCOMPARE(watch.lastEpoch(1), quint64(0));
        const quint64 first = watch.epoch(1);
        QVERIFY(first > 0);
        QCOMPARE(reads, 1);
        versions[1] = 8; // renamed
        nowMs = 999;
        QCOMPARE(watch.epoch(1), first); // not due: not read
        QCOMPARE(reads, 1);
        nowMs = 1000;
        const quint64 renamed = watch.epoch(1);
        QVERIFY(renamed > first);
        QCOMPARE(watch.lastEpoch(1), renamed);
        nowMs = 2000;
        QCOMPARE(watch.epoch(1), renamed); // read again, the same version
        QCOMPARE(reads, 3);
        QVERIFY(watch.epoch(2) > 0); // another tenant's own
        QCOMPARE(reads, 4);
        QCOMPARE(watch.lastEpoch(1), renamed);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJobListCache)
} // namespace tst_joblistcache
#include "tst_joblistcache.moc"
