#include "services/jobservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "http/bodyschema.h"
#include "repositories/customerrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/servicetyperepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "services/catalogservice.h"
#include "services/jobchangelog.h"

#include <QJsonArray>
#include <QTimeZone>

namespace fielddesk::server {

namespace {

const QString kCreated = QStringLiteral("scheduling.job.created.v1");
const QString kUpdated = QStringLiteral("scheduling.job.updated.v1");
const QString kStatusChanged = QStringLiteral("scheduling.job.status_changed.v1");

Failure jobNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such job."));
}

QByteArray quoted(const QString &text)
{
    QByteArray out;
    JsonWriter::appendEscaped(out, text);
    return out;
}

// Turns "YYYY-MM-DD" in a zone into [local midnight, next local midnight) in UTC.
std::optional<std::pair<QString, QString>> dayRange(const QString &date, const QTimeZone &zone)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return std::make_pair(toTimestamp(QDateTime(day, QTime(0, 0), zone)),
                          toTimestamp(QDateTime(day.addDays(1), QTime(0, 0), zone)));
}

QTimeZone tenantZone(Database &db, qint64 tenantId)
{
    const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
    return timeZoneNamed(tenant ? tenant->timeZone : QStringLiteral("UTC"));
}

QString plannedEndOf(const Job &job)
{
    const std::optional<QDateTime> start = parseTimestamp(job.plannedStart);
    return start ? toTimestamp(start->addSecs(qint64(job.durationMin) * 60)) : QString();
}

// Checks and applies the job fields of a create or update body. Resolves the customer,
// address, service defaults and skills; returns the skill ids to link (nullopt: unchanged).
Result<std::optional<QList<qint64>>> applyJobFields(
    Database &db, const Principal &caller, Job &job, const QJsonObject &body, bool creating)
{
    const qint64 tenantId = caller.tenantId;
    if (hasField(body, "title"))
        job.title = body.value(QLatin1String("title")).toString().trimmed();
    if (job.title.isEmpty())
        return Failure::validation(QStringLiteral("title"), QStringLiteral("may not be empty"));
    if (hasField(body, "location_id")) {
        const qint64 locationId = body.value(QLatin1String("location_id")).toInteger();
        if (!LocationRepository(db).find(tenantId, locationId) ||
            !caller.canAccessLocation(locationId))
            return Failure::validation(QStringLiteral("location_id"),
                                       QStringLiteral("is not a location you can plan for"));
        job.locationId = locationId;
    }
    if (hasField(body, "customer_id")) {
        const QJsonValue v = body.value(QLatin1String("customer_id"));
        if (v.isNull()) {
            job.customerId.reset();
            job.customerName.clear();
        } else {
            const std::optional<Customer> customer =
                CustomerRepository(db).find(tenantId, v.toInteger());
            if (!customer)
                return Failure::validation(QStringLiteral("customer_id"),
                                           QStringLiteral("is not a customer of this tenant"));
            job.customerId = customer->id;
            job.customerName = customer->name;
        }
    }
    if (hasField(body, "address_id")) {
        const QJsonValue v = body.value(QLatin1String("address_id"));
        if (v.isNull()) {
            job.addressId.reset();
        } else {
            const std::optional<CustomerAddress> address =
                job.customerId
                    ? CustomerRepository(db).findAddress(tenantId, *job.customerId, v.toInteger())
                    : std::nullopt;
            if (!address)
                return Failure::validation(
                    QStringLiteral("address_id"),
                    QStringLiteral("is not an address of the job's customer"));
            job.addressId = address->id;
            if (!hasField(body, "address"))
                job.address = address->address;
            if (!hasField(body, "latitude") && !hasField(body, "longitude")) {
                job.latitude = address->latitude;
                job.longitude = address->longitude;
            }
        }
    }
    if (hasField(body, "address"))
        job.address = body.value(QLatin1String("address")).toString();
    for (const char *key : {"latitude", "longitude"}) {
        if (!hasField(body, key))
            continue;
        const QJsonValue v = body.value(QLatin1String(key));
        (key[1] == 'a' ? job.latitude : job.longitude) =
            v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }
    if (job.latitude.has_value() != job.longitude.has_value())
        return Failure::validation(QStringLiteral("latitude"),
                                   QStringLiteral("latitude and longitude go together"));

    QStringList skills = job.requiredSkills;
    bool skillsChanged = false;
    if (hasField(body, "service_id")) {
        const QJsonValue v = body.value(QLatin1String("service_id"));
        if (v.isNull()) {
            job.serviceId.reset();
        } else {
            const std::optional<ServiceType> service =
                ServiceTypeRepository(db).find(tenantId, v.toInteger());
            if (!service)
                return Failure::validation(QStringLiteral("service_id"),
                                           QStringLiteral("is not a service of this tenant"));
            job.serviceId = service->id;
            // The service's defaults fill what the body leaves out.
            if (!hasField(body, "duration_min"))
                job.durationMin = service->durationMin;
            if (!hasField(body, "priority"))
                job.priority = service->priority;
            if (!hasField(body, "required_skills") && !service->requiredSkill.isEmpty()) {
                skills = {service->requiredSkill};
                skillsChanged = true;
            }
        }
    }
    if (hasField(body, "required_skills")) {
        skills.clear();
        for (const QJsonValue &v : body.value(QLatin1String("required_skills")).toArray())
            skills << v.toString().trimmed();
        skillsChanged = true;
    }
    if (hasField(body, "priority"))
        job.priority = body.value(QLatin1String("priority")).toInt();
    if (hasField(body, "duration_min"))
        job.durationMin = body.value(QLatin1String("duration_min")).toInt();
    if (hasField(body, "notes"))
        job.notes = body.value(QLatin1String("notes")).toString();
    if (hasField(body, "at_risk"))
        job.atRisk = body.value(QLatin1String("at_risk")).toBool();
    if (hasField(body, "at_risk_reason"))
        job.atRiskReason = body.value(QLatin1String("at_risk_reason")).toString();

    for (const char *key : {"window_start", "window_end"}) {
        if (!hasField(body, key))
            continue;
        const QJsonValue v = body.value(QLatin1String(key));
        const QString value = v.isNull() ? QString() : toTimestamp(*parseTimestamp(v.toString()));
        (key[7] == 's' ? job.windowStart : job.windowEnd) = value;
    }
    if (job.windowStart.isEmpty() != job.windowEnd.isEmpty())
        return Failure::validation(QStringLiteral("window_end"),
                                   QStringLiteral("window_start and window_end go together"));
    if (!job.windowStart.isEmpty()) {
        const QDateTime start = *parseTimestamp(job.windowStart);
        const QDateTime end = *parseTimestamp(job.windowEnd);
        if (end <= start)
            return Failure::validation(QStringLiteral("window_end"),
                                       QStringLiteral("must be after window_start"));
        if (start.daysTo(end) > JobRepository::kMaxWindowDays)
            return Failure::validation(QStringLiteral("window_end"),
                                       QStringLiteral("a window may span at most %1 days")
                                           .arg(JobRepository::kMaxWindowDays));
    }
    if (!job.plannedStart.isEmpty())
        job.plannedEnd = plannedEndOf(job);

    if (!skillsChanged && !creating)
        return std::optional<QList<qint64>>();
    const Result<QList<qint64>> ids =
        skillIdsFor(db, tenantId, skills, QStringLiteral("required_skills"));
    if (!ids)
        return ids.failure();
    job.requiredSkills = skills;
    std::sort(job.requiredSkills.begin(), job.requiredSkills.end());
    job.requiredSkills.removeDuplicates();
    return std::optional<QList<qint64>>(*ids);
}

} // namespace

Failure versionConflict(Database &db, const Job &current, qint64 expectedVersion)
{
    QString who;
    SqlQuery q(db, QStringLiteral("SELECT actor_name, action, occurred_at FROM dispatch_history "
                                  "WHERE job_id = ? ORDER BY id DESC LIMIT 1"));
    q.bind(current.id).exec();
    if (q.next()) {
        who = QStringLiteral(" Last change: %1 by %2 at %3.")
                  .arg(q.text(1).replace(QLatin1Char('_'), QLatin1Char(' ')),
                       q.text(0).isEmpty() ? QStringLiteral("someone") : q.text(0), q.text(2));
    }
    Failure p;
    p.kind = FailureKind::Conflict;
    p.type = QStringLiteral("/problems/version-conflict");
    p.title = QStringLiteral("The job was changed meanwhile");
    p.detail = QStringLiteral("Job #%1 is at version %2, you sent %3; nothing was changed.%4")
                   .arg(current.id)
                   .arg(current.version)
                   .arg(expectedVersion)
                   .arg(who);
    p.extensions.append({"current", toJsonText(current)});
    return p;
}

JobScope JobService::scopeOf(const Principal &caller)
{
    JobScope scope;
    if (caller.isCustomerKey()) {
        scope.customerId = caller.customerId;
    } else if (caller.role == Role::Employee) {
        const std::optional<Technician> self =
            TechnicianRepository(m_db).findByUser(caller.tenantId, caller.userId);
        scope.technicianId = self ? self->id : -1; // no profile: nothing to see
    } else {
        scope.locationIds = caller.visibleLocations();
    }
    return scope;
}

bool JobService::canSee(const Principal &caller, const Job &job)
{
    const JobScope scope = scopeOf(caller);
    if (scope.customerId && job.customerId != scope.customerId)
        return false;
    if (scope.technicianId && job.technicianId != scope.technicianId)
        return false;
    if (scope.locationIds && !scope.locationIds->contains(job.locationId))
        return false;
    return true;
}

Result<Page<Job>> JobService::list(const Principal &caller, const ListQuery &query)
{
    JobListFilter extra;
    const auto param = [&query](const char *name) {
        return query.raw.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (const QString date = param("date"); !date.isEmpty()) {
        const auto range = dayRange(date, tenantZone(m_db, caller.tenantId));
        if (!range)
            return Failure::validation(QStringLiteral("date"),
                                       QStringLiteral("must be a date as YYYY-MM-DD"));
        std::tie(extra.from, extra.to) = *range;
    }
    for (const char *name : {"from", "to"}) {
        const QString value = param(name);
        if (value.isEmpty())
            continue;
        const std::optional<QDateTime> t = parseTimestamp(value);
        if (!t)
            return Failure::validation(QLatin1String(name),
                                       QStringLiteral("must be an ISO 8601 date-time with a zone"));
        (name[0] == 'f' ? extra.from : extra.to) = toTimestamp(*t);
    }
    if (const QString unassigned = param("unassigned"); !unassigned.isEmpty()) {
        if (unassigned != QLatin1String("true") && unassigned != QLatin1String("false"))
            return Failure::validation(QStringLiteral("unassigned"),
                                       QStringLiteral("must be true or false"));
        extra.unassignedOnly = unassigned == QLatin1String("true");
    }
    extra.skill = param("skill");
    const JobScope scope = scopeOf(caller);
    if (!m_listCache.enabled())
        return JobRepository(m_db).list(caller.tenantId, scope, extra, query);

    QStringList locations;
    for (const qint64 id : scope.locationIds.value_or(QList<qint64>{}))
        locations << QString::number(id);
    const QString key =
        QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(caller.tenantId)
            .arg(scope.locationIds ? locations.join(QLatin1Char(',')) : QStringLiteral("*"))
            .arg(scope.technicianId.value_or(0))
            .arg(scope.customerId.value_or(0))
            .arg(extra.from + extra.to)
            .arg(query.raw.toString(QUrl::FullyEncoded));
    const DataStamp stamp = dataStamp(); // before reading, so a change meanwhile misses
    if (std::optional<Page<Job>> cached = m_listCache.find(key, stamp))
        return *cached;
    return m_listCache.store(key, stamp,
                             JobRepository(m_db).list(caller.tenantId, scope, extra, query));
}

DataStamp JobService::dataStamp()
{
    DataStamp stamp;
    stamp.localCommits = m_db.commitCount();
    SqlQuery q(m_db, QStringLiteral("SELECT MAX(id) FROM outbox_events"));
    q.exec();
    stamp.lastEventId = q.next() && !q.isNull(0) ? q.integer(0) : 0;
    return stamp;
}

Result<Job> JobService::get(const Principal &caller, qint64 id)
{
    const std::optional<Job> job = JobRepository(m_db).find(caller.tenantId, id);
    if (!job || !canSee(caller, *job))
        return jobNotFound();
    return *job;
}

Result<Job> JobService::create(const CallContext &call, const QJsonObject &body)
{
    const Principal &caller = call.principal;
    Job job;
    QJsonObject fields = body;
    if (caller.isCustomerKey()) {
        // A customer's system files requests for itself, at the location of its key.
        for (const char *key : {"customer_id", "location_id", "at_risk", "at_risk_reason"}) {
            if (fields.contains(QLatin1String(key)))
                return Failure::validation(QLatin1String(key),
                                           QStringLiteral("is set by the API key"));
        }
        job.locationId = caller.locationIds.value(0);
        fields.insert(QStringLiteral("customer_id"), *caller.customerId);
    } else if (!fields.contains(QLatin1String("location_id"))) {
        return Failure::validation(QStringLiteral("location_id"), QStringLiteral("is required"));
    }
    Transaction tx(m_db);
    const Result<std::optional<QList<qint64>>> skills =
        applyJobFields(m_db, caller, job, fields, true);
    if (!skills)
        return skills.failure();
    job = JobRepository(m_db).insert(caller.tenantId, job, skills->value_or(QList<qint64>()),
                                     caller.apiKeyId);
    job = *JobRepository(m_db).find(caller.tenantId, job.id);
    JobChangeLog(m_db, call).record(QStringLiteral("created"), kCreated, std::nullopt, job);
    tx.commit();
    m_events.notifyCommitted();
    return job;
}

Result<Job> JobService::update(const CallContext &call, qint64 id, const QJsonObject &body)
{
    const Principal &caller = call.principal;
    JobRepository jobs(m_db);
    Transaction tx(m_db);
    const std::optional<Job> before = jobs.findForUpdate(caller.tenantId, id);
    if (!before || !canSee(caller, *before))
        return jobNotFound();
    if (hasField(body, "expected_version")) {
        const qint64 expected = body.value(QLatin1String("expected_version")).toInteger();
        if (expected != before->version)
            return versionConflict(m_db, *before, expected);
    }
    if (isTerminal(before->status)) {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != QLatin1String("notes") && it.key() != QLatin1String("expected_version"))
                return Failure::conflict(QStringLiteral("Job #%1 is %2; only its notes can change.")
                                             .arg(id)
                                             .arg(jobStatusName(before->status)));
        }
    }
    Job after = *before;
    const Result<std::optional<QList<qint64>>> skills =
        applyJobFields(m_db, caller, after, body, false);
    if (!skills)
        return skills.failure();
    after.version = before->version + 1;
    after.updatedAt = nowTimestamp();
    if (!jobs.update(caller.tenantId, *before, after))
        return versionConflict(m_db, *jobs.find(caller.tenantId, id), before->version);
    if (*skills)
        jobs.replaceSkills(id, **skills);
    after = *jobs.find(caller.tenantId, id);
    JobChangeLog(m_db, call).record(QStringLiteral("updated"), kUpdated, before, after);
    tx.commit();
    m_events.notifyCommitted();
    return after;
}

Result<Job> JobService::changeStatus(const CallContext &call, qint64 id, const QJsonObject &body)
{
    const Principal &caller = call.principal;
    const JobStatus target = *jobStatusFromName(body.value(QLatin1String("status")).toString());
    JobRepository jobs(m_db);
    Transaction tx(m_db);
    const std::optional<Job> before = jobs.findForUpdate(caller.tenantId, id);
    if (!before || !canSee(caller, *before))
        return jobNotFound();
    if (hasField(body, "expected_version")) {
        const qint64 expected = body.value(QLatin1String("expected_version")).toInteger();
        if (expected != before->version)
            return versionConflict(m_db, *before, expected);
    }
    const QList<JobStatus> allowed = allowedStatusChanges(before->status);
    if (!allowed.contains(target)) {
        QStringList names;
        QByteArray list = "[";
        for (const JobStatus s : allowed) {
            names << jobStatusName(s);
            list += (list.size() > 1 ? "," : "") + quoted(jobStatusName(s));
        }
        list += "]";
        Failure p = Failure::conflict(
            QStringLiteral("Job #%1 cannot go from %2 to %3. %4")
                .arg(id)
                .arg(jobStatusName(before->status), jobStatusName(target),
                     names.isEmpty()
                         ? QStringLiteral("It is finished.")
                         : QStringLiteral("Allowed: %1.").arg(names.join(QStringLiteral(", ")))));
        p.type = QStringLiteral("/problems/illegal-transition");
        p.title = QStringLiteral("Illegal status change");
        p.extensions.append({"allowed", list});
        p.extensions.append({"current", toJsonText(*before)});
        return p;
    }
    if (caller.role == Role::Employee && !caller.isCustomerKey()) {
        static const QList<JobStatus> fieldSteps{JobStatus::EnRoute, JobStatus::OnSite,
                                                 JobStatus::Completed};
        if (!fieldSteps.contains(target))
            return Failure::forbidden(
                QStringLiteral("Technicians report en route, on site and completed; the "
                               "dispatcher does the rest."));
    }
    Job after = *before;
    after.status = target;
    after.version = before->version + 1;
    after.updatedAt = nowTimestamp();
    if (!jobs.update(caller.tenantId, *before, after))
        return versionConflict(m_db, *jobs.find(caller.tenantId, id), before->version);
    JobChangeLog(m_db, call)
        .record(QStringLiteral("status_changed"), kStatusChanged, before, after,
                {{"from", quoted(jobStatusName(before->status))},
                 {"to", quoted(jobStatusName(target))}});
    tx.commit();
    m_events.notifyCommitted();
    return after;
}

Result<Job> JobService::cancel(const CallContext &call, qint64 id, const QJsonObject &body)
{
    const Principal &caller = call.principal;
    JobRepository jobs(m_db);
    Transaction tx(m_db);
    const std::optional<Job> before = jobs.findForUpdate(caller.tenantId, id);
    if (!before || !canSee(caller, *before))
        return jobNotFound();
    if (hasField(body, "expected_version")) {
        const qint64 expected = body.value(QLatin1String("expected_version")).toInteger();
        if (expected != before->version)
            return versionConflict(m_db, *before, expected);
    }
    if (caller.isCustomerKey() && before->status != JobStatus::New &&
        before->status != JobStatus::Scheduled)
        return Failure::conflict(QStringLiteral(
            "A technician is already on the way; call the office to cancel this visit."));
    if (caller.role == Role::Employee && !caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("Only the office can cancel a job."));
    if (isTerminal(before->status))
        return Failure::conflict(
            QStringLiteral("Job #%1 is already %2.").arg(id).arg(jobStatusName(before->status)));
    Job after = *before;
    after.status = JobStatus::Cancelled;
    const QString reason = body.value(QLatin1String("reason")).toString().trimmed();
    if (!reason.isEmpty())
        after.notes += (after.notes.isEmpty() ? QString() : QStringLiteral("\n")) +
                       QStringLiteral("Cancelled: ") + reason;
    after.version = before->version + 1;
    after.updatedAt = nowTimestamp();
    if (!jobs.update(caller.tenantId, *before, after))
        return versionConflict(m_db, *jobs.find(caller.tenantId, id), before->version);
    JobChangeLog(m_db, call)
        .record(QStringLiteral("status_changed"), kStatusChanged, before, after,
                {{"from", quoted(jobStatusName(before->status))},
                 {"to", quoted(QStringLiteral("cancelled"))},
                 {"reason", quoted(reason)}});
    tx.commit();
    m_events.notifyCommitted();
    return after;
}

Result<Page<DispatchHistoryEntry>>
JobService::history(const Principal &caller, qint64 jobId, const ListQuery &query)
{
    const Result<Job> job = get(caller, jobId);
    if (!job)
        return job.failure();
    ListQuery scoped = query;
    static const FilterSpec jobFilter{
        QStringLiteral("job_id"), QStringLiteral("job_id"), FilterType::Integer, false, {}};
    scoped.filters.append({&jobFilter, {jobId}});
    return DispatchHistoryRepository(m_db).list(caller.tenantId, std::nullopt, scoped);
}

Result<Page<DispatchHistoryEntry>> JobService::allHistory(const Principal &caller,
                                                          const ListQuery &query)
{
    for (const char *name : {"from", "to"}) {
        const QString value = query.raw.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        if (!value.isEmpty() && !parseTimestamp(value))
            return Failure::validation(QLatin1String(name),
                                       QStringLiteral("must be an ISO 8601 date-time with a zone"));
    }
    const QString technician = query.raw.queryItemValue(QStringLiteral("technician_id"));
    bool ok = true;
    if (!technician.isEmpty() && (technician.toLongLong(&ok), !ok))
        return Failure::validation(QStringLiteral("technician_id"),
                                   QStringLiteral("must be an integer"));
    return DispatchHistoryRepository(m_db).list(caller.tenantId, caller.visibleLocations(), query);
}

} // namespace fielddesk::server
