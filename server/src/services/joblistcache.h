// Recent pages of the jobs list, so that many consoles asking for the same day do not each
// count and sort it again. A page is served only while nothing can have changed: no write
// committed by this process since, no newer event in the outbox (other instances' job
// changes), and younger than the time to live (bounds what other instances change without
// an event, such as a technician's name).
//
// A page that is not cached is read once however many ask for it at the same moment: after a
// commit every console showing that day asks for it again, and reading it once per console
// would put them all on the two cores together. Those that ask while it is being read, with
// the same stamp, wait for that reading and answer its page.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <memory>
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
    using ReadPage = std::function<Page<Job>()>;

    JobListCache(int capacity, int timeToLiveMs);

    // The cached page for this key and stamp, or the page `read` answers (read once for all
    // who ask together). The answer has its items as JSON (itemsJson, no items). What `read`
    // throws reaches its caller; those waiting for it then read on their own.
    Page<Job> findOrRead(const QString &key, const DataStamp &stamp, const ReadPage &read);
    bool enabled() const { return m_capacity > 0; }

    // How many requests wait for the page of this key being read (for tests).
    int waitingFor(const QString &key);

private:
    struct Entry
    {
        DataStamp stamp;
        qint64 storedAtMs = 0;
        Page<Job> page;
    };
    // A page being read; those who wait for it hold it until they have its answer.
    struct Reading
    {
        DataStamp stamp;
        int waiting = 0;
        bool finished = false;
        std::optional<Page<Job>> page; // empty when the reading failed
    };

    std::optional<Page<Job>> findLocked(const QString &key, const DataStamp &stamp) const;
    Page<Job> readAndStore(const QString &key,
                           const DataStamp &stamp,
                           const ReadPage &read,
                           const std::shared_ptr<Reading> &reading);
    static Page<Job> rendered(const Page<Job> &page);

    const int m_capacity;
    const int m_timeToLiveMs;
    QElapsedTimer m_clock;
    QMutex m_mutex;
    QWaitCondition m_readingFinished;
    QHash<QString, Entry> m_entries;
    QHash<QString, std::shared_ptr<Reading>> m_readings;
};

} // namespace fielddesk::server
