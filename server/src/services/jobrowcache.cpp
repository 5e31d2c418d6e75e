#include "services/jobrowcache.h"

#include "fielddesk/domain/jsonwriter.h"
#include "repositories/jobrepository.h"

namespace fielddesk::server {

JobRowCache::JobRowCache(qint64 maxBytes, int timeToLiveMs)
    : m_maxBytes(maxBytes)
    , m_timeToLiveMs(timeToLiveMs)
{
    m_clock.start();
}

QByteArray JobRowCache::pageJson(qint64 tenantId,
                                 const DataStamp &stamp,
                                 const JobScope &scope,
                                 const QList<qint64> &ids,
                                 const ReadRows &readRows)
{
    QHash<qint64, Kept> found;
    found.reserve(ids.size());
    QList<qint64> missing;
    {
        QMutexLocker lock(&m_mutex);
        const auto kept = m_tenants.constFind(tenantId);
        if (kept == m_tenants.cend() || !(kept->stamp == stamp) || !youngLocked(*kept)) {
            missing = ids;
        } else {
            for (const qint64 id : ids) {
                if (const auto job = kept->jobs.constFind(id); job != kept->jobs.cend())
                    found.insert(id, *job);
                else
                    missing.append(id);
            }
        }
    }
    if (!missing.isEmpty()) {
        QList<Kept> read;
        for (const Job &job : readRows(missing))
            read.append(rendered(job));
        for (const Kept &job : std::as_const(read))
            found.insert(job.id, job);
        QMutexLocker lock(&m_mutex);
        m_read += read.size();
        if (enabled())
            keepLocked(tenantId, stamp, read);
    }

    qsizetype size = 2;
    for (const Kept &job : std::as_const(found))
        size += job.json.size() + 1;
    QByteArray json;
    json.reserve(size);
    json += '[';
    bool first = true;
    for (const qint64 id : ids) {
        const auto job = found.constFind(id);
        if (job == found.cend() ||
            !scope.admits(job->locationId, job->technicianId, job->customerId))
            continue;
        if (!first)
            json += ',';
        first = false;
        json += job->json;
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

bool JobRowCache::youngLocked(const TenantJobs &kept) const
{
    return m_clock.elapsed() - kept.storedAtMs <= m_timeToLiveMs;
}

void JobRowCache::keepLocked(qint64 tenantId, const DataStamp &stamp, const QList<Kept> &read)
{
    auto kept = m_tenants.find(tenantId);
    if (kept != m_tenants.end() && !(kept->stamp == stamp) && kept->stamp.atLeast(stamp) &&
        youngLocked(*kept))
        return; // read before a newer reading was kept: its jobs may be older than those
    if (kept != m_tenants.end() && (!(kept->stamp == stamp) || !youngLocked(*kept))) {
        for (const Kept &job : std::as_const(kept->jobs))
            m_keptBytes -= job.json.size();
        m_tenants.erase(kept);
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
    if (kept == m_tenants.end()) {
        kept = m_tenants.insert(tenantId, TenantJobs{});
        kept->stamp = stamp;
        kept->storedAtMs = m_clock.elapsed();
    }
    for (const Kept &job : read) {
        if (const auto was = kept->jobs.constFind(job.id); was != kept->jobs.cend())
            m_keptBytes -= was->json.size();
        kept->jobs.insert(job.id, job);
        m_keptBytes += job.json.size();
    }
}

} // namespace fielddesk::server
