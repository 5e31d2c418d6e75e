// DispatchStore: loading, live updates with version checks, technicians' ordered days with
// travel and conflicts, the pending state of the dispatcher's own changes, live events.

#include "boardtestdata.h"

#include "fielddesk/board/dispatchstore.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace tst_dispatchstore {

using namespace fielddesk;
using namespace fielddesk::board;

namespace {

const QDate kDay(2026, 11, 23);

Job plannedJob(qint64 id, qint64 technicianId, int startMinutes, int durationMin = 60)
{
    Job job;
    job.id = id;
    job.title = QStringLiteral("Job %1").arg(id);
    job.technicianId = technicianId;
    job.technicianName = QStringLiteral("Tech");
    job.durationMin = durationMin;
    job.plannedStart = boardtest::at(kDay, startMinutes, QTimeZone::utc());
    job.plannedEnd = boardtest::at(kDay, startMinutes + durationMin, QTimeZone::utc());
    job.status = JobStatus::Scheduled;
    job.version = 1;
    return job;
}

Technician technician(qint64 id, const QStringList &skills = {})
{
    Technician t;
    t.id = id;
    t.name = QStringLiteral("Tech %1").arg(id);
    t.skills = skills;
    t.workDays = {1, 2, 3, 4, 5, 6, 7};
    return t;
}

} // namespace

class TestDispatchStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<DispatchStore>();
        m_store->setDay(kDay, QTimeZone::utc());
    }

    void aDayWhoseMidnightIsSkippedStartsWhenTheDayDoes()
    {
        // Santiago, Sunday 6 September 2026: 00:00 -04 becomes 01:00 -03. QDateTime(day,
        // 00:00, zone) is invalid there; the day starts at 01:00 (04:00 UTC) and lasts 23 h.
        board::DispatchStore store;
        store.setDays(QDate(2026, 9, 5), 2, QTimeZone(QByteArrayLiteral("America/Santiago")));
        const auto utc = [](const char *text) {
            return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toMSecsSinceEpoch();
        };
        QCOMPARE(store.dayStartMs(0), utc("2026-09-05T04:00:00Z"));
        QCOMPARE(store.dayStartMs(1), utc("2026-09-06T04:00:00Z"));
        QCOMPARE(store.dayStartMs(2), utc("2026-09-07T03:00:00Z"));
    }

    void parsesApiTimestampsLikeQDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("api form") << QStringLiteral("2026-11-23T08:15:30.250Z");
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T23:59:59.999Z");
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00.000Z");
        QTest::newRow("offset") << QStringLiteral("2026-11-23T08:15:30+02:00");
        QTest::newRow("no millis") << QStringLiteral("2026-11-23T08:15:30Z");
    }
    void parsesApiTimestampsLikeQDateTime()
    {
        QFETCH(QString, text);
        QCOMPARE(timestampMs(text),
                 QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch());
    }

    void rejectsBadTimestamps()
    {
        QCOMPARE(timestampMs(QString()), kNoTime);
        QCOMPARE(timestampMs(QStringLiteral("tomorrow")), kNoTime);
        QCOMPARE(timestampMs(QStringLiteral("2026-13-23T08:15:30.250Z")), kNoTime);
    }

    void addsJobsInOneInsert()
    {
        m_store->setTechnicians({technician(1)});
        QSignalSpy inserted(m_store.get(), &DispatchStore::jobsInserted);
        m_store->addJobs({plannedJob(10, 1, 9 * 60), plannedJob(11, 1, 8 * 60)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 0);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(m_store->jobCount(), 2);
        QCOMPARE(m_store->rowOfJob(11), 1);
        // The technician's day is ordered by planned start.
        QCOMPARE(m_store->technician(1)->jobRows, (QList<int>{1, 0}));
    }

    void ignoresStaleVersionsAndChangesOneRow()
    {
        m_store->setTechnicians({technician(1), technician(2)});
        m_store->addJobs({plannedJob(10, 1, 9 * 60), plannedJob(11, 1, 11 * 60)});
        QSignalSpy changed(m_store.get(), &DispatchStore::jobChanged);

        Job stale = plannedJob(10, 2, 9 * 60);
        stale.version = 1;
        m_store->upsertJob(stale);
        QCOMPARE(changed.count(), 0);

        Job moved = plannedJob(10, 2, 13 * 60);
        moved.version = 2;
        m_store->upsertJob(moved);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 0);
        QCOMPARE(m_store->technician(1)->jobRows, QList<int>{1});
        QCOMPARE(m_store->technician(2)->jobRows, QList<int>{0});
        QCOMPARE(m_store->jobAt(0).job.version, 2);
    }

    void removesJobsThatLeaveTheDay()
    {
        m_store->setTechnicians({technician(1)});
        m_store->addJobs({plannedJob(10, 1, 9 * 60), plannedJob(11, 1, 11 * 60)});
        QSignalSpy removed(m_store.get(), &DispatchStore::jobsRemoved);
        Job tomorrow = plannedJob(10, 1, 9 * 60 + 24 * 60);
        tomorrow.version = 2;
        m_store->upsertJob(tomorrow);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_store->jobCount(), 1);
        QCOMPARE(m_store->rowOfJob(11), 0);
        QCOMPARE(m_store->technician(1)->jobRows, QList<int>{0});
    }

    void findsConflicts_data()
    {
        QTest::addColumn<int>("startMinutes");
        QTest::addColumn<QStringList>("skills");
        QTest::addColumn<int>("expected");
        QTest::newRow("fine") << 10 * 60 << QStringList{QStringLiteral("hvac")}
                              << int(JobConflict::None);
        QTest::newRow("overlap") << 9 * 60 + 30 << QStringList{QStringLiteral("hvac")}
                                 << int(JobConflict::Overlap);
        QTest::newRow("outside window")
            << 14 * 60 << QStringList{QStringLiteral("hvac")} << int(JobConflict::OutsideWindow);
        QTest::newRow("outside shift and window")
            << 18 * 60 << QStringList{QStringLiteral("hvac")}
            << int(JobConflict::OutsideShift | JobConflict::OutsideWindow);
        QTest::newRow("skill") << 10 * 60 << QStringList{QStringLiteral("lawn")}
                               << int(JobConflict::SkillMismatch);
    }
    void findsConflicts()
    {
        QFETCH(int, startMinutes);
        QFETCH(QStringList, skills);
        QFETCH(int, expected);
        m_store->setTechnicians({technician(1, skills)});
        Job first = plannedJob(10, 1, 9 * 60);
        first.requiredSkills = skills;
        Job second = plannedJob(11, 1, startMinutes);
        second.requiredSkills = {QStringLiteral("hvac")};
        second.windowStart = boardtest::at(kDay, 9 * 60, QTimeZone::utc());
        second.windowEnd = boardtest::at(kDay, 13 * 60, QTimeZone::utc());
        m_store->addJobs({first, second});
        QCOMPARE(int(m_store->job(11)->conflicts), expected);
        QCOMPARE(m_store->conflictReasons(11).isEmpty(), expected == 0);
        if (expected & int(JobConflict::Overlap))
            QVERIFY(m_store->job(10)->conflicts.testFlag(JobConflict::Overlap));
    }

    void estimatesTravelFromThePreviousJob()
    {
        Technician t = technician(1);
        t.homeLatitude = 45.50;
        t.homeLongitude = -73.60;
        m_store->setTechnicians({t});
        Job near = plannedJob(10, 1, 9 * 60);
        near.latitude = 45.50;
        near.longitude = -73.60;
        Job far = plannedJob(11, 1, 11 * 60);
        far.latitude = 45.59; // about 10 km north
        far.longitude = -73.60;
        m_store->addJobs({near, far});
        QCOMPARE(m_store->job(10)->travelBeforeSec, 0);
        // 10 km x 1.3 at 40 km/h: about 19.5 minutes.
        QVERIFY(qAbs(m_store->job(11)->travelBeforeSec - 1170) < 60);
    }

    void showsPendingThenSettles()
    {
        m_store->setTechnicians({technician(1), technician(2)});
        m_store->addJobs({plannedJob(10, 1, 9 * 60)});
        Job proposed = plannedJob(10, 2, 10 * 60);
        m_store->proposeJob(proposed);
        QVERIFY(m_store->isPending(10));
        QVERIFY(m_store->job(10)->pending);
        QCOMPARE(m_store->confirmedVersion(10), 1);
        QCOMPARE(m_store->technician(2)->jobRows, QList<int>{0});

        // A live event for our own change arrives before the answer: kept aside.
        Job server = proposed;
        server.version = 2;
        m_store->upsertJob(server);
        QVERIFY(m_store->job(10)->pending);
        m_store->settleJob(server);
        QVERIFY(!m_store->isPending(10));
        QVERIFY(!m_store->job(10)->pending);
        QCOMPARE(m_store->job(10)->job.version, 2);
    }

    void revertsToTheNewestServerState()
    {
        m_store->setTechnicians({technician(1), technician(2)});
        m_store->addJobs({plannedJob(10, 1, 9 * 60)});
        m_store->proposeJob(plannedJob(10, 2, 10 * 60));
        Job theirs = plannedJob(10, 1, 15 * 60);
        theirs.version = 3;
        m_store->revertJob(10, theirs);
        QVERIFY(!m_store->isPending(10));
        QCOMPARE(m_store->job(10)->job.version, 3);
        QCOMPARE(m_store->job(10)->job.technicianId, 1);
        QCOMPARE(m_store->technician(2)->jobRows, QList<int>{});

        // Without a current job: back to the one kept aside.
        m_store->proposeJob(plannedJob(10, 2, 10 * 60));
        m_store->revertJob(10);
        QCOMPARE(m_store->job(10)->job.technicianId, 1);
        QCOMPARE(m_store->job(10)->plannedStartMs,
                 timestampMs(boardtest::at(kDay, 15 * 60, QTimeZone::utc())));
    }

    void appliesJobEvents()
    {
        m_store->setTechnicians({technician(1)});
        Job job = plannedJob(10, 1, 9 * 60);
        job.version = 4;
        JsonWriter writer;
        writer.beginObject();
        writer.key("job");
        job.writeJson(writer);
        writer.endObject();
        DomainEvent event;
        event.id = 77;
        event.type = QStringLiteral("scheduling.job.created.v1");
        event.dataJson = writer.take();
        QVERIFY(m_store->applyEvent(event));
        QCOMPARE(m_store->jobCount(), 1);
        QCOMPARE(m_store->job(10)->job.version, 4);

        event.type = QStringLiteral("billing.invoice.paid.v1");
        QVERIFY(!m_store->applyEvent(event));
    }

    void appliesTimeOffEvents()
    {
        m_store->setTechnicians({technician(1)});
        m_store->addJobs({plannedJob(10, 1, 9 * 60)});
        QVERIFY(!m_store->job(10)->conflicts.testFlag(JobConflict::TimeOff));
        const auto event = [](bool removed) {
            DomainEvent e;
            e.id = 90;
            e.type = QStringLiteral("resources.technician.availability_changed.v1");
            e.dataJson = QByteArrayLiteral("{\"technician_id\":1,\"period\":{\"id\":5,"
                                           "\"technician_id\":1,\"kind\":\"time_off\","
                                           "\"starts_at\":\"2026-11-23T08:30:00.000Z\","
                                           "\"ends_at\":\"2026-11-23T12:00:00.000Z\"},"
                                           "\"removed\":") +
                         (removed ? QByteArrayLiteral("true}") : QByteArrayLiteral("false}"));
            return e;
        };
        QVERIFY(m_store->applyEvent(event(false)));
        QCOMPARE(m_store->technician(1)->unavailable.size(), 1);
        QVERIFY(m_store->job(10)->conflicts.testFlag(JobConflict::TimeOff));
        QVERIFY(m_store->applyEvent(event(true)));
        QCOMPARE(m_store->technician(1)->unavailable.size(), 0);
        QVERIFY(!m_store->job(10)->conflicts.testFlag(JobConflict::TimeOff));
    }

    void keepsTheBacklogOfNewJobs()
    {
        Job backlog;
        backlog.id = 5;
        backlog.status = JobStatus::New;
        QVERIFY(m_store->belongsToDay(backlog));
        backlog.windowStart = boardtest::at(kDay.addDays(2), 9 * 60, QTimeZone::utc());
        backlog.windowEnd = boardtest::at(kDay.addDays(2), 12 * 60, QTimeZone::utc());
        QVERIFY(!m_store->belongsToDay(backlog));
    }

    void dayStatsCountJobsAndUtilisation()
    {
        m_store->setTechnicians({technician(1)});
        m_store->addJobs({plannedJob(10, 1, 9 * 60, 120), plannedJob(11, 1, 13 * 60, 60)});
        const qint64 noon = timestampMs(boardtest::at(kDay, 12 * 60, QTimeZone::utc()));
        const TechnicianDayStats stats = m_store->dayStats(0, noon);
        QCOMPARE(stats.jobCount, 2);
        QCOMPARE(stats.plannedMinutes, 180);
        QCOMPARE(stats.nextJobRow, 1);
        QVERIFY(qAbs(stats.utilisation - 180.0 / 540.0) < 0.001);
        QCOMPARE(stats.status, TechnicianDayStats::Status::Available);
    }

    void holdsSeveralDays()
    {
        Technician t = technician(1);
        t.shiftStart = QStringLiteral("08:00");
        t.shiftEnd = QStringLiteral("17:00");
        t.workDays = {1, 2, 3}; // Monday to Wednesday: the 26th (Thursday) is off
        t.homeLatitude = 45.50;
        t.homeLongitude = -73.60;
        m_store->setTechnicians({t});
        m_store->setDays(kDay, 4, QTimeZone::utc());
        QCOMPARE(m_store->dayCount(), 4);
        QCOMPARE(m_store->lastDay(), kDay.addDays(3));
        QCOMPARE(m_store->daySpan().endMs - m_store->daySpan().startMs, 4 * 24 * 3600 * 1000LL);
        QCOMPARE(m_store->technician(1)->shifts.size(), 3);
        QCOMPARE(m_store->dayIndexOf(m_store->daySpan().startMs + 30 * 3600 * 1000LL), 1);
        QCOMPARE(m_store->dayIndexOf(m_store->daySpan().endMs), -1);

        const auto onDay = [](qint64 id, int day, int startMinutes) {
            Job job = plannedJob(id, 1, day * 24 * 60 + startMinutes);
            job.latitude = 45.59; // about 10 km from home
            job.longitude = -73.60;
            return job;
        };
        // Day 3 (the last shown), day 4 (not shown), a job on the off day.
        m_store->addJobs({onDay(20, 0, 9 * 60), onDay(21, 1, 9 * 60), onDay(22, 2, 10 * 60),
                          onDay(23, 4, 9 * 60), onDay(24, 3, 9 * 60)});
        QVERIFY(m_store->job(22));
        QVERIFY(!m_store->job(23));
        QCOMPARE(m_store->technician(1)->jobRows.size(), 4);
        // Inside that day's shift: fine; on the day off: outside the shift.
        QVERIFY(!m_store->job(22)->conflicts.testFlag(JobConflict::OutsideShift));
        QVERIFY(m_store->job(24)->conflicts.testFlag(JobConflict::OutsideShift));
        // Each day starts from home: the same drive every first job of a day.
        QVERIFY(m_store->job(20)->travelBeforeSec > 0);
        QCOMPARE(m_store->job(21)->travelBeforeSec, m_store->job(20)->travelBeforeSec);
        QCOMPARE(m_store->job(22)->travelBeforeSec, m_store->job(20)->travelBeforeSec);

        // Back to one day: the other days' jobs leave.
        m_store->setDay(kDay, QTimeZone::utc());
        QCOMPARE(m_store->dayCount(), 1);
        QCOMPARE(m_store->jobCount(), 0);
        QCOMPARE(m_store->technician(1)->shifts.size(), 1);
    }

private:
    std::unique_ptr<DispatchStore> m_store;
};

FIELDDESK_TEST_GUILESS_MAIN(TestDispatchStore)
} // namespace tst_dispatchstore
#include "tst_dispatchstore.moc"
