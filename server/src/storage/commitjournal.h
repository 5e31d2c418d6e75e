// What this process's recent commits changed, as far as their writers described it. The job
// lists' caches (day keys, search texts, kept jobs) used to be emptied by any commit; under an
// assignment every few milliseconds they then held nothing (issue 12, `mixed`). With the
// journal they keep what a commit did not touch: another day's keys, another job's JSON.
//
// A described commit changed only the jobs it names, of one tenant, each within the time spans
// it names (the job's calendar span before and after), and appended the events it names
// (JobWrite describes its transactions). A commit without a description may have changed
// anything, and so may an event this process did not append (another instance's).
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <optional>
#include <set>

namespace fielddesk::server {

// [start, end) as ISO 8601 UTC timestamps (the jobs' span columns); an empty start: no span.
struct ChangeSpan
{
    QString start;
    QString end;
    // Whether it meets [from, to); an empty bound is open.
    bool overlaps(const QString &from, const QString &to) const;
};

struct CommitNote
{
    bool described = false;
    qint64 tenantId = 0;
    QList<qint64> jobIds;
    QList<ChangeSpan> spans;
    QList<qint64> eventIds;

    // Adds another note of the same commit (a batch's savepoints): still described only when
    // both are and they are of one tenant (or one of them changed no job).
    void merge(const CommitNote &other);
    // Whether it may have changed what the tenant's jobs overlapping [from, to) are (both
    // bounds empty: any of the tenant's jobs, those without a span too).
    bool touchesRange(qint64 tenant, const QString &from, const QString &to) const;
};

class CommitJournal
{
public:
    // Remembers the last `capacity` commits. A note of more than `maxJobsPerNote` jobs is
    // kept as undescribed (its words would weigh more than what it saves).
    explicit CommitJournal(int capacity = 4096, int maxJobsPerNote = 1000);

    // Called before a COMMIT: until the commit is recorded (or abandoned when it fails), a
    // reader that meets an event no recorded commit appended waits for it instead of taking
    // the event for another instance's. Between COMMIT and record() the commit's events are
    // visible to every reader, and under load that gap is long enough for several to see it.
    quint64 beginCommit();
    // Counts a commit of this process, with what it changed; `ticket` is beginCommit()'s (0:
    // none was taken).
    void record(CommitNote note, quint64 ticket = 0);
    // The commit of `ticket` did not happen.
    void abandonCommit(quint64 ticket);
    quint64 count() const;

    // The notes of the commits after `fromCommit` up to `toCommit`, when each of them was
    // described and each event id after `fromEvent` up to `toEvent` was appended by one of
    // them; nullopt otherwise (anything may have changed). A stamp reads the commit count
    // before the outbox, so it may count an event whose commit it does not: when that commit
    // is recorded and described already, its note (and those before it) are included too;
    // when it is still being recorded (beginCommit), this waits for it, `longestWaitMs` at
    // most.
    std::optional<QList<CommitNote>> describedBetween(quint64 fromCommit,
                                                      quint64 toCommit,
                                                      qint64 fromEvent,
                                                      qint64 toEvent,
                                                      int longestWaitMs = 100) const;

private:
    // nullopt, or the notes; `unknownEvent` set when an event was appended by no commit
    // recorded (m_mutex held).
    std::optional<QList<CommitNote>> describedLocked(quint64 fromCommit,
                                                     quint64 toCommit,
                                                     qint64 fromEvent,
                                                     qint64 toEvent,
                                                     bool *unknownEvent) const;
    void finishLocked(quint64 ticket);

    const int m_capacity;
    const int m_maxJobsPerNote;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_commitFinished;
    quint64 m_lastTicket = 0;
    std::set<quint64> m_committing; // tickets of commits begun and not yet recorded
    quint64 m_count = 0;
    quint64 m_lastUndescribed = 0;            // the last commit without a description
    std::deque<CommitNote> m_notes;           // of commits m_count - size() + 1 .. m_count
    QHash<qint64, quint64> m_describedEvents; // event id -> the commit that appended it
};

} // namespace fielddesk::server
