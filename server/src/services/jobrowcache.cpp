#include "services/jobrowcache.h"

#include "fielddesk/domain/jsonwriter.h"
#include "repositories/jobrepository.h"

#include <QSet>

namespace fielddesk::server {

JobRowCache::JobRowCache(qint64 maxBytes, int timeToLiveMs, TenantNamesWatch *names, Clock clock)
    : m_maxBytes(maxBytes)
    , m_timeToLiveMs(timeToLiveMs)
    , m_clock(std::move(clock))
    , m_names(names)
{}

QByteArray JobRowCache::pageJson(qint64 tenantId,
                                 const DataStamp &stamp,
                                 const JobScope &scope,
                                 const QList<qint64> &ids,
                                 const ReadRows &readRows,
                                 const ChangedJobs &changedSince)
{
    const quint64 namesEpoch = checkNames(tenantId);
    // The page's jobs by position (id 0: not found); a hash only for the few read.
    QList<Kept> page(ids.size());
    QList<qsizetype> missing;
    DataStamp readAfter = stamp; // what the jobs read below are at least as new as
    {
        QMutexLocker lock(&m_mutex);
        const auto kept = m_tenants.find(tenantId);
        const bool usable = kept != m_tenants.end() && usableLocked(*kept, stamp, changedSince);
        if (usable)
            readAfter = kept->stamp;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!usable) {
                missing.append(i);
            } else if (const auto job = kept->jobs.constFind(ids.at(i));
                       job != kept->jobs.cend() && youngLocked(*job)) {
                page[i] = *job;
            } else {
                missing.append(i);
            }
        }
    }
    if (!missing.isEmpty()) {
        QList<qint64> missingIds;
        QHash<qint64, qsizetype> positionOf;
        missingIds.reserve(missing.size());
        positionOf.reserve(missing.size());
        for (const qsizetype i : std::as_const(missing)) {
            missingIds.append(ids.at(i));
            positionOf.insert(ids.at(i), i);
        }
        QList<Kept> read;
        read.reserve(missing.size());
        const qint64 readAtMs = m_clock.now(); // what is read is at least as new as this
        for (const Job &job : readRows(missingIds)) {
            read.append(rendered(job));
            if (const auto at = positionOf.constFind(job.id); at != positionOf.cend())
                page[*at] = read.last();
        }
        QMutexLocker lock(&m_mutex);
        m_read += read.size();
        // Not kept when a rename was found meanwhile: they may have been read before it.
        const bool renamedMeanwhile = m_names && m_names->lastEpoch(tenantId) != namesEpoch;
        if (enabled() && !renamedMeanwhile)
            keepLocked(tenantId, readAfter, readAtMs, read, changedSince, namesEpoch);
    }

    qsizetype size = 2;
    for (const Kept &job : std::as_const(page))
        size += job.json.size() + 1;
    QByteArray json;
    json.reserve(size);
    json += '[';
    bool first = true;
    for (const Kept &job : std::as_const(page)) {
        if (job.id == 0 || !scope.admits(job.locationId, job.technicianId, job.customerId))
            continue;
        if (!first)
            json += ',';
        first = false;
        json += job.json;
    }
    json += ']';
    return json;
}

qint64 JobRowCache::jobsRead()
{
    QMutexLocker lock(&m_mutex);
    return m_read;
}

JobRowCache::Kept JobRowCache::rendered(const Job &job)
{
    JsonWriter w(1024);
    job.writeJson(w);
    QByteArray json = w.take();
    json.squeeze(); // kept jobs are weighed by their JSON's size
    return Kept{job.id, job.locationId, job.technicianId, job.customerId, json};
}

quint64 JobRowCache::checkNames(qint64 tenantId)
{
    if (!m_names || !enabled())
        return 0; // names not followed: the tenant has one epoch
    const quint64 epoch = m_names->epoch(tenantId);
    QMutexLocker lock(&m_mutex);
    if (const auto kept = m_tenants.find(tenantId);
        kept != m_tenants.end() && kept->namesEpoch < epoch) {
        dropTenantLocked(tenantId); // read under older names (epochs only grow)
    }
    return epoch;
}

void JobRowCache::dropTenantLocked(qint64 tenantId)
{
    const auto kept = m_tenants.find(tenantId);
    if (kept == m_tenants.end())
        return;
    for (const Kept &job : std::as_const(kept->jobs))
        m_keptBytes -= job.json.size();
    m_tenants.erase(kept);
}

bool JobRowCache::youngLocked(const Kept &job) const
{
    return m_clock.now() - job.readAtMs <= m_timeToLiveMs;
}

bool JobRowCache::usableLocked(TenantJobs &kept,
                               const DataStamp &stamp,
                               const ChangedJobs &changedSince)
{
    // Under the join of the two stamps (a request's stamp may be behind the kept one).
    const DataStamp later = kept.stamp.joined(stamp);
    if (kept.stamp == later)
        return true;
    if (!changedSince)
        return false;
    const std::optional<QList<qint64>> changed = changedSince(kept.stamp, later);
    if (!changed)
        return false;
    for (const qint64 id : *changed) {
        if (const auto job = kept.jobs.constFind(id); job != kept.jobs.cend()) {
            m_keptBytes -= job->json.size();
            kept.jobs.erase(job);
        }
    }
    kept.stamp = later;
    return true;
}

void JobRowCache::keepLocked(qint64 tenantId,
                             const DataStamp &stamp,
                             qint64 readAtMs,
                             QList<Kept> read,
                             const ChangedJobs &changedSince,
                             quint64 namesEpoch)
{
    auto kept = m_tenants.find(tenantId);
    if (kept != m_tenants.end() && !(kept->stamp == stamp) && kept->stamp.atLeast(stamp)) {
        // Read while another request moved the kept jobs to a later stamp: the jobs changed
        // between the two may have been read before their change, the others hold.
        const std::optional<QList<qint64>> changed =
            changedSince ? changedSince(stamp, kept->stamp) : std::nullopt;
        if (!changed)
            return;
        const QSet<qint64> since(changed->cbegin(), changed->cend());
        read.removeIf([&since](const Kept &job) { return since.contains(job.id); });
    } else if (kept != m_tenants.end() && !(kept->stamp == stamp)) {
        dropTenantLocked(tenantId);
        kept = m_tenants.end();
    }
    qint64 bytes = 0;
    for (const Kept &job : read)
        bytes += job.json.size();
    if (bytes > m_maxBytes)
        return;
    if (m_keptBytes + bytes > m_maxBytes) {
        // Simple and bounded, as the other stamped caches: refilled within a few pages.
        m_tenants.clear();
        m_keptBytes = 0;
        kept = m_tenants.end();
    }
    if (kept != m_tenants.end() && kept->namesEpoch > namesEpoch)
        return; // read under older names than those kept
    if (kept != m_tenants.end() && kept->namesEpoch < namesEpoch) {
        dropTenantLocked(tenantId);
        kept = m_tenants.end();
    }
    if (kept == m_tenants.end()) {
        kept = m_tenants.insert(tenantId, TenantJobs{});
        kept->stamp = stamp;
        kept->namesEpoch = namesEpoch;
    }
    for (const Kept &job : read) {
        if (const auto was = kept->jobs.constFind(job.id); was != kept->jobs.cend())
            m_keptBytes -= was->json.size();
        Kept &stored = kept->jobs.insert(job.id, job).value();
        stored.readAtMs = readAtMs;
        m_keptBytes += job.json.size();
    }
}

} // namespace fielddesk::server
