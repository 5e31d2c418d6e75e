#include "fielddesk/board/boardsession.h"

#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobarrivals.h"
#include "fielddesk/board/routingclient.h"
#include "fielddesk/board/technicianpositions.h"
#include "fielddesk/board/vehicleroster.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/liveeventfeed.h"

#include <QUndoStack>

namespace fielddesk::board {

BoardSession::BoardSession(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(new DispatchStore(this))
    , m_loader(new DispatchLoader(api, m_store, this))
    , m_vehicles(new VehicleRoster(this))
    , m_feed(new client::LiveEventFeed(this))
    , m_positions(new TechnicianPositions(api, this))
    , m_arrivals(new JobArrivals(m_store, m_positions, this))
    , m_assignments(new AssignmentClient(api, this))
    , m_flow(new AssignmentFlow(m_store, m_assignments, this))
    , m_routing(new RoutingClient(api, this))
    , m_autoRoute(new AutoRouteSession(m_store, m_flow, m_routing, this))
{
    m_loader->setVehicleRoster(m_vehicles);
    connect(m_feed, &client::LiveEventFeed::eventReceived, m_store, &DispatchStore::applyEvent);
    connect(m_feed, &client::LiveEventFeed::eventReceived, m_autoRoute,
            &AutoRouteSession::handleEvent);
    connect(m_feed, &client::LiveEventFeed::eventReceived, m_positions,
            &TechnicianPositions::applyEvent);
    connect(m_feed, &client::LiveEventFeed::resyncRequired, m_loader, &DispatchLoader::reload);
    connect(m_feed, &client::LiveEventFeed::resyncRequired, m_positions,
            &TechnicianPositions::load);
    connect(m_store, &DispatchStore::dayChanged, m_assignments,
            [this] { m_assignments->setTimeZone(m_store->timeZone()); });
}

BoardSession::~BoardSession() = default;

void BoardSession::start(QDate day, const QTimeZone &timeZone)
{
    m_timeZone = timeZone;
    m_feed->start(m_api);
    m_loader->load(day, timeZone, m_dayCount);
    m_positions->load();
}

void BoardSession::stop()
{
    m_autoRoute->cancel();
    m_autoRoute->discard();
    m_feed->stop();
    m_flow->clearHistory();
    m_store->clearJobs();
    m_store->setTechnicians({});
    m_vehicles->clear();
    m_positions->clear();
}

void BoardSession::showDay(QDate day)
{
    showDays(day, m_dayCount);
}

void BoardSession::showDays(QDate first, int count)
{
    // Commands refer to jobs of the days they were made on; a preview to its day.
    m_autoRoute->cancel();
    m_autoRoute->discard();
    m_flow->clearHistory();
    m_dayCount = count;
    m_loader->load(first, m_timeZone, count);
    m_positions->load();
}

} // namespace fielddesk::board
