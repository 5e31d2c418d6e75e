// Auto-routing in the server: plans a location's day with the routing engine (on a thread
// pool of its own, with progress events; no other thread waits for it), keeps the result as a
// proposal the dispatcher can preview, applies it through the normal assignment path, and
// ranks slots for one job. A plan under way stops when it is cancelled by its request id, on
// whichever server on the database the cancel arrives (RoutingPlanRunRepository: the server
// running a plan looks at its row every kRemoteCancelPollMs while it runs).
#pragma once

#include "core/result.h"
#include "services/assignmentservice.h"
#include "services/callcontext.h"
#include "services/routinginput.h"

#include <QHash>
#include <QMultiHash>
#include <QMutex>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace fielddesk::server {

class EventNotifier;
class PeriodicWork;

// What to plan, parsed at the edge.
struct PlanCommand
{
    RoutingScope scope; // location, day, optionally some technicians and jobs
    double timeLimitS = 5.0;
};

// Re-planning the jobs of a technician who cannot work from `from` to `to` (within one day at
// their location): their jobs then go to others where they fit, everyone else's day stays.
struct ReplanCommand
{
    qint64 technicianId = 0;
    QDateTime from;
    QDateTime to;
    double timeLimitS = 5.0;
};

// Applying a proposal: the versions the console saw last, by job id (they override the ones
// the plan was made on).
struct RouteApplication
{
    QHash<qint64, qint64> expectedVersions;
};

// GET /routing/slots as parsed by its route.
struct SlotQuery
{
    static constexpr int kMaxDays = 14;

    qint64 jobId = 0;
    QDate from; // invalid: the job's own day
    QDate to;
    int limit = 10;
};

class RoutingService
{
public:
    static constexpr double kMaxTimeLimitS = 60.0;
    // How often the plans running here look whether another server cancelled them.
    static constexpr int kRemoteCancelPollMs = 50;

    RoutingService(Database &db,
                   EventNotifier &events,
                   AssignmentService &assignments,
                   TravelModel travel,
                   int threads);
    ~RoutingService();

    // Gets the stored proposal as JSON text ("id" names it for apply), or the problem (409
    // /problems/cancelled for a cancelled plan); once, on a routing pool thread.
    using PlanDone = std::function<void(const Result<QByteArray> &proposal)>;
    // Stops the plan it came with (any thread; nothing once the plan is done).
    using PlanStop = std::function<void()>;

    // Reads the day on the calling thread (the problem when it cannot be planned), then plans
    // and stores the proposal on the routing pool, known by the call's request id until done.
    Result<PlanStop> plan(const CallContext &call, const PlanCommand &command, PlanDone done);
    // A plan (as plan() makes it) of the technician's day without them from `from` to `to`:
    // their jobs in that time are free to go to anyone who may do them (themselves outside it),
    // every other job of the day stays where and when it is; what fits nobody is left out with
    // the engine's reasons. 404 for a technician the caller cannot see; 422 when the time is
    // not within one day or holds none of their jobs.
    Result<PlanStop>
    replanUnavailable(const CallContext &call, const ReplanCommand &command, PlanDone done);
    // Stops the plans under way with this request id in the caller's tenant and locations,
    // here and on every other server on the database.
    Status cancelPlan(const Principal &caller, const QString &requestId);
    Result<QByteArray> proposal(const Principal &caller, qint64 id);
    Result<QByteArray>
    apply(const CallContext &call, qint64 id, const RouteApplication &application);
    // The best slots for one job on each day from `from` to `to` (both invalid: the job's own
    // day), ranked together; a weather-sensitive job skips the days whose forecast puts it at
    // risk (its window moved to that day, else the day's shift), which the answer names.
    Result<QByteArray> bestSlots(const Principal &caller, const SlotQuery &query);

private:
    struct RunningPlan;

    // On the routing pool: the engine, then the proposal stored.
    Result<QByteArray> runPlan(const CallContext &call,
                               const PlanCommand &command,
                               const RoutingInput &input,
                               const RunningPlan &running);
    QByteArray changedJobsJson(const Principal &caller, const QList<AssignmentRequest> &requests);
    void progress(const CallContext &call, qint64 locationId, double fraction);
    void forget(const QString &key, const std::shared_ptr<RunningPlan> &plan);
    // Stops the plans running here that another server cancelled; how many.
    int stopCancelledElsewhere();

    Database &m_db;
    EventNotifier &m_events;
    AssignmentService &m_assignments;
    TravelModel m_travel;
    QMutex m_runningMutex;
    // By tenant and request id (a client may reuse an id: all of them stop).
    QMultiHash<QString, std::shared_ptr<RunningPlan>> m_running;
    QThreadPool m_pool;
    // Destroyed first: it looks at m_running.
    std::unique_ptr<PeriodicWork> m_remoteCancels;
};

} // namespace fielddesk::server
