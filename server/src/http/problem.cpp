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
    case FailureKind::UnsupportedType:
        p.status = 415;
        break;
    case FailureKind::TooManyAttempts:
        p.status = 429;
        break;
    case FailureKind::Unavailable:
        p.status = 503;
        break;
    case FailureKind::StorageFull:
        p.status = 507;
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

Problem Problem::unauthorized(const QString &detail)
{
    return from(Failure::unauthorized(detail));
}

Problem Problem::forbidden(const QString &detail)
{
    return from(Failure::forbidden(detail));
}

Problem Problem::notFound(const QString &detail)
{
    return from(Failure::notFound(detail));
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

Problem Problem::payloadTooLarge(qint64 limit)
{
    return make(413, "payload-too-large", "Payload too large",
                QStringLiteral("The request body exceeds the limit of %1 bytes.").arg(limit));
}

Problem Problem::internal(const QString &requestId)
{
    return from(Failure::internal(requestId));
}

Problem Problem::unavailable(const QString &detail)
{
    return from(Failure::unavailable(detail));
}

Problem Problem::requestTimeout(const QString &detail)
{
    return make(408, "request-timeout", "Request timeout", detail);
}

Problem Problem::notImplemented(const QString &detail)
{
    return make(501, "not-implemented", "Not implemented", detail);
}

} // namespace fielddesk::server
