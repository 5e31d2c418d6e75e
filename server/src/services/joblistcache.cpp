#include "services/joblistcache.h"

#include "fielddesk/domain/jsonwriter.h"

namespace fielddesk::server {

JobListCache::JobListCache(int capacity, int timeToLiveMs)
    : m_capacity(capacity)
    , m_timeToLiveMs(timeToLiveMs)
{
    m_clock.start();
}

Page<Job> JobListCache::findOrRead(const QString &key, const DataStamp &stamp, const ReadPage &read)
{
    if (m_capacity <= 0)
        return read();
    QMutexLocker lock(&m_mutex);
    if (std::optional<Page<Job>> cached = findLocked(key, stamp))
        return *cached;
    const auto current = m_readings.constFind(key);
    if (current != m_readings.cend() && (*current)->stamp == stamp) {
        const std::shared_ptr<Reading> reading = *current;
        ++reading->waiting;
        while (!reading->finished)
            m_readingFinished.wait(&m_mutex);
        --reading->waiting;
        if (reading->page)
            return *reading->page;
        lock.unlock();
        return readAndStore(key, stamp, read, nullptr); // it failed: try once more alone
    }
    // A reading with another stamp is left to those who wait for it; this one is the key's
    // reading from now on.
    auto reading = std::make_shared<Reading>();
    reading->stamp = stamp;
    m_readings.insert(key, reading);
    lock.unlock();
    return readAndStore(key, stamp, read, reading);
}

int JobListCache::waitingFor(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto current = m_readings.constFind(key);
    return current == m_readings.cend() ? 0 : (*current)->waiting;
}

std::optional<Page<Job>> JobListCache::findLocked(const QString &key, const DataStamp &stamp) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || !(it->stamp == stamp) ||
        m_clock.elapsed() - it->storedAtMs > m_timeToLiveMs)
        return std::nullopt;
    return it->page;
}

Page<Job> JobListCache::readAndStore(const QString &key,
                                     const DataStamp &stamp,
                                     const ReadPage &read,
                                     const std::shared_ptr<Reading> &reading)
{
    std::optional<Page<Job>> page;
    const auto finish = [&] {
        QMutexLocker lock(&m_mutex);
        const auto kept = m_entries.constFind(key);
        // A reading that finishes after a newer one's does not replace its page.
        const bool newerKept = kept != m_entries.cend() && !(kept->stamp == stamp) &&
                               kept->stamp.localCommits >= stamp.localCommits &&
                               kept->stamp.lastEventId >= stamp.lastEventId;
        if (page && !newerKept) {
            if (m_entries.size() >= m_capacity && kept == m_entries.cend())
                m_entries.clear(); // simple and bounded; a full cache is rebuilt within seconds
            m_entries.insert(key, Entry{stamp, m_clock.elapsed(), *page});
        }
        if (!reading)
            return;
        reading->page = page;
        reading->finished = true;
        if (m_readings.value(key) == reading)
            m_readings.remove(key);
        m_readingFinished.wakeAll();
    };
    try {
        page = rendered(read());
    } catch (...) {
        finish();
        throw;
    }
    finish();
    return *page;
}

Page<Job> JobListCache::rendered(const Page<Job> &page)
{
    // Kept as the JSON it is answered with: a hit then costs a copy, not 50 jobs written out.
    Page<Job> rendered = page;
    JsonWriter w(256 + page.items.size() * 768);
    w.beginArray();
    for (const Job &job : page.items)
        job.writeJson(w);
    w.endArray();
    rendered.itemsJson = w.take();
    rendered.items.clear(); // the JSON is what is answered; half the memory
    return rendered;
}

} // namespace fielddesk::server
