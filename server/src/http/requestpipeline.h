// What happens to a routed request on a worker thread: authenticate, authorise by role,
// call the handler, and turn anything unexpected into a 500 that is logged, never a crash.
#pragma once

#include "auth/ratelimiter.h"
#include "auth/rateshare.h"
#include "core/result.h"
#include "http/router.h"

#include <QElapsedTimer>

#include <functional>
#include <optional>

namespace fielddesk::server {

// Inside a catch block: the problem for the exception being handled, logged (503 with
// Retry-After for a busy or lost database, else a 500). For work that runs outside the
// pipeline too (a deferred answer's).
Failure failureForCurrentException(const QString &requestId);

class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // The principal behind a bearer access token, or the 401 problem.
    virtual Result<Principal> authenticate(const QByteArray &accessToken) const = 0;
    // The customer behind an API key (X-API-Key), or the 401 problem.
    virtual Result<Principal> authenticateApiKey(const QByteArray &key) const = 0;
};

class RequestPipeline
{
public:
    explicit RequestPipeline(const Authenticator &authenticator, RequestRateLimits limits = {});
    // admit(), then the handler.
    ApiResponse run(const Route &route, ApiRequest &request) const;
    // The checks before the handler (media type, authentication, role): the answer when the
    // request goes no further, else nothing and request.principal filled in.
    std::optional<ApiResponse> admit(const Route &route, ApiRequest &request) const;
    // The handler alone, for a request admit() let through (the write lane runs it apart).
    ApiResponse handle(const Route &route, const ApiRequest &request) const;

    // The limiters, by the names RateShare stores them under, and the clock they are given.
    QList<RateShare::Shared> sharedLimiters();
    qint64 limiterClockMs() const { return m_clock.elapsed(); }

private:
    // The caller's admission (media type, credentials, role, limits), then the query's and
    // the body's.
    std::optional<ApiResponse> admitChecked(const Route &route, ApiRequest &request) const;
    std::optional<ApiResponse> admitCaller(const Route &route, ApiRequest &request) const;
    // 429 with Retry-After when the key's bucket is empty.
    std::optional<ApiResponse>
    rateLimited(RateLimiter &limiter, const QString &key, const QString &whose) const;
    // Runs a step; anything it throws becomes the answer (503 for a busy or lost database,
    // else a logged 500).
    std::optional<ApiResponse> guarded(const ApiRequest &request,
                                       const std::function<void()> &step) const;

    const Authenticator &m_authenticator;
    QElapsedTimer m_clock;
    mutable RateLimiter m_perAddress;
    mutable RateLimiter m_perToken;
};

} // namespace fielddesk::server
