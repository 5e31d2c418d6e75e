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

void LoginThrottle::dropExpired(qint64 nowSeconds)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        prune(*it, nowSeconds);
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

void LoginThrottle::recordFailureLocked(const QString &account,
                                        const QString &address,
                                        qint64 nowSeconds)
{
    if (m_failures.size() > kMaxTrackedKeys)
        dropExpired(nowSeconds); // bounded memory without forgetting live lockouts
    m_failures[accountKey(account)].append(nowSeconds);
    m_failures[addressKey(address)].append(nowSeconds);
}

void LoginThrottle::recordFailure(const QString &account, const QString &address, qint64 nowSeconds)
{
    QMutexLocker lock(&m_mutex);
    recordFailureLocked(account, address, nowSeconds);
}

int LoginThrottle::beginAttempt(const QString &account, const QString &address, qint64 nowSeconds)
{
    QMutexLocker lock(&m_mutex);
    const int wait =
        std::max(retryAfterFor(accountKey(account), m_limits.maxFailuresPerAccount, nowSeconds),
                 retryAfterFor(addressKey(address), m_limits.maxFailuresPerAddress, nowSeconds));
    if (wait == 0)
        recordFailureLocked(account, address, nowSeconds);
    return wait;
}

void LoginThrottle::recordSuccess(const QString &account, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(accountKey(account));
    if (address.isEmpty())
        return;
    auto it = m_failures.find(addressKey(address));
    if (it != m_failures.end() && !it->isEmpty())
        it->removeLast();
}

} // namespace fielddesk::server
