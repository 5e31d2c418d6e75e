// What the job lists read lately (pages, a day's keys), kept while nothing can have changed:
// no write committed by this process since, no newer event in the outbox (other instances'
// job changes), and younger than the time to live (bounds what other instances change
// without an event, such as a technician's name). A caller that knows what a value depends
// on (a day's keys: the jobs of that day) may also keep it across this process's commits
// that did not touch it (Unchanged, from the CommitJournal).
//
// A value that is not cached is read once however many ask for it at the same moment: after
// a commit every console showing that day asks for it again, and reading it once per console
// would put them all on the two cores together. Those that ask while it is being read, with
// the same stamp, wait for that reading and answer its value.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace fielddesk::server {

struct DataStamp
{
    quint64 localCommits = 0;
    qint64 lastEventId = 0;
    bool operator==(const DataStamp &) const = default;
    // Whether this stamp is at least as new as `other` in both counts.
    bool atLeast(const DataStamp &other) const
    {
        return localCommits >= other.localCommits && lastEventId >= other.lastEventId;
    }
    // The later of the two in each count. Requests take their stamps at once (the commit
    // count, then the outbox), so one may be ahead in commits and behind in events; what was
    // read under one serves the other when nothing changed between it and their join.
    DataStamp joined(const DataStamp &other) const
    {
        return {std::max(localCommits, other.localCommits),
                std::max(lastEventId, other.lastEventId)};
    }
};

template<typename Value>
class StampedCache
{
public:
    using Read = std::function<Value()>;
    // Whether a value read under `kept` still holds under the later stamp `now` (nothing
    // committed between them touched it, CommitJournal). Empty: only its own stamp serves.
    using Unchanged = std::function<bool(const DataStamp &kept, const DataStamp &now)>;
    // A value read under `kept` brought up to the later stamp `now` (a day's keys with the
    // jobs changed between them read again); nullopt when it cannot be.
    using Patch = std::function<std::optional<Value>(
        const Value &value, const DataStamp &kept, const DataStamp &now)>;

    // capacity 0: nothing is kept, every ask reads.
    StampedCache(int capacity, int timeToLiveMs)
        : m_capacity(capacity)
        , m_timeToLiveMs(timeToLiveMs)
    {
        m_clock.start();
    }

    bool enabled() const { return m_capacity > 0; }

    // Bounds what is kept by the values' weight as well (a day's keys: their jobs): a value
    // heavier than `maxWeight` is answered but not kept, and one that would take the total
    // past it empties the cache first, as a full count of entries does.
    void limitWeight(qint64 maxWeight, std::function<qint64(const Value &)> weightOf)
    {
        QMutexLocker lock(&m_mutex);
        m_maxWeight = maxWeight;
        m_weightOf = std::move(weightOf);
    }

    // How many values were read (not found kept), for tests.
    int reads()
    {
        QMutexLocker lock(&m_mutex);
        return m_reads;
    }
    // How many kept values were patched (findOrReadIfAskedAgain), for tests.
    int patches()
    {
        QMutexLocker lock(&m_mutex);
        return m_patches;
    }

    // The value kept for this key and stamp, or the one `read` answers (read once for all who
    // ask together). What `read` throws reaches its caller; those waiting for it then read on
    // their own.
    Value findOrRead(const QString &key,
                     const DataStamp &stamp,
                     const Read &read,
                     const Unchanged &unchanged = {})
    {
        if (m_capacity <= 0)
            return read();
        QMutexLocker lock(&m_mutex);
        if (std::optional<Value> kept = keptLocked(key, stamp, unchanged))
            return *kept;
        const auto current = m_readings.constFind(key);
        if (current != m_readings.cend() && (*current)->stamp == stamp) {
            const std::shared_ptr<Reading> reading = *current;
            ++reading->waiting;
            while (!reading->finished)
                m_readingFinished.wait(&m_mutex);
            --reading->waiting;
            if (reading->value)
                return *reading->value;
            lock.unlock();
            return readAndStore(key, stamp, read, nullptr); // it failed: try once more alone
        }
        // A reading with another stamp is left to those who wait for it; this one is the
        // key's reading from now on.
        auto reading = std::make_shared<Reading>();
        reading->stamp = stamp;
        m_readings.insert(key, reading);
        lock.unlock();
        return readAndStore(key, stamp, read, reading);
    }

    // As findOrRead, for values that cost more to read than the answer they serve (a day's
    // keys against one page): read only when this key was asked before with the same stamp,
    // so that while writes change the stamp faster than the key is asked again, nothing is
    // read in vain. nullopt: not kept, and not read (the caller answers another way).
    // A kept value that no longer holds is patched first when `patch` is given (cheaper than
    // a read, so on any ask); it keeps the time it was read at, which bounds its life. With
    // `patch`, a key asked before is read whatever changed since: what is read then takes
    // the changes that follow instead of being read in vain.
    std::optional<Value> findOrReadIfAskedAgain(const QString &key,
                                                const DataStamp &stamp,
                                                const Read &read,
                                                const Unchanged &unchanged = {},
                                                const Patch &patch = {})
    {
        if (m_capacity <= 0)
            return std::nullopt;
        std::optional<Entry> stale;
        {
            QMutexLocker lock(&m_mutex);
            if (std::optional<Value> kept = keptLocked(key, stamp, unchanged))
                return kept;
            if (patch)
                stale = youngEntryLocked(key);
            if (!stale && !askedAgainLocked(key, stamp, unchanged, bool(patch)))
                return std::nullopt;
        }
        if (stale) {
            const DataStamp later = stale->stamp.joined(stamp);
            if (std::optional<Value> patched = patch(stale->value, stale->stamp, later)) {
                QMutexLocker lock(&m_mutex);
                ++m_patches;
                const auto kept = m_entries.constFind(key);
                if (kept == m_entries.cend() || !kept->stamp.atLeast(later))
                    keepLocked(key, later, *patched, stale->storedAtMs);
                return patched;
            }
            QMutexLocker lock(&m_mutex);
            if (!askedAgainLocked(key, stamp, unchanged, false))
                return std::nullopt;
        }
        return findOrRead(key, stamp, read, unchanged);
    }

    // How many wait for the value of this key being read (for tests).
    int waitingFor(const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        const auto current = m_readings.constFind(key);
        return current == m_readings.cend() ? 0 : (*current)->waiting;
    }

private:
    struct Entry
    {
        DataStamp stamp;
        qint64 storedAtMs = 0;
        Value value;
        qint64 weight = 0;
    };
    // A value being read; those who wait for it hold it until they have its answer.
    struct Reading
    {
        DataStamp stamp;
        int waiting = 0;
        bool finished = false;
        std::optional<Value> value; // empty when the reading failed
    };

    void keepLocked(const QString &key,
                    const DataStamp &stamp,
                    const Value &value,
                    std::optional<qint64> storedAtMs = std::nullopt)
    {
        const qint64 weight = m_weightOf ? m_weightOf(value) : 0;
        if (m_weightOf && weight > m_maxWeight)
            return;
        if (const auto kept = m_entries.constFind(key); kept != m_entries.cend()) {
            m_weight -= kept->weight;
            m_entries.erase(kept);
        }
        if (m_entries.size() >= m_capacity || m_weight + weight > m_maxWeight) {
            m_entries.clear(); // simple and bounded; a full cache is rebuilt in seconds
            m_weight = 0;
        }
        m_entries.insert(key, Entry{stamp, storedAtMs.value_or(m_clock.elapsed()), value, weight});
        m_weight += weight;
    }

    // Whether what was read under `kept` holds under `now`: under their join (a value newer
    // than a request's stamp serves it), when nothing changed between `kept` and the join.
    static bool holdsUnder(const DataStamp &kept, const DataStamp &now, const Unchanged &unchanged)
    {
        const DataStamp later = kept.joined(now);
        return later == kept || (unchanged && unchanged(kept, later));
    }

    // Whether this key was asked before with a stamp that still holds (then it is worth
    // reading), or at all when `anyStamp` (a value that takes changes is not read in vain
    // while writes go on); else remembers this ask (m_mutex held).
    bool askedAgainLocked(const QString &key,
                          const DataStamp &stamp,
                          const Unchanged &unchanged,
                          bool anyStamp)
    {
        const auto asked = m_asked.constFind(key);
        if (asked != m_asked.cend() && (anyStamp || holdsUnder(*asked, stamp, unchanged)))
            return true;
        if (m_asked.size() >= m_capacity && asked == m_asked.cend())
            m_asked.clear();
        m_asked.insert(key, stamp);
        return false;
    }

    // The entry kept for this key while young enough, whatever its stamp (m_mutex held).
    std::optional<Entry> youngEntryLocked(const QString &key) const
    {
        const auto kept = m_entries.constFind(key);
        if (kept == m_entries.cend() || m_clock.elapsed() - kept->storedAtMs > m_timeToLiveMs)
            return std::nullopt;
        return *kept;
    }

    // The value kept for this key that still holds under this stamp, still young enough
    // (m_mutex held). One that holds under a later stamp is kept under that one from then on.
    std::optional<Value>
    keptLocked(const QString &key, const DataStamp &stamp, const Unchanged &unchanged)
    {
        const auto kept = m_entries.find(key);
        if (kept == m_entries.end() || m_clock.elapsed() - kept->storedAtMs > m_timeToLiveMs ||
            !holdsUnder(kept->stamp, stamp, unchanged))
            return std::nullopt;
        kept->stamp = kept->stamp.joined(stamp);
        return kept->value;
    }

    Value readAndStore(const QString &key,
                       const DataStamp &stamp,
                       const Read &read,
                       const std::shared_ptr<Reading> &reading)
    {
        std::optional<Value> value;
        const auto finish = [&] {
            QMutexLocker lock(&m_mutex);
            const auto kept = m_entries.constFind(key);
            // A reading that finishes after a newer one's does not replace its value.
            const bool newerKept =
                kept != m_entries.cend() && !(kept->stamp == stamp) && kept->stamp.atLeast(stamp);
            ++m_reads;
            if (value && !newerKept)
                keepLocked(key, stamp, *value);
            if (!reading)
                return;
            reading->value = value;
            reading->finished = true;
            if (m_readings.value(key) == reading)
                m_readings.remove(key);
            m_readingFinished.wakeAll();
        };
        try {
            value = read();
        } catch (...) {
            finish();
            throw;
        }
        finish();
        return *value;
    }

    const int m_capacity;
    const int m_timeToLiveMs;
    QElapsedTimer m_clock;
    QMutex m_mutex;
    QWaitCondition m_readingFinished;
    QHash<QString, Entry> m_entries;
    QHash<QString, std::shared_ptr<Reading>> m_readings;
    QHash<QString, DataStamp> m_asked; // the stamp each key was last asked with
    qint64 m_maxWeight = std::numeric_limits<qint64>::max();
    std::function<qint64(const Value &)> m_weightOf; // none: entries weigh nothing
    qint64 m_weight = 0;                             // of the entries kept
    int m_reads = 0;
    int m_patches = 0;
};

} // namespace fielddesk::server
