#include "storage/commitjournal.h"

#include <QDeadlineTimer>

#include <algorithm>

namespace fielddesk::server {

bool ChangeSpan::overlaps(const QString &from, const QString &to) const
{
    if (start.isEmpty())
        return false;
    // The timestamps share one format, so their text orders as their time (as in SQL).
    return (to.isEmpty() || start < to) && (from.isEmpty() || end.isEmpty() || end > from);
}

void CommitNote::merge(const CommitNote &other)
{
    const bool ownChanges = !jobIds.isEmpty() || !spans.isEmpty();
    const bool otherChanges = !other.jobIds.isEmpty() || !other.spans.isEmpty();
    described = described && other.described &&
                (!ownChanges || !otherChanges || tenantId == other.tenantId);
    if (!ownChanges)
        tenantId = other.tenantId;
    jobIds += other.jobIds;
    spans += other.spans;
    eventIds += other.eventIds;
}

bool CommitNote::touchesRange(qint64 tenant, const QString &from, const QString &to) const
{
    if (!described)
        return true;
    if (tenant != tenantId)
        return false;
    if (from.isEmpty() && to.isEmpty())
        return !jobIds.isEmpty() || !spans.isEmpty(); // all jobs, those without a span too
    for (const ChangeSpan &span : spans) {
        if (span.overlaps(from, to))
            return true;
    }
    return false;
}

CommitJournal::CommitJournal(int capacity, int maxJobsPerNote)
    : m_capacity(capacity)
    , m_maxJobsPerNote(maxJobsPerNote)
{}

quint64 CommitJournal::beginCommit()
{
    QMutexLocker lock(&m_mutex);
    m_committing.insert(++m_lastTicket);
    return m_lastTicket;
}

void CommitJournal::abandonCommit(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    finishLocked(ticket);
}

void CommitJournal::finishLocked(quint64 ticket)
{
    if (ticket != 0 && m_committing.erase(ticket) > 0)
        m_commitFinished.wakeAll();
}

void CommitJournal::record(CommitNote note, quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    finishLocked(ticket);
    ++m_count;
    if (note.jobIds.size() > m_maxJobsPerNote)
        note.described = false;
    if (note.described) {
        for (const qint64 id : std::as_const(note.eventIds))
            m_describedEvents.insert(id, m_count);
    } else {
        note = CommitNote{}; // nothing of it is read again
        m_lastUndescribed = m_count;
    }
    m_notes.push_back(std::move(note));
    while (m_notes.size() > size_t(m_capacity)) {
        for (const qint64 id : std::as_const(m_notes.front().eventIds))
            m_describedEvents.remove(id);
        m_notes.pop_front();
    }
}

quint64 CommitJournal::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

std::optional<QList<CommitNote>> CommitJournal::describedBetween(
    quint64 fromCommit, quint64 toCommit, qint64 fromEvent, qint64 toEvent, int longestWaitMs) const
{
    QMutexLocker lock(&m_mutex);
    bool unknownEvent = false;
    std::optional<QList<CommitNote>> notes =
        describedLocked(fromCommit, toCommit, fromEvent, toEvent, &unknownEvent);
    if (notes || !unknownEvent || m_committing.empty())
        return notes;
    // The event may be one of a commit being recorded: wait for the commits begun by now (an
    // event another instance appended waits for this process's commits in flight, no more).
    const quint64 begunByNow = m_lastTicket;
    QDeadlineTimer deadline(longestWaitMs);
    while (!m_committing.empty() && *m_committing.begin() <= begunByNow) {
        if (!m_commitFinished.wait(&m_mutex, deadline))
            return std::nullopt;
    }
    return describedLocked(fromCommit, toCommit, fromEvent, toEvent, &unknownEvent);
}

std::optional<QList<CommitNote>> CommitJournal::describedLocked(quint64 fromCommit,
                                                                quint64 toCommit,
                                                                qint64 fromEvent,
                                                                qint64 toEvent,
                                                                bool *unknownEvent) const
{
    if (toCommit < fromCommit || toEvent < fromEvent)
        return std::nullopt; // not a later stamp
    const quint64 oldestKept = m_count - quint64(m_notes.size()) + 1;
    if (toCommit > m_count || (toCommit > fromCommit && fromCommit + 1 < oldestKept) ||
        (m_lastUndescribed > fromCommit && m_lastUndescribed <= toCommit) ||
        (m_committing.empty() && toEvent - fromEvent > qint64(m_describedEvents.size())))
        return std::nullopt;
    // Each new event must come from a commit after `fromCommit`; one of a commit after
    // `toCommit` (counted by the outbox's read but not by the commit count's) brings the
    // notes up to that commit.
    quint64 lastCommit = toCommit;
    for (qint64 id = fromEvent + 1; id <= toEvent; ++id) {
        const auto appended = m_describedEvents.constFind(id);
        if (appended == m_describedEvents.cend()) {
            *unknownEvent = true;
            return std::nullopt;
        }
        if (*appended <= fromCommit)
            return std::nullopt;
        lastCommit = std::max(lastCommit, *appended);
    }
    if ((m_lastUndescribed > fromCommit && m_lastUndescribed <= lastCommit) ||
        (lastCommit > fromCommit && fromCommit + 1 < oldestKept))
        return std::nullopt;
    QList<CommitNote> notes;
    notes.reserve(qsizetype(lastCommit - fromCommit));
    for (quint64 n = fromCommit + 1; n <= lastCommit; ++n)
        notes.append(m_notes.at(size_t(n - oldestKept)));
    return notes;
}

} // namespace fielddesk::server
