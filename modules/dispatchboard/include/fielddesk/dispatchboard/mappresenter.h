// Turns the board's day into what the map shows: a marker per job with a place (its status
// colour, lighter while a change waits for the server), the technicians' home bases, and one
// technician's route from home through their jobs in order (the proposal's order and colour
// while an auto-route preview plans that technician), and each location's service area,
// faintly, under them. Follows the store and the preview as
// they change; fits the map to the jobs when a day is first loaded. Depends on
// fielddesk_board, fielddesk_map and fielddesk_theme.
#pragma once

#include "fielddesk/domain/geoarea.h"

#include <QHash>
#include <QObject>

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

private:
    void refreshJobs();
    void refreshJob(int storeRow);
    void refreshTechnicians();
    static map::MapMarker markerFor(const board::JobRecord &record);

    board::BoardSession *m_session;
    board::DispatchStore *m_store;
    map::MapView *m_map;
    qint64 m_routeTechnician = 0;
    bool m_fitOnLoad = true;
};

} // namespace fielddesk::dispatchboard
