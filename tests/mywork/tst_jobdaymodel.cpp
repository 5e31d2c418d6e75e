// A technician's day as a table: every change passes QAbstractItemModelTester, a job moved on
// changes its own row only, planned times read on the day's clock, and a technician is offered
// exactly the steps of the workflow that are theirs to report.

#include "fielddesk/client/jobstatustext.h"
#include "fielddesk/mywork/jobdaymodel.h"
#include "fielddesk/mywork/technicianday.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace tst_jobdaymodel {

using namespace fielddesk;
using namespace fielddesk::mywork;

namespace {

Job job(qint64 id, JobStatus status, const QString &start, const QString &end)
{
    Job j;
    j.id = id;
    j.title = QStringLiteral("Job %1").arg(id);
    j.customerName = QStringLiteral("Customer %1").arg(id);
    j.address = QStringLiteral("%1 Main St").arg(id);
    j.status = status;
    j.plannedStart = start;
    j.plannedEnd = end;
    return j;
}

QList<Job> day()
{
    return {job(1, JobStatus::Completed, QStringLiteral("2026-12-10T15:00:00Z"),
                QStringLiteral("2026-12-10T16:00:00Z")),
            job(2, JobStatus::Dispatched, QStringLiteral("2026-12-10T17:30:00Z"),
                QStringLiteral("2026-12-10T18:15:00Z")),
            job(3, JobStatus::Scheduled, QStringLiteral("2026-12-10T20:00:00Z"), QString())};
}

} // namespace

class TestJobDayModel : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheTesterThroughEveryChange()
    {
        JobDayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(day());
        QCOMPARE(model.rowCount(), 3);
        Job moved = model.jobAt(1);
        moved.status = JobStatus::EnRoute;
        QVERIFY(model.update(moved));
        QVERIFY(!model.update(job(99, JobStatus::New, {}, {})));
        model.setTimeZone(QTimeZone("Europe/Berlin"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void aStepChangesItsRowOnly()
    {
        JobDayModel model;
        model.setJobs(day());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Job moved = model.jobAt(1);
        moved.status = JobStatus::EnRoute;
        QVERIFY(model.update(moved));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(1, JobDayModel::StatusColumn).data().toString(),
                 client::JobStatusText::title(JobStatus::EnRoute));
        QCOMPARE(model.index(1, 0).data(JobDayModel::StatusRole).toInt(), int(JobStatus::EnRoute));
        QCOMPARE(model.index(1, 0).data(JobDayModel::JobIdRole).toLongLong(), 2);
    }

    void plannedTimesReadOnTheDaysClock()
    {
        JobDayModel model;
        model.setTimeZone(QTimeZone("America/Denver")); // UTC−7 in December
        model.setJobs(day());
        QCOMPARE(model.index(1, JobDayModel::TimeColumn).data().toString(),
                 QStringLiteral("10:30–11:15"));
        QCOMPARE(model.index(2, JobDayModel::TimeColumn).data().toString(),
                 QStringLiteral("13:00"));
        QCOMPARE(model.index(0, JobDayModel::TitleColumn).data().toString(),
                 QStringLiteral("Job 1"));
        QCOMPARE(model.index(0, JobDayModel::AddressColumn).data().toString(),
                 QStringLiteral("1 Main St"));
    }

    void techniciansAreOfferedTheirStepsOnly_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<QList<int>>("steps");
        const auto steps = [](std::initializer_list<JobStatus> list) {
            QList<int> ints;
            for (const JobStatus s : list)
                ints << int(s);
            return ints;
        };
        QTest::newRow("new") << int(JobStatus::New) << steps({});
        QTest::newRow("scheduled: the dispatcher dispatches")
            << int(JobStatus::Scheduled) << steps({});
        QTest::newRow("dispatched") << int(JobStatus::Dispatched) << steps({JobStatus::EnRoute});
        QTest::newRow("en route: not back to dispatched")
            << int(JobStatus::EnRoute) << steps({JobStatus::OnSite});
        QTest::newRow("on site: no cancelling")
            << int(JobStatus::OnSite) << steps({JobStatus::Completed});
        QTest::newRow("completed") << int(JobStatus::Completed) << steps({});
        QTest::newRow("cancelled") << int(JobStatus::Cancelled) << steps({});
    }
    void techniciansAreOfferedTheirStepsOnly()
    {
        QFETCH(int, from);
        QFETCH(QList<int>, steps);
        QList<int> offered;
        for (const JobStatus s : TechnicianDay::nextSteps(JobStatus(from)))
            offered << int(s);
        QCOMPARE(offered, steps);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJobDayModel)
} // namespace tst_jobdaymodel
#include "tst_jobdaymodel.moc"
