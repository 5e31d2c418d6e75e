#include "services/routingservice.h"

#include "events/eventnotifier.h"
#include "events/eventrepository.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/routing/planner.h"
#include "http/requestpipeline.h"
#include "repositories/jobrepository.h"
#include "repositories/routingplanrunrepository.h"
#include "repositories/routingproposalrepository.h"
#include "repositories/servicetyperepository.h"
#include "repositories/technicianrepository.h"
#include "services/assignmentservice.h"
#include "services/periodicwork.h"
#include "services/tenantsettings.h"
#include "services/weatherservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>

namespace fielddesk::server {

namespace {

const QString kProgress = QStringLiteral("routing.plan.progress.v1");
constexpr double kProgressEveryS = 0.5;
// A plan counts as under way (cancellable from other servers) for its time limit and this
// much more: the wait for a pool thread, the proposal stored. Renewed when it starts running.
constexpr qint64 kRunSlackMs = 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString iso(qint64 epochSeconds)
{
    return toTimestamp(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC));
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

Failure proposalNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such routing proposal."));
}

// The proposal the console previews: per technician the planned jobs with what moved, the
// breaks, travel before and after; the jobs left out with reasons; the versions it was
// planned on (apply checks them).
QByteArray proposalJson(qint64 id,
                        const RoutingInput &input,
                        const routing::Plan &before,
                        const routing::Plan &after,
                        double timeLimitS,
                        const QString &status)
{
    QJsonArray technicians;
    int moved = 0;
    for (const routing::PlannedRoute &route : after.routes) {
        const Technician &technician = input.technicians.value(route.technician);
        const routing::PlannedRoute *old = before.routeOf(route.technician);
        QJsonArray jobs, breaks;
        for (const routing::PlannedStop &stop : route.stops) {
            if (stop.isBreak) {
                breaks.append(QJsonObject{{QStringLiteral("start"), iso(stop.start)},
                                          {QStringLiteral("end"), iso(stop.end)}});
                continue;
            }
            const Job &job = input.jobs.value(stop.job);
            const QString start = iso(stop.start);
            const bool changed = job.technicianId != technician.id || job.plannedStart != start;
            moved += changed ? 1 : 0;
            jobs.append(QJsonObject{
                {QStringLiteral("job_id"), job.id},
                {QStringLiteral("title"), job.title},
                {QStringLiteral("planned_start"), start},
                {QStringLiteral("planned_end"), iso(stop.end)},
                {QStringLiteral("moved"), changed},
                {QStringLiteral("previous_technician_id"),
                 job.technicianId ? QJsonValue(*job.technicianId) : QJsonValue()},
                {QStringLiteral("previous_planned_start"),
                 job.plannedStart.isEmpty() ? QJsonValue() : QJsonValue(job.plannedStart)}});
        }
        technicians.append(
            QJsonObject{{QStringLiteral("technician_id"), technician.id},
                        {QStringLiteral("name"), technician.name},
                        {QStringLiteral("jobs"), jobs},
                        {QStringLiteral("breaks"), breaks},
                        {QStringLiteral("travel_before_s"), old ? old->travelS : qint64(0)},
                        {QStringLiteral("travel_after_s"), route.travelS}});
    }
    // A locked job (under way, or not chosen to move) is a commitment: when the engine cannot
    // fit it (its technician already runs late to it), it stays as it is rather than being
    // proposed back to the backlog.
    QSet<QString> locked;
    for (const routing::Job &job : input.problem.jobs) {
        if (job.locked)
            locked.insert(job.id);
    }
    QJsonArray unassigned;
    QJsonObject versions;
    for (const routing::UnassignedJob &u : after.unassigned) {
        if (locked.contains(u.job))
            continue;
        const Job &job = input.jobs.value(u.job);
        moved += job.technicianId ? 1 : 0;
        unassigned.append(
            QJsonObject{{QStringLiteral("job_id"), job.id},
                        {QStringLiteral("title"), job.title},
                        {QStringLiteral("reason"), u.reason},
                        {QStringLiteral("previous_technician_id"),
                         job.technicianId ? QJsonValue(*job.technicianId) : QJsonValue()}});
    }
    for (auto it = input.jobs.begin(); it != input.jobs.end(); ++it)
        versions.insert(it.key(), it->version);
    const QJsonObject body{{QStringLiteral("id"), id},
                           {QStringLiteral("location_id"), input.locationId},
                           {QStringLiteral("date"), input.day.toString(Qt::ISODate)},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("time_limit_s"), timeLimitS},
                           {QStringLiteral("elapsed_s"), after.elapsedS},
                           {QStringLiteral("technicians"), technicians},
                           {QStringLiteral("unassigned"), unassigned},
                           {QStringLiteral("totals"),
                            QJsonObject{{QStringLiteral("jobs"), qint64(input.jobs.size())},
                                        {QStringLiteral("served"), after.served},
                                        {QStringLiteral("served_priority"), after.servedPriority},
                                        {QStringLiteral("served_before"), before.served},
                                        {QStringLiteral("travel_before_s"), before.travelS},
                                        {QStringLiteral("travel_after_s"), after.travelS},
                                        {QStringLiteral("moved"), moved}}},
                           {QStringLiteral("expected_versions"), versions}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString runningKey(qint64 tenantId, const QString &requestId)
{
    return QString::number(tenantId) + QLatin1Char(':') + requestId;
}

Failure planCancelled()
{
    Failure p = Failure::conflict(QStringLiteral("The plan was cancelled before it finished."));
    p.type = QStringLiteral("/problems/cancelled");
    p.title = QStringLiteral("Cancelled");
    return p;
}

// Progress events at most every kProgressEveryS and every 5 %: the solver reports about ten
// times a second, always from the same thread.
class ProgressThrottle
{
public:
    bool due(double fraction)
    {
        if (fraction - m_last < 0.05 || m_since.elapsed() < kProgressEveryS * 1000)
            return false;
        m_last = fraction;
        m_since.restart();
        return true;
    }

private:
    double m_last = 0;
    QElapsedTimer m_since = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

} // namespace

struct RoutingService::RunningPlan
{
    qint64 locationId = 0;
    qint64 runId = 0;                    // its row in routing_plan_runs
    std::atomic<bool> cancelled = false; // the engine checks it between iterations
};

RoutingService::RoutingService(Database &db,
                               EventNotifier &events,
                               AssignmentService &assignments,
                               TravelModel travel,
                               int threads)
    : m_db(db)
    , m_events(events)
    , m_assignments(assignments)
    , m_travel(travel)
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    // Its threads store proposals and events on a database connection each: keep them.
    m_pool.setExpiryTimeout(-1);
    m_remoteCancels = std::make_unique<PeriodicWork>(
        QStringLiteral("remote_plan_cancel_receive"), [this] { return stopCancelledElsewhere(); },
        kRemoteCancelPollMs);
    m_remoteCancels->start();
}

RoutingService::~RoutingService()
{
    {
        QMutexLocker lock(&m_runningMutex);
        for (const std::shared_ptr<RunningPlan> &plan : std::as_const(m_running))
            plan->cancelled = true;
    }
    m_pool.waitForDone();
}

void RoutingService::progress(const CallContext &call, qint64 locationId, double fraction)
{
    JsonWriter data(128);
    data.beginObject()
        .field("request_id", call.requestId)
        .field("client_id", call.clientId)
        .field("fraction", std::round(fraction * 100) / 100)
        .endObject();
    DomainEvent event;
    event.tenantId = call.principal.tenantId;
    event.locationId = locationId;
    event.type = kProgress;
    event.source = QStringLiteral("fielddesk/routing");
    event.correlationId = call.requestId;
    event.dataJson = data.take();
    Transaction tx(m_db);
    EventRepository(m_db).append(event);
    tx.commit();
    m_events.notifyCommitted();
}

Result<RoutingService::PlanStop>
RoutingService::plan(const CallContext &call, const PlanCommand &command, PlanDone done)
{
    Result<RoutingInput> input = buildRoutingInput(
        m_db, call.principal, command.scope, tenantTravel(m_db, call.principal.tenantId, m_travel));
    if (!input)
        return input.failure();
    if (input->problem.technicians.isEmpty())
        return Failure::validation(QStringLiteral("technician_ids"),
                                   QStringLiteral("nobody of these works at this location that "
                                                  "day"));
    auto running = std::make_shared<RunningPlan>();
    running->locationId = command.scope.locationId;
    const qint64 limitMs = qint64(command.timeLimitS * 1000);
    running->runId = RoutingPlanRunRepository(m_db).start(call.principal.tenantId, call.requestId,
                                                          running->locationId, nowMs(),
                                                          nowMs() + limitMs + kRunSlackMs);
    const QString key = runningKey(call.principal.tenantId, call.requestId);
    {
        QMutexLocker lock(&m_runningMutex);
        m_running.insert(key, running);
    }
    // No thread waits for the engine: the pool thread that runs it also stores the proposal
    // (on a connection of its own) and hands it to `done`.
    m_pool.start(
        [this, call, command, day = std::move(*input), running, key, done = std::move(done)] {
            Result<QByteArray> proposal = planCancelled();
            try {
                proposal = runPlan(call, command, day, *running);
            } catch (...) {
                proposal = failureForCurrentException(call.requestId);
            }
            forget(key, running);
            done(proposal);
        });
    return PlanStop([running] { running->cancelled = true; });
}

Result<RoutingService::PlanStop> RoutingService::replanUnavailable(const CallContext &call,
                                                                   const ReplanCommand &command,
                                                                   PlanDone done)
{
    const Principal &caller = call.principal;
    const std::optional<Technician> technician =
        TechnicianRepository(m_db).find(caller.tenantId, command.technicianId);
    if (!technician || !caller.canAccessLocation(technician->locationId))
        return Failure::notFound(
            QStringLiteral("There is no technician #%1.").arg(command.technicianId));
    if (command.to <= command.from)
        return Failure::validation(QStringLiteral("to"), QStringLiteral("must be after from"));
    const LocalClock clock = locationClock(m_db, caller.tenantId, technician->locationId);
    const QDate day = clock.local(command.from).date();
    if (command.to > clock.instantAt(day.addDays(1), QTime(0, 0)))
        return Failure::validation(
            QStringLiteral("to"),
            QStringLiteral("must be on the day from is on (%1 at %2's location): re-plan one day "
                           "at a time")
                .arg(LocalClock::day(day), technician->name));
    QList<qint64> affected;
    for (const Job &job : JobRepository(m_db).plannedFor(technician->id, toTimestamp(command.from),
                                                         toTimestamp(command.to))) {
        const bool movable = job.status == JobStatus::New || job.status == JobStatus::Scheduled;
        if (movable)
            affected << job.id;
    }
    if (affected.isEmpty())
        return Failure::validation(
            QStringLiteral("from"),
            QStringLiteral("%1 has no job to re-plan in %2")
                .arg(technician->name, clock.span(command.from, command.to)));
    PlanCommand plan;
    plan.scope.locationId = technician->locationId;
    plan.scope.day = day;
    plan.scope.jobIds = affected;
    AvailabilityPeriod away;
    away.technicianId = technician->id;
    away.kind = QStringLiteral("unavailable");
    away.startsAt = toTimestamp(command.from);
    away.endsAt = toTimestamp(command.to);
    plan.scope.unavailable = away;
    plan.timeLimitS = command.timeLimitS;
    return this->plan(call, plan, std::move(done));
}

Status RoutingService::cancelPlan(const Principal &caller, const QString &requestId)
{
    bool found = false;
    {
        // Here at once; a plan with the same id on another server through the database.
        QMutexLocker lock(&m_runningMutex);
        const QString key = runningKey(caller.tenantId, requestId);
        const auto [first, last] = std::as_const(m_running).equal_range(key);
        for (auto it = first; it != last; ++it) {
            if (!caller.canAccessLocation((*it)->locationId))
                continue;
            (*it)->cancelled = true;
            found = true;
        }
    }
    try {
        found = RoutingPlanRunRepository(m_db).cancel(caller.tenantId, requestId,
                                                      caller.visibleLocations(), nowMs()) > 0 ||
                found;
    } catch (const DatabaseError &) {
        if (!found)
            throw; // stopped here all the same; elsewhere it cannot be told now
    }
    if (!found)
        return Failure::notFound(
            QStringLiteral("No plan with request id %1 is under way.").arg(requestId));
    return Done{};
}

void RoutingService::forget(const QString &key, const std::shared_ptr<RunningPlan> &plan)
{
    {
        QMutexLocker lock(&m_runningMutex);
        m_running.remove(key, plan);
    }
    try {
        RoutingPlanRunRepository(m_db).finish(plan->runId);
    } catch (const DatabaseError &) {
        // Its row expires by itself; until then a cancel of it is answered but changes nothing.
    }
}

int RoutingService::stopCancelledElsewhere()
{
    QHash<qint64, std::shared_ptr<RunningPlan>> running; // by run id
    {
        QMutexLocker lock(&m_runningMutex);
        for (const std::shared_ptr<RunningPlan> &plan : std::as_const(m_running)) {
            if (!plan->cancelled)
                running.insert(plan->runId, plan);
        }
    }
    if (running.isEmpty())
        return 0; // nothing runs here: no query
    QList<qint64> cancelled;
    try {
        cancelled = RoutingPlanRunRepository(m_db).cancelledAmong(running.keys());
    } catch (const DatabaseError &) {
        return 0; // asked again in a moment; not worth a log line 20 times a second
    }
    for (const qint64 id : std::as_const(cancelled)) {
        if (const auto plan = running.constFind(id); plan != running.cend() && *plan)
            (*plan)->cancelled = true;
    }
    return int(cancelled.size());
}

Result<QByteArray> RoutingService::runPlan(const CallContext &call,
                                           const PlanCommand &command,
                                           const RoutingInput &input,
                                           const RunningPlan &running)
{
    if (running.cancelled) // while it waited for a pool thread
        return planCancelled();
    RoutingPlanRunRepository(m_db).extend(
        running.runId, nowMs() + qint64(command.timeLimitS * 1000) + kRunSlackMs);
    const qint64 locationId = command.scope.locationId;
    const routing::Plan before = routing::Planner::evaluate(input.problem, input.current);
    routing::SolveOptions options;
    options.timeLimitS = command.timeLimitS;
    options.seed = 1;
    options.cancel = &running.cancelled;
    ProgressThrottle throttle;
    options.progress = [&](double fraction) {
        if (throttle.due(fraction))
            progress(call, locationId, fraction);
    };
    progress(call, locationId, 0.0);
    const routing::Plan after = routing::Planner::planDay(input.problem, options);
    if (running.cancelled)
        return planCancelled();
    progress(call, locationId, 1.0);

    RoutingProposalRepository proposals(m_db);
    Transaction tx(m_db);
    const qint64 id = proposals.insertOpen(call.principal.tenantId, locationId, input.day,
                                           call.principal.userId, nowTimestamp());
    const QByteArray json =
        proposalJson(id, input, before, after, command.timeLimitS, QStringLiteral("open"));
    proposals.setBody(id, json);
    tx.commit();
    return json;
}

Result<QByteArray> RoutingService::proposal(const Principal &caller, qint64 id)
{
    const std::optional<StoredProposal> stored =
        RoutingProposalRepository(m_db).find(caller.tenantId, id);
    if (!stored || !caller.canAccessLocation(stored->locationId))
        return proposalNotFound();
    QJsonObject body = object(stored->body);
    body.insert(QStringLiteral("status"), stored->status);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray RoutingService::changedJobsJson(const Principal &caller,
                                           const QList<AssignmentRequest> &requests)
{
    // Every job of the plan that is no longer at the version it was planned on, as it is
    // now: the console names them all at once instead of the first one the batch met.
    JsonWriter w(1024);
    w.beginArray();
    JobRepository jobs(m_db);
    for (const AssignmentRequest &r : requests) {
        const std::optional<Job> now = jobs.find(caller.tenantId, r.jobId);
        if (now && now->version != r.expectedVersion)
            now->writeJson(w);
    }
    w.endArray();
    return w.take();
}

Result<QByteArray>
RoutingService::apply(const CallContext &call, qint64 id, const RouteApplication &application)
{
    const Result<QByteArray> stored = proposal(call.principal, id);
    if (!stored)
        return stored.failure();
    QJsonObject plan = object(*stored);
    if (plan.value(QLatin1String("status")).toString() != QLatin1String("open"))
        return Failure::conflict(QStringLiteral("Proposal #%1 is %2 already.")
                                     .arg(id)
                                     .arg(plan.value(QLatin1String("status")).toString()));
    // The versions the plan was made on, overridden by what the console saw last.
    QJsonObject versions = plan.value(QLatin1String("expected_versions")).toObject();
    for (auto it = application.expectedVersions.cbegin(); it != application.expectedVersions.cend();
         ++it)
        versions.insert(QString::number(it.key()), it.value());

    QList<AssignmentRequest> requests;
    for (const QJsonValue &t : plan.value(QLatin1String("technicians")).toArray()) {
        const qint64 technician = t.toObject().value(QLatin1String("technician_id")).toInteger();
        for (const QJsonValue &j : t.toObject().value(QLatin1String("jobs")).toArray()) {
            const QJsonObject job = j.toObject();
            if (!job.value(QLatin1String("moved")).toBool())
                continue;
            const qint64 jobId = job.value(QLatin1String("job_id")).toInteger();
            AssignmentRequest r;
            r.jobId = jobId;
            r.technicianId = technician;
            r.plannedStart = parseTimestamp(job.value(QLatin1String("planned_start")).toString())
                                 .value_or(QDateTime());
            r.expectedVersion = versions.value(QString::number(jobId)).toInteger();
            r.force = true; // the engine planned it inside shifts, windows and skills
            requests.append(r);
        }
    }
    for (const QJsonValue &u : plan.value(QLatin1String("unassigned")).toArray()) {
        const QJsonObject job = u.toObject();
        if (job.value(QLatin1String("previous_technician_id")).isNull())
            continue;
        AssignmentRequest r;
        r.jobId = job.value(QLatin1String("job_id")).toInteger();
        r.assign = false;
        r.expectedVersion = versions.value(QString::number(r.jobId)).toInteger();
        requests.append(r);
    }
    // The proposal is marked applied in the same transaction as its moves.
    const Result<QList<AssignmentOutcome>> outcomes = m_assignments.applyBatch(
        call, requests, [&] { RoutingProposalRepository(m_db).markApplied(id, nowTimestamp()); });
    if (!outcomes) {
        Failure p = outcomes.failure();
        if (p.type == QLatin1String("/problems/version-conflict"))
            p.extensions.append({"changed", changedJobsJson(call.principal, requests)});
        return p;
    }
    JsonWriter w(1024);
    w.beginObject().field("proposal_id", id).field("applied", qint64(outcomes->size()));
    w.key("results").beginArray();
    for (const AssignmentOutcome &o : *outcomes)
        o.writeJson(w);
    w.endArray().endObject();
    return w.take();
}

Result<QByteArray> RoutingService::bestSlots(const Principal &caller, const SlotQuery &query)
{
    const qint64 jobId = query.jobId;
    const std::optional<Job> job = JobRepository(m_db).find(caller.tenantId, jobId);
    if (!job || !caller.canAccessLocation(job->locationId))
        return Failure::notFound(QStringLiteral("There is no job #%1.").arg(jobId));
    if (isTerminal(job->status))
        return Failure::conflict(
            QStringLiteral("Job #%1 is %2.").arg(jobId).arg(jobStatusName(job->status)));
    const LocalClock clock = locationClock(m_db, caller.tenantId, job->locationId);
    const QTimeZone zone = clock.zone();
    const std::optional<QDateTime> windowStart = parseTimestamp(job->windowStart);
    const std::optional<QDateTime> windowEnd = parseTimestamp(job->windowEnd);
    QDate from = query.from;
    QDate to = query.to;
    if (!from.isValid()) {
        const std::optional<QDateTime> start =
            windowStart ? windowStart : parseTimestamp(job->plannedStart);
        from = to = (start ? *start : QDateTime::currentDateTimeUtc()).toTimeZone(zone).date();
    }
    const bool sensitive =
        job->serviceId &&
        ServiceTypeRepository(m_db).weatherSensitiveIds(caller.tenantId).contains(*job->serviceId);
    const TenantSettings settings = TenantSettings::of(m_db, caller.tenantId);
    const TravelModel travel = settings.travel(m_travel);
    const QString key = QString::number(jobId);

    struct DaySlot
    {
        QDate day;
        routing::Slot slot;
        Technician technician;
    };
    QList<DaySlot> found;
    QList<std::pair<QDate, QString>> skipped; // day, why
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        // The job's window keeps its hours on every day it may move to.
        std::optional<std::pair<QDateTime, QDateTime>> window;
        if (windowStart && windowEnd) {
            const QDateTime ws = windowStart->toTimeZone(zone);
            const QDateTime we = windowEnd->toTimeZone(zone);
            window =
                std::pair(clock.instantAt(day, ws.time()),
                          clock.instantAt(day.addDays(ws.date().daysTo(we.date())), we.time()));
        }
        if (sensitive) {
            const auto hour = [](const QString &hhmm) {
                return QTime::fromString(hhmm, QStringLiteral("HH:mm"));
            };
            const auto [riskStart, riskEnd] =
                window ? *window
                       : std::pair(clock.instantAt(day, hour(settings.workdayStart())),
                                   clock.instantAt(day, hour(settings.workdayEnd())));
            const QString risk =
                storedWeatherRisk(m_db, caller.tenantId, job->locationId, riskStart, riskEnd);
            if (!risk.isEmpty()) {
                skipped.append({day, risk});
                continue;
            }
        }
        RoutingScope scope;
        scope.locationId = job->locationId;
        scope.extraJobId = jobId;
        scope.jobIds = QList<qint64>{jobId}; // everyone else's day stays as it is
        scope.day = day;
        Result<RoutingInput> input = buildRoutingInput(m_db, caller, scope, travel);
        if (!input)
            return input.failure();
        // The job itself is placed fresh, wherever it sits now.
        for (routing::PlannedRoute &route : input->current.routes)
            route.stops.removeIf([&](const routing::PlannedStop &s) { return s.job == key; });
        for (routing::Job &j : input->problem.jobs) {
            if (j.id == key) {
                j.locked = false;
                j.pinnedTechnician.clear();
                if (window)
                    j.windows = {routing::TimeWindow{window->first.toSecsSinceEpoch(),
                                                     window->second.toSecsSinceEpoch()}};
            }
        }
        const routing::Plan current = routing::Planner::evaluate(input->problem, input->current);
        for (const routing::Slot &slot :
             routing::Planner::bestSlots(input->problem, current, key, query.limit))
            found.append({day, slot, input->technicians.value(slot.technician)});
    }
    // One ranking across the days: least added travel first, then the earliest.
    std::stable_sort(found.begin(), found.end(), [](const DaySlot &a, const DaySlot &b) {
        return std::tie(a.slot.addedTravelS, a.slot.start) <
               std::tie(b.slot.addedTravelS, b.slot.start);
    });
    if (found.size() > query.limit)
        found.resize(query.limit);

    JsonWriter w(512);
    w.beginObject()
        .field("job_id", jobId)
        .field("date", from.toString(Qt::ISODate))
        .field("from", from.toString(Qt::ISODate))
        .field("to", to.toString(Qt::ISODate))
        .field("weather_sensitive", sensitive);
    w.key("slots").beginArray();
    for (const DaySlot &s : found) {
        w.beginObject()
            .field("technician_id", s.technician.id)
            .field("technician_name", s.technician.name)
            .field("date", s.day.toString(Qt::ISODate))
            .field("planned_start", iso(s.slot.start))
            .field("position", s.slot.position)
            .field("added_travel_s", s.slot.addedTravelS)
            .endObject();
    }
    w.endArray();
    w.key("skipped_days").beginArray();
    for (const auto &[day, reason] : skipped)
        w.beginObject()
            .field("date", day.toString(Qt::ISODate))
            .field("reason", reason)
            .endObject();
    w.endArray().endObject();
    return w.take();
}

} // namespace fielddesk::server
