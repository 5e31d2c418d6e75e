// Slows down password guessing: too many failed sign-ins for one account, or from one
// address, within a window and further attempts wait (429 with Retry-After). Unknown and
// known accounts are counted alike, so the answer never tells whether an email exists.
// The counts are kept in the database (LoginFailureRepository), so every server on one
// database counts the same failures: guesses spread over several servers behind a balancer
// lock the account as they would on one.
#pragma once

#include <QString>

namespace fielddesk::server {

class Database;

struct ThrottleLimits
{
    int maxFailuresPerAccount = 5;
    int maxFailuresPerAddress = 30;
    int windowSeconds = 900;
};

class LoginThrottle
{
public:
    LoginThrottle(Database &db, ThrottleLimits limits = {});

    // Seconds to wait before the next attempt; 0 when an attempt may be made now.
    int retryAfter(const QString &account, const QString &address, qint64 nowSeconds);
    void recordFailure(const QString &account, const QString &address, qint64 nowSeconds);
    // Check and count in one step (one transaction holding both keys' locks), so parallel
    // guesses cannot slip past the limit while the (slow) password check runs, on this server
    // or another: returns the seconds to wait, or 0 after counting this attempt as a failure
    // until recordSuccess says otherwise.
    int beginAttempt(const QString &account, const QString &address, qint64 nowSeconds);
    // Clears the account's failures and takes back one count of the address (this attempt's).
    void recordSuccess(const QString &account, const QString &address = {});
    // Deletes the failures that no longer count at `nowSeconds`, of every key; how many.
    int pruneExpired(qint64 nowSeconds);

private:
    int waitFor(const QString &key, int limit, qint64 nowSeconds);
    void countFailure(const QString &account, const QString &address, qint64 nowSeconds);
    qint64 windowStart(qint64 nowSeconds) const { return nowSeconds - m_limits.windowSeconds; }

    Database &m_db;
    ThrottleLimits m_limits;
};

} // namespace fielddesk::server
