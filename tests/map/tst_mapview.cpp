// MapView and TileCache offscreen: tiles from a local tile server on loopback (never the
// internet) with a polite User-Agent and a disk cache, the plain background and scale bar
// without a server, projection round trips, clustering when zoomed out, rectangle selection,
// zoom and pan from keys and wheel.

#include "fielddesk/map/mapview.h"
#include "fielddesk/map/mercator.h"
#include "testmain.h"

#include <QBuffer>
#include <QContextMenuEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace tst_mapview {

using namespace fielddesk::map;

namespace {

// Serves every /z/x/y.png as a solid 256x256 PNG and records the requests.
class LocalTileServer : public QObject
{
public:
    QList<QByteArray> requestLines;
    QList<QByteArray> userAgents;

    explicit LocalTileServer(QColor colour)
    {
        QImage image(kTileSize, kTileSize, QImage::Format_RGB32);
        image.fill(colour);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 start() { return m_server.listen(QHostAddress::LocalHost) ? m_server.serverPort() : 0; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &pending = m_buffers[socket];
        pending += socket->readAll();
        qsizetype end;
        while ((end = pending.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = pending.left(end);
            pending.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            requestLines << lines.value(0).trimmed();
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("user-agent:"))
                    userAgents << line.mid(11).trimmed();
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                          "Cache-Control: public, max-age=86400\r\nContent-Length: " +
                          QByteArray::number(m_png.size()) + "\r\n\r\n" + m_png);
        }
    }

    QTcpServer m_server;
    QByteArray m_png;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QList<MapMarker> cityJobs(int count)
{
    QList<MapMarker> markers;
    for (int i = 0; i < count; ++i) {
        MapMarker m;
        m.id = i + 1;
        m.latitude = 45.45 + 0.3 * double((i * 7919) % 1000) / 1000.0;
        m.longitude = -73.75 + 0.4 * double((i * 104729) % 1000) / 1000.0;
        m.colour = QColor(0x3a, 0x7b, 0xd5);
        m.priority = 1 + i % 5;
        markers << m;
    }
    return markers;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void projectsBackAndForth_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::newRow("montreal") << 45.5017 << -73.5673;
        QTest::newRow("equator") << 0.0 << 0.0;
        QTest::newRow("south") << -33.86 << 151.21;
    }
    void projectsBackAndForth()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        const QPointF back = fromUnit(toUnit(latitude, longitude));
        QVERIFY(qAbs(back.x() - longitude) < 1e-9);
        QVERIFY(qAbs(back.y() - latitude) < 1e-9);
        MapView view;
        view.resize(800, 600);
        view.setCenter(45.5, -73.6);
        view.setZoom(12);
        const QPointF screen = view.screenPoint(45.51, -73.58);
        const QPointF coordinate = view.coordinateAt(screen);
        QVERIFY(qAbs(coordinate.y() - 45.51) < 1e-9);
        QVERIFY(qAbs(coordinate.x() + 73.58) < 1e-9);
    }

    void worksWithoutATileServer()
    {
        MapView view;
        view.resize(640, 480);
        view.setCenter(45.5, -73.6);
        view.setZoom(12);
        view.setJobMarkers(cityJobs(50));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.tiles()->hasServer());
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        // The scale bar says something sensible for a city at zoom 12 (about 25 m a pixel).
        QVERIFY2(view.scaleText().contains(QStringLiteral("km")), qPrintable(view.scaleText()));
    }

    void fetchesTilesPolitelyAndCachesThemOnDisk()
    {
        LocalTileServer server(QColor(200, 30, 30));
        const quint16 port = server.start();
        QVERIFY(port != 0);
        QTemporaryDir cache;
        const QString urlTemplate = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port);
        {
            MapView view;
            view.tiles()->setCacheDirectory(cache.path());
            view.tiles()->setUrlTemplate(urlTemplate);
            view.resize(300, 300);
            view.setCenter(45.5, -73.6);
            view.setZoom(10);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QTRY_VERIFY(!server.requestLines.isEmpty());
            QTRY_COMPARE(view.grab().toImage().pixelColor(150, 40), QColor(200, 30, 30));
            QVERIFY(server.requestLines.first().startsWith("GET /10/"));
            QVERIFY(server.userAgents.first().startsWith("FieldDesk/"));
            QCOMPARE(view.tiles()->failures(), 0);
            // Every tile it asked for has come (the server counted it) before the count below.
            QTRY_VERIFY(view.tiles()->isIdle());
        }
        // A second view (a new start of the console) takes the same tiles from the disk.
        const qsizetype served = server.requestLines.size();
        MapView again;
        again.tiles()->setCacheDirectory(cache.path());
        again.tiles()->setUrlTemplate(urlTemplate);
        again.resize(300, 300);
        again.setCenter(45.5, -73.6);
        again.setZoom(10);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE(again.grab().toImage().pixelColor(150, 40), QColor(200, 30, 30));
        QCOMPARE(server.requestLines.size(), served);
    }

    void clustersWhenZoomedOut()
    {
        MapView view;
        view.resize(800, 600);
        view.setJobMarkers(cityJobs(2000));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitJobs();
        view.setZoom(10);
        view.repaint();
        const int zoomedOut = view.visibleClusterCount();
        QVERIFY(zoomedOut > 0);
        QVERIFY(zoomedOut < 200);
        view.setZoom(MapView::kClusterMaxZoom);
        view.repaint();
        QCOMPARE(view.visibleClusterCount(), 0); // every marker on its own
    }

    void drawsAreasAndDragsAnEditedCorner()
    {
        MapView view;
        view.resize(800, 600);
        view.setCenter(45.5, -73.6);
        view.setZoom(13);
        const QList<QPointF> corners{{-73.62, 45.52}, {-73.58, 45.52}, {-73.6, 45.48}};
        MapArea faint{corners, Qt::blue, MapArea::Style::Faint};
        view.setAreas({faint});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Washed inside, the background's outside.
        const QImage image = view.grab().toImage();
        const QPointF a = view.areaCornerPoint(0, 0);
        const QPointF b = view.areaCornerPoint(0, 1);
        const QPointF c = view.areaCornerPoint(0, 2);
        const QPoint inside = ((a + b + c) / 3).toPoint();
        const QPoint outside = (a - QPointF(30, 30)).toPoint();
        QVERIFY(image.pixelColor(inside) != image.pixelColor(outside));
        const auto blueness = [&](const QPoint &pos) {
            return image.pixelColor(pos).blue() - image.pixelColor(pos).red();
        };
        QVERIFY(blueness(inside) > blueness(outside));
        // A faint area's corners are no handles: pressing there pans.
        QSignalSpy dragged(&view, &MapView::areaCornerDragged);
        QVERIFY(!view.areaCornerAt(c.toPoint()));
        QTest::mousePress(&view, Qt::LeftButton, {}, c.toPoint());
        QTest::mouseMove(&view, c.toPoint() + QPoint(30, 0));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, c.toPoint() + QPoint(30, 0));
        QCOMPARE(dragged.count(), 0);

        // An edited one's corner is hit where it is painted and dragged; no click comes of it.
        MapArea edited = faint;
        edited.style = MapArea::Style::Editing;
        view.setAreas({faint, edited});
        const QPoint from = view.areaCornerPoint(1, 2).toPoint();
        QCOMPARE(view.areaCornerAt(from + QPoint(3, 3)), std::optional(std::pair(1, 2)));
        QVERIFY(!view.areaCornerAt(from + QPoint(40, 0)));
        QSignalSpy clicked(&view, &MapView::pointClicked);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, from + QPoint(25, 10));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, from + QPoint(25, 10));
        QVERIFY(dragged.count() >= 1);
        const QList<QVariant> last = dragged.last();
        QCOMPARE(last.at(0).toInt(), 1);
        QCOMPARE(last.at(1).toInt(), 2);
        const QPointF place = view.coordinateAt(from + QPoint(25, 10));
        QVERIFY(qAbs(last.at(2).toDouble() - place.y()) < 1e-9);
        QVERIFY(qAbs(last.at(3).toDouble() - place.x()) < 1e-9);
        QCOMPARE(clicked.count(), 0);
    }

    void selectsJobsInARectangle()
    {
        MapView view;
        view.resize(800, 600);
        view.setCenter(45.5, -73.6);
        view.setZoom(15);
        MapMarker inside;
        inside.id = 7;
        inside.latitude = 45.5;
        inside.longitude = -73.6;
        MapMarker outside = inside;
        outside.id = 8;
        outside.longitude = -73.55;
        view.setJobMarkers({inside, outside});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &MapView::jobsSelected);
        const QPoint centre(400, 300);
        QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, centre - QPoint(40, 40));
        QTest::mouseMove(&view, centre + QPoint(40, 40));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, centre + QPoint(40, 40));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).value<QList<qint64>>(), QList<qint64>{7});
        QCOMPARE(view.selectedJobs(), QList<qint64>{7});
    }

    void zoomsAndPansFromKeysAndWheel()
    {
        MapView view;
        view.resize(800, 600);
        view.setCenter(45.5, -73.6);
        view.setZoom(12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.zoom(), 13);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.zoom(), 12);
        const QPointF before = view.center();
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.center().x() > before.x());
        // The wheel zooms around the cursor: the place under it stays.
        const QPoint cursor(200, 150);
        const QPointF under = view.coordinateAt(cursor);
        QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&view, &wheel);
        QCOMPARE(view.zoom(), 13);
        const QPointF after = view.coordinateAt(cursor);
        QVERIFY(qAbs(after.x() - under.x()) < 1e-6 && qAbs(after.y() - under.y()) < 1e-6);
    }

    void offersAMarkersMenu()
    {
        MapView view;
        view.resize(800, 600);
        view.setCenter(45.5, -73.6);
        view.setZoom(15);
        MapMarker marker;
        marker.id = 7;
        marker.latitude = 45.5;
        marker.longitude = -73.6;
        view.setJobMarkers({marker});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.repaint();
        QSignalSpy menu(&view, &MapView::jobContextMenuRequested);
        const QPoint onMarker = view.screenPoint(45.5, -73.6).toPoint();
        QVERIFY(view.jobAt(onMarker));
        QContextMenuEvent onJob(QContextMenuEvent::Mouse, onMarker, view.mapToGlobal(onMarker));
        QCoreApplication::sendEvent(&view, &onJob);
        QCOMPARE(menu.count(), 1);
        QCOMPARE(menu.at(0).at(0).toLongLong(), qint64(7));
        // Nowhere near a marker: no job menu.
        const QPoint empty(20, 20);
        QContextMenuEvent elsewhere(QContextMenuEvent::Mouse, empty, view.mapToGlobal(empty));
        QCoreApplication::sendEvent(&view, &elsewhere);
        QCOMPARE(menu.count(), 1);
    }

    void updatesOneMarker()
    {
        MapView view;
        view.setJobMarkers(cityJobs(10));
        MapMarker moved = cityJobs(10).at(3);
        moved.latitude = 45.9;
        view.updateJobMarker(moved);
        QCOMPARE(view.jobMarkerCount(), 10);
        view.removeJobMarker(2);
        QCOMPARE(view.jobMarkerCount(), 9);
        view.updateJobMarker(moved); // still known after the move into the hole
        QCOMPARE(view.jobMarkerCount(), 9);
    }
};

FIELDDESK_TEST_MAIN(TestMapView)
} // namespace tst_mapview
#include "tst_mapview.moc"
