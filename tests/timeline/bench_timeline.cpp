// Timeline benchmark: 500 technicians and 20,000 jobs, a 1600x1000 TimelineView offscreen.
// Prints the time of one full repaint of the view while scrolling down and across, and with
// the whole day in sight; then a week (7 days, 5,000 jobs a day) fitted to the width, and a
// day compared with a proposal for 100 technicians. The board's budget: under 16 ms a frame.
//   ctest -L bench -R bench_timeline -V     (or build-*/tests/bench_timeline)

#include "../board/boardtestdata.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/timeline/timelineview.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::timeline::TimelineView;

namespace {

constexpr int kTechnicians = 500;
constexpr int kJobs = 20000;
constexpr int kFrames = 150;
constexpr double kBudgetMs = 16.0;
constexpr int kComparedTechnicians = 100;
constexpr int kWeek = 7;
constexpr int kJobsPerWeekDay = 5000;
constexpr qint64 kMsPerHour = 3600 * 1000;

void report(const char *what, QList<double> frames)
{
    std::sort(frames.begin(), frames.end());
    double sum = 0;
    for (const double f : frames)
        sum += f;
    const double p95 = frames.at(qsizetype(double(frames.size() - 1) * 0.95));
    std::printf("%-40s mean %6.2f ms  p95 %6.2f ms  max %6.2f ms  %s\n", what,
                sum / double(frames.size()), p95, frames.last(),
                p95 <= kBudgetMs ? "ok" : "OVER BUDGET");
    std::fflush(stdout);
}

} // namespace

class BenchTimeline : public QObject
{
    Q_OBJECT

private slots:
    void repaintWhileScrolling()
    {
        const QDate day(2026, 11, 23);
        const QList<Technician> technicians = boardtest::technicians(kTechnicians);
        DispatchStore store;
        store.setDay(day, QTimeZone::utc());
        store.setTechnicians(technicians);
        store.addJobs(boardtest::jobs(kJobs, technicians, day, QTimeZone::utc()));

        TimelineView view(&store);
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToTime(QDateTime(day, QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch());

        const auto frame = [&view] {
            QElapsedTimer timer;
            timer.start();
            view.viewport()->repaint();
            return double(timer.nsecsElapsed()) / 1e6;
        };
        frame(); // warm up fonts and caches

        QList<double> frames;
        for (int i = 0; i < kFrames; ++i) {
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() +
                                               TimelineView::kRowHeight);
            frames << frame();
        }
        report("scroll down (a row per frame)", frames);

        frames.clear();
        for (int i = 0; i < kFrames; ++i) {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() +
                                                 (i < kFrames / 2 ? 12 : -12));
            frames << frame();
        }
        report("scroll across (12 px per frame)", frames);

        // What scrolling really costs: the view moves what is painted and paints the strip
        // that comes into sight.
        frames.clear();
        for (int i = 0; i < kFrames; ++i) {
            QElapsedTimer timer;
            timer.start();
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() +
                                               (i < kFrames / 2 ? 1 : -1) *
                                                   TimelineView::kRowHeight);
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 6);
            QCoreApplication::sendPostedEvents(view.viewport(), QEvent::UpdateRequest);
            QCoreApplication::sendPostedEvents(view.window(), QEvent::UpdateRequest);
            frames << double(timer.nsecsElapsed()) / 1e6;
        }
        report("scroll both ways (partial repaint)", frames);

        view.setPixelsPerHour(TimelineView::kMinPixelsPerHour * 2);
        view.scrollToTime(QDateTime(day, QTime(7, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        frames.clear();
        for (int i = 0; i < kFrames; ++i) {
            view.verticalScrollBar()->setValue((i * TimelineView::kRowHeight * 3) %
                                               std::max(1, view.verticalScrollBar()->maximum()));
            frames << frame();
        }
        report("whole day in sight, scroll down", frames);

        std::printf("rows %d, bars %d, viewport %dx%d\n", view.rowCount(), store.jobCount(),
                    view.viewport()->width(), view.viewport()->height());

        // Compare mode: every second planned job of the first 100 technicians moved by an hour.
        QJsonArray routes;
        for (int t = 0; t < kComparedTechnicians; ++t) {
            const TechnicianRecord &technician = store.technicianAt(t);
            QJsonArray jobs;
            for (qsizetype i = 0; i < technician.jobRows.size(); ++i) {
                const JobRecord &record = store.jobAt(technician.jobRows.at(i));
                const qint64 shift = i % 2 == 0 ? kMsPerHour : 0;
                jobs.append(QJsonObject{
                    {QStringLiteral("job_id"), record.job.id},
                    {QStringLiteral("title"), record.job.title},
                    {QStringLiteral("planned_start"),
                     toTimestamp(QDateTime::fromMSecsSinceEpoch(record.plannedStartMs + shift))},
                    {QStringLiteral("planned_end"),
                     toTimestamp(QDateTime::fromMSecsSinceEpoch(record.plannedEndMs + shift))},
                    {QStringLiteral("moved"), shift != 0},
                    {QStringLiteral("previous_technician_id"), technician.technician.id},
                    {QStringLiteral("previous_planned_start"), record.job.plannedStart}});
            }
            routes.append(QJsonObject{{QStringLiteral("technician_id"), technician.technician.id},
                                      {QStringLiteral("name"), technician.technician.name},
                                      {QStringLiteral("jobs"), jobs}});
        }
        RoutePreview preview;
        preview.setProposal(RoutingProposal::fromJson({{QStringLiteral("id"), 1},
                                                       {QStringLiteral("technicians"), routes}}),
                            &store);
        view.setRoutePreview(&preview);
        view.setPixelsPerHour(TimelineView::kDefaultPixelsPerHour);
        view.scrollToTime(QDateTime(day, QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        view.verticalScrollBar()->setValue(0);
        frames.clear();
        for (int i = 0; i < kFrames; ++i) {
            view.verticalScrollBar()->setValue((i % 60) * TimelineView::kRowHeight);
            frames << frame();
        }
        report("compare mode, scroll down", frames);
    }

    void repaintAWeek()
    {
        const QDate day(2026, 11, 23);
        const QList<Technician> technicians = boardtest::technicians(kTechnicians);
        DispatchStore store;
        store.setDays(day, kWeek, QTimeZone::utc());
        store.setTechnicians(technicians);
        QList<Job> jobs;
        for (int d = 0; d < kWeek; ++d) {
            for (Job job : boardtest::jobs(kJobsPerWeekDay, technicians, day.addDays(d),
                                           QTimeZone::utc(), 11 + d)) {
                job.id += qint64(d) * kJobsPerWeekDay;
                jobs << job;
            }
        }
        store.addJobs(jobs);

        TimelineView view(&store);
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitDays();
        const auto frame = [&view] {
            QElapsedTimer timer;
            timer.start();
            view.viewport()->repaint();
            return double(timer.nsecsElapsed()) / 1e6;
        };
        frame();
        QList<double> frames;
        for (int i = 0; i < kFrames; ++i) {
            view.verticalScrollBar()->setValue((i * TimelineView::kRowHeight * 3) %
                                               std::max(1, view.verticalScrollBar()->maximum()));
            frames << frame();
        }
        report("a week in sight, scroll down", frames);
        std::printf("rows %d, bars %d over %d days, %.1f px/h\n", view.rowCount(), store.jobCount(),
                    store.dayCount(), view.pixelsPerHour());
    }
};

QTEST_MAIN(BenchTimeline)
#include "bench_timeline.moc"
