#include "services/jobsearchindexes.h"

#include "app/logline.h"
#include "core/backgroundtask.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/customerrepository.h"
#include "repositories/jobrepository.h"
#include "storage/database.h"
#include "storage/engineorder.h"

#include <QReadLocker>
#include <QSet>
#include <QWriteLocker>

#include <algorithm>

namespace fielddesk::server {

namespace {

// A customer's change is committed at most this long after the time it carries (a
// transaction's length): the changes a recheck looks at again reach this far back.
constexpr qint64 kLongestTransactionSeconds = 60;

// The latest `updated_at` of these customers (empty: none).
QString latestOf(const QHash<qint64, QString> &customers)
{
    QString latest;
    for (const QString &at : customers)
        latest = std::max(latest, at);
    return latest;
}

QString lookBackFrom(const QString &latest)
{
    const std::optional<QDateTime> at = parseTimestamp(latest);
    return at ? toTimestamp(at->addSecs(-kLongestTransactionSeconds)) : QString();
}

} // namespace

JobSearchIndexes::JobSearchIndexes(Database &db, qint64 maxJobs, TenantNamesWatch &names)
    : m_db(db)
    , m_maxJobs(maxJobs)
    , m_names(names)
{
    m_clock.start();
    m_builder.setMaxThreadCount(1);
}

JobSearchIndexes::~JobSearchIndexes()
{
    m_builder.waitForDone();
}

int JobSearchIndexes::builds()
{
    QMutexLocker lock(&m_mutex);
    return m_builds;
}

qint64 JobSearchIndexes::jobsReread()
{
    QMutexLocker lock(&m_mutex);
    return m_jobsReread;
}

std::shared_ptr<JobSearchIndexes::Held> JobSearchIndexes::heldFor(qint64 tenantId)
{
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<Held> &held = m_tenants[tenantId];
    if (!held)
        held = std::make_shared<Held>();
    return held;
}

std::optional<JobDayKeys::Selection> JobSearchIndexes::select(qint64 tenantId,
                                                              const DataStamp &stamp,
                                                              const Changes &changes,
                                                              const JobScope &scope,
                                                              const JobListFilter &extra,
                                                              const ListQuery &query)
{
    std::optional<JobDayKeys::Selection> selection;
    withIndex(tenantId, stamp, changes,
              [&](const JobSearchIndex &index) { selection = index.select(scope, extra, query); });
    return selection;
}

bool JobSearchIndexes::withIndex(qint64 tenantId,
                                 const DataStamp &stamp,
                                 const Changes &changes,
                                 const std::function<void(const JobSearchIndex &)> &use)
{
    if (!enabled())
        return false;
    const std::shared_ptr<Held> held = heldFor(tenantId);
    const quint64 epoch = m_names.epoch(tenantId); // before the lock: it may read the version
    {
        QReadLocker lock(&held->lock);
        if (held->index && held->stamp.atLeast(stamp) && held->namesEpoch >= epoch) {
            use(*held->index);
            return true;
        }
    }
    {
        QWriteLocker lock(&held->lock);
        if (held->index) {
            if (!catchUp(*held, tenantId, stamp, changes)) {
                // The journal could not say what changed: a commit whose event the stamp saw
                // may not be journalled yet (a moment), or another writer changed anything.
                // The engine answers until the index catches up; it is let go when it cannot
                // for a while.
                const qint64 now = m_clock.elapsed();
                if (!held->lostSinceMs)
                    held->lostSinceMs = now;
                if (now - *held->lostSinceMs < kLostForMs)
                    return false;
                letGo(*held);
            } else {
                held->lostSinceMs.reset();
                if (held->namesEpoch < epoch) // epochs only grow
                    recheckCustomers(*held, tenantId, epoch);
                use(*held->index);
                return true;
            }
        }
        if (held->building)
            return false;
        // Built on a second ask with nothing undescribed since the first.
        const bool askedBefore =
            held->askedAt && changes(*held->askedAt, held->askedAt->joined(stamp)).has_value();
        if (!askedBefore) {
            held->askedAt = stamp;
            return false;
        }
        held->building = true;
    }
    m_builder.start([this, held, tenantId, stamp] {
        try {
            build(*held, tenantId, stamp);
        } catch (const std::exception &e) {
            logBackgroundFailure(e.what());
        } catch (...) {
            logBackgroundFailure("search index build");
        }
        // Builds are rare: the connection goes with each, not left to a thread that may end
        // (a later thread of the same id would find it another thread's).
        m_db.closeConnection();
    });
    return false;
}

bool JobSearchIndexes::catchUp(Held &held,
                               qint64 tenantId,
                               const DataStamp &stamp,
                               const Changes &changes)
{
    // Up to the join of the two stamps (a request's stamp may be behind the index's in one
    // count and ahead in the other).
    const DataStamp later = held.stamp.joined(stamp);
    if (later == held.stamp)
        return true;
    const std::optional<QList<CommitNote>> notes = changes(held.stamp, later);
    if (!notes)
        return false;
    QSet<qint64> changed;
    for (const CommitNote &note : *notes) {
        if (note.tenantId == tenantId)
            changed.unite(QSet<qint64>(note.jobIds.cbegin(), note.jobIds.cend()));
    }
    if (!changed.isEmpty()) {
        const QList<qint64> ids(changed.cbegin(), changed.cend());
        const QList<JobSearchRow> rows = JobRepository(m_db).searchRows(tenantId, ids);
        const qsizetype before = held.index->size();
        for (const JobSearchRow &row : rows) {
            held.index->put(row);
            changed.remove(row.id);
        }
        for (const qint64 gone : std::as_const(changed))
            held.index->remove(gone);
        QMutexLocker lock(&m_mutex);
        m_jobsReread += rows.size();
        m_jobsHeld += held.index->size() - before;
    }
    held.stamp = later;
    return true;
}

void JobSearchIndexes::recheckCustomers(Held &held, qint64 tenantId, quint64 namesEpoch)
{
    const QHash<qint64, QString> recent =
        CustomerRepository(m_db).changedSince(tenantId, lookBackFrom(held.customersLatest));
    QList<qint64> moved;
    for (auto it = recent.cbegin(); it != recent.cend(); ++it) {
        if (held.customersSeen.value(it.key()) != it.value())
            moved << it.key();
    }
    if (!moved.isEmpty()) {
        const QList<JobSearchRow> rows = JobRepository(m_db).searchRowsOfCustomers(tenantId, moved);
        for (const JobSearchRow &row : rows)
            held.index->put(row);
        QMutexLocker lock(&m_mutex);
        m_jobsReread += rows.size();
    }
    // Only now, the jobs put: a read that threw leaves all as it was, to be looked at again.
    // Renames up to the epoch's look were committed before the customers were read.
    held.customersLatest = std::max(held.customersLatest, latestOf(recent));
    held.customersSeen = recent;
    held.namesEpoch = std::max(held.namesEpoch, namesEpoch);
}

void JobSearchIndexes::build(Held &held, qint64 tenantId, const DataStamp &stamp)
{
    QElapsedTimer took;
    took.start();
    auto index = std::make_unique<JobSearchIndex>(EngineOrder::of(m_db).nullsFirst);
    QHash<qint64, QString> customers;
    bool fits = false;
    quint64 epoch = 0;
    try {
        epoch = m_names.epoch(tenantId); // a rename found from now on is looked at again
        // The customers first: a rename committed while the jobs are read is looked at again.
        customers = CustomerRepository(m_db).changedSince(tenantId, QString());
        for (const JobSearchRow &row : JobRepository(m_db).searchRows(tenantId))
            index->put(row);
        QMutexLocker lock(&m_mutex);
        fits = m_jobsHeld + index->size() <= m_maxJobs;
        if (fits) {
            m_jobsHeld += index->size();
            ++m_builds;
        }
    } catch (...) {
        QWriteLocker lock(&held.lock);
        held.building = false;
        throw;
    }
    LogLine(fits ? "info" : "warning", fits ? "search_index_built" : "search_index_too_big")
        .field("tenant_id", tenantId)
        .field("jobs", qint64(index->size()))
        .field("ms", took.elapsed());
    QWriteLocker lock(&held.lock);
    held.building = false;
    held.askedAt.reset();
    if (!fits)
        return;
    held.index = std::move(index);
    held.stamp = stamp;
    held.customersSeen = customers;
    held.customersLatest = latestOf(customers);
    held.namesEpoch = epoch;
}

void JobSearchIndexes::letGo(Held &held)
{
    held.lostSinceMs.reset();
    QMutexLocker lock(&m_mutex);
    m_jobsHeld -= held.index->size();
    held.index.reset();
}

} // namespace fielddesk::server
