#include "services/assignmentservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/locationrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "services/jobchangelog.h"

namespace fielddesk::server {

namespace {

const QString kAssigned = QStringLiteral("scheduling.job.assigned.v1");
const QString kUnassigned = QStringLiteral("scheduling.job.unassigned.v1");
const QString kRescheduled = QStringLiteral("scheduling.job.rescheduled.v1");

Failure refused(const QString &detail)
{
    Failure p = Failure::conflict(detail);
    p.type = QStringLiteral("/problems/assignment-refused");
    p.title = QStringLiteral("The assignment is not possible");
    return p;
}

QByteArray warningsJson(const QList<AssignmentWarning> &warnings)
{
    JsonWriter w(256);
    w.beginArray();
    for (const AssignmentWarning &warning : warnings)
        warning.writeJson(w);
    w.endArray();
    return w.take();
}

QByteArray idOrNull(const std::optional<qint64> &id)
{
    return id ? QByteArray::number(*id) : QByteArray("null");
}

} // namespace

void AssignmentOutcome::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.key("job");
    job.writeJson(w);
    w.key("warnings").rawValue(warningsJson(warnings));
    w.endObject();
}

LocalClock locationClock(Database &db, qint64 tenantId, qint64 locationId)
{
    const std::optional<Location> location = LocationRepository(db).find(tenantId, locationId);
    return LocalClock::forLocation(location ? location->timeZone : QString(), [&] {
        const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
        return tenant ? tenant->timeZone : QString();
    });
}

QTimeZone locationZone(Database &db, qint64 tenantId, qint64 locationId)
{
    return locationClock(db, tenantId, locationId).zone();
}

QList<AssignmentWarning> AssignmentService::warningsFor(const Principal &caller,
                                                        const Job &job,
                                                        const Technician &technician)
{
    const std::optional<QDateTime> start = parseTimestamp(job.plannedStart);
    if (!start)
        return {};
    AssignmentCheck check;
    check.job = job;
    check.technician = technician;
    check.clock = locationClock(m_db, caller.tenantId, technician.locationId);
    const QTimeZone zone = check.clock.zone();
    // The technician's jobs and time off of that local day and around the job itself.
    const QDate day = start->toTimeZone(zone).date();
    const QString from =
        toTimestamp(std::min(QDateTime(day, QTime(0, 0), zone), start->addSecs(-86400)));
    const QString to = toTimestamp(
        QDateTime(day.addDays(1), QTime(0, 0), zone).addSecs(qint64(job.durationMin) * 60));
    check.otherJobs = JobRepository(m_db).bookingsOf(technician.id, from, to);
    check.periods = TechnicianRepository(m_db).availability(technician.id, from, to);
    return checkAssignment(check);
}

Result<AssignmentOutcome> AssignmentService::applyInTransaction(const CallContext &call,
                                                                const AssignmentRequest &request,
                                                                JobChangeLog &log)
{
    const Principal &caller = call.principal;
    JobRepository jobs(m_db);
    const std::optional<Job> before = jobs.findForUpdate(caller.tenantId, request.jobId);
    if (!before || !m_jobs.canSee(caller, *before))
        return Failure::notFound(QStringLiteral("There is no job #%1.").arg(request.jobId));
    if (request.expectedVersion != before->version)
        return versionConflict(m_db, *before, request.expectedVersion);

    Job after = *before;
    if (!request.assign) {
        if (!before->technicianId)
            return refused(QStringLiteral("Job #%1 is not assigned.").arg(request.jobId));
        if (before->status != JobStatus::Scheduled && before->status != JobStatus::Dispatched)
            return refused(QStringLiteral("Job #%1 is %2; it can no longer be unassigned.")
                               .arg(request.jobId)
                               .arg(jobStatusName(before->status)));
        after.technicianId.reset();
        after.technicianName.clear();
        after.plannedStart.clear();
        after.plannedEnd.clear();
        after.status = JobStatus::New;
        after.version = before->version + 1;
        after.updatedAt = nowTimestamp();
        if (!jobs.update(caller.tenantId, *before, after))
            return versionConflict(m_db, *jobs.find(caller.tenantId, request.jobId),
                                   request.expectedVersion);
        log.record(QStringLiteral("unassigned"), kUnassigned, before, after,
                   {{"previous_technician_id", idOrNull(before->technicianId)}});
        return AssignmentOutcome{after, {}};
    }

    static const QList<JobStatus> assignable{JobStatus::New, JobStatus::Scheduled,
                                             JobStatus::Dispatched};
    if (!assignable.contains(before->status))
        return refused(QStringLiteral("Job #%1 is %2; it can no longer be assigned.")
                           .arg(request.jobId)
                           .arg(jobStatusName(before->status)));
    const std::optional<Technician> technician =
        TechnicianRepository(m_db).find(caller.tenantId, request.technicianId);
    if (!technician || !caller.canAccessLocation(technician->locationId))
        return Failure::validation(QStringLiteral("technician_id"),
                                   QStringLiteral("is not a technician you can plan for"));
    if (!technician->active)
        return refused(QStringLiteral("%1 is not active.").arg(technician->name));

    after.technicianId = technician->id;
    after.technicianName = technician->name;
    after.plannedStart = toTimestamp(*parseTimestamp(request.plannedStart));
    after.plannedEnd =
        toTimestamp(parseTimestamp(after.plannedStart)->addSecs(qint64(after.durationMin) * 60));
    const bool sameTechnician = before->technicianId == after.technicianId;
    if (sameTechnician && before->plannedStart == after.plannedStart)
        return AssignmentOutcome{*before, warningsFor(caller, *before, *technician)};

    const QList<AssignmentWarning> warnings = warningsFor(caller, after, *technician);
    if (!warnings.isEmpty() && !request.force) {
        QStringList messages;
        for (const AssignmentWarning &w : warnings)
            messages << w.message;
        Failure p = Failure::conflict(QStringLiteral("%1 Send \"force\": true to assign anyway.")
                                          .arg(messages.join(QLatin1Char(' '))));
        p.type = QStringLiteral("/problems/assignment-warnings");
        p.title = QStringLiteral("The assignment needs a second look");
        p.extensions.append({"warnings", warningsJson(warnings)});
        p.extensions.append({"current", toJsonText(*before)});
        return p;
    }
    if (before->status == JobStatus::New)
        after.status = JobStatus::Scheduled;
    else if (before->status == JobStatus::Dispatched && !sameTechnician)
        after.status = JobStatus::Scheduled; // the new technician has not been dispatched yet
    after.version = before->version + 1;
    after.updatedAt = nowTimestamp();
    if (!jobs.update(caller.tenantId, *before, after))
        return versionConflict(m_db, *jobs.find(caller.tenantId, request.jobId),
                               request.expectedVersion);
    if (sameTechnician) {
        log.record(QStringLiteral("rescheduled"), kRescheduled, before, after,
                   {{"warnings", warningsJson(warnings)}});
    } else {
        log.record(QStringLiteral("assigned"), kAssigned, before, after,
                   {{"previous_technician_id", idOrNull(before->technicianId)},
                    {"warnings", warningsJson(warnings)}});
    }
    return AssignmentOutcome{after, warnings};
}

Result<AssignmentOutcome> AssignmentService::apply(const CallContext &call,
                                                   const AssignmentRequest &request)
{
    JobChangeLog log(m_db, call);
    Transaction tx(m_db);
    Result<AssignmentOutcome> outcome = applyInTransaction(call, request, log);
    if (!outcome)
        return outcome;
    tx.commit();
    if (log.recordedAny())
        m_events.notifyCommitted();
    return outcome;
}

Result<QList<AssignmentOutcome>>
AssignmentService::applyBatch(const CallContext &call, const QList<AssignmentRequest> &requests)
{
    JobChangeLog log(m_db, call);
    QList<AssignmentOutcome> outcomes;
    Transaction tx(m_db);
    QList<qint64> jobIds;
    for (const AssignmentRequest &request : requests)
        jobIds.append(request.jobId);
    JobRepository(m_db).lockForUpdate(call.principal.tenantId, jobIds);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Result<AssignmentOutcome> outcome = applyInTransaction(call, requests.at(i), log);
        if (!outcome) {
            Failure p = outcome.failure();
            p.detail = QStringLiteral("Operation %1 (job #%2): %3")
                           .arg(i)
                           .arg(requests.at(i).jobId)
                           .arg(p.detail);
            p.extensions.append({"operation", QByteArray::number(i)});
            return p;
        }
        outcomes.append(*outcome);
    }
    tx.commit();
    if (log.recordedAny())
        m_events.notifyCommitted();
    return outcomes;
}

} // namespace fielddesk::server
