#include "services/jobrowcache.h"

#include "fielddesk/domain/jsonwriter.h"
#include "repositories/jobrepository.h"

namespace fielddesk::server {

JobRowCache::JobRowCache(qint64 maxJobs, int timeToLiveMs)
    : m_maxJobs(maxJobs)
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
    return Kept{job.id, job.locationId, job.technicianId, job.customerId, w.take()};
}

bool JobRowCache::youngLocked(const TenantJobs &kept) const
{
    return m_clock.elapsed() - kept.storedAtMs <= m_timeToLiveMs;
}

void JobRowCache::keepLocked(qint64 tenantId, const DataStamp &stamp, const QList<Kept> &read)
{
    auto kept = m_tenants.find(tenantId);
    if (kept != m_tenants.end() && !(kept->stamp == stamp)) {
        // Read before a newer reading was kept: its jobs may be older than those.
        if (kept->stamp.atLeast(stamp) && youngLocked(*kept))
            return;
        m_kept -= kept->jobs.size();
        m_tenants.erase(kept);
        kept = m_tenants.end();
    } else if (kept != m_tenants.end() && !youngLocked(*kept)) {
        m_kept -= kept->jobs.size();
        m_tenants.erase(kept);
        kept = m_tenants.end();
    }
    if (m_kept + read.size() > m_maxJobs) {
        // Simple and bounded, as the other stamped caches: refilled within a few pages.
        m_tenants.clear();
        m_kept = 0;
        kept = m_tenants.end();
        if (read.size() > m_maxJobs)
            return;
    }
    if (kept == m_tenants.end()) {
        kept = m_tenants.insert(tenantId, TenantJobs{});
        kept->stamp = stamp;
        kept->storedAtMs = m_clock.elapsed();
    }
    for (const Kept &job : read) {
        if (!kept->jobs.contains(job.id))
            ++m_kept;
        kept->jobs.insert(job.id, job);
    }
}

} // namespace fielddesk::server
