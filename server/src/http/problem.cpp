#include "http/problem.h"

#include "fielddesk/domain/jsonwriter.h"

#include <QStringList>

namespace fielddesk::server {

namespace {

Problem make(int status, const char *slug, const char *title, const QString &detail)
{
    Problem p;
    p.status = status;
    p.type = QStringLiteral("/problems/") + QLatin1String(slug);
    p.title = QLatin1String(title);
    p.detail = detail;
    return p;
}

} // namespace

QByteArray Problem::toJson() const
{
    JsonWriter w(256);
    w.beginObject();
    w.field("type", type);
    w.field("title", title);
    w.field("status", status);
    w.field("detail", detail);
    w.key("errors").beginArray();
    for (const FieldError &e : errors) {
        w.beginObject().field("field", e.field).field("message", e.message).endObject();
    }
    w.endArray();
    for (const auto &[name, json] : extensions)
        w.key(std::string_view(name.constData(), size_t(name.size()))).rawValue(json);
    w.endObject();
    return w.take();
}

Problem Problem::from(const Failure &failure)
{
    Problem p;
    p.type = failure.type;
    p.title = failure.title;
    p.detail = failure.detail;
    p.errors = failure.errors;
    p.extensions = failure.extensions;
    switch (failure.kind) {
    case FailureKind::BadRequest:
        p.status = 400;
        break;
    case FailureKind::Invalid:
        p.status = 422;
        break;
    case FailureKind::Unauthenticated:
        p.status = 401;
        p.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer")});
        break;
    case FailureKind::Forbidden:
        p.status = 403;
        break;
    case FailureKind::NotFound:
        p.status = 404;
        break;
    case FailureKind::Conflict:
        p.status = 409;
        break;
    case FailureKind::TooManyAttempts:
        p.status = 429;
        break;
    case FailureKind::Unavailable:
        p.status = 503;
        break;
    case FailureKind::Internal:
        p.status = 500;
        break;
    }
    if (failure.retryAfterSeconds)
        p.headers.append(
            {QByteArray("Retry-After"), QByteArray::number(*failure.retryAfterSeconds)});
    return p;
}

Problem Problem::badRequest(const QString &detail)
{
    return make(400, "bad-request", "Bad request", detail);
}

Problem Problem::malformedJson(const QString &detail)
{
    return make(400, "malformed-json", "Malformed JSON", detail);
}

Problem Problem::validation(QList<FieldError> errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    Problem p =
        make(422, "validation", "Invalid request",
             QStringLiteral("Invalid value for: %1.").arg(fields.join(QStringLiteral(", "))));
    p.errors = std::move(errors);
    return p;
}

Problem Problem::validation(const QString &field, const QString &message)
{
    return validation(QList<FieldError>{{field, message}});
}

Problem Problem::unauthorized(const QString &detail)
{
    Problem p = make(401, "unauthorized", "Authentication required", detail);
    p.headers.append(std::make_pair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return p;
}

Problem Problem::forbidden(const QString &detail)
{
    return make(403, "forbidden", "Forbidden", detail);
}

Problem Problem::notFound(const QString &detail)
{
    return make(404, "not-found", "Not found", detail);
}

Problem Problem::methodNotAllowed(const QStringList &allowed)
{
    Problem p =
        make(405, "method-not-allowed", "Method not allowed",
             QStringLiteral("This resource allows: %1.").arg(allowed.join(QStringLiteral(", "))));
    p.headers.append(
        std::make_pair(QByteArray("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()));
    return p;
}

Problem Problem::conflict(const QString &detail)
{
    return make(409, "conflict", "Conflict", detail);
}

Problem Problem::payloadTooLarge(qint64 limit)
{
    return make(413, "payload-too-large", "Payload too large",
                QStringLiteral("The request body exceeds the limit of %1 bytes.").arg(limit));
}

Problem Problem::tooManyRequests(int retryAfterSeconds)
{
    Problem p =
        make(429, "too-many-requests", "Too many requests",
             QStringLiteral("Too many attempts. Try again in %1 seconds.").arg(retryAfterSeconds));
    p.headers.append(
        std::make_pair(QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds)));
    return p;
}

Problem Problem::internal(const QString &requestId)
{
    return make(
        500, "internal", "Internal server error",
        QStringLiteral("The server failed to handle this request (request id %1).").arg(requestId));
}

Problem Problem::unavailable(const QString &detail)
{
    return make(503, "unavailable", "Service unavailable", detail);
}

} // namespace fielddesk::server
