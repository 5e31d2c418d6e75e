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
};

class RateLimiter
{
public:
    explicit RateLimiter(RateLimit limit = {});

    // Takes one request from the key's bucket: 0 when it may go on, else the whole seconds
    // until the bucket has one again (at least 1).
    int take(const QString &key, qint64 nowMs);
    RateLimit limit() const { return m_limit; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void refill(Bucket &bucket, qint64 nowMs) const;
    void dropFull(qint64 nowMs);

    RateLimit m_limit;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace fielddesk::server
