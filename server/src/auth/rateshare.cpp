#include "auth/rateshare.h"

#include "app/logline.h"
#include "auth/ratelimiter.h"
#include "repositories/rateusagerepository.h"

#include <QUuid>

#include <algorithm>
#include <limits>
#include <utility>

namespace fielddesk::server {

namespace {
// Rows are read again this long after they were first seen: a commit that lands after a read
// that began later is still counted. Reading a row twice charges nothing twice (the
// difference to what was seen is charged).
constexpr qint64 kRereadMs = 5000;
// This server deletes its rows nobody added to for a minute; any server deletes rows idle for
// ten (a server that stopped leaves its rows behind). What was seen of a row is forgotten
// after the longer of the two.
constexpr qint64 kIdleOwnRowMs = 60 * 1000;
constexpr qint64 kIdleAnyRowMs = 10 * 60 * 1000;
constexpr qint64 kForgetSeenMs = 2 * kIdleAnyRowMs;
constexpr qint64 kPruneEveryMs = 10 * 1000;
// Counts kept through a database outage, at most (keys of both limiters).
constexpr qsizetype kMaxUnpublishedKeys = 100000;
} // namespace

RateShare::RateShare(Database &db, QList<Shared> limiters, std::function<qint64()> limiterClockMs)
    : m_db(db)
    , m_limiters(std::move(limiters))
    , m_limiterClockMs(std::move(limiterClockMs))
    , m_serverId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    for (const Shared &shared : std::as_const(m_limiters))
        shared.limiter->countAdmitted();
}

RateLimiter *RateShare::limiterNamed(const QString &name) const
{
    for (const Shared &shared : m_limiters) {
        if (shared.name == name)
            return shared.limiter;
    }
    return nullptr; // a limiter a newer server shares
}

void RateShare::collectAdmitted()
{
    qsizetype keys = 0;
    for (const QHash<QString, int> &counts : std::as_const(m_unpublished))
        keys += counts.size();
    for (const Shared &shared : std::as_const(m_limiters)) {
        const QHash<QString, int> admitted = shared.limiter->takeAdmitted();
        QHash<QString, int> &unpublished = m_unpublished[shared.name];
        for (auto it = admitted.cbegin(); it != admitted.cend(); ++it) {
            auto known = unpublished.find(it.key());
            if (known != unpublished.end())
                *known += it.value();
            else if (keys++ < kMaxUnpublishedKeys) // a long outage: the newest keys are lost
                unpublished.insert(it.key(), it.value());
        }
    }
}

qint64 RateShare::exchange(qint64 nowMs)
{
    RateUsageRepository usage(m_db);
    collectAdmitted();
    QList<AdmittedCounts> counts;
    for (auto it = m_unpublished.cbegin(); it != m_unpublished.cend(); ++it)
        counts.append({it.key(), it.value()});
    usage.add(m_serverId, counts, nowMs); // throws: the counts stay for the next round
    m_unpublished.clear();

    const bool learning = m_lastReadMs == 0;
    const QList<RateUsage> rows =
        usage.othersChangedSince(m_serverId, learning ? 0 : m_lastReadMs - kRereadMs);
    m_lastReadMs = nowMs;
    qint64 charged = 0;
    const qint64 limiterNow = m_limiterClockMs();
    for (const RateUsage &row : rows) {
        const QString id =
            row.serverId + QLatin1Char('\n') + row.limiter + QLatin1Char('\n') + row.key;
        Seen &seen = m_seen[id];
        // A row made again (deleted while idle) counts from nothing.
        const qint64 before = seen.createdMs == row.createdMs ? seen.used : 0;
        const qint64 gained = std::max<qint64>(0, row.used - before);
        seen = {row.used, row.createdMs, nowMs};
        RateLimiter *limiter = limiterNamed(row.limiter);
        if (learning || gained == 0 || !limiter)
            continue;
        limiter->chargeElsewhere(
            row.key, int(std::min<qint64>(gained, std::numeric_limits<int>::max())), limiterNow);
        charged += gained;
    }
    if (nowMs - m_lastPruneMs >= kPruneEveryMs) {
        usage.deleteIdle(m_serverId, nowMs - kIdleOwnRowMs, nowMs - kIdleAnyRowMs);
        forgetIdle(nowMs);
        m_lastPruneMs = nowMs;
    }
    return charged;
}

void RateShare::round()
{
    try {
        exchange(RateUsageRepository(m_db).nowMs());
        if (std::exchange(m_failing, false))
            LogLine("info", "rate_share_resumed");
    } catch (const DatabaseError &e) {
        if (!std::exchange(m_failing, true))
            LogLine("warning", "rate_share_failed").field("error", QString::fromUtf8(e.what()));
    }
}

void RateShare::forgetIdle(qint64 nowMs)
{
    m_seen.removeIf([nowMs](const QHash<QString, Seen>::iterator &it) {
        return nowMs - it->seenMs > kForgetSeenMs;
    });
}

} // namespace fielddesk::server
