// Recent pages of the jobs list, so that many consoles asking for the same day do not each
// count and sort it again. A page is served only while nothing can have changed: no write
// committed by this process since, no newer event in the outbox (other instances' job
// changes), and younger than the time to live (bounds what other instances change without
// an event, such as a technician's name).
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <optional>

namespace fielddesk::server {

struct DataStamp
{
    quint64 localCommits = 0;
    qint64 lastEventId = 0;
    bool operator==(const DataStamp &) const = default;
};

class JobListCache
{
public:
    JobListCache(int capacity, int timeToLiveMs);

    std::optional<Page<Job>> find(const QString &key, const DataStamp &stamp);
    // Keeps the page as its items' JSON (itemsJson, no items), and answers that copy.
    Page<Job> store(const QString &key, const DataStamp &stamp, const Page<Job> &page);
    bool enabled() const { return m_capacity > 0; }

private:
    struct Entry
    {
        DataStamp stamp;
        qint64 storedAtMs = 0;
        Page<Job> page;
    };

    const int m_capacity;
    const int m_timeToLiveMs;
    QElapsedTimer m_clock;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace fielddesk::server
