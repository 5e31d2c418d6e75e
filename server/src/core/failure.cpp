#include "core/failure.h"

#include <QStringList>

namespace fielddesk::server {

namespace {

Failure make(FailureKind kind, const char *slug, const char *title, const QString &detail)
{
    Failure f;
    f.kind = kind;
    f.type = QStringLiteral("/problems/") + QLatin1String(slug);
    f.title = QLatin1String(title);
    f.detail = detail;
    return f;
}

} // namespace

Failure Failure::badRequest(const QString &detail)
{
    return make(FailureKind::BadRequest, "bad-request", "Bad request", detail);
}

Failure Failure::malformedJson(const QString &detail)
{
    return make(FailureKind::BadRequest, "malformed-json", "Malformed JSON", detail);
}

Failure Failure::validation(QList<FieldError> errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    Failure f =
        make(FailureKind::Invalid, "validation", "Invalid request",
             QStringLiteral("Invalid value for: %1.").arg(fields.join(QStringLiteral(", "))));
    f.errors = std::move(errors);
    return f;
}

Failure Failure::validation(const QString &field, const QString &message)
{
    return validation(QList<FieldError>{{field, message}});
}

Failure Failure::unauthorized(const QString &detail)
{
    return make(FailureKind::Unauthenticated, "unauthorized", "Authentication required", detail);
}

Failure Failure::forbidden(const QString &detail)
{
    return make(FailureKind::Forbidden, "forbidden", "Forbidden", detail);
}

Failure Failure::tenantSuspended()
{
    return make(FailureKind::Forbidden, "tenant-suspended", "Account suspended",
                QStringLiteral("Your company's account is suspended; nobody in it can sign in "
                               "until it is resumed. Contact your FieldDesk provider."));
}

Failure Failure::passwordChangeRequired()
{
    return make(FailureKind::Forbidden, "password-change-required", "Password change required",
                QStringLiteral("Your password must be changed before you can go on: send your "
                               "current and a new password to POST /api/v1/me/password."));
}

Failure Failure::notFound(const QString &detail)
{
    return make(FailureKind::NotFound, "not-found", "Not found", detail);
}

Failure Failure::conflict(const QString &detail)
{
    return make(FailureKind::Conflict, "conflict", "Conflict", detail);
}

Failure Failure::unsupportedMediaType(const QString &detail)
{
    return make(FailureKind::UnsupportedType, "unsupported-media-type", "Unsupported media type",
                detail);
}

Failure Failure::tooManyRequests(int retryAfterSeconds, const QString &detail)
{
    Failure f = make(
        FailureKind::TooManyAttempts, "too-many-requests", "Too many requests",
        detail.isEmpty()
            ? QStringLiteral("Too many attempts. Try again in %1 seconds.").arg(retryAfterSeconds)
            : detail);
    f.retryAfterSeconds = retryAfterSeconds;
    return f;
}

Failure Failure::unavailable(const QString &detail)
{
    return make(FailureKind::Unavailable, "unavailable", "Service unavailable", detail);
}

Failure Failure::insufficientStorage(const QString &detail)
{
    return make(FailureKind::StorageFull, "insufficient-storage", "Insufficient storage", detail);
}

Failure Failure::internal(const QString &requestId)
{
    return make(
        FailureKind::Internal, "internal", "Internal server error",
        QStringLiteral("The server failed to handle this request (request id %1).").arg(requestId));
}

} // namespace fielddesk::server
