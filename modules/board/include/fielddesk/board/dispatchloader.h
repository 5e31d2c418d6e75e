// Loads one dispatch day into the DispatchStore from the API: the technicians, then the
// day's jobs (500 a page, a few pages in flight at once), then the unassigned backlog and
// everyone's time off, and who drives which vehicle that day.
// A newer load makes the answers of an older one go nowhere. Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/geoarea.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimeZone>

#include <functional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::board {

class DispatchStore;
class VehicleRoster;

class DispatchLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;     // the API's maximum for most lists
    static constexpr int kJobPageSize = 2000; // GET /jobs allows bigger pages
    static constexpr int kPagesInFlight = 3;

    DispatchLoader(client::ApiClient *api, DispatchStore *store, QObject *parent = nullptr);

    // One day (?date=), or several from day on (?from=&to=, the multi-day timeline).
    void load(QDate day, const QTimeZone &timeZone, int dayCount = 1);
    // Loads the same day again (after a resync).
    void reload();
    bool isLoading() const { return m_loading; }
    // The day's jobs or its technicians' time off still coming.
    bool isLoadingAvailability() const { return m_loading || m_loadingAvailability; }
    // Where each load puts who drives what on the first day (after the technicians).
    void setVehicleRoster(VehicleRoster *vehicles) { m_vehicles = vehicles; }

signals:
    void loadStarted();
    void progress(int loaded, int total);
    // The day's jobs are in (the backlog and time off follow).
    void loaded();
    // New jobs without a day are in too.
    void backlogLoaded();
    // Every technician's time off is in too.
    void availabilityLoaded();
    // The names of the locations the dispatcher can see, by id.
    void locationsLoaded(const QHash<qint64, QString> &names);
    // Their service areas, by location id (those without one left out); after locationsLoaded.
    void serviceAreasLoaded(const QHash<qint64, QList<GeoPoint>> &areas);
    void loadFailed(const QString &message);

private:
    using PageHandler = std::function<void(const QJsonArray &results, int count)>;
    // Without onError, a failure fails the whole load.
    void fetchAll(const QString &path,
                  PageHandler onPage,
                  std::function<void()> onDone,
                  std::function<void(const QString &)> onError = {});
    void fail(quint64 generation, const QString &message);
    // Time off and unavailability of every technician that day, a few requests at a time,
    // after the jobs (the board is usable before they are in).
    void loadAvailability(quint64 generation);
    void loadVehicles(quint64 generation);

    client::ApiClient *m_api;
    DispatchStore *m_store;
    VehicleRoster *m_vehicles = nullptr;
    QDate m_day;
    int m_dayCount = 1;
    QTimeZone m_timeZone;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadingAvailability = false;
    int m_loadedJobs = 0;
    int m_expectedJobs = 0;
};

} // namespace fielddesk::board
