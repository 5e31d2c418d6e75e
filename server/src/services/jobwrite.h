// The one way a job is written. Every change (update, status, cancel, assign, unassign, a
// batch, applying a route) and every new job goes through a JobWrite: it opens the
// transaction, locks the jobs it will touch, checks that the caller may see each job and that
// the caller's version is current, bumps the version, writes the changed columns, records the
// history row and the event, and commits.
//
// Lock order (PostgreSQL): job rows, then the tenant's span bound, then at commit the outbox's
// advisory lock (events are appended last, EventRepository::append) and the job tallies
// (deferred triggers). A JobWrite locks every job it may change in its constructor, before
// anything is recorded; changing a job it did not lock is a programming error (it throws).
//
// Its transaction says what it changed (Transaction::describe: these jobs, within their spans
// before and after) so the job lists' caches keep what it did not touch. Whatever else is
// written in it must not show in a job list (spiffs, a series' rule and forecasts do not; a
// customer's or technician's name would).
#pragma once

#include "core/result.h"
#include "fielddesk/domain/dispatch.h"
#include "repositories/jobrepository.h"
#include "services/callcontext.h"
#include "services/jobchangelog.h"
#include "services/writelookups.h"
#include "storage/database.h"

#include <QHash>

#include <functional>
#include <optional>

namespace fielddesk::server {

class EventNotifier;

// What a change of a job is recorded as.
struct JobChange
{
    QString action;    // the history action ("assigned")
    QString eventType; // the event type ("scheduling.job.assigned.v1")
    // More members of the event's data object as (key, raw JSON value).
    QList<std::pair<QByteArray, QByteArray>> extraData;
    std::optional<QList<qint64>> skillIds; // the job's required skills, when they change
};

// Decides a change: edits `after` (a copy of `before`) and names the change, or answers
// nullopt when there is nothing to write (the job stays as it is), or a failure.
using JobEditor = std::function<Result<std::optional<JobChange>>(const Job &before, Job &after)>;

class JobWrite
{
public:
    // Opens the transaction and reads and locks `jobIds` (in id order, one statement).
    // `serverTravel`: the server's travel model (the tenant's settings over it forecast a
    // customer's "on the way").
    JobWrite(Database &db,
             EventNotifier &events,
             const TravelModel &serverTravel,
             const CallContext &call,
             QList<qint64> jobIds);
    JobWrite(const JobWrite &) = delete;
    JobWrite &operator=(const JobWrite &) = delete;

    // A new job, recorded as created; the job as stored.
    Job create(const Job &job, const QList<qint64> &skillIds);

    // Changes one of the locked jobs: 404 unless the caller may see it, 409 (with the job as
    // it is now) when `expectedVersion` is given and is not the job's version; then `edit`
    // decides. The job as stored afterwards.
    Result<Job> change(qint64 jobId, std::optional<qint64> expectedVersion, const JobEditor &edit);

    const CallContext &call() const { return m_call; }
    // The technicians and clocks this write reads, each once.
    WriteLookups &lookups() { return m_lookups; }

    // Commits; live consoles hear of it when anything was recorded. Without it, the
    // destructor rolls everything back.
    void commit();

private:
    Database &m_db;
    EventNotifier &m_events;
    const CallContext &m_call;
    QList<qint64> m_locked;
    Transaction m_tx;
    WriteLookups m_lookups;
    JobChangeLog m_log;
    // The locked jobs as this transaction has them: as read with their locks, then as written.
    QHash<qint64, Job> m_current;
    // What it wrote, for the commit's description.
    QList<qint64> m_written;
    QList<ChangeSpan> m_writtenSpans;
};

// The scope of jobs this caller may see at all (dispatch roles: their locations; technicians:
// their own jobs; customers' API keys: their own requests).
JobScope jobScopeOf(Database &db, const Principal &caller);
bool canSeeJob(Database &db, const Principal &caller, const Job &job);

} // namespace fielddesk::server
