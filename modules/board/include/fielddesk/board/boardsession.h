// Everything the dispatch board needs while a dispatcher is signed in, without widgets: the
// store of the day, its loader, who drives which vehicle, where the technicians are and the ETAs
// of their next jobs, the live event feed that keeps it current, and the assignment flow with
// its undo stack. Part of fielddesk_board.
#pragma once

#include <QDate>
#include <QObject>
#include <QTimeZone>

namespace fielddesk::client {
class ApiClient;
class LiveEventFeed;
} // namespace fielddesk::client

namespace fielddesk::board {

class AssignmentClient;
class AssignmentFlow;
class AutoRouteSession;
class RoutingClient;
class DispatchLoader;
class DispatchStore;
class JobArrivals;
class TechnicianPositions;
class VehicleRoster;

class BoardSession : public QObject
{
    Q_OBJECT

public:
    explicit BoardSession(client::ApiClient *api, QObject *parent = nullptr);
    ~BoardSession() override;

    client::ApiClient *api() const { return m_api; }
    DispatchStore *store() const { return m_store; }
    DispatchLoader *loader() const { return m_loader; }
    VehicleRoster *vehicles() const { return m_vehicles; }
    client::LiveEventFeed *feed() const { return m_feed; }
    TechnicianPositions *positions() const { return m_positions; }
    JobArrivals *arrivals() const { return m_arrivals; }
    AssignmentFlow *flow() const { return m_flow; }
    RoutingClient *routing() const { return m_routing; }
    AutoRouteSession *autoRoute() const { return m_autoRoute; }

    // Connects the live feed, then loads the day (events during the load are not lost).
    void start(QDate day, const QTimeZone &timeZone);
    void stop();
    void showDay(QDate day);
    // The first day and how many from it (1, 3, 5, 7: the multi-day timeline).
    void showDays(QDate first, int count);
    int dayCount() const { return m_dayCount; }

private:
    client::ApiClient *m_api;
    DispatchStore *m_store;
    DispatchLoader *m_loader;
    VehicleRoster *m_vehicles;
    client::LiveEventFeed *m_feed;
    TechnicianPositions *m_positions;
    JobArrivals *m_arrivals;
    AssignmentClient *m_assignments;
    AssignmentFlow *m_flow;
    RoutingClient *m_routing;
    AutoRouteSession *m_autoRoute;
    QTimeZone m_timeZone;
    int m_dayCount = 1;
};

} // namespace fielddesk::board
