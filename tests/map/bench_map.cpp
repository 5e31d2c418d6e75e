// Map benchmark: 20,000 job markers around a city on a 1600x1000 MapView offscreen, no tile
// server. Prints one repaint's time at city zooms (clustered) while panning. The board's
// budget: under 30 ms.
//   ctest -L bench -R bench_map -V     (or build-*/tests/bench_map)

#include "fielddesk/map/mapview.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace fielddesk::map;

class BenchMap : public QObject
{
    Q_OBJECT

private slots:
    void repaint20000Markers()
    {
        constexpr int kMarkers = 20000;
        constexpr int kFrames = 60;
        constexpr double kBudgetMs = 30.0;
        QRandomGenerator random(3);
        QList<MapMarker> markers;
        for (int i = 0; i < kMarkers; ++i) {
            MapMarker m;
            m.id = i + 1;
            m.latitude = 45.40 + random.bounded(0.4);
            m.longitude = -73.90 + random.bounded(0.6);
            m.colour = QColor::fromHsv(int(random.bounded(360)), 160, 200);
            m.priority = 1 + int(random.bounded(5));
            markers << m;
        }
        MapView view;
        view.resize(1600, 1000);
        view.setJobMarkers(markers);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitJobs();

        for (const int zoom : {10, 11, 12, 13, 14, 15}) {
            view.setCenter(45.6, -73.6);
            view.setZoom(zoom);
            view.repaint();
            QList<double> frames;
            for (int i = 0; i < kFrames; ++i) {
                // Round and round the city: left, up, right, down.
                static constexpr Qt::Key kPan[] = {Qt::Key_Left, Qt::Key_Up, Qt::Key_Right,
                                                   Qt::Key_Down};
                QTest::keyClick(&view, kPan[i % 4]);
                QElapsedTimer timer;
                timer.start();
                view.repaint();
                frames << double(timer.nsecsElapsed()) / 1e6;
            }
            std::sort(frames.begin(), frames.end());
            double sum = 0;
            for (const double f : frames)
                sum += f;
            const double p95 = frames.at(qsizetype(double(frames.size() - 1) * 0.95));
            std::printf("zoom %2d: %5d clusters  mean %6.2f ms  p95 %6.2f ms  max %6.2f ms  %s\n",
                        zoom, view.visibleClusterCount(), sum / double(frames.size()), p95,
                        frames.last(), p95 <= kBudgetMs ? "ok" : "OVER BUDGET");
            std::fflush(stdout);
        }
    }
};

QTEST_MAIN(BenchMap)
#include "bench_map.moc"
