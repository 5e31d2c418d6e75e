// Slows down password guessing: too many failed sign-ins for one account, or from one
// address, within a window and further attempts wait (429 with Retry-After). Unknown and
// known accounts are counted alike, so the answer never tells whether an email exists.
// Per server instance; a scale-out deployment shares nothing here (see the scale-out issue).
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QVector>

namespace fielddesk::server {

struct ThrottleLimits
{
    int maxFailuresPerAccount = 5;
    int maxFailuresPerAddress = 30;
    int windowSeconds = 900;
};

class LoginThrottle
{
public:
    explicit LoginThrottle(ThrottleLimits limits = {});

    // Seconds to wait before the next attempt; 0 when an attempt may be made now.
    int retryAfter(const QString &account, const QString &address, qint64 nowSeconds);
    void recordFailure(const QString &account, const QString &address, qint64 nowSeconds);
    // Check and count in one step, so parallel guesses cannot slip past the limit while the
    // (slow) password check runs: returns the seconds to wait, or 0 after counting this
    // attempt as a failure until recordSuccess says otherwise.
    int beginAttempt(const QString &account, const QString &address, qint64 nowSeconds);
    // Clears the account's failures and takes back this attempt's count for the address.
    void recordSuccess(const QString &account, const QString &address = {});

private:
    int retryAfterFor(const QString &key, int limit, qint64 nowSeconds);
    void recordFailureLocked(const QString &account, const QString &address, qint64 nowSeconds);
    void dropExpired(qint64 nowSeconds);
    void prune(QVector<qint64> &failures, qint64 nowSeconds) const;

    ThrottleLimits m_limits;
    QMutex m_mutex;
    QHash<QString, QVector<qint64>> m_failures; // key -> times of failures in the window
};

} // namespace fielddesk::server
