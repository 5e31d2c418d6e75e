#include "services/jobwrite.h"

#include "events/eventnotifier.h"
#include "events/eventtypes.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/jobrepository.h"
#include "repositories/technicianrepository.h"
#include "services/assignmentservice.h"
#include "services/spiffservice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace fielddesk::server {

namespace {

const QString kJobCreated = eventtype::jobCreated();

Failure noSuchJob(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no job #%1.").arg(id));
}

// 409 for a change based on an old version: names who changed the job last and carries the
// job as it is now in "current".
Failure versionConflict(Database &db, qint64 tenantId, const Job &current, qint64 expectedVersion)
{
    QString who;
    QJsonObject lastChange;
    SqlQuery q(db, QStringLiteral("SELECT actor_name, action, occurred_at FROM dispatch_history "
                                  "WHERE job_id = ? ORDER BY id DESC LIMIT 1"));
    q.bind(current.id).exec();
    if (q.next()) {
        // For programs (and the console, which shows it on its own clock) as data too.
        lastChange = {{QStringLiteral("action"), q.text(1)},
                      {QStringLiteral("actor_name"), q.text(0)},
                      {QStringLiteral("occurred_at"), q.text(2)}};
        // When, on the clock of the job's location (people read it).
        const std::optional<QDateTime> at = parseTimestamp(q.text(2));
        who = QStringLiteral(" Last change: %1 by %2 at %3.")
                  .arg(q.text(1).replace(QLatin1Char('_'), QLatin1Char(' ')),
                       q.text(0).isEmpty() ? QStringLiteral("someone") : q.text(0),
                       at ? locationClock(db, tenantId, current.locationId).dateTime(*at)
                          : q.text(2));
    }
    Failure f = Failure::conflict(
        QStringLiteral("Job #%1 is at version %2, you sent %3; nothing was changed.%4")
            .arg(current.id)
            .arg(current.version)
            .arg(expectedVersion)
            .arg(who));
    f.type = QStringLiteral("/problems/version-conflict");
    f.title = QStringLiteral("The job was changed meanwhile");
    f.extensions.append({"current", toJsonText(current)});
    if (!lastChange.isEmpty())
        f.extensions.append(
            {"last_change", QJsonDocument(lastChange).toJson(QJsonDocument::Compact)});
    return f;
}

// Whether the job as written differs from `after` in what is joined from other tables (the
// customer's and technician's names, the skills' names): then it is read back. The rest of
// the row is exactly what was written. An editor that sets a new technician's name (assign
// does, from the technician it checked) saves the read.
bool joinedColumnsChanged(const Job &before, const Job &after, const JobChange &change)
{
    return change.skillIds || before.customerId != after.customerId ||
           (before.technicianId != after.technicianId && after.technicianId &&
            after.technicianName.isEmpty());
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

JobScope jobScopeOf(Database &db, const Principal &caller)
{
    JobScope scope;
    if (caller.isCustomerKey()) {
        scope.customerId = caller.customerId;
    } else if (caller.role == Role::Employee) {
        const std::optional<Technician> self =
            TechnicianRepository(db).findByUser(caller.tenantId, caller.userId);
        scope.technicianId = self ? self->id : -1; // no profile: nothing to see
    } else {
        scope.locationIds = caller.visibleLocations();
    }
    return scope;
}

bool canSeeJob(Database &db, const Principal &caller, const Job &job)
{
    return jobScopeOf(db, caller).admits(job);
}

JobWrite::JobWrite(Database &db,
                   EventNotifier &events,
                   const TravelModel &serverTravel,
                   const CallContext &call,
                   QList<qint64> jobIds)
    : m_db(db)
    , m_events(events)
    , m_call(call)
    , m_locked(sortedUnique(std::move(jobIds)))
    , m_tx(db)
    , m_lookups(db, call.principal.tenantId)
    , m_log(db, call, serverTravel, m_lookups)
{
    for (Job &job : JobRepository(m_db).readForUpdate(m_call.principal.tenantId, m_locked))
        m_current.insert(job.id, std::move(job));
}

Job JobWrite::create(const Job &job, const QList<qint64> &skillIds)
{
    JobRepository jobs(m_db);
    const qint64 tenantId = m_call.principal.tenantId;
    const Job inserted = jobs.insert(tenantId, job, skillIds, m_call.principal.apiKeyId);
    const Job stored = jobs.find(tenantId, inserted.id).value();
    m_written.append(stored.id);
    m_writtenSpans.append(JobRepository::spanOf(stored));
    m_log.record(QStringLiteral("created"), kJobCreated, std::nullopt, stored);
    return stored;
}

Result<Job>
JobWrite::change(qint64 jobId, std::optional<qint64> expectedVersion, const JobEditor &edit)
{
    if (!std::binary_search(m_locked.cbegin(), m_locked.cend(), jobId))
        throw std::logic_error("JobWrite::change of a job it did not lock");
    const qint64 tenantId = m_call.principal.tenantId;
    const auto current = m_current.constFind(jobId);
    if (current == m_current.cend() || !canSeeJob(m_db, m_call.principal, *current))
        return noSuchJob(jobId);
    const Job before = *current; // a copy: the entry is replaced below
    if (expectedVersion && *expectedVersion != before.version)
        return versionConflict(m_db, tenantId, before, *expectedVersion);

    Job after = before;
    const Result<std::optional<JobChange>> change = edit(before, after);
    if (!change)
        return change.failure();
    if (!*change)
        return before;
    const JobChange &what = **change;
    after.version = before.version + 1;
    after.updatedAt = nowTimestamp();
    // Described before it is written: whatever of it is written is then in the description.
    m_written.append(jobId);
    m_writtenSpans << JobRepository::spanOf(before) << JobRepository::spanOf(after);
    JobRepository jobs(m_db);
    if (!jobs.update(tenantId, before, after))
        return versionConflict(m_db, tenantId, jobs.find(tenantId, jobId).value(), before.version);
    if (what.skillIds)
        jobs.replaceSkills(jobId, *what.skillIds);
    if (joinedColumnsChanged(before, after, what))
        after = jobs.find(tenantId, jobId).value();
    m_current.insert(jobId, after);
    m_log.record(what.action, what.eventType, before, after, what.extraData);
    // A completed job earns its technician the spiffs of its service, in this transaction
    // (once per job: a unique index, so a retried completion files none again).
    if (after.status == JobStatus::Completed && before.status != JobStatus::Completed)
        SpiffService::jobCompleted(m_db, m_call, after);
    return after;
}

void JobWrite::commit()
{
    m_tx.describe(m_call.principal.tenantId, m_written, m_writtenSpans);
    m_tx.commit();
    if (m_log.recordedAny())
        m_events.notifyCommitted();
}

} // namespace fielddesk::server
