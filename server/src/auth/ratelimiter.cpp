#include "auth/ratelimiter.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace fielddesk::server {

namespace {
constexpr qsizetype kMaxTrackedBuckets = 100000;
}

RateLimiter::RateLimiter(RateLimit limit)
    : m_limit(limit)
{}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    const double elapsed = double(std::max<qint64>(0, nowMs - bucket.updatedMs)) / 1000.0;
    bucket.tokens = std::min(double(m_limit.burst), bucket.tokens + elapsed * m_limit.perSecond);
    // Never back: a charge may carry a moment read before a request's that came first.
    bucket.updatedMs = std::max(bucket.updatedMs, nowMs);
}

void RateLimiter::dropFull(qint64 nowMs)
{
    // A full bucket is what a key nobody has seen gets: forgetting it changes nothing.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(*it, nowMs);
        it = it->tokens >= m_limit.burst ? m_buckets.erase(it) : std::next(it);
    }
}

RateLimiter::Bucket &RateLimiter::bucketOf(const QString &key, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > kMaxTrackedBuckets)
            dropFull(nowMs); // bounded memory without forgetting a key that is waiting
        it = m_buckets.insert(key, Bucket{double(m_limit.burst), nowMs});
    }
    refill(*it, nowMs);
    return *it;
}

int RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (!m_limit.enabled())
        return 0;
    QMutexLocker lock(&m_mutex);
    Bucket &bucket = bucketOf(key, nowMs);
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        if (m_countAdmitted)
            ++m_admitted[key];
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_limit.perSecond)));
}

void RateLimiter::countAdmitted()
{
    QMutexLocker lock(&m_mutex);
    m_countAdmitted = true;
}

QHash<QString, int> RateLimiter::takeAdmitted()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_admitted, {});
}

void RateLimiter::chargeElsewhere(const QString &key, int requests, qint64 nowMs)
{
    if (!m_limit.enabled() || requests <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    // Refilled first: a charge on a stale bucket would be undone by its next refill.
    Bucket &bucket = bucketOf(key, nowMs);
    bucket.tokens = std::max(-double(m_limit.burst), bucket.tokens - double(requests));
}

} // namespace fielddesk::server
