// Job JSON benchmark: writes a page of 20,000 jobs with Job::writeJson, the server's hot path
// for job lists. Wall-clock time depends on the other load of the machine; the instruction
// count does not, so compare that:
//   build-*/tests/bench_jobjson -callgrind       (needs valgrind)
//   ctest -L bench -R bench_jobjson -V

#include "fielddesk/domain/dispatch.h"

#include <QTest>

using namespace fielddesk;

namespace {

constexpr int kJobs = 20000;

// Jobs as a busy day has them: most planned and assigned, every third one in the backlog.
QList<Job> jobsOfADay()
{
    static const QStringList streets{QStringLiteral("Rue Sherbrooke"),
                                     QStringLiteral("Avenue du Parc"),
                                     QStringLiteral("Boulevard Saint-Laurent")};
    QList<Job> jobs;
    jobs.reserve(kJobs);
    for (int i = 0; i < kJobs; ++i) {
        Job job;
        job.id = 1 + i;
        job.locationId = 1 + i % 3;
        job.title = QStringLiteral("Furnace tune-up %1").arg(i);
        job.customerId = 200 + i % 300;
        job.customerName = QStringLiteral("Customer %1").arg(i % 300);
        job.address = QStringLiteral("%1 %2").arg(10 + i % 900).arg(streets.at(i % 3));
        job.latitude = 45.45 + (i % 1000) * 0.0003;
        job.longitude = -73.75 + (i % 700) * 0.0005;
        job.requiredSkills = {QStringLiteral("hvac")};
        job.priority = 1 + i % 5;
        job.windowStart = QStringLiteral("2026-11-23T13:00:00.000Z");
        job.windowEnd = QStringLiteral("2026-11-23T17:00:00.000Z");
        if (i % 3 != 0) {
            job.status = JobStatus::Scheduled;
            job.technicianId = 1 + i % 500;
            job.technicianName = QStringLiteral("Technician %1").arg(i % 500);
            job.plannedStart = QStringLiteral("2026-11-23T14:00:00.000Z");
            job.plannedEnd = QStringLiteral("2026-11-23T15:00:00.000Z");
        }
        job.createdAt = QStringLiteral("2026-11-20T09:12:44.512Z");
        job.updatedAt = QStringLiteral("2026-11-22T16:03:10.007Z");
        jobs.append(job);
    }
    return jobs;
}

} // namespace

class BenchJobJson : public QObject
{
    Q_OBJECT

private slots:
    void write20000Jobs()
    {
        const QList<Job> jobs = jobsOfADay();
        qsizetype bytes = 0;
        QBENCHMARK
        {
            JsonWriter w(1024 * (jobs.size() + 1));
            w.beginArray();
            for (const Job &job : jobs)
                job.writeJson(w);
            w.endArray();
            bytes = w.data().size();
        }
        QVERIFY(bytes > kJobs * 500);
    }
};

QTEST_GUILESS_MAIN(BenchJobJson)
#include "bench_jobjson.moc"
