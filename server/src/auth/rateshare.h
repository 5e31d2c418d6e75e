// Request rate limits held by several servers together (issue 18): behind a balancer a client
// gets one limit, not one per server. A few times a second each server adds what its limiters
// let through to its own rows of the database (RateUsageRepository), reads what the other
// servers' rows gained since it last looked, and charges that to its own buckets. A key can
// go over its limit only by what the servers let through between two rounds.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace fielddesk::server {

class Database;
class RateLimiter;

class RateShare
{
public:
    struct Shared
    {
        QString name; // as stored: "address", "token"
        RateLimiter *limiter = nullptr;
    };
    // `limiterClockMs` is the clock the limiters' take() is given.
    RateShare(Database &db, QList<Shared> limiters, std::function<qint64()> limiterClockMs);

    // One round at `nowMs` (the database's clock; tests pass their own): publishes, reads,
    // charges. The first round only learns what the others have counted so far. Answers the
    // requests charged. Throws DatabaseError, keeping what it could not publish for the next
    // round. One thread at a time.
    qint64 exchange(qint64 nowMs);
    // exchange() at the database's time, for the server's periodic round: a database that
    // cannot be reached is logged once (the limits go on per server meanwhile), and again when
    // it answers.
    void round();
    const QString &serverId() const { return m_serverId; }

private:
    struct Seen
    {
        qint64 used = 0;
        qint64 createdMs = 0;
        qint64 seenMs = 0;
    };
    RateLimiter *limiterNamed(const QString &name) const;
    // Takes every limiter's counts into m_unpublished.
    void collectAdmitted();
    void forgetIdle(qint64 nowMs);

    Database &m_db;
    QList<Shared> m_limiters;
    std::function<qint64()> m_limiterClockMs;
    QString m_serverId;
    QHash<QString, QHash<QString, int>> m_unpublished; // by limiter, then key
    QHash<QString, Seen> m_seen; // the others' rows by server, limiter and key
    qint64 m_lastReadMs = 0;     // 0: nothing read yet
    qint64 m_lastPruneMs = 0;
    bool m_failing = false;
};

} // namespace fielddesk::server
