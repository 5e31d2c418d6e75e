#include "services/routingservice.h"

#include "events/eventnotifier.h"
#include "events/eventrepository.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/routing/planner.h"
#include "services/routinginput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QtConcurrent>

#include <atomic>

namespace fielddesk::server {

namespace {

const QString kProgress = QStringLiteral("routing.plan.progress.v1");
constexpr double kProgressEveryS = 0.5;

QString iso(qint64 epochSeconds)
{
    return toTimestamp(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC));
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

Problem proposalNotFound()
{
    return Problem::notFound(QStringLiteral("There is no such routing proposal."));
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
    QJsonArray unassigned;
    QJsonObject versions;
    for (const routing::UnassignedJob &u : after.unassigned) {
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

std::optional<QList<qint64>> idList(const QJsonObject &body, const char *key)
{
    if (!body.contains(QLatin1String(key)))
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue &v : body.value(QLatin1String(key)).toArray())
        ids << v.toInteger();
    return ids;
}

} // namespace

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
}

RoutingService::~RoutingService()
{
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

Result<QByteArray> RoutingService::plan(const CallContext &call, const QJsonObject &body)
{
    RoutingScope scope;
    scope.locationId = body.value(QLatin1String("location_id")).toInteger();
    scope.day = QDate::fromString(body.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (!scope.day.isValid())
        return Problem::validation(QStringLiteral("date"),
                                   QStringLiteral("must be a date as YYYY-MM-DD"));
    scope.technicianIds = idList(body, "technician_ids");
    scope.jobIds = idList(body, "job_ids");
    const double timeLimit = body.value(QLatin1String("time_limit_s")).toDouble(5.0);
    Result<RoutingInput> input = buildRoutingInput(m_db, call.principal, scope, m_travel);
    if (!input)
        return input.problem();
    if (input->problem.technicians.isEmpty())
        return Problem::validation(QStringLiteral("technician_ids"),
                                   QStringLiteral("nobody of these works at this location that "
                                                  "day"));
    const routing::Plan before = routing::Planner::evaluate(input->problem, input->current);

    // The engine runs on the routing pool; this request thread only waits and reports
    // progress (the solver calls back from its own thread).
    routing::SolveOptions options;
    options.timeLimitS = timeLimit;
    options.seed = 1;
    QMutex progressMutex;
    double lastReported = -1;
    QElapsedTimer sinceReport;
    sinceReport.start();
    QList<double> pending;
    options.progress = [&](double fraction) {
        QMutexLocker lock(&progressMutex);
        if (fraction - lastReported >= 0.05 && sinceReport.elapsed() >= kProgressEveryS * 1000) {
            pending.append(fraction);
            lastReported = fraction;
            sinceReport.restart();
        }
    };
    const routing::Problem problem = input->problem;
    QFuture<routing::Plan> future = QtConcurrent::run(
        &m_pool, [problem, options] { return routing::Planner::planDay(problem, options); });
    progress(call, scope.locationId, 0.0);
    while (!future.isFinished()) {
        QThread::msleep(50);
        QList<double> report;
        {
            QMutexLocker lock(&progressMutex);
            report.swap(pending);
        }
        for (const double fraction : report)
            progress(call, scope.locationId, fraction);
    }
    const routing::Plan after = future.result();
    progress(call, scope.locationId, 1.0);

    Transaction tx(m_db);
    const QString now = nowTimestamp();
    // Scoped: SQLite cannot commit while a RETURNING statement is still open.
    const qint64 id = [&] {
        SqlQuery insert(m_db,
                        QStringLiteral("INSERT INTO routing_proposals (tenant_id, location_id, "
                                       "day, status, created_by, body, created_at, updated_at) "
                                       "VALUES (?, ?, ?, 'open', ?, '{}', ?, ?) RETURNING id"));
        insert.bind(call.principal.tenantId)
            .bind(scope.locationId)
            .bind(scope.day.toString(Qt::ISODate))
            .bind(call.principal.userId)
            .bind(now)
            .bind(now)
            .exec();
        insert.next();
        return insert.integer(0);
    }();
    const QByteArray json =
        proposalJson(id, *input, before, after, timeLimit, QStringLiteral("open"));
    SqlQuery(m_db, QStringLiteral("UPDATE routing_proposals SET body = ? WHERE id = ?"))
        .bind(QString::fromUtf8(json))
        .bind(id)
        .exec();
    tx.commit();
    return json;
}

Result<QByteArray> RoutingService::proposal(const Principal &caller, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT body, location_id, status FROM routing_proposals "
                                    "WHERE tenant_id = ? AND id = ?"));
    q.bind(caller.tenantId).bind(id).exec();
    if (!q.next() || !caller.canAccessLocation(q.integer(1)))
        return proposalNotFound();
    QJsonObject body = object(q.value(0).toByteArray());
    body.insert(QStringLiteral("status"), q.text(2));
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
RoutingService::apply(const CallContext &call, qint64 id, const QJsonObject &body)
{
    const Result<QByteArray> stored = proposal(call.principal, id);
    if (!stored)
        return stored.problem();
    QJsonObject plan = object(*stored);
    if (plan.value(QLatin1String("status")).toString() != QLatin1String("open"))
        return Problem::conflict(QStringLiteral("Proposal #%1 is %2 already.")
                                     .arg(id)
                                     .arg(plan.value(QLatin1String("status")).toString()));
    // The versions the plan was made on, overridden by what the console saw last.
    QJsonObject versions = plan.value(QLatin1String("expected_versions")).toObject();
    const QJsonObject given = body.value(QLatin1String("expected_versions")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        versions.insert(it.key(), it.value());

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
            r.plannedStart = job.value(QLatin1String("planned_start")).toString();
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
    const Result<QList<AssignmentOutcome>> outcomes = m_assignments.applyBatch(call, requests);
    if (!outcomes) {
        Problem p = outcomes.problem();
        if (p.type == QLatin1String("/problems/version-conflict"))
            p.extensions.append({"changed", changedJobsJson(call.principal, requests)});
        return p;
    }
    SqlQuery mark(m_db, QStringLiteral("UPDATE routing_proposals SET status = 'applied', "
                                       "updated_at = ? WHERE id = ?"));
    mark.bind(nowTimestamp()).bind(id).exec();
    JsonWriter w(1024);
    w.beginObject().field("proposal_id", id).field("applied", qint64(outcomes->size()));
    w.key("results").beginArray();
    for (const AssignmentOutcome &o : *outcomes)
        o.writeJson(w);
    w.endArray().endObject();
    return w.take();
}

Result<QByteArray>
RoutingService::bestSlots(const Principal &caller, qint64 jobId, const QString &date, int limit)
{
    const std::optional<Job> job = JobRepository(m_db).find(caller.tenantId, jobId);
    if (!job || !caller.canAccessLocation(job->locationId))
        return Problem::notFound(QStringLiteral("There is no job #%1.").arg(jobId));
    if (isTerminal(job->status))
        return Problem::conflict(
            QStringLiteral("Job #%1 is %2.").arg(jobId).arg(jobStatusName(job->status)));
    RoutingScope scope;
    scope.locationId = job->locationId;
    scope.extraJobId = jobId;
    scope.jobIds = QList<qint64>{jobId}; // everyone else's day stays as it is
    const QTimeZone zone = locationZone(m_db, caller.tenantId, job->locationId);
    if (!date.isEmpty()) {
        scope.day = QDate::fromString(date, Qt::ISODate);
        if (!scope.day.isValid())
            return Problem::validation(QStringLiteral("date"),
                                       QStringLiteral("must be a date as YYYY-MM-DD"));
    } else {
        const std::optional<QDateTime> start =
            parseTimestamp(!job->windowStart.isEmpty() ? job->windowStart : job->plannedStart);
        scope.day = (start ? *start : QDateTime::currentDateTimeUtc()).toTimeZone(zone).date();
    }
    Result<RoutingInput> input = buildRoutingInput(m_db, caller, scope, m_travel);
    if (!input)
        return input.problem();
    // The job itself is placed fresh, wherever it sits now.
    const QString key = QString::number(jobId);
    for (routing::PlannedRoute &route : input->current.routes)
        route.stops.removeIf([&](const routing::PlannedStop &s) { return s.job == key; });
    for (routing::Job &j : input->problem.jobs) {
        if (j.id == key) {
            j.locked = false;
            j.pinnedTechnician.clear();
        }
    }
    const routing::Plan current = routing::Planner::evaluate(input->problem, input->current);
    const QList<routing::Slot> ranked =
        routing::Planner::bestSlots(input->problem, current, key, limit);
    JsonWriter w(512);
    w.beginObject().field("job_id", jobId).field("date", scope.day.toString(Qt::ISODate));
    w.key("slots").beginArray();
    for (const routing::Slot &slot : ranked) {
        const Technician &t = input->technicians.value(slot.technician);
        w.beginObject()
            .field("technician_id", t.id)
            .field("technician_name", t.name)
            .field("planned_start", iso(slot.start))
            .field("position", slot.position)
            .field("added_travel_s", slot.addedTravelS)
            .endObject();
    }
    w.endArray().endObject();
    return w.take();
}

} // namespace fielddesk::server
