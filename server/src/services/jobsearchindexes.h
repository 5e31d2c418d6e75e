// The tenants' search indexes (JobSearchIndex) for searches without a date. Unlike a day's
// keys, which are read again after any change of their day, a tenant's index is brought up to
// date: each request's data stamp is compared with the index's, and the jobs the commit
// journal says changed between them are read again (a few rows) and put in. Only a change the
// journal cannot describe (another writer's commit, another instance's event) for a second
// lets the index go; it is built again (every job of the tenant, ~0.5 s for 100,000) when the
// tenant's undated search is asked again with nothing undescribed between the two asks, as a day's
// keys are, so that while another instance writes it is not built in vain.
//
// A customer's rename rewrites its jobs' texts; another instance's does so without an event,
// so when the tenant's names epoch moved (TenantNamesWatch) the customers changed lately are
// looked at again and their jobs read again when their `updated_at` moved.
#pragma once

#include "repositories/jobsearchindex.h"
#include "services/stampedcache.h"
#include "services/tenantnameswatch.h"
#include "storage/commitjournal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace fielddesk::server {

class Database;

class JobSearchIndexes
{
public:
    // The notes of the commits between two stamps (CommitJournal); nullopt: anything may have
    // changed.
    using Changes = std::function<std::optional<QList<CommitNote>>(const DataStamp &older,
                                                                   const DataStamp &newer)>;

    // maxJobs: the jobs held at most, all tenants together (0: off, the engine answers).
    // names: the watch of the tenants' names (the jobs' texts carry their customers').
    JobSearchIndexes(Database &db, qint64 maxJobs, TenantNamesWatch &names);
    ~JobSearchIndexes(); // waits for a build under way

    bool enabled() const { return m_maxJobs > 0; }
    // How long an index that cannot catch up is kept (the engine answering) before it is let
    // go: a commit whose event a stamp saw may take a moment to be journalled.
    static constexpr qint64 kLostForMs = 1000;

    // The tenant's answer to a list JobSearchIndex::canAnswer accepts, from its index brought
    // up to `stamp` (taken before anything is read); nullopt when the index is not held (the
    // engine answers).
    std::optional<JobDayKeys::Selection> select(qint64 tenantId,
                                                const DataStamp &stamp,
                                                const Changes &changes,
                                                const JobScope &scope,
                                                const JobListFilter &extra,
                                                const ListQuery &query);
    // Runs `use` with the tenant's index brought up to `stamp` (under its read lock), as
    // select() does; false when the index is not held (`use` did not run).
    bool withIndex(qint64 tenantId,
                   const DataStamp &stamp,
                   const Changes &changes,
                   const std::function<void(const JobSearchIndex &)> &use);

    // How many times an index was built, and how many jobs were read again to bring indexes
    // up to date (for tests).
    int builds();
    qint64 jobsReread();
    // Waits until no index is being built (for tests).
    void waitForBuilds() { m_builder.waitForDone(); }

private:
    struct Held
    {
        QReadWriteLock lock;
        std::unique_ptr<JobSearchIndex> index; // null: not held
        DataStamp stamp;                       // what the index holds is as of this stamp
        std::optional<DataStamp> askedAt;      // the last ask that found no index
        std::optional<qint64> lostSinceMs;     // since when it cannot catch up
        bool building = false;
        quint64 namesEpoch = 0;               // the tenant's names epoch its texts follow
        QHash<qint64, QString> customersSeen; // customers changed lately: id -> updated_at
        QString customersLatest;              // the latest updated_at seen
    };
    std::shared_ptr<Held> heldFor(qint64 tenantId);
    // Brings the held index up to `stamp`; false when the journal cannot say what changed.
    bool catchUp(Held &held, qint64 tenantId, const DataStamp &stamp, const Changes &changes);
    // Reads again the jobs of customers changed since the last look (another instance's
    // renames), once the tenant's names epoch moved to `namesEpoch`.
    void recheckCustomers(Held &held, qint64 tenantId, quint64 namesEpoch);
    // Builds the tenant's index outside its lock (on m_builder) and puts it in place, unless
    // it would pass m_maxJobs.
    void build(Held &held, qint64 tenantId, const DataStamp &stamp);
    void letGo(Held &held);

    Database &m_db;
    const qint64 m_maxJobs;
    TenantNamesWatch &m_names;
    QElapsedTimer m_clock;
    QMutex m_mutex; // the map and the counts below
    QHash<qint64, std::shared_ptr<Held>> m_tenants;
    qint64 m_jobsHeld = 0;
    int m_builds = 0;
    qint64 m_jobsReread = 0;
    QThreadPool m_builder; // one thread at a time; the last member (goes first, waiting)
};

} // namespace fielddesk::server
