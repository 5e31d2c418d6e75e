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

    // Called before a COMMIT, with the events the commit appends: between COMMIT and
    // record() (or abandonCommit() when it failed) they are visible to every reader while the
    // journal does not know them yet; under load that gap is long enough for many readers to
    // take them for another instance's (settle()).
    quint64 beginCommit(const QList<qint64> &eventIds);
    // Counts a commit of this process, with what it changed; `ticket` is beginCommit()'s (0:
    // none was taken).
    void record(CommitNote note, quint64 ticket = 0);
    // The commit of `ticket` did not happen.
    void abandonCommit(quint64 ticket);
    // Waits until no commit of this process in flight appends an event up to `upToEvent`
    // (the newest a data stamp saw), `longestWaitMs` at most: a stamp settled so is described
    // by describedBetween() as soon as its commits are. Call it holding no other lock. False:
    // it waited in vain.
    bool settle(qint64 upToEvent, int longestWaitMs) const;
    quint64 count() const;

    // The notes of the commits after `fromCommit` up to `toCommit`, when each of them was
    // described and each event id after `fromEvent` up to `toEvent` was appended by one of
    // them; nullopt otherwise (anything may have changed). A stamp reads the commit count
    // before the outbox, so it may count an event whose commit it does not: when that commit
    // is recorded and described already, its note (and those before it) are included too.
    std::optional<QList<CommitNote>>
    describedBetween(quint64 fromCommit, quint64 toCommit, qint64 fromEvent, qint64 toEvent) const;

private:
    void finishLocked(quint64 ticket);

    const int m_capacity;
    const int m_maxJobsPerNote;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_commitFinished;
    quint64 m_lastTicket = 0;
    QHash<quint64, qint64> m_committing; // commits begun, not yet recorded: their first event
    quint64 m_count = 0;
    quint64 m_lastUndescribed = 0;            // the last commit without a description
    std::deque<CommitNote> m_notes;           // of commits m_count - size() + 1 .. m_count
    QHash<qint64, quint64> m_describedEvents; // event id -> the commit that appended it
};

} // namespace fielddesk::server
