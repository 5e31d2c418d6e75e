// The jobs that pages of the list were answered with lately, per tenant, kept as the JSON they
// are answered with while nothing can have changed (the data stamp, as for the page cache),
// less the jobs this process's commits changed since (CommitJournal).
//
// A list answered from a day's keys (JobDayKeys) picks its page's ids in memory; reading those
// 50 rows with their customer, technician and skills and writing them out was then ~70% of the
// list's server CPU (issue 12). The dispatchers of a tenant page through the same few days
// with different filters, so most rows of a page were read for another page a moment before.
// Pages whose ids the engine picks (the backlog) take their jobs from here too; such a page's
// ids may be newer than the stamp its kept jobs hold under (a commit between the two: the next
// page shows it), never older than what its caller had seen.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "services/millisecondclock.h"
#include "services/stampedcache.h"
#include "services/tenantnameswatch.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <functional>

namespace fielddesk::server {

struct JobScope;

class JobRowCache
{
public:
    // The tenant's jobs of these ids (in any order; those the caller may not see may be left
    // out).
    using ReadRows = std::function<QList<Job>(const QList<qint64> &ids)>;
    // The tenant's jobs changed between a stamp and a later one (CommitJournal); nullopt:
    // anything may have changed.
    using ChangedJobs =
        std::function<std::optional<QList<qint64>>(const DataStamp &kept, const DataStamp &now)>;

    // The time in milliseconds, counting up (tests give their own).
    using Clock = MillisecondClock::Source;

    // maxBytes: the JSON kept at most, all tenants together (0: none, every page reads its
    // rows). timeToLiveMs: how long each job is kept after it was read (each job has its own:
    // when a tenant's jobs all expired together, every connection read its whole page again
    // at the same moment). names: the watch of the names the tenants' jobs carry (a job is
    // written out with its customer's, technician's and skills' names, which another server
    // renames without an event of the job; none: names are not followed); when a tenant's
    // epoch moved, its kept jobs go.
    JobRowCache(qint64 maxBytes,
                int timeToLiveMs,
                TenantNamesWatch *names = nullptr,
                Clock clock = {});

    bool enabled() const { return m_maxBytes > 0; }

    // The JSON array of the jobs of `ids`, in that order, without those `scope` does not admit
    // (a job may have moved since its id was picked). Jobs kept for the tenant under this
    // stamp are reused, and under an earlier one unless `changedSince` names them; the others
    // are read with `readRows` and kept. What `readRows` throws reaches the caller.
    QByteArray pageJson(qint64 tenantId,
                        const DataStamp &stamp,
                        const JobScope &scope,
                        const QList<qint64> &ids,
                        const ReadRows &readRows,
                        const ChangedJobs &changedSince = {});

    // How many jobs were read rather than found kept (for tests).
    qint64 jobsRead();

private:
    // What a page needs of a job: the columns the scope tests, and the job as JSON.
    struct Kept
    {
        qint64 id = 0;
        qint64 locationId = 0;
        std::optional<qint64> technicianId;
        std::optional<qint64> customerId;
        QByteArray json;
        qint64 readAtMs = 0;
    };
    struct TenantJobs
    {
        DataStamp stamp;
        quint64 namesEpoch = 0; // the names epoch they were read under
        QHash<qint64, Kept> jobs;
    };

    static Kept rendered(const Job &job);
    // Keeps what was read under `stamp`, from `readAtMs` on (m_mutex held). When the tenant's
    // jobs are kept under a newer stamp already, only those not changed since `stamp`.
    void keepLocked(qint64 tenantId,
                    const DataStamp &stamp,
                    qint64 readAtMs,
                    QList<Kept> read,
                    const ChangedJobs &changedSince,
                    quint64 namesEpoch);
    bool youngLocked(const Kept &job) const;
    // The tenant's names epoch now (the watch reads the version when due); its kept jobs go
    // when they were read under another.
    quint64 checkNames(qint64 tenantId);
    void dropTenantLocked(qint64 tenantId);
    // Whether the tenant's kept jobs serve under `stamp`: kept under it, or under an earlier
    // one, less the jobs changed since (then kept under `stamp` from now on).
    bool usableLocked(TenantJobs &kept, const DataStamp &stamp, const ChangedJobs &changedSince);

    const qint64 m_maxBytes;
    const int m_timeToLiveMs;
    MillisecondClock m_clock;
    QMutex m_mutex;
    QHash<qint64, TenantJobs> m_tenants;
    TenantNamesWatch *const m_names;
    qint64 m_keptBytes = 0; // of JSON, all tenants together
    qint64 m_read = 0;
};

} // namespace fielddesk::server
