#include "services/joblistcache.h"

#include "fielddesk/domain/jsonwriter.h"

namespace fielddesk::server {

JobListCache::JobListCache(int capacity, int timeToLiveMs)
    : m_capacity(capacity)
    , m_timeToLiveMs(timeToLiveMs)
{
    m_clock.start();
}

std::optional<Page<Job>> JobListCache::find(const QString &key, const DataStamp &stamp)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || !(it->stamp == stamp) ||
        m_clock.elapsed() - it->storedAtMs > m_timeToLiveMs)
        return std::nullopt;
    return it->page;
}

Page<Job> JobListCache::store(const QString &key, const DataStamp &stamp, const Page<Job> &page)
{
    if (m_capacity <= 0)
        return page;
    // Kept as the JSON it is answered with: a hit then costs a copy, not 50 jobs written out.
    Page<Job> rendered = page;
    JsonWriter w(256 + page.items.size() * 768);
    w.beginArray();
    for (const Job &job : page.items)
        job.writeJson(w);
    w.endArray();
    rendered.itemsJson = w.take();
    rendered.items.clear(); // the JSON is what is answered; half the memory
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= m_capacity && !m_entries.contains(key))
        m_entries.clear(); // simple and bounded; a full cache is rebuilt within seconds
    m_entries.insert(key, Entry{stamp, m_clock.elapsed(), rendered});
    return rendered;
}

} // namespace fielddesk::server
