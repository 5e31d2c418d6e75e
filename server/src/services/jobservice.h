// The rules for jobs: who sees which (locations for dispatch roles, their own jobs for
// technicians, their own requests for customer API keys), creating and changing jobs, and
// the status lifecycle. Assignment lives in AssignmentService.
#pragma once

#include "core/result.h"
#include "repositories/dispatchhistoryrepository.h"
#include "repositories/jobrepository.h"
#include "services/callcontext.h"
#include "services/joblistcache.h"
#include "services/jobrowcache.h"
#include "services/jobsearchindexes.h"
#include "services/jobwrite.h"

#include "core/patch.h"

#include <QDateTime>

namespace fielddesk::server {

class EventNotifier;

// The fields of a new job, or of a partial change of one (only the named fields change).
struct JobFields
{
    Patch<QString> title; // trimmed
    Patch<qint64> locationId;
    NullablePatch<qint64> customerId;
    NullablePatch<qint64> addressId; // one of the customer's addresses
    Patch<QString> address;
    NullablePatch<double> latitude;
    NullablePatch<double> longitude;
    NullablePatch<qint64> serviceId; // its defaults fill duration, priority and skills
    Patch<QStringList> requiredSkills;
    Patch<int> priority;
    Patch<int> durationMin;
    Patch<QString> notes;
    Patch<bool> atRisk;
    Patch<QString> atRiskReason;
    NullablePatch<QDateTime> windowStart;
    NullablePatch<QDateTime> windowEnd;

    // Whether anything but the notes changes (a finished job keeps all but its notes).
    bool changesMoreThanNotes() const;
};

// Checks and applies the fields of a new job or of a change (of a job, or of a series'
// template): resolves the customer, address, service defaults and skills; the skill ids to
// link (nullopt: unchanged), or a 422 naming the field.
Result<std::optional<QList<qint64>>> applyJobFields(
    Database &db, const Principal &caller, Job &job, const JobFields &fields, bool creating);

// A job cancelled: `after` (a copy of `before`) with its status and the reason in its notes;
// the change to record.
JobChange cancellationOf(const Job &before, Job &after, const QString &reason);
// A change of a job's fields, recorded as "updated" (skill ids: when the skills change).
JobChange jobUpdated(std::optional<QList<qint64>> skillIds);

struct JobUpdate
{
    JobFields fields;
    std::optional<qint64> expectedVersion;
};

struct JobStatusChange
{
    JobStatus status = JobStatus::New;
    std::optional<qint64> expectedVersion;
};

struct JobCancellation
{
    QString reason; // trimmed; may be empty
    std::optional<qint64> expectedVersion;
};

class JobService
{
public:
    // listCacheEntries: how many recent list pages to keep (0: none). namesRecheckMs: how
    // often the tenant's names version is read again (kept jobs, a day's texts and the search
    // indexes carry names another instance changes without an event).
    // searchIndexJobs: the jobs the tenants' search indexes hold at most (0: off).
    JobService(Database &db,
               EventNotifier &events,
               const TravelModel &travel,
               int listCacheEntries = 0,
               qint64 dayKeysJobs = 0,
               qint64 rowCacheBytes = 0,
               int namesRecheckMs = kNamesRecheckMs,
               qint64 searchIndexJobs = 0)
        : m_db(db)
        , m_events(events)
        , m_travel(travel)
        , m_listCache(listCacheEntries, kListCacheTtlMs)
        , m_dayKeys(dayKeysJobs > 0 ? kDayKeysEntries : 0, kDayKeysTtlMs)
        , m_dayTexts(dayKeysJobs > 0 ? kDayKeysEntries : 0, kDayTextsTtlMs)
        , m_names(namesRecheckMs,
                  [&db](qint64 tenantId) { return JobRepository(db).namesVersion(tenantId); })
        , m_rows(rowCacheBytes, kKeptJobsTtlMs, &m_names)
        , m_searchIndexes(db, searchIndexJobs, m_names)
    {
        m_dayKeys.limitWeight(dayKeysJobs, [](const std::shared_ptr<const JobDayKeys> &keys) {
            return qint64(keys->size());
        });
        m_dayTexts.limitWeight(
            dayKeysJobs * kDayTextsBytesPerKeyedJob,
            [](const std::shared_ptr<const JobDayTexts> &texts) { return bytesOf(*texts); });
    }

    // A page from the list cache, or made of kept jobs, has its items as JSON only
    // (Page::itemsJson).
    Result<Page<Job>> list(const Principal &caller, const ListQuery &query);
    Result<Job> get(const Principal &caller, qint64 id);
    Result<Job> create(const CallContext &call, const JobFields &fields);
    Result<Job> update(const CallContext &call, qint64 id, const JobUpdate &update);
    Result<Job> changeStatus(const CallContext &call, qint64 id, const JobStatusChange &change);
    Result<Job> cancel(const CallContext &call, qint64 id, const JobCancellation &cancellation);
    Result<Page<DispatchHistoryEntry>>
    history(const Principal &caller, qint64 jobId, const ListQuery &query);
    Result<Page<DispatchHistoryEntry>> allHistory(const Principal &caller, const ListQuery &query);

    // How many pages the page cache read rather than found kept (for tests).
    int pagesRead() { return m_listCache.reads(); }
    // How many times a day's keys were read from the database, and patched with the jobs
    // changed (for tests).
    int dayKeysReads() { return m_dayKeys.reads(); }
    int dayKeysPatches() { return m_dayKeys.patches(); }
    // How many times a day's search texts were read (for tests).
    int dayTextsReads() { return m_dayTexts.reads(); }
    // How many jobs the pages made of kept jobs (every page but the page cache's) read from
    // the database (for tests).
    qint64 rowsRead() { return m_rows.jobsRead(); }
    // How many times a tenant's search index was built, and how many jobs were read again to
    // bring it up to date (for tests).
    int searchIndexBuilds() { return m_searchIndexes.builds(); }
    qint64 searchIndexJobsReread() { return m_searchIndexes.jobsReread(); }
    void waitForSearchIndexBuilds() { m_searchIndexes.waitForBuilds(); }

    static constexpr int kListCacheTtlMs = 5000;
    // A kept job's names (technician, customer, skills) may be changed by another instance
    // without an event: the tenant's names version is read again this often, so that a page
    // made of kept jobs, then kept as a page, shows them at most 6 s late.
    static constexpr int kNamesRecheckMs = 1000;

private:
    // A day's keys hold the jobs' own columns only, which change with an event or a local
    // commit (both in the stamp); the time to live is a bound for what nobody foresaw.
    static constexpr int kDayKeysTtlMs = 60000;
    // Days, orderings and ranges kept at most (their jobs are bounded by dayKeysJobs).
    static constexpr int kDayKeysEntries = 4096;
    // Beyond this many changed jobs a day's keys are read again rather than patched.
    static constexpr qsizetype kMostJobsPatched = 200;
    // Kept jobs live this long from their read (a bound for what nobody foresaw: their own
    // changes come with the stamp, their names' with the names version).
    static constexpr int kKeptJobsTtlMs = 60000;
    // A day's texts carry its customers' names, which change without an event (a rename
    // rewrites its jobs' texts): they are kept under the tenant's names epoch (m_names), and
    // otherwise as long as a day's keys. Their bytes kept at most, per job the keys may hold
    // (a text, notes included, may be 9 KB): 64 MB for the default.
    static constexpr qint64 kDayTextsBytesPerKeyedJob = 32;
    static constexpr int kDayTextsTtlMs = kDayKeysTtlMs;
    static qint64 bytesOf(const JobDayTexts &texts);
    // Whether what was read of the tenant's jobs overlapping [from, to) (both empty: all its
    // jobs) under one stamp holds under a later one: no commit between them changed a job
    // there, or moved one in or out.
    std::function<bool(const DataStamp &, const DataStamp &)>
    unchangedRange(qint64 tenantId, const QString &from, const QString &to) const;
    // What this process committed between two stamps (CommitJournal); nullopt: anything may
    // have changed.
    std::optional<QList<CommitNote>> changesBetween(const DataStamp &older,
                                                    const DataStamp &newer) const;
    JobSearchIndexes::Changes changes() const; // changesBetween, as a function
    // The tenant's jobs that commits between two stamps changed within [from, to), before or
    // after (both bounds empty: anywhere); nullopt when the journal cannot say.
    std::optional<QList<qint64>> jobsChangedIn(qint64 tenantId,
                                               const QString &from,
                                               const QString &to,
                                               const DataStamp &older,
                                               const DataStamp &newer) const;

    DataStamp dataStamp();
    // The page a selection names, its jobs kept or read (m_rows).
    Page<Job> pageOf(qint64 tenantId,
                     const JobScope &scope,
                     const DataStamp &stamp,
                     const JobDayKeys::Selection &selection);
    // A page of the list: from the tenant's search index (an undated search) or the keys of
    // its day when they answer it, else counted and read by the engine.
    Page<Job> readPage(qint64 tenantId,
                       const JobScope &scope,
                       const JobListFilter &extra,
                       const ListQuery &query,
                       const DataStamp &stamp);

    Database &m_db;
    EventNotifier &m_events;
    TravelModel m_travel; // the server's
    JobListCache m_listCache;
    StampedCache<std::shared_ptr<const JobDayKeys>> m_dayKeys;   // by tenant, range, ordering
    StampedCache<std::shared_ptr<const JobDayTexts>> m_dayTexts; // by tenant, range, names epoch
    // The names the tenants' jobs carry (another server renames them without a job event):
    // kept jobs, a day's texts and the search indexes follow this one watch.
    TenantNamesWatch m_names;
    JobRowCache m_rows;               // the jobs of the pages (keys', search indexes', engine's)
    JobSearchIndexes m_searchIndexes; // undated searches, by tenant
};

} // namespace fielddesk::server
