// Board benchmark: the whole dispatch board (grids, timeline, map, details) offscreen at
// 1600x1000 with 500 technicians and 20,000 jobs arriving as the API sends them: 40 JSON pages
// of 500 jobs, parsed and added page by page, then the first full paint. Prints each step.
// What it leaves out is the server's time to answer the pages (see the API benchmark).
//   ctest -L bench -R bench_board -V     (or build-*/tests/bench_board)

#include "benchfigures.h"
#include "boardtestdata.h"

#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/domain/jsonwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cstdio>

using namespace fielddesk;
using namespace fielddesk::board;

namespace {

constexpr int kTechnicians = 500;
constexpr int kJobs = 20000;
constexpr int kPageSize = 500;

using benchfigures::elapsedMs;

} // namespace

class BenchBoard : public QObject
{
    Q_OBJECT

private slots:
    void firstPaintOf20000Jobs()
    {
        const QDate day = QDate::currentDate();
        const QList<Technician> technicians = boardtest::technicians(kTechnicians);
        const QList<Job> jobs = boardtest::jobs(kJobs, technicians, day, QTimeZone::utc());
        // The pages as the server would send them.
        QList<QByteArray> pages;
        for (int first = 0; first < kJobs; first += kPageSize) {
            JsonWriter w;
            w.beginObject().field("count", qint64(kJobs)).key("results").beginArray();
            for (int i = first; i < std::min(kJobs, first + kPageSize); ++i)
                jobs.at(i).writeJson(w);
            w.endArray().endObject();
            pages << w.take();
        }
        const long memoryBefore = benchfigures::peakMemoryKb();

        client::ApiClient api; // never called: the pages are fed by hand
        dispatchboard::DispatchBoard board(&api);
        board.resize(1600, 1000);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        DispatchStore *store = board.session()->store();
        store->setDay(day, QTimeZone::utc());

        QElapsedTimer total;
        total.start();
        store->setTechnicians(technicians);
        // As DispatchLoader does it: the first page at once, the rest in one insert.
        double parsing = 0;
        double adding = 0;
        QList<Job> rest;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            QElapsedTimer step;
            step.start();
            const QJsonArray results = QJsonDocument::fromJson(pages.at(p))
                                           .object()
                                           .value(QLatin1String("results"))
                                           .toArray();
            QList<Job> parsed;
            parsed.reserve(results.size());
            for (const QJsonValue &value : results)
                parsed << Job::fromJson(value.toObject());
            parsing += elapsedMs(step);
            if (p == 0) {
                step.restart();
                store->addJobs(parsed);
                QCoreApplication::processEvents();
                adding += elapsedMs(step);
            } else {
                rest += parsed;
            }
        }
        QElapsedTimer step;
        step.start();
        store->addJobs(rest);
        adding += elapsedMs(step);
        QElapsedTimer paint;
        paint.start();
        QCoreApplication::processEvents();
        board.repaint();
        const double firstPaint = elapsedMs(paint);
        const double all = elapsedMs(total);
        QCOMPARE(store->jobCount(), kJobs);

        std::printf("parse 40 pages of 500 jobs (JSON)       %8.1f ms\n", parsing);
        std::printf("add to the store, grids, map            %8.1f ms\n", adding);
        std::printf("first full paint of the board           %8.1f ms\n", firstPaint);
        std::printf("total, pages in hand to painted board   %8.1f ms  %s (budget 1500 ms with "
                    "the server's time)\n",
                    all, all <= 1500 ? "ok" : "OVER BUDGET");
        std::printf("peak memory: %ld MB (%ld MB before the board)  budget 400 MB\n",
                    benchfigures::peakMemoryKb() / 1024, memoryBefore / 1024);
        std::fflush(stdout);
    }
};

QTEST_MAIN(BenchBoard)
#include "bench_board.moc"
