#include "storage/commitjournal.h"

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

CommitJournal::CommitJournal(int capacity)
    : m_capacity(capacity)
{}

void CommitJournal::record(CommitNote note)
{
    QMutexLocker lock(&m_mutex);
    ++m_count;
    if (note.described) {
        for (const qint64 id : std::as_const(note.eventIds))
            m_describedEvents.insert(id, 1);
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

std::optional<QList<CommitNote>> CommitJournal::describedBetween(quint64 fromCommit,
                                                                 quint64 toCommit,
                                                                 qint64 fromEvent,
                                                                 qint64 toEvent) const
{
    if (toCommit < fromCommit || toEvent < fromEvent)
        return std::nullopt; // not a later stamp
    QMutexLocker lock(&m_mutex);
    const quint64 oldestKept = m_count - quint64(m_notes.size()) + 1;
    if (toCommit > m_count || (toCommit > fromCommit && fromCommit + 1 < oldestKept) ||
        toEvent - fromEvent > qint64(m_describedEvents.size()))
        return std::nullopt;
    for (qint64 id = fromEvent + 1; id <= toEvent; ++id) {
        if (!m_describedEvents.contains(id))
            return std::nullopt;
    }
    QList<CommitNote> notes;
    for (quint64 n = fromCommit + 1; n <= toCommit; ++n) {
        const CommitNote &note = m_notes.at(size_t(n - oldestKept));
        if (!note.described)
            return std::nullopt;
        notes.append(note);
    }
    return notes;
}

} // namespace fielddesk::server
