#include "fielddesk/board/boardsession.h"

#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/liveeventfeed.h"
#include "fielddesk/client/apiclient.h"

#include <QUndoStack>

namespace fielddesk::board {

BoardSession::BoardSession(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(new DispatchStore(this))
    , m_loader(new DispatchLoader(api, m_store, this))
    , m_feed(new LiveEventFeed(this))
    , m_assignments(new AssignmentClient(api, this))
    , m_flow(new AssignmentFlow(m_store, m_assignments, this))
{
    connect(m_feed, &LiveEventFeed::eventReceived, m_store, &DispatchStore::applyEvent);
    connect(m_feed, &LiveEventFeed::resyncRequired, m_loader, &DispatchLoader::reload);
    connect(m_store, &DispatchStore::dayChanged, m_assignments,
            [this] { m_assignments->setTimeZone(m_store->timeZone()); });
}

BoardSession::~BoardSession() = default;

void BoardSession::start(QDate day, const QTimeZone &timeZone)
{
    m_timeZone = timeZone;
    m_feed->start(m_api->baseUrl(), [api = m_api] { return api->accessToken(); });
    m_loader->load(day, timeZone);
}

void BoardSession::stop()
{
    m_feed->stop();
    m_flow->undoStack()->clear();
    m_store->clearJobs();
    m_store->setTechnicians({});
}

void BoardSession::showDay(QDate day)
{
    // Commands refer to jobs of the day they were made on.
    m_flow->undoStack()->clear();
    m_loader->load(day, m_timeZone);
}

} // namespace fielddesk::board
