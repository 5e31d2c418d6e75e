#include "auth/loginthrottle.h"

#include <algorithm>

namespace fielddesk::server {

namespace {
constexpr qsizetype kMaxTrackedKeys = 100000;

QString accountKey(const QString &account)
{
    return QStringLiteral("account:") + account.trimmed().toLower();
}

QString addressKey(const QString &address)
{
    return QStringLiteral("address:") + address;
}
} // namespace

LoginThrottle::LoginThrottle(ThrottleLimits limits)
    : m_limits(limits)
{}

void LoginThrottle::prune(QVector<qint64> &failures, qint64 nowSeconds) const
{
    const qint64 windowStart = nowSeconds - m_limits.windowSeconds;
    failures.erase(std::remove_if(failures.begin(), failures.end(),
                                  [&](qint64 t) { return t <= windowStart; }),
                   failures.end());
}

int LoginThrottle::retryAfterFor(const QString &key, int limit, qint64 nowSeconds)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    prune(*it, nowSeconds);
    if (it->size() < limit) {
        if (it->isEmpty())
            m_failures.erase(it);
        return 0;
    }
    // The oldest failure that still counts leaves the window first.
    const qint64 oldest = *std::min_element(it->begin(), it->end());
    return int(std::max<qint64>(1, oldest + m_limits.windowSeconds - nowSeconds));
}

int LoginThrottle::retryAfter(const QString &account, const QString &address, qint64 nowSeconds)
{
    QMutexLocker lock(&m_mutex);
    return std::max(retryAfterFor(accountKey(account), m_limits.maxFailuresPerAccount, nowSeconds),
                    retryAfterFor(addressKey(address), m_limits.maxFailuresPerAddress, nowSeconds));
}

void LoginThrottle::recordFailure(const QString &account, const QString &address, qint64 nowSeconds)
{
    QMutexLocker lock(&m_mutex);
    if (m_failures.size() > kMaxTrackedKeys)
        m_failures.clear(); // a flood of distinct keys: start over rather than grow without bound
    m_failures[accountKey(account)].append(nowSeconds);
    m_failures[addressKey(address)].append(nowSeconds);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(accountKey(account));
}

} // namespace fielddesk::server
