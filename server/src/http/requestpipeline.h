// What happens to a routed request on a worker thread: authenticate, authorise by role,
// call the handler, and turn anything unexpected into a 500 that is logged, never a crash.
#pragma once

#include "http/result.h"
#include "http/router.h"

namespace fielddesk::server {

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
    explicit RequestPipeline(const Authenticator &authenticator);
    ApiResponse run(const Route &route, ApiRequest &request) const;

private:
    ApiResponse runChecked(const Route &route, ApiRequest &request) const;

    const Authenticator &m_authenticator;
};

} // namespace fielddesk::server
