// Live positions and ETAs on the whole board, offscreen, against a real fielddesk-server with
// the demo day (whose technicians' phones have reported today): the demo's positions are on
// the map with names and ages; a position POSTed to the server reaches the board as
// technician.position.updated.v1 and moves that technician's marker (checked in the painted
// map once the event is in); the age follows the clock and old positions fade; a job made for
// the technician gets an ETA from the position and the travel model, marked on the timeline
// with its window at risk, in the tooltip and the details; "Replay day…" loads the track into
// a slider that moves the marker along it. The demo runs on a clock where it is evening
// (demo_time_zone), whatever the hour. Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobarrivals.h"
#include "fielddesk/board/statuscolours.h"
#include "fielddesk/board/technicianpositions.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/dispatchboard/dayreplaydialog.h"
#include "fielddesk/dispatchboard/detailspanel.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/dispatchboard/mappresenter.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/map/mapview.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/timelineview.h"

#include "demoboardsignin.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTest>

#include <optional>

namespace tst_positions_gui {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::dispatchboard::DispatchBoard;

namespace {

constexpr int kTimeout = 30000;
constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr double kMoveDegrees = 0.013;   // where the posted position puts the technician
constexpr double kJobNorthDegrees = 0.1; // the test's job, north of that
constexpr int kDemoLocalHour = 18;       // the demo's clock reads 18:xx when the test starts

// A time zone whose clock reads kDemoLocalHour now: the demo runs on it, so that the test's
// job (after now, and today) fits in the demo's day at whatever hour the suite runs, and the
// working day is over for most technicians. IANA's Etc zones count west as positive:
// Etc/GMT-3 is three hours ahead of UTC.
QString zoneWhereItIsEveningNow()
{
    const int offset = kDemoLocalHour - QDateTime::currentDateTimeUtc().time().hour(); // -5..18
    const int east = offset > 14 ? offset - 24 : offset; // -12..+14, as the Etc zones go
    if (east == 0)
        return QStringLiteral("Etc/GMT");
    return QStringLiteral("Etc/GMT%1%2")
        .arg(east > 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::abs(east));
}

bool sameColour(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 &&
           std::abs(a.blue() - b.blue()) <= 2;
}

} // namespace

class TestPositionsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        const QString zone = zoneWhereItIsEveningNow();
        m_timeZone = startDemoAndSignInDispatcher(
            m_server, m_api, &error, {QStringLiteral("FIELDDESK_DEMO_TIME_ZONE=") + zone});
        QVERIFY2(m_timeZone.isValid(), qPrintable(error));
        QCOMPARE(QString::fromUtf8(m_timeZone.id()), zone);
        const int hour = QDateTime::currentDateTimeUtc().toTimeZone(m_timeZone).time().hour();
        QVERIFY(hour == kDemoLocalHour || hour == kDemoLocalHour + 1); // an hour may turn
        m_http = std::make_unique<TestHttpClient>(m_server.baseUrl());
        QCOMPARE(m_http->login(QStringLiteral("dispatcher@demo.local"), kDemoPassword).status, 200);
        m_board = std::make_unique<DispatchBoard>(&m_api);
        m_board->resize(1600, 1000);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        m_board->start(m_timeZone, QStringLiteral("positions-test"));
        QTRY_VERIFY_WITH_TIMEOUT(!session()->loader()->isLoading() && store()->jobCount() > 0,
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            session()->feed()->state() == client::LiveEventFeed::State::Connected, kTimeout);
    }

    void demoPositionsAreOnTheMap()
    {
        // Every demo technician's phone reported today: markers with names and ages.
        QTRY_VERIFY_WITH_TIMEOUT(m_board->map()->positionMarkerCount() > 0, kTimeout);
        const QList<qint64> ids = session()->positions()->technicianIds();
        int shown = 0;
        for (const qint64 id : ids) {
            const TechnicianRecord *technician = store()->technician(id);
            if (!technician)
                continue; // a location the dispatcher does not see
            const std::optional<map::MapMarker> marker = m_board->map()->positionMarker(id);
            QVERIFY(marker);
            QVERIFY2(marker->caption.startsWith(technician->technician.name),
                     qPrintable(marker->caption));
            QVERIFY2(marker->caption.contains(QLatin1String("ago")) ||
                         marker->caption.contains(QLatin1String("just now")),
                     qPrintable(marker->caption));
            QCOMPARE(marker->colour, technicianColour(id));
            ++shown;
        }
        QVERIFY(shown > 0);
        guitest::screenshot(m_board.get(), QStringLiteral("positions-demo"));
    }

    void aPostedPositionMovesTheMarker()
    {
        m_technicianId = technicianWithoutMoreWorkToday();
        QVERIFY(m_technicianId != 0);
        const Technician &t = store()->technician(m_technicianId)->technician;
        m_lat = t.homeLatitude.value_or(39.74) + kMoveDegrees;
        m_lon = t.homeLongitude.value_or(-104.99) + kMoveDegrees;
        map::MapView *map = m_board->map();
        map->setZoom(13);
        map->setCenter(m_lat, m_lon);
        const QPoint where = map->screenPoint(m_lat, m_lon).toPoint();
        QVERIFY(
            !sameColour(map->grab().toImage().pixelColor(where), technicianColour(m_technicianId)));

        m_fixAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        const TestReply posted = m_http->post(
            QStringLiteral("/api/v1/technicians/%1/positions").arg(m_technicianId),
            {{QStringLiteral("positions"),
              QJsonArray{QJsonObject{{QStringLiteral("lat"), m_lat},
                                     {QStringLiteral("lon"), m_lon},
                                     {QStringLiteral("accuracy_m"), 6},
                                     {QStringLiteral("heading_deg"), 90},
                                     {QStringLiteral("speed_kmh"), 32},
                                     {QStringLiteral("recorded_at"), toTimestamp(m_fixAt)}}}}});
        QVERIFY2(posted.status == 200, posted.body.constData());
        // The event arrives (no polling), then the marker is where the phone said.
        QTRY_VERIFY_WITH_TIMEOUT(session()->positions()->position(m_technicianId) &&
                                     TechnicianPositions::fixMs(*session()->positions()->position(
                                         m_technicianId)) == m_fixAt.toMSecsSinceEpoch(),
                                 kTimeout);
        const std::optional<map::MapMarker> marker = map->positionMarker(m_technicianId);
        QVERIFY(marker);
        QCOMPARE(marker->latitude, m_lat);
        QCOMPARE(marker->longitude, m_lon);
        QCOMPARE(marker->headingDeg, std::optional<double>(90));
        QVERIFY(!marker->faded);
        QCOMPARE(marker->caption, t.name + QStringLiteral(" · just now"));
        // Painted there in the technician's colour (the arrow's middle), and hit there.
        QVERIFY(
            sameColour(map->grab().toImage().pixelColor(where), technicianColour(m_technicianId)));
        QCOMPARE(map->technicianAt(where), std::optional<qint64>(m_technicianId));
        guitest::screenshot(map, QStringLiteral("positions-moved"));
    }

    void theAgeFollowsTheClockAndOldPositionsFade()
    {
        JobArrivals *arrivals = session()->arrivals();
        const qint64 fix = m_fixAt.toMSecsSinceEpoch();
        arrivals->setClock([fix] { return fix + 12 * kMsPerMinute + 5000; });
        m_board->mapPresenter()->refreshPositions();
        std::optional<map::MapMarker> marker = m_board->map()->positionMarker(m_technicianId);
        QVERIFY(marker->caption.endsWith(QLatin1String("12 min ago")));
        QVERIFY(!marker->faded);
        arrivals->setClock([fix] { return fix + 20 * kMsPerMinute; });
        m_board->mapPresenter()->refreshPositions();
        marker = m_board->map()->positionMarker(m_technicianId);
        QVERIFY(marker->caption.endsWith(QLatin1String("20 min ago")));
        QVERIFY(marker->faded); // stale: more than 15 minutes
        arrivals->setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
        m_board->mapPresenter()->refreshPositions();
    }

    void theNextJobsEtaAndItsWindowAtRiskAreOnTheTimeline()
    {
        // A job 0.1° north of the position: about 25 minutes' drive; its window closes 20
        // minutes from now, so the technician cannot make it.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 windowEnd = now + 20 * kMsPerMinute;
        const TestReply created = m_http->post(
            QStringLiteral("/api/v1/jobs"),
            {{QStringLiteral("title"), QStringLiteral("ETA check")},
             {QStringLiteral("location_id"),
              store()->technician(m_technicianId)->technician.locationId},
             {QStringLiteral("latitude"), m_lat + kJobNorthDegrees},
             {QStringLiteral("longitude"), m_lon},
             {QStringLiteral("duration_min"), 30},
             {QStringLiteral("window_start"),
              toTimestamp(QDateTime::fromMSecsSinceEpoch(now - 60 * kMsPerMinute, Qt::UTC))},
             {QStringLiteral("window_end"),
              toTimestamp(QDateTime::fromMSecsSinceEpoch(windowEnd, Qt::UTC))}});
        QVERIFY2(created.status == 201, created.body.constData());
        m_jobId = created.id();
        QTRY_VERIFY_WITH_TIMEOUT(store()->job(m_jobId), kTimeout);
        const TestReply assigned = m_http->post(
            QStringLiteral("/api/v1/jobs/%1/assign").arg(m_jobId),
            {{QStringLiteral("technician_id"), m_technicianId},
             {QStringLiteral("planned_start"),
              toTimestamp(QDateTime::fromMSecsSinceEpoch(now + 5 * kMsPerMinute, Qt::UTC))},
             {QStringLiteral("expected_version"), created.json().value(QLatin1String("version"))},
             {QStringLiteral("force"), true}});
        QVERIFY2(assigned.status == 200, assigned.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(store()->job(m_jobId)->isPlanned(), kTimeout);

        // A fixed clock a minute after the fix: the ETA is then exact.
        JobArrivals *arrivals = session()->arrivals();
        const qint64 fix = m_fixAt.toMSecsSinceEpoch();
        const qint64 clock = std::max(fix + kMsPerMinute, now);
        arrivals->setClock([clock] { return clock; });
        const JobRecord &record = *store()->job(m_jobId);
        const int travel = store()->travelModel().seconds(m_lat, m_lon, *record.job.latitude,
                                                          *record.job.longitude);
        // A copy: the board recomputes its arrivals while the test waits for painting.
        const ArrivalForecast::Arrival *found = arrivals->arrival(m_jobId);
        QVERIFY(found);
        const std::optional<ArrivalForecast::Arrival> arrival = *found;
        QCOMPARE(arrivals->nextJobOf(m_technicianId), m_jobId);
        QCOMPARE(arrival->travelSec, travel);
        QCOMPARE(arrival->arrivalMs, clock + travel * 1000LL);
        const qint64 start = std::max(arrival->arrivalMs, record.plannedStartMs);
        QCOMPARE(arrival->endMs, start + 30 * kMsPerMinute);
        QVERIFY(arrival->atRisk);
        QCOMPARE(arrival->lateBySec, (arrival->endMs - record.windowEndMs) / 1000);

        // Said in the tooltip and the details, in the console's words.
        const QString eta =
            QStringLiteral("ETA ") + client::display::time(QDateTime::fromMSecsSinceEpoch(
                                         arrival->arrivalMs, store()->timeZone()));
        timeline::TimelineView *timeline = m_board->timeline();
        const QString tip = timeline->toolTipFor(m_jobId);
        QVERIFY2(tip.contains(eta), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("At risk of missing its window")), qPrintable(tip));
        m_board->details()->showJob(m_jobId);
        QVERIFY(m_board->details()->toPlainText().contains(eta));

        // Painted: the ETA's mark at its time on the row (red: at risk), the bar's "!" badge.
        timeline->ensureJobVisible(m_jobId);
        timeline->scrollToTime(now - 30 * kMsPerMinute);
        QCoreApplication::processEvents();
        const int row = timeline->rowOfTechnician(m_technicianId);
        QVERIFY(row >= 0);
        const QRect rowRect = timeline->rowRect(row);
        const QImage image = timeline->viewport()->grab().toImage();
        const QColor danger = theme::colour(theme::Colour::Danger);
        const int x = timeline->xForTime(arrival->arrivalMs);
        QVERIFY(timeline->timeArea().contains(QPoint(x, rowRect.center().y())));
        QVERIFY(sameColour(image.pixelColor(x, rowRect.top() + 3), danger));
        const QRect bar = timeline->barRect(m_jobId);
        QVERIFY(!bar.isEmpty());
        QVERIFY(sameColour(image.pixelColor(bar.right() - 2, bar.top() + 2), danger));
        guitest::screenshot(m_board.get(), QStringLiteral("positions-eta"));
        arrivals->setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    }

    void replayingTheDayMovesTheMarkerAlongTheTrack()
    {
        dispatchboard::DayReplayDialog *replay = m_board->replayDay(m_technicianId);
        QVERIFY(replay);
        QTRY_VERIFY2_WITH_TIMEOUT(replay->slider()->isEnabled(),
                                  qPrintable(replay->stateLabel()->text()), kTimeout);
        const QList<TechnicianPosition> &track = replay->track();
        // The demo's day and the posted point, oldest first.
        QVERIFY(track.size() >= 2);
        QCOMPARE(track.last().lat, m_lat);
        QCOMPARE(replay->slider()->maximum(), int(track.size()) - 1);
        map::MapView *map = m_board->map();
        QCOMPARE(map->trackPointCount(), int(track.size()));
        const auto timeOf = [this](const TechnicianPosition &p) {
            return client::display::time(
                QDateTime::fromMSecsSinceEpoch(TechnicianPositions::fixMs(p), store()->timeZone()));
        };
        // At the start: where the day began, its time beside the slider and on the map.
        replay->slider()->setValue(0);
        QCOMPARE(replay->timeLabel()->text(), timeOf(track.first()));
        QCOMPARE(map->positionMarker(m_technicianId)->latitude, track.first().lat);
        QVERIFY(map->positionMarker(m_technicianId)->caption.endsWith(timeOf(track.first())));
        // Scrubbed to the end: the posted point.
        replay->slider()->setValue(replay->slider()->maximum());
        QCOMPARE(map->positionMarker(m_technicianId)->latitude, m_lat);
        QCOMPARE(replay->timeLabel()->text(), timeOf(track.last()));
        // Play steps on by itself; Pause stops it.
        replay->slider()->setValue(0);
        QTest::mouseClick(replay->playButton(), Qt::LeftButton);
        QVERIFY(replay->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(replay->slider()->value() > 0, kTimeout);
        QTest::mouseClick(replay->playButton(), Qt::LeftButton);
        QVERIFY(!replay->isPlaying());
        map->setCenter(track.at(replay->slider()->value()).lat,
                       track.at(replay->slider()->value()).lon);
        guitest::screenshot(m_board.get(), QStringLiteral("positions-replay"));
        guitest::screenshot(replay, QStringLiteral("positions-replay-dialog"));
        // Closed: the live position again, no track.
        replay->close();
        QCOMPARE(map->trackPointCount(), 0);
        QCOMPARE(map->positionMarker(m_technicianId)->latitude, m_lat);
    }

    void cleanupTestCase()
    {
        m_board.reset();
        m_server.stop();
    }

private:
    BoardSession *session() const { return m_board->session(); }
    DispatchStore *store() const { return session()->store(); }

    // A technician the dispatcher sees, with a home, and nothing more to do today: the
    // test's job becomes their next.
    qint64 technicianWithoutMoreWorkToday() const
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int row = 0; row < store()->technicianCount(); ++row) {
            const TechnicianRecord &technician = store()->technicianAt(row);
            if (!technician.technician.homeLatitude)
                continue;
            const bool busy = std::any_of(
                technician.jobRows.cbegin(), technician.jobRows.cend(), [&](int jobRow) {
                    const JobRecord &record = store()->jobAt(jobRow);
                    return record.plannedEndMs > now && !isTerminal(record.job.status);
                });
            if (!busy)
                return technician.technician.id;
        }
        return 0;
    }

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<TestHttpClient> m_http;
    QTimeZone m_timeZone;
    std::unique_ptr<DispatchBoard> m_board;
    qint64 m_technicianId = 0;
    qint64 m_jobId = 0;
    double m_lat = 0;
    double m_lon = 0;
    QDateTime m_fixAt;
};

FIELDDESK_GUI_TEST_MAIN(TestPositionsGui)
} // namespace tst_positions_gui
#include "tst_positions_gui.moc"
