// Job grid benchmark: 500 technicians and 20,000 jobs in the store, the job grid's proxy in a
// real QTableView (offscreen). Prints how long loading, each sort, each filter and one live
// update take (sorts and filters: the median of five runs). The board's budget: sort or
// filter under 100 ms.
//   ctest -L bench -R bench_jobgrid -V     (or build-*/tests/bench_jobgrid)

#include "benchfigures.h"
#include "boardtestdata.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobfilterproxy.h"
#include "fielddesk/board/jobtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace fielddesk;
using namespace fielddesk::board;

namespace {

constexpr int kTechnicians = 500;
constexpr int kJobs = 20000;
constexpr double kBudgetMs = 100.0;

using benchfigures::elapsedMs;
using benchfigures::median;

void report(const char *what, double ms, double budget = kBudgetMs)
{
    benchfigures::report(what, ms, budget);
}

} // namespace

class BenchJobGrid : public QObject
{
    Q_OBJECT

private slots:
    void sortAndFilter20000Jobs()
    {
        const QDate day(2026, 11, 23);
        const QList<Technician> technicians = boardtest::technicians(kTechnicians);
        const QList<Job> jobs = boardtest::jobs(kJobs, technicians, day, QTimeZone::utc());

        DispatchStore store;
        store.setDay(day, QTimeZone::utc());
        JobTableModel model(&store);
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.verticalHeader()->setDefaultSectionSize(22);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer timer;
        timer.start();
        store.setTechnicians(technicians);
        store.addJobs(jobs);
        QCoreApplication::processEvents();
        report("load 500 technicians + 20,000 jobs", elapsedMs(timer), 1500);
        QCOMPARE(proxy.rowCount(), kJobs);

        const struct
        {
            const char *name;
            int column;
            Qt::SortOrder order;
        } sorts[] = {
            {"sort by priority (descending)", JobTableModel::PriorityColumn, Qt::DescendingOrder},
            {"sort by planned start", JobTableModel::PlannedStartColumn, Qt::AscendingOrder},
            {"sort by window", JobTableModel::WindowColumn, Qt::AscendingOrder},
            {"sort by customer (text)", JobTableModel::CustomerColumn, Qt::AscendingOrder},
            {"sort by title (text)", JobTableModel::TitleColumn, Qt::AscendingOrder},
            {"sort by technician (text)", JobTableModel::TechnicianColumn, Qt::AscendingOrder},
        };
        // Each sort five times (after a different one), the median printed: the machine is
        // shared, single runs are noisy.
        constexpr int kRepeats = 5;
        QList<QList<double>> sortTimes(std::size(sorts));
        for (int repeat = 0; repeat < kRepeats; ++repeat) {
            for (size_t i = 0; i < std::size(sorts); ++i) {
                timer.restart();
                view.sortByColumn(sorts[i].column, sorts[i].order);
                view.viewport()->repaint();
                sortTimes[qsizetype(i)] << elapsedMs(timer);
            }
        }
        for (size_t i = 0; i < std::size(sorts); ++i)
            report(sorts[i].name, median(sortTimes[qsizetype(i)]));
        view.sortByColumn(JobTableModel::PriorityColumn, Qt::DescendingOrder);

        const auto measureFilter = [&](const char *name, const JobFilter &filter) {
            QList<double> times;
            for (int repeat = 0; repeat < kRepeats; ++repeat) {
                proxy.setFilter(JobFilter());
                timer.restart();
                proxy.setFilter(filter);
                view.viewport()->repaint();
                times << elapsedMs(timer);
                proxy.setFilter(JobFilter());
            }
            report(name, median(times));
        };
        JobFilter search;
        search.search = QStringLiteral("sherbrooke");
        measureFilter("filter: search \"sherbrooke\"", search);
        search.search = QStringLiteral("customer 12");
        measureFilter("filter: search \"customer 12\"", search);
        JobFilter unassigned;
        unassigned.unassignedOnly = true;
        measureFilter("filter: unassigned", unassigned);
        JobFilter statuses;
        statuses.statuses = {JobStatus::Scheduled, JobStatus::Dispatched};
        statuses.priorities = {4, 5};
        measureFilter("filter: status + priority", statuses);
        {
            QList<double> times;
            for (int repeat = 0; repeat < kRepeats; ++repeat) {
                proxy.setFilter(unassigned);
                timer.restart();
                proxy.setFilter(JobFilter());
                view.viewport()->repaint();
                times << elapsedMs(timer);
            }
            report("filter: cleared (from unassigned)", median(times));
        }

        // One live update with the grid sorted: one row moves.
        Job changed = store.jobAt(kJobs / 2).job;
        changed.priority = changed.priority == 5 ? 1 : 5;
        changed.version += 1;
        timer.restart();
        store.upsertJob(changed);
        view.viewport()->repaint();
        report("one live update (sorted grid)", elapsedMs(timer), 16);
    }
};

QTEST_MAIN(BenchJobGrid)
#include "bench_jobgrid.moc"
