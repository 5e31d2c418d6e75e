#include "services/assignmentservice.h"

#include "events/eventnotifier.h"
#include "events/eventtypes.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/locationrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "services/jobwrite.h"
#include "services/notificationservice.h"

namespace fielddesk::server {

namespace {

const QString kAssigned = eventtype::jobAssigned();
const QString kUnassigned = eventtype::jobUnassigned();
const QString kRescheduled = eventtype::jobRescheduled();

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

Result<std::optional<JobChange>> unassign(const Job &before, Job &after)
{
    if (!before.technicianId)
        return refused(QStringLiteral("Job #%1 is not assigned.").arg(before.id));
    if (before.status != JobStatus::Scheduled && before.status != JobStatus::Dispatched)
        return refused(QStringLiteral("Job #%1 is %2; it can no longer be unassigned.")
                           .arg(before.id)
                           .arg(jobStatusName(before.status)));
    after.technicianId.reset();
    after.technicianName.clear();
    after.plannedStart.clear();
    after.plannedEnd.clear();
    after.status = JobStatus::New;
    return std::optional<JobChange>(
        JobChange{QStringLiteral("unassigned"),
                  kUnassigned,
                  {{"previous_technician_id", idOrNull(before.technicianId)}},
                  std::nullopt});
}

// 409 listing what the dispatcher should look at before forcing the assignment.
Failure needsSecondLook(const Job &before, const QList<AssignmentWarning> &warnings)
{
    QStringList messages;
    for (const AssignmentWarning &w : warnings)
        messages << w.message;
    Failure p = Failure::conflict(QStringLiteral("%1 Send \"force\": true to assign anyway.")
                                      .arg(messages.join(QLatin1Char(' '))));
    p.type = QStringLiteral("/problems/assignment-warnings");
    p.title = QStringLiteral("The assignment needs a second look");
    p.extensions.append({"warnings", warningsJson(warnings)});
    p.extensions.append({"current", toJsonText(before)});
    return p;
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
    return warningsFor(job, technician,
                       locationClock(m_db, caller.tenantId, technician.locationId));
}

QList<AssignmentWarning> AssignmentService::warningsFor(const Job &job,
                                                        const Technician &technician,
                                                        const LocalClock &clock)
{
    const std::optional<QDateTime> start = parseTimestamp(job.plannedStart);
    if (!start)
        return {};
    AssignmentCheck check;
    check.job = job;
    check.technician = technician;
    check.clock = clock;
    const QTimeZone zone = check.clock.zone();
    // The technician's jobs and time off of that local day and around the job itself.
    const QDate day = start->toTimeZone(zone).date();
    const QString from = toTimestamp(std::min(day.startOfDay(zone), start->addSecs(-86400)));
    const QString to =
        toTimestamp(day.addDays(1).startOfDay(zone).addSecs(qint64(job.durationMin) * 60));
    check.otherJobs = JobRepository(m_db).bookingsOf(technician.id, from, to);
    check.periods = TechnicianRepository(m_db).availability(technician.id, from, to);
    return checkAssignment(check);
}

Result<AssignmentOutcome> AssignmentService::applyIn(JobWrite &write,
                                                     const Principal &caller,
                                                     const AssignmentRequest &request)
{
    QList<AssignmentWarning> warnings;
    const Result<Job> job = write.change(
        request.jobId, request.expectedVersion,
        [&](const Job &before, Job &after) -> Result<std::optional<JobChange>> {
            if (!request.assign) {
                return unassign(before, after);
            }
            if (!request.plannedStart.isValid())
                return Failure::validation(QStringLiteral("planned_start"),
                                           QStringLiteral("is required to assign"));
            static const QList<JobStatus> assignable{JobStatus::New, JobStatus::Scheduled,
                                                     JobStatus::Dispatched};
            if (!assignable.contains(before.status))
                return refused(QStringLiteral("Job #%1 is %2; it can no longer be assigned.")
                                   .arg(request.jobId)
                                   .arg(jobStatusName(before.status)));
            const Technician *technician = write.lookups().technician(request.technicianId);
            if (!technician || !caller.canAccessLocation(technician->locationId))
                return Failure::validation(QStringLiteral("technician_id"),
                                           QStringLiteral("is not a technician you can plan for"));
            if (!technician->active)
                return refused(QStringLiteral("%1 is not active.").arg(technician->name));
            const auto clock = [&] { return write.lookups().clockOf(technician->locationId); };

            after.technicianId = technician->id;
            after.technicianName = technician->name;
            after.plannedStart = toTimestamp(request.plannedStart);
            after.plannedEnd =
                toTimestamp(request.plannedStart.addSecs(qint64(after.durationMin) * 60));
            const bool sameTechnician = before.technicianId == after.technicianId;
            if (sameTechnician && before.plannedStart == after.plannedStart) {
                warnings = warningsFor(before, *technician, clock());
                return std::optional<JobChange>(); // already there: nothing to write
            }
            warnings = warningsFor(after, *technician, clock());
            if (!warnings.isEmpty() && !request.force)
                return needsSecondLook(before, warnings);
            if (before.status == JobStatus::New)
                after.status = JobStatus::Scheduled;
            else if (before.status == JobStatus::Dispatched && !sameTechnician)
                after.status = JobStatus::Scheduled; // the new technician is not dispatched yet
            if (sameTechnician)
                return std::optional<JobChange>(JobChange{QStringLiteral("rescheduled"),
                                                          kRescheduled,
                                                          {{"warnings", warningsJson(warnings)}},
                                                          std::nullopt});
            return std::optional<JobChange>(
                JobChange{QStringLiteral("assigned"),
                          kAssigned,
                          {{"previous_technician_id", idOrNull(before.technicianId)},
                           {"warnings", warningsJson(warnings)}},
                          std::nullopt});
        });
    if (!job)
        return job.failure();
    return AssignmentOutcome{*job, warnings};
}

Result<AssignmentOutcome> AssignmentService::apply(const CallContext &call,
                                                   const AssignmentRequest &request)
{
    JobWrite write(m_db, m_events, m_travel, call, {request.jobId});
    Result<AssignmentOutcome> outcome = applyIn(write, call.principal, request);
    if (outcome)
        write.commit();
    return outcome;
}

Result<QList<AssignmentOutcome>>
AssignmentService::applyBatch(const CallContext &call,
                              const QList<AssignmentRequest> &requests,
                              const std::function<void()> &alsoWrite)
{
    QList<qint64> jobIds;
    for (const AssignmentRequest &request : requests)
        jobIds.append(request.jobId);
    JobWrite write(m_db, m_events, m_travel, call, jobIds);
    QList<AssignmentOutcome> outcomes;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Result<AssignmentOutcome> outcome = applyIn(write, call.principal, requests.at(i));
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
    if (alsoWrite)
        alsoWrite();
    write.commit();
    return outcomes;
}

} // namespace fielddesk::server
