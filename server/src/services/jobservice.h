// The rules for jobs: who sees which (locations for dispatch roles, their own jobs for
// technicians, their own requests for customer API keys), creating and changing jobs, and
// the status lifecycle. Assignment lives in AssignmentService.
#pragma once

#include "core/result.h"
#include "repositories/dispatchhistoryrepository.h"
#include "repositories/jobrepository.h"
#include "services/callcontext.h"
#include "services/joblistcache.h"

#include <QJsonObject>

namespace fielddesk::server {

class EventNotifier;

class JobService
{
public:
    // listCacheEntries: how many recent list pages to keep (0: none).
    JobService(Database &db, EventNotifier &events, int listCacheEntries = 0)
        : m_db(db)
        , m_events(events)
        , m_listCache(listCacheEntries, kListCacheTtlMs)
    {}

    // A page from the list cache has its items as JSON only (Page::itemsJson).
    Result<Page<Job>> list(const Principal &caller, const ListQuery &query);
    Result<Job> get(const Principal &caller, qint64 id);
    Result<Job> create(const CallContext &call, const QJsonObject &body);
    Result<Job> update(const CallContext &call, qint64 id, const QJsonObject &body);
    Result<Job> changeStatus(const CallContext &call, qint64 id, const QJsonObject &body);
    Result<Job> cancel(const CallContext &call, qint64 id, const QJsonObject &body);
    Result<Page<DispatchHistoryEntry>>
    history(const Principal &caller, qint64 jobId, const ListQuery &query);
    Result<Page<DispatchHistoryEntry>> allHistory(const Principal &caller, const ListQuery &query);

    // The scope of jobs this caller may see at all.
    JobScope scopeOf(const Principal &caller);
    bool canSee(const Principal &caller, const Job &job);

private:
    static constexpr int kListCacheTtlMs = 5000;

    DataStamp dataStamp();

    Database &m_db;
    EventNotifier &m_events;
    JobListCache m_listCache;
};

// 409 for a change based on an old version: names who changed the job last and carries
// the job as it is now in "current".
Failure versionConflict(Database &db, const Job &current, qint64 expectedVersion);

} // namespace fielddesk::server
