// Auto-routing in the server: plans a location's day with the routing engine (on a thread
// pool of its own, with progress events), keeps the result as a proposal the dispatcher can
// preview, applies it through the normal assignment path, and ranks slots for one job.
#pragma once

#include "http/result.h"
#include "services/assignmentservice.h"
#include "services/callcontext.h"

#include <QJsonObject>
#include <QThreadPool>

namespace fielddesk::server {

class EventNotifier;

class RoutingService
{
public:
    static constexpr double kMaxTimeLimitS = 60.0;

    RoutingService(Database &db,
                   EventNotifier &events,
                   AssignmentService &assignments,
                   TravelModel travel,
                   int threads);
    ~RoutingService();

    // The proposal as JSON text (stored; "id" names it for apply).
    Result<QByteArray> plan(const CallContext &call, const QJsonObject &body);
    Result<QByteArray> proposal(const Principal &caller, qint64 id);
    Result<QByteArray> apply(const CallContext &call, qint64 id, const QJsonObject &body);
    Result<QByteArray>
    bestSlots(const Principal &caller, qint64 jobId, const QString &date, int limit);

private:
    QByteArray changedJobsJson(const Principal &caller, const QList<AssignmentRequest> &requests);
    void progress(const CallContext &call, qint64 locationId, double fraction);

    Database &m_db;
    EventNotifier &m_events;
    AssignmentService &m_assignments;
    TravelModel m_travel;
    QThreadPool m_pool;
};

} // namespace fielddesk::server
