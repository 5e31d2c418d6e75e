// Request rate limits: a token bucket per key (a client address, a caller). A bucket holds
// up to `burst` requests and refills at `perSecond`; a request takes one, and with none left
// it waits (429 with Retry-After). Per server instance, like the login throttle.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace fielddesk::server {

struct RateLimit
{
    double perSecond = 0; // 0: no limit
    int burst = 0;

    bool enabled() const { return perSecond > 0; }
};

// The two limits every request meets: per client address before anything else, per caller
// (the user or API key behind the token) once authenticated. Set through the server's
// settings (rate_limit_per_address[_burst], rate_limit_per_token[_burst]: ServerConfig).
struct RequestRateLimits
{
    RateLimit perAddress{200, 1000};
    RateLimit perToken{50, 300};
    // How often servers on one PostgreSQL database share what they let through (RateShare,
    // rate_limit_share_ms); 0: each server limits alone.
    int shareIntervalMs = 250;
};

class RateLimiter
{
public:
    explicit RateLimiter(RateLimit limit = {});

    // Takes one request from the key's bucket: 0 when it may go on, else the whole seconds
    // until the bucket has one again (at least 1).
    int take(const QString &key, qint64 nowMs);
    RateLimit limit() const { return m_limit; }

    // Shared with other servers (RateShare): take() counts what it lets through, per key.
    void countAdmitted();
    // What take() let through since the last call, per key; the count starts again.
    QHash<QString, int> takeAdmitted();
    // Requests another server let through for `key`: they come out of this bucket too. A debt
    // is kept down to one burst below empty, so that a late or doubled report cannot shut a
    // key out for longer than a burst takes to refill.
    void chargeElsewhere(const QString &key, int requests, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void refill(Bucket &bucket, qint64 nowMs) const;
    // The key's bucket refilled to now (a full one for a key not seen yet).
    Bucket &bucketOf(const QString &key, qint64 nowMs);
    void dropFull(qint64 nowMs);

    RateLimit m_limit;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    bool m_countAdmitted = false;
    QHash<QString, int> m_admitted;
};

} // namespace fielddesk::server
