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
// that began later, or a server whose clock is a little behind, is still counted. Reading a
// row twice charges nothing twice (the difference to what was seen is charged).
constexpr qint64 kRereadMs = 5000;
// A row nobody added to for a minute is deleted; what was seen of it is forgotten later, so
// that a row made again is known as new (its count starts again) rather than taken whole.
constexpr qint64 kIdleRowMs = 60 * 1000;
constexpr qint64 kForgetSeenMs = 2 * kIdleRowMs;
constexpr qint64 kPruneEveryMs = 10 * 1000;
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

qint64 RateShare::exchange(qint64 nowMs)
{
    RateUsageRepository usage(m_db);
    for (const Shared &shared : std::as_const(m_limiters))
        usage.add(m_serverId, shared.name, shared.limiter->takeAdmitted(), nowMs);

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
        // A count below the one seen is a row deleted and made again: all of it is new.
        const qint64 gained = row.used >= seen.used ? row.used - seen.used : row.used;
        seen = {row.used, nowMs};
        RateLimiter *limiter = limiterNamed(row.limiter);
        if (learning || gained == 0 || !limiter)
            continue;
        limiter->chargeElsewhere(
            row.key, int(std::min<qint64>(gained, std::numeric_limits<int>::max())), limiterNow);
        charged += gained;
    }
    if (nowMs - m_lastPruneMs >= kPruneEveryMs) {
        usage.deleteUnchangedSince(nowMs - kIdleRowMs);
        forgetIdle(nowMs);
        m_lastPruneMs = nowMs;
    }
    return charged;
}

void RateShare::round(qint64 nowMs)
{
    try {
        exchange(nowMs);
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
