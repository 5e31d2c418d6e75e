// SQL for jobs. Every write goes through update() with the version the caller read, so a
// change based on a stale read changes nothing (optimistic concurrency).
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "repositories/jobdaykeys.h"
#include "repositories/jobsearchindex.h"
#include "storage/commitjournal.h"
#include "storage/page.h"

#include <functional>
#include <optional>

namespace fielddesk::server {

class BatchedTransaction;

// What a caller may see, and the list filters that are not plain column comparisons
// (resolved by the service: a date becomes a from/to range in the tenant's time zone).
struct JobScope
{
    std::optional<QList<qint64>> locationIds; // nullopt: every location of the tenant
    std::optional<qint64> technicianId;       // only this technician's jobs (employees)
    std::optional<qint64> customerId;         // only this customer's jobs (API keys)

    // Whether a job of this location, technician and customer is in the scope (the rule the
    // SQL conditions of a list state, for a job already read).
    bool admits(qint64 jobLocationId,
                std::optional<qint64> jobTechnicianId,
                std::optional<qint64> jobCustomerId) const;
    bool admits(const Job &job) const
    {
        return admits(job.locationId, job.technicianId, job.customerId);
    }
};

struct JobListFilter
{
    QString from; // overlap with [from, to): the planned span, else the window
    QString to;
    QString skill;
    bool unassignedOnly = false;
};

class JobRepository
{
public:
    // The longest time window a job may have: lets "jobs of a day" be an index range.
    static constexpr int kMaxWindowDays = 14;
    // Spans up to these lengths (seconds) are classes 0, 1, ...; longer ones the last class.
    // A day's jobs of one class start no earlier than the class's bound before the day, so
    // most of them (a few hours long) are read from a range barely longer than the day; only
    // the few long ones need the tenant's longest span as look-back.
    static constexpr qint64 kSpanClassBounds[] = {6 * 3600, 24 * 3600};
    // The largest page of GET /jobs (other lists stop at 500).
    static constexpr int kMaxJobPage = 2000;
    // When the job occupies the calendar (the span columns): its planned time once
    // scheduled, else its window; no start: it is in no day's list.
    static ChangeSpan spanOf(const Job &job);

    explicit JobRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<Job> find(qint64 tenantId, qint64 id);
    // The tenant's jobs among `ids`, in id order, read and locked until the transaction ends
    // in one statement (PostgreSQL; SQLite's write transaction already excludes other
    // writers). Writers lock job rows first, then the span bound, then at commit the outbox:
    // a batch that locked its jobs one by one could deadlock with a single edit holding one.
    QList<Job> readForUpdate(qint64 tenantId, QList<qint64> ids);
    Page<Job> list(qint64 tenantId,
                   const JobScope &scope,
                   const JobListFilter &extra,
                   const ListQuery &query);
    // list()'s count and the ids of its page, in order, without reading the rows (for a
    // caller that keeps the jobs' rows: JobRowCache).
    JobDayKeys::Selection listSelection(qint64 tenantId,
                                        const JobScope &scope,
                                        const JobListFilter &extra,
                                        const ListQuery &query);
    // The keys of the jobs overlapping [from, to) (both given), in the query's ordering: the
    // day's conditions and ORDER BY of list(), read from the jobs_day index alone.
    JobDayKeys
    dayKeys(qint64 tenantId, const QString &from, const QString &to, const ListQuery &query);
    // As dayKeys() reads them, the rows of those of `ids` that overlap [from, to) now (what
    // JobDayKeys::patched() puts in).
    QList<JobDayKeys::Row> dayKeyRows(qint64 tenantId,
                                      const QString &from,
                                      const QString &to,
                                      const ListQuery &query,
                                      const QList<qint64> &ids);
    // The search texts of the jobs of [from, to), as list() reads the range.
    JobDayTexts dayTexts(qint64 tenantId, const QString &from, const QString &to);
    // A number that changes whenever a name the tenant's jobs are written out with does (a
    // customer's, a technician's, a skill's: noted by triggers, migration 39), on whichever
    // server it was renamed, in whatever order concurrent renames commit.
    qint64 namesVersion(qint64 tenantId);
    // What the tenant's search index holds of its jobs (JobSearchRow): all of them, or those
    // of `ids` that are the tenant's (the others are gone, or another tenant's).
    QList<JobSearchRow> searchRows(qint64 tenantId,
                                   const std::optional<QList<qint64>> &ids = std::nullopt);
    // The rows of the tenant's jobs of these customers.
    QList<JobSearchRow> searchRowsOfCustomers(qint64 tenantId, const QList<qint64> &customerIds);
    // The page a selection of keys names: its count, and its jobs read whole, in its order.
    // The caller's scope is checked again on the rows (a job may have moved since the keys
    // were read).
    Page<Job>
    pageOf(qint64 tenantId, const JobScope &scope, const JobDayKeys::Selection &selection);
    // The count of such a list from job_tallies (a few rows) when it filters by location,
    // status and unassigned alone; nullopt when the rows must be counted.
    std::optional<qint64> countFromTallies(qint64 tenantId,
                                           const JobScope &scope,
                                           const JobListFilter &extra,
                                           const ListQuery &query);
    // The technician's jobs (not cancelled) whose planned time overlaps [from, to).
    QList<Job> plannedFor(qint64 technicianId, const QString &from, const QString &to);
    // As plannedFor, with id, title, status and planned times only: what the assignment
    // checks need, read from the jobs table alone (the write path's busiest read).
    QList<Job> bookingsOf(qint64 technicianId, const QString &from, const QString &to);
    // Jobs of these locations overlapping [from, to) (planned span, else window), any state.
    QList<Job> overlapping(qint64 tenantId,
                           const QList<qint64> &locationIds,
                           const QString &from,
                           const QString &to);

    Job
    insert(qint64 tenantId, Job job, const QList<qint64> &skillIds, std::optional<qint64> apiKeyId);
    // New jobs in bulk (seeding, imports): the rows insert() writes, derived columns and the
    // tenant's span bound included, many per statement, committed batch by batch. The ids in
    // the order of `jobs`. Jobs carry their own version and times; skills are not linked.
    QList<qint64> insertMany(qint64 tenantId, const QList<Job> &jobs, BatchedTransaction &tx);
    // Writes the fields of `after` that differ from `before`, with after's version and
    // updated_at, if the stored version is still before.version; false when someone else
    // changed it first.
    bool update(qint64 tenantId, const Job &before, const Job &after);
    void replaceSkills(qint64 jobId, const QList<qint64> &skillIds);
    // Re-folds the search text of a customer's jobs after the customer was renamed.
    void
    refreshSearchTextOfCustomer(qint64 tenantId, qint64 customerId, const QString &customerName);

    // Keeps job_span_bounds at least as long as every span of the tenant: called, inside the
    // write transaction, whenever a job's span may have grown past what it was (bulk tools
    // too). A raise takes the outbox lock on PostgreSQL (see lockForUpdate for the order).
    void noteSpanLength(qint64 tenantId, const QVariant &lengthSeconds);

    // " ORDER BY ..." of the default ordering, the one the jobs_order index holds.
    static const QString &orderOfJobsOrderIndex();

private:
    // How list() finds its page: the count, and a statement of the page's ids in order with
    // its bound values (the ordering's clause too, for reading the rows in that order).
    struct ListPlan
    {
        qint64 count = 0;
        QString pageIds;
        QVariantList values;
        QString order;
    };
    ListPlan planList(qint64 tenantId,
                      const JobScope &scope,
                      const JobListFilter &extra,
                      const ListQuery &query);
    QList<JobSearchRow> searchRowsWhere(const SqlFilter &rows);
    // How a search (default ordering, no day) reads its page: sorting all its `matches`, or
    // walking jobs_order until the page is full, checking each job against the collected
    // matches or against its own search text (a row read: pays when most jobs match).
    enum class SearchPageRead { SortMatches, WalkCheckingMatches, WalkCheckingText };
    SearchPageRead searchPageRead(qint64 tenantId, qint64 matches, const ListQuery &query);
    // The conditions for jobs overlapping [from, to) (either may be empty: open), one per
    // span class: each is one range of the day index (tenant, class, span start).
    QList<SqlFilter> overlapConditions(qint64 tenantId, const QString &from, const QString &to);
    // How many of the tenant's jobs contain `term` (folded, a trigram at least), from the
    // search index alone (SQLite).
    // The list's filters (the client's) into `filter`.
    static void applyFilters(SqlFilter &filter, const ListQuery &query);
    qint64 countTenantMatches(qint64 tenantId, const QString &term);
    // Reads the keys' rows of [from, to) in the query's ordering, those of `ids` alone when
    // given, handing each to `take`.
    void readDayKeys(qint64 tenantId,
                     const QString &from,
                     const QString &to,
                     const ListQuery &query,
                     const std::optional<QList<qint64>> &ids,
                     const std::function<void(const JobDayKeys::Row &)> &take);
    // The jobs overlapping [from, to) that pass `filter`, as a subquery "(...) j" of their id,
    // the query's ordering columns and `alsoSelected`: each span class's range of jobs_day,
    // kept whole (LIMIT -1, OFFSET 0 on PostgreSQL: PostgreSQL would rather walk jobs_order
    // for a page, where a day's jobs may come late). Its bound values go to `values`.
    QString rangeRows(qint64 tenantId,
                      const QString &from,
                      const QString &to,
                      const ListQuery &query,
                      const QStringList &alsoSelected,
                      const SqlFilter &filter,
                      QVariantList &values);
    // The tenant's bound from job_span_bounds; 0 before any job has a span.
    qint64 longestSpanSeconds(qint64 tenantId);
    // How a selection's skills are read: a query of their own for many jobs, or a column of
    // the same statement for a few (one round trip fewer for every job a write reads).
    enum class SkillsRead { OwnQuery, InTheRow };
    QList<Job> select(const QString &where,
                      const QVariantList &values,
                      const QString &tail,
                      SkillsRead skills = SkillsRead::OwnQuery);
    void loadSkills(QList<Job> &jobs);

    Database &m_db;
};

} // namespace fielddesk::server
