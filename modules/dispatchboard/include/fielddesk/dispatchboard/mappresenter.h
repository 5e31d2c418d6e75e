// Turns the board's day into what the map shows: a marker per job with a place (its status
// colour, lighter while a change waits for the server), the technicians' home bases, and one
// technician's route from home through their jobs in order (the proposal's order and colour
// while an auto-route preview plans that technician), and each location's service area,
// faintly, under them; each technician's last position in their colour with their name and its
// age (an arrow along the heading, faded when stale), or, while their day is replayed, their
// track and where they were at the chosen moment. Follows the store and the preview as
// they change; fits the map to the jobs when a day is first loaded. Depends on
// fielddesk_board, fielddesk_map and fielddesk_theme.
#pragma once

#include "fielddesk/domain/geoarea.h"

#include "fielddesk/domain/dispatch.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace fielddesk::board {
class BoardSession;
class DispatchStore;
struct JobRecord;
} // namespace fielddesk::board

namespace fielddesk::map {
class MapView;
struct MapMarker;
} // namespace fielddesk::map

namespace fielddesk::dispatchboard {

class MapPresenter : public QObject
{
    Q_OBJECT

public:
    MapPresenter(board::BoardSession *session, map::MapView *map, QObject *parent);

    // The route the map shows, kept up to date until another technician's is asked for.
    void showTechnicianRoute(qint64 technicianId);
    qint64 routeTechnician() const { return m_routeTechnician; }
    void centreOnJob(qint64 jobId);
    // After the next load (a new sign-in), the map shows all of the day's jobs.
    void fitToJobsAfterNextLoad() { m_fitOnLoad = true; }
    // The locations' service areas (by location id), drawn faintly.
    void showServiceAreas(const QHash<qint64, QList<GeoPoint>> &areas);

    static constexpr int kAgeRefreshMs = 30 * 1000; // "2 min ago" follows the clock
    // How old a position is, for people: "just now", "2 min ago", "3 h ago".
    static QString ageText(qint64 seconds);
    // The caption beside a technician's position: their name and its age.
    QString positionCaption(qint64 technicianId) const;
    void refreshPositions();

    // A replay of the technician's track (oldest first): the path, and their marker where
    // they were at `atMs` (showReplayAt) instead of their last position, until endReplay.
    void showReplay(qint64 technicianId, const QList<TechnicianPosition> &track);
    void showReplayAt(qint64 atMs);
    void endReplay();
    qint64 replayTechnician() const { return m_replayTechnician; }
    // The last point of the track at or before `atMs` (the first when before it), if any.
    static std::optional<TechnicianPosition> trackPointAt(const QList<TechnicianPosition> &track,
                                                          qint64 atMs);

private:
    void refreshJobs();
    void refreshJob(int storeRow);
    void refreshTechnicians();
    static map::MapMarker markerFor(const board::JobRecord &record);
    std::optional<map::MapMarker> positionMarkerFor(qint64 technicianId) const;

    board::BoardSession *m_session;
    board::DispatchStore *m_store;
    map::MapView *m_map;
    qint64 m_routeTechnician = 0;
    bool m_fitOnLoad = true;
    QTimer m_ageTimer;
    qint64 m_replayTechnician = 0;
    QList<TechnicianPosition> m_replayTrack;
    qint64 m_replayAtMs = 0;
};

} // namespace fielddesk::dispatchboard
