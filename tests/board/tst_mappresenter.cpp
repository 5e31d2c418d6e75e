// MapPresenter offscreen: the day's jobs with a place become markers and follow the store, and
// the selected technician's route is painted on the map in the route colour — in the
// proposal's colour and order while an auto-route preview plans that technician; the
// locations' service areas, as the loader brings them, are drawn faintly; positions' ages in
// words and a replay's moment on its track.

#include "boardtestdata.h"

#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/routingproposal.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/dispatchboard/mappresenter.h"
#include "fielddesk/map/mapview.h"
#include "fielddesk/theme/palette.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QTest>

namespace tst_mappresenter {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::dispatchboard::MapPresenter;

namespace {

const QDate kDay(2026, 11, 23);
constexpr int kTechnicians = 4;
constexpr int kJobs = 24;
constexpr int kNearColour = 24; // antialiased lines: this close to the pen's colour

// How many pixels are painted in (about) this colour.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green()) +
                    qAbs(pixel.blue() - colour.blue()) <
                kNearColour)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestMapPresenter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_api = std::make_unique<client::ApiClient>();
        m_session = std::make_unique<BoardSession>(m_api.get());
        m_map = std::make_unique<map::MapView>();
        m_map->resize(800, 600);
        m_presenter = std::make_unique<MapPresenter>(m_session.get(), m_map.get(), nullptr);
        store()->setDay(kDay, QTimeZone::utc());
        m_technicians = boardtest::technicians(kTechnicians);
        store()->setTechnicians(m_technicians);
        store()->addJobs(boardtest::jobs(kJobs, m_technicians, kDay, QTimeZone::utc()));
        m_map->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
        m_map->fitJobs();
    }

    void cleanup()
    {
        m_presenter.reset();
        m_map.reset();
        m_session.reset();
        m_api.reset();
    }

    void theLocationsServiceAreasAreDrawnFaintly()
    {
        QVERIFY(m_map->areas().isEmpty());
        // Two areas among the day's jobs (Montréal).
        const QList<GeoPoint> north{{45.75, -73.7}, {45.75, -73.4}, {45.62, -73.55}};
        const QList<GeoPoint> south{
            {45.58, -73.75}, {45.58, -73.45}, {45.45, -73.45}, {45.45, -73.75}};
        emit m_session->loader()->serviceAreasLoaded({{7, south}, {2, north}});
        const QList<map::MapArea> &areas = m_map->areas();
        QCOMPARE(areas.size(), 2);
        // In location order, corners as (longitude, latitude), none of them to be dragged.
        QCOMPARE(areas.at(0).corners.size(), 3);
        QCOMPARE(areas.at(0).corners.at(2), QPointF(-73.55, 45.62));
        QCOMPARE(areas.at(1).corners.size(), 4);
        for (const map::MapArea &area : areas)
            QCOMPARE(area.style, map::MapArea::Style::Faint);
        QVERIFY(!m_map->areaCornerAt(m_map->areaCornerPoint(0, 0).toPoint()));
        // Washed faintly in the accent colour: inside differs from outside, but only a little.
        const QImage image = m_map->grab().toImage();
        const QPoint inside = m_map->areaCornerPoint(1, 0).toPoint() + QPoint(6, 6);
        const QPoint outside = m_map->areaCornerPoint(1, 0).toPoint() + QPoint(-6, -6);
        const QColor in = image.pixelColor(inside);
        const QColor out = image.pixelColor(outside);
        const int difference = qAbs(in.red() - out.red()) + qAbs(in.green() - out.green()) +
                               qAbs(in.blue() - out.blue());
        QVERIFY2(difference > 0 && difference < 60, qPrintable(QString::number(difference)));
        if (const QString dir = qEnvironmentVariable("FIELDDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(dir + QStringLiteral("/board-service-areas.png"));
        // A new load without areas takes them away.
        emit m_session->loader()->serviceAreasLoaded({});
        QVERIFY(m_map->areas().isEmpty());
    }

    void jobsWithAPlaceAreMarkersThatFollowTheStore()
    {
        QCOMPARE(m_map->jobMarkerCount(), kJobs);
        // A job that loses its place leaves the map; a new one with a place arrives.
        Job placeless = store()->job(1)->job;
        placeless.latitude.reset();
        placeless.longitude.reset();
        placeless.version = 2;
        store()->upsertJob(placeless);
        QCOMPARE(m_map->jobMarkerCount(), kJobs - 1);
        Job added = boardtest::jobs(1, m_technicians, kDay, QTimeZone::utc()).first();
        added.id = 999;
        store()->upsertJob(added);
        QCOMPARE(m_map->jobMarkerCount(), kJobs);
        // What is painted can be clicked: the marker of the new job is where it was placed.
        m_map->repaint();
        const QPointF at = m_map->screenPoint(*added.latitude, *added.longitude);
        QCOMPARE(m_map->jobAt(at.toPoint()).value_or(0), added.id);
    }

    void theRouteIsPaintedAndFollowsAProposal()
    {
        const QColor route = theme::colour(theme::Colour::Route);
        const QColor proposed = theme::colour(theme::Colour::Proposed);
        const qint64 technicianId = m_technicians.first().id;
        QCOMPARE(pixelsNear(m_map->grab().toImage(), route), 0);

        m_presenter->showTechnicianRoute(technicianId);
        const QImage current = m_map->grab().toImage();
        QVERIFY(pixelsNear(current, route) > 0);
        QCOMPARE(pixelsNear(current, proposed), 0);

        // A preview that plans the technician's day: the proposal's route, in its colour.
        const Job first = store()->jobAt(store()->technician(technicianId)->jobRows.first()).job;
        const QByteArray json =
            QStringLiteral(R"({"id": 9, "location_id": %1, "date": "2026-11-23", "status": "open",
            "technicians": [{"technician_id": %2, "name": "Tech 001", "travel_before_s": 0,
              "travel_after_s": 0, "breaks": [], "jobs": [
                {"job_id": %3, "title": "Moved", "planned_start": "%4", "planned_end": "%5",
                 "moved": true, "previous_technician_id": %2, "previous_planned_start": "%4"}]}],
            "unassigned": [], "totals": {"jobs": 1, "served": 1, "served_before": 1, "moved": 1,
              "travel_before_s": 0, "travel_after_s": 0},
            "expected_versions": {"%3": 1}})")
                .arg(first.locationId)
                .arg(technicianId)
                .arg(first.id)
                .arg(boardtest::at(kDay, 13 * 60, QTimeZone::utc()),
                     boardtest::at(kDay, 14 * 60, QTimeZone::utc()))
                .toUtf8();
        m_session->autoRoute()->preview()->setProposal(
            RoutingProposal::fromJson(QJsonDocument::fromJson(json).object()), store());
        QVERIFY(m_session->autoRoute()->preview()->coversTechnician(technicianId));
        const QImage previewed = m_map->grab().toImage();
        QVERIFY(pixelsNear(previewed, proposed) > 0);
        QCOMPARE(pixelsNear(previewed, route), 0);

        // Discarded: the route as it stands again.
        m_session->autoRoute()->preview()->clear();
        QVERIFY(pixelsNear(m_map->grab().toImage(), route) > 0);
    }

    void agesAreSaidInWords_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("just now");
        QTest::newRow("a minute") << qint64(60) << QStringLiteral("1 min ago");
        QTest::newRow("minutes") << qint64(59 * 60 + 59) << QStringLiteral("59 min ago");
        QTest::newRow("hours") << qint64(3 * 3600 + 10) << QStringLiteral("3 h ago");
    }

    void agesAreSaidInWords()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(MapPresenter::ageText(seconds), text);
    }

    void aReplayShowsTheLastPointNotAfterTheMoment()
    {
        QList<TechnicianPosition> track;
        for (const int minute : {0, 10, 20}) {
            TechnicianPosition p;
            p.lat = minute;
            p.recordedAt =
                QStringLiteral("2026-11-23T08:%1:00.000Z").arg(minute, 2, 10, QLatin1Char('0'));
            track << p;
        }
        const auto at = [](const char *hhmm) {
            return QDateTime(kDay, QTime::fromString(QLatin1String(hhmm)), QTimeZone::utc())
                .toMSecsSinceEpoch();
        };
        QVERIFY(!MapPresenter::trackPointAt({}, at("08:00")));
        QCOMPARE(MapPresenter::trackPointAt(track, at("07:00"))->lat, 0.0); // before: the first
        QCOMPARE(MapPresenter::trackPointAt(track, at("08:10"))->lat, 10.0);
        QCOMPARE(MapPresenter::trackPointAt(track, at("08:19"))->lat, 10.0);
        QCOMPARE(MapPresenter::trackPointAt(track, at("09:00"))->lat, 20.0);
    }

private:
    DispatchStore *store() const { return m_session->store(); }

    std::unique_ptr<client::ApiClient> m_api;
    std::unique_ptr<BoardSession> m_session;
    std::unique_ptr<map::MapView> m_map;
    std::unique_ptr<MapPresenter> m_presenter;
    QList<Technician> m_technicians;
};

FIELDDESK_TEST_MAIN(TestMapPresenter)
} // namespace tst_mappresenter
#include "tst_mappresenter.moc"
