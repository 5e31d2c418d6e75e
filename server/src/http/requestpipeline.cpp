#include "http/requestpipeline.h"

#include "app/logline.h"
#include "http/bodyschema.h"
#include "http/clientaddress.h"
#include "storage/database.h"

#include <exception>

namespace fielddesk::server {

Failure failureForCurrentException(const QString &requestId)
{
    try {
        throw;
    } catch (const DatabaseError &e) {
        LogLine("error", "database_error").field("request_id", requestId).field("what", e.what());
        // The database is down or busy: the client may retry; that is not a server bug.
        if (e.kind() == DatabaseError::Kind::Unavailable || e.isBusy()) {
            Failure f = Failure::unavailable(
                QStringLiteral("The database is busy or unreachable; try again shortly."));
            f.retryAfterSeconds = 2;
            return f;
        }
        // Nothing of the request was kept; what is stored stays readable. Writes work again
        // as soon as space is freed, without a restart.
        if (e.kind() == DatabaseError::Kind::StorageFull) {
            Failure f = Failure::insufficientStorage(
                QStringLiteral("The server's disk is full: nothing of this request was saved. "
                               "Reading goes on; writing works again once space is freed."));
            f.retryAfterSeconds = 30;
            return f;
        }
    } catch (const std::exception &e) {
        LogLine("error", "handler_exception")
            .field("request_id", requestId)
            .field("what", e.what());
    } catch (...) {
        LogLine("error", "handler_exception").field("request_id", requestId);
    }
    return Failure::internal(requestId);
}

namespace {

// A token stands for a user or an API key: its bucket is theirs, so a fresh token (a refresh,
// another sign-in) does not start a fresh one.
QString callerKey(const Principal &principal)
{
    return principal.apiKeyId ? QStringLiteral("key:") + QString::number(*principal.apiKeyId)
                              : QStringLiteral("user:") + QString::number(principal.userId);
}

} // namespace

RequestPipeline::RequestPipeline(const Authenticator &authenticator, RequestRateLimits limits)
    : m_authenticator(authenticator)
    , m_perAddress(limits.perAddress)
    , m_perToken(limits.perToken)
{
    m_clock.start();
}

QList<RateShare::Shared> RequestPipeline::sharedLimiters()
{
    return {{QStringLiteral("address"), &m_perAddress}, {QStringLiteral("token"), &m_perToken}};
}

std::optional<ApiResponse>
RequestPipeline::rateLimited(RateLimiter &limiter, const QString &key, const QString &whose) const
{
    const int wait = limiter.take(key, limiterClockMs());
    if (wait == 0)
        return std::nullopt;
    return ApiResponse::fromProblem(Problem::from(Failure::tooManyRequests(
        wait, QStringLiteral("Too many requests %1 (at most %2 a second); try again in %3 "
                             "seconds.")
                  .arg(whose)
                  .arg(limiter.limit().perSecond)
                  .arg(wait))));
}

ApiResponse RequestPipeline::run(const Route &route, ApiRequest &request) const
{
    ApiResponse answer;
    const std::optional<ApiResponse> failure = guarded(request, [&] {
        if (std::optional<ApiResponse> refusal = admitChecked(route, request))
            answer = std::move(*refusal);
        else
            answer = route.handler(request);
    });
    return failure ? *failure : answer;
}

std::optional<ApiResponse> RequestPipeline::admit(const Route &route, ApiRequest &request) const
{
    std::optional<ApiResponse> refusal;
    const std::optional<ApiResponse> failure =
        guarded(request, [&] { refusal = admitChecked(route, request); });
    return failure ? failure : refusal;
}

ApiResponse RequestPipeline::handle(const Route &route, const ApiRequest &request) const
{
    ApiResponse answer;
    const std::optional<ApiResponse> failure =
        guarded(request, [&] { answer = route.handler(request); });
    return failure ? *failure : answer;
}

std::optional<ApiResponse> RequestPipeline::guarded(const ApiRequest &request,
                                                    const std::function<void()> &step) const
{
    try {
        step();
        return std::nullopt;
    } catch (...) {
        return ApiResponse::fromProblem(
            Problem::from(failureForCurrentException(request.requestId)));
    }
}

std::optional<ApiResponse> RequestPipeline::admitChecked(const Route &route,
                                                         ApiRequest &request) const
{
    if (std::optional<ApiResponse> refusal = admitCaller(route, request))
        return refusal;
    // A parameter the route does not read is a mistake the client should hear of (a misspelt
    // `date` would show another day). A list checks its own (ListSpec).
    if (!route.doc.list) {
        if (std::optional<Failure> unknown = unknownQueryParameters(route.doc, request.query))
            return ApiResponse::fromProblem(Problem::from(*unknown));
    }
    // A route that declares no body of its own ignores what it is sent, but not that it is not
    // JSON at all: the client is told (400), as by every other route, not 2xx.
    if (!route.body.isRaw() && !route.doc.requestBody && !request.body.trimmed().isEmpty()) {
        if (std::optional<Failure> malformed = malformedJsonIn(request.body))
            return ApiResponse::fromProblem(Problem::from(*malformed));
    }
    return std::nullopt;
}

std::optional<ApiResponse> RequestPipeline::admitCaller(const Route &route,
                                                        ApiRequest &request) const
{
    if (auto refusal = rateLimited(m_perAddress, clientAddressKey(request.remoteAddress),
                                   QStringLiteral("from your address")))
        return refusal;
    if (!request.body.isEmpty() && !route.body.accepts(request.mediaType()))
        return ApiResponse::fromProblem(
            Problem::from(Failure::unsupportedMediaType(route.body.expectation())));
    const bool customerKeys = route.access == Access::AuthenticatedOrCustomerKey;
    const bool fleetKeys = route.access == Access::AuthenticatedOrFleetKey;
    if ((customerKeys || fleetKeys) && !request.header("x-api-key").isEmpty()) {
        Result<Principal> principal =
            m_authenticator.authenticateApiKey(request.header("x-api-key"));
        if (!principal)
            return ApiResponse::fromProblem(Problem::from(principal.failure()));
        // Each kind of key opens its own routes only.
        if (customerKeys && principal->isFleetTrackerKey())
            return ApiResponse::fromProblem(Problem::forbidden(
                QStringLiteral("This API key is the fleet tracker's: it may only send "
                               "technicians' positions.")));
        if (fleetKeys && !principal->isFleetTrackerKey())
            return ApiResponse::fromProblem(Problem::forbidden(
                QStringLiteral("Only the fleet tracker's API key may do this.")));
        request.principal = std::move(principal.value());
        return rateLimited(m_perToken, callerKey(*request.principal),
                           QStringLiteral("with this API key"));
    }
    if (route.access != Access::Public && !request.header("x-api-key").isEmpty() &&
        request.header("authorization").isEmpty()) {
        // A key where only people's tokens are taken: a valid one is refused for what it is.
        const Result<Principal> key =
            m_authenticator.authenticateApiKey(request.header("x-api-key"));
        if (!key)
            return ApiResponse::fromProblem(Problem::from(key.failure()));
        return ApiResponse::fromProblem(Problem::forbidden(
            key->isFleetTrackerKey()
                ? QStringLiteral("This API key is the fleet tracker's: it may only send "
                                 "technicians' positions.")
                : QStringLiteral("A customer's API key may only create, read and cancel the "
                                 "customer's own jobs.")));
    }
    if (route.access != Access::Public) {
        const QByteArray authorization = request.header("authorization");
        if (!authorization.left(7).toLower().startsWith("bearer ")) {
            return ApiResponse::fromProblem(Problem::unauthorized(
                QStringLiteral("Send an access token: Authorization: Bearer <token>.")));
        }
        Result<Principal> principal = m_authenticator.authenticate(authorization.mid(7).trimmed());
        if (!principal)
            return ApiResponse::fromProblem(Problem::from(principal.failure()));
        // To an operator, a tenant's business data does not exist.
        if (principal->isOperator() && !route.openToOperators())
            return ApiResponse::fromProblem(
                Problem::notFound(QStringLiteral("No resource at %1.").arg(request.path)));
        if (principal->mustChangePassword && !route.openBeforePasswordChange())
            return ApiResponse::fromProblem(Problem::from(Failure::passwordChangeRequired()));
        if (!route.roles.isEmpty() && !route.roles.contains(principal->role)) {
            return ApiResponse::fromProblem(Problem::forbidden(
                QStringLiteral("The %1 role may not do this.").arg(roleName(principal->role))));
        }
        request.principal = std::move(principal.value());
        return rateLimited(m_perToken, callerKey(*request.principal),
                           QStringLiteral("with this access token"));
    }
    return std::nullopt;
}

} // namespace fielddesk::server
