#include "auth/loginthrottle.h"

#include "repositories/loginfailurerepository.h"

#include <algorithm>

namespace fielddesk::server {

namespace {

QString accountKey(const QString &account)
{
    return QStringLiteral("account:") + account.trimmed().toLower();
}

QString addressKey(const QString &address)
{
    return QStringLiteral("address:") + address;
}

} // namespace

LoginThrottle::LoginThrottle(Database &db, ThrottleLimits limits)
    : m_db(db)
    , m_limits(limits)
{}

int LoginThrottle::waitFor(const QString &key, int limit, qint64 nowSeconds)
{
    const FailureCount failures =
        LoginFailureRepository(m_db).countAfter(key, windowStart(nowSeconds));
    if (failures.count < limit)
        return 0;
    // The oldest failure that still counts leaves the window first.
    return int(std::max<qint64>(1, failures.oldest + m_limits.windowSeconds - nowSeconds));
}

int LoginThrottle::retryAfter(const QString &account, const QString &address, qint64 nowSeconds)
{
    return std::max(waitFor(accountKey(account), m_limits.maxFailuresPerAccount, nowSeconds),
                    waitFor(addressKey(address), m_limits.maxFailuresPerAddress, nowSeconds));
}

void LoginThrottle::countFailure(const QString &account, const QString &address, qint64 nowSeconds)
{
    LoginFailureRepository failures(m_db);
    for (const QString &key : {accountKey(account), addressKey(address)}) {
        // What no longer counts goes with the next failure of its key.
        failures.deleteUpTo(windowStart(nowSeconds), key);
        failures.add(key, nowSeconds);
    }
}

void LoginThrottle::recordFailure(const QString &account, const QString &address, qint64 nowSeconds)
{
    Transaction tx(m_db);
    tx.describeNoJobChanged();
    LoginFailureRepository(m_db).lockKeys({accountKey(account), addressKey(address)});
    countFailure(account, address, nowSeconds);
    tx.commit();
}

int LoginThrottle::beginAttempt(const QString &account, const QString &address, qint64 nowSeconds)
{
    Transaction tx(m_db);
    tx.describeNoJobChanged();
    LoginFailureRepository(m_db).lockKeys({accountKey(account), addressKey(address)});
    const int wait = retryAfter(account, address, nowSeconds);
    if (wait == 0)
        countFailure(account, address, nowSeconds);
    tx.commit();
    return wait;
}

void LoginThrottle::recordSuccess(const QString &account, const QString &address)
{
    Transaction tx(m_db);
    tx.describeNoJobChanged();
    LoginFailureRepository failures(m_db);
    failures.lockKeys({accountKey(account), addressKey(address)});
    failures.clear(accountKey(account));
    if (!address.isEmpty())
        failures.removeNewest(addressKey(address));
    tx.commit();
}

int LoginThrottle::pruneExpired(qint64 nowSeconds)
{
    Transaction tx(m_db);
    tx.describeNoJobChanged();
    const int deleted = LoginFailureRepository(m_db).deleteUpTo(windowStart(nowSeconds));
    tx.commit();
    return deleted;
}

} // namespace fielddesk::server
