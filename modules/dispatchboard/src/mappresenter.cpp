#include "fielddesk/dispatchboard/mappresenter.h"

#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobarrivals.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/statuscolours.h"
#include "fielddesk/board/technicianpositions.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/arrivalforecast.h"
#include "fielddesk/map/mapview.h"
#include "fielddesk/theme/palette.h"

#include <algorithm>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kPendingMarkerLighter = 160; // percent: a marker whose change is not settled
constexpr int kJobZoom = 14;               // "show on map" zooms in at least this far
constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kSecondsPerHour = 60 * 60;

} // namespace

MapPresenter::MapPresenter(board::BoardSession *session, map::MapView *map, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(session->store())
    , m_map(map)
{
    connect(session->loader(), &board::DispatchLoader::serviceAreasLoaded, this,
            &MapPresenter::showServiceAreas);
    connect(m_store, &board::DispatchStore::jobsInserted, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row)
            refreshJob(row);
    });
    connect(m_store, &board::DispatchStore::jobChanged, this, &MapPresenter::refreshJob);
    connect(m_store, &board::DispatchStore::jobsRemoved, this, &MapPresenter::refreshJobs);
    connect(m_store, &board::DispatchStore::jobsReset, this, &MapPresenter::refreshJobs);
    connect(m_store, &board::DispatchStore::techniciansReset, this,
            &MapPresenter::refreshTechnicians);
    // The route follows the technician's schedule, and the preview (orange: proposed).
    connect(m_store, &board::DispatchStore::scheduleChanged, this, [this](qint64 technicianId) {
        if (technicianId == m_routeTechnician)
            showTechnicianRoute(technicianId);
    });
    connect(m_session->autoRoute()->preview(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_routeTechnician != 0)
            showTechnicianRoute(m_routeTechnician);
    });
    board::TechnicianPositions *positions = m_session->positions();
    connect(positions, &board::TechnicianPositions::positionsReset, this,
            &MapPresenter::refreshPositions);
    connect(positions, &board::TechnicianPositions::positionChanged, this,
            &MapPresenter::refreshPositions);
    connect(m_store, &board::DispatchStore::techniciansReset, this,
            &MapPresenter::refreshPositions);
    m_ageTimer.setInterval(kAgeRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &MapPresenter::refreshPositions);
    m_ageTimer.start();
    connect(m_session->loader(), &board::DispatchLoader::loaded, this, [this] {
        if (m_fitOnLoad) {
            m_fitOnLoad = false;
            m_map->fitJobs();
        }
    });
}

void MapPresenter::showServiceAreas(const QHash<qint64, QList<GeoPoint>> &areas)
{
    QList<qint64> ids = areas.keys();
    std::sort(ids.begin(), ids.end()); // the same order on every load
    QList<map::MapArea> shown;
    for (const qint64 id : std::as_const(ids)) {
        map::MapArea area;
        for (const GeoPoint &corner : areas.value(id))
            area.corners.append(QPointF(corner.longitude, corner.latitude));
        area.colour = theme::colour(theme::Colour::Accent);
        area.style = map::MapArea::Style::Faint;
        shown.append(area);
    }
    m_map->setAreas(shown);
}

void MapPresenter::showTechnicianRoute(qint64 technicianId)
{
    m_routeTechnician = technicianId;
    const board::TechnicianRecord *technician = m_store->technician(technicianId);
    const board::RoutePreview *preview = m_session->autoRoute()->preview();
    const bool proposed = preview->coversTechnician(technicianId);
    QList<QPointF> route;
    if (technician) {
        if (technician->technician.homeLatitude && technician->technician.homeLongitude)
            route << QPointF(*technician->technician.homeLongitude,
                             *technician->technician.homeLatitude);
        QList<qint64> jobIds;
        if (preview->isActive() && proposed) {
            // Previewing: the proposed route, in its order.
            for (const board::RoutePreview::Bar &bar : preview->bars(technicianId))
                jobIds << bar.jobId;
        } else {
            for (const int row : technician->jobRows)
                jobIds << m_store->jobAt(row).job.id;
        }
        for (const qint64 jobId : std::as_const(jobIds)) {
            const board::JobRecord *record = m_store->job(jobId);
            if (record && record->job.latitude && record->job.longitude)
                route << QPointF(*record->job.longitude, *record->job.latitude);
        }
    }
    m_map->setRoute(route,
                    theme::colour(proposed ? theme::Colour::Proposed : theme::Colour::Route));
}

void MapPresenter::centreOnJob(qint64 jobId)
{
    const board::JobRecord *record = m_store->job(jobId);
    if (record && record->job.latitude && record->job.longitude) {
        m_map->setCenter(*record->job.latitude, *record->job.longitude);
        m_map->setZoom(std::max(m_map->zoom(), kJobZoom));
    }
}

map::MapMarker MapPresenter::markerFor(const board::JobRecord &record)
{
    map::MapMarker marker;
    marker.id = record.job.id;
    marker.latitude = *record.job.latitude;
    marker.longitude = *record.job.longitude;
    marker.colour = board::jobStatusColour(record.job.status);
    if (record.pending)
        marker.colour = marker.colour.lighter(kPendingMarkerLighter);
    marker.priority = record.job.priority;
    marker.label = record.job.title + QStringLiteral(" — ") + record.job.address;
    return marker;
}

void MapPresenter::refreshJob(int storeRow)
{
    const board::JobRecord &record = m_store->jobAt(storeRow);
    if (record.job.latitude && record.job.longitude)
        m_map->updateJobMarker(markerFor(record));
    else
        m_map->removeJobMarker(record.job.id);
}

void MapPresenter::refreshJobs()
{
    QList<map::MapMarker> markers;
    markers.reserve(m_store->jobCount());
    for (int row = 0; row < m_store->jobCount(); ++row) {
        const board::JobRecord &record = m_store->jobAt(row);
        if (record.job.latitude && record.job.longitude)
            markers << markerFor(record);
    }
    m_map->setJobMarkers(markers);
}

QString MapPresenter::ageText(qint64 seconds)
{
    if (seconds < kSecondsPerMinute)
        return tr("just now");
    if (seconds < kSecondsPerHour)
        return tr("%n min ago", nullptr, int(seconds / kSecondsPerMinute));
    return tr("%n h ago", nullptr, int(seconds / kSecondsPerHour));
}

QString MapPresenter::positionCaption(qint64 technicianId) const
{
    const board::TechnicianRecord *technician = m_store->technician(technicianId);
    const TechnicianPosition *position = m_session->positions()->position(technicianId);
    if (!technician || !position)
        return {};
    const qint64 ageSeconds = std::max<qint64>(
        0, (m_session->arrivals()->nowMs() - board::TechnicianPositions::fixMs(*position)) / 1000);
    return tr("%1 · %2").arg(technician->technician.name, ageText(ageSeconds));
}

std::optional<map::MapMarker> MapPresenter::positionMarkerFor(qint64 technicianId) const
{
    const board::TechnicianRecord *technician = m_store->technician(technicianId);
    if (!technician)
        return std::nullopt; // another location's, or no longer active
    const QString name = technician->technician.name;
    map::MapMarker marker;
    marker.id = technicianId;
    marker.kind = map::MapMarker::Kind::Position;
    marker.colour = board::technicianColour(technicianId);
    if (technicianId == m_replayTechnician) {
        const std::optional<TechnicianPosition> point = trackPointAt(m_replayTrack, m_replayAtMs);
        if (!point)
            return std::nullopt;
        marker.latitude = point->lat;
        marker.longitude = point->lon;
        marker.headingDeg = point->headingDeg;
        const QString at = client::display::time(QDateTime::fromMSecsSinceEpoch(
            board::TechnicianPositions::fixMs(*point), m_store->timeZone()));
        marker.caption = tr("%1 · %2").arg(name, at);
        marker.label = tr("%1 was here at %2 (replay)").arg(name, at);
        return marker;
    }
    const TechnicianPosition *position = m_session->positions()->position(technicianId);
    if (!position)
        return std::nullopt;
    const qint64 fixMs = board::TechnicianPositions::fixMs(*position);
    marker.latitude = position->lat;
    marker.longitude = position->lon;
    marker.headingDeg = position->headingDeg;
    marker.faded = !ArrivalForecast::isRecent(fixMs, m_session->arrivals()->nowMs());
    marker.caption = positionCaption(technicianId);
    const QString at =
        client::display::time(QDateTime::fromMSecsSinceEpoch(fixMs, m_store->timeZone()));
    // The caption's words and the time, also where the map is too far out for captions.
    marker.label = marker.faded
                       ? tr("%1, last seen at %2 (no recent position)").arg(marker.caption, at)
                       : tr("%1, seen at %2").arg(marker.caption, at);
    return marker;
}

void MapPresenter::refreshPositions()
{
    QList<qint64> ids = m_session->positions()->technicianIds();
    if (m_replayTechnician != 0 && !ids.contains(m_replayTechnician))
        ids << m_replayTechnician;
    std::sort(ids.begin(), ids.end()); // the same order on every refresh
    QList<map::MapMarker> markers;
    for (const qint64 id : std::as_const(ids)) {
        if (const std::optional<map::MapMarker> marker = positionMarkerFor(id))
            markers << *marker;
    }
    m_map->setPositionMarkers(markers);
}

std::optional<TechnicianPosition> MapPresenter::trackPointAt(const QList<TechnicianPosition> &track,
                                                             qint64 atMs)
{
    if (track.isEmpty())
        return std::nullopt;
    // Oldest first: the last one not after the moment.
    const auto after = std::upper_bound(track.cbegin(), track.cend(), atMs,
                                        [](qint64 ms, const TechnicianPosition &p) {
                                            return ms < board::TechnicianPositions::fixMs(p);
                                        });
    return after == track.cbegin() ? track.first() : *(after - 1);
}

void MapPresenter::showReplay(qint64 technicianId, const QList<TechnicianPosition> &track)
{
    m_replayTechnician = technicianId;
    m_replayTrack = track;
    m_replayAtMs = track.isEmpty() ? 0 : board::TechnicianPositions::fixMs(track.first());
    QList<QPointF> path;
    for (const TechnicianPosition &point : track)
        path << QPointF(point.lon, point.lat);
    m_map->setTrack(path, board::technicianColour(technicianId));
    refreshPositions();
}

void MapPresenter::showReplayAt(qint64 atMs)
{
    m_replayAtMs = atMs;
    refreshPositions();
}

void MapPresenter::endReplay()
{
    m_replayTechnician = 0;
    m_replayTrack.clear();
    m_map->setTrack({}, QColor());
    refreshPositions();
}

void MapPresenter::refreshTechnicians()
{
    QList<map::MapMarker> markers;
    for (int row = 0; row < m_store->technicianCount(); ++row) {
        const Technician &t = m_store->technicianAt(row).technician;
        if (!t.homeLatitude || !t.homeLongitude)
            continue;
        map::MapMarker marker;
        marker.id = t.id;
        marker.kind = map::MapMarker::Kind::HomeBase;
        marker.latitude = *t.homeLatitude;
        marker.longitude = *t.homeLongitude;
        marker.label = t.name;
        markers << marker;
    }
    m_map->setTechnicianMarkers(markers);
}

} // namespace fielddesk::dispatchboard
