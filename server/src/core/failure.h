// What went wrong, in the domain's words: services, repositories and the parsers of requests
// report a Failure; only the route layer turns it into an HTTP problem (http/problem.h).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace fielddesk::server {

struct FieldError
{
    QString field;
    QString message;
};

enum class FailureKind {
    BadRequest,      // the request cannot be read at all
    Invalid,         // named fields are wrong
    Unauthenticated, // no valid credentials
    Forbidden,       // the caller may not do this
    NotFound,        // nothing the caller may see
    UnsupportedType, // a body of a media type the resource does not take, or not what it says
    Conflict,        // the state does not allow it now (stale version, illegal step, …)
    TooManyAttempts, // try again later
    Unavailable,     // the server cannot serve it now
    StorageFull,     // the server's disk is full: nothing more can be written for now
    Internal,        // a bug: nothing the client did
};

struct Failure
{
    FailureKind kind = FailureKind::BadRequest;
    QString type;   // a URI reference naming the kind ("/problems/version-conflict")
    QString title;  // short, the same for every failure of this type
    QString detail; // what went wrong this time, for a human
    QList<FieldError> errors;
    // Extra members of the answer as raw JSON values (e.g. "current": {...}).
    QList<std::pair<QByteArray, QByteArray>> extensions;
    std::optional<int> retryAfterSeconds; // TooManyAttempts: when to try again

    static Failure badRequest(const QString &detail);
    static Failure malformedJson(const QString &detail);
    static Failure validation(QList<FieldError> errors);
    static Failure validation(const QString &field, const QString &message);
    static Failure unauthorized(const QString &detail);
    static Failure forbidden(const QString &detail);
    // 403 /problems/tenant-suspended: the caller's company is suspended by the operator.
    static Failure tenantSuspended();
    // 403 /problems/password-change-required: the caller must set a password of their own
    // (POST /api/v1/me/password) before anything else.
    static Failure passwordChangeRequired();
    static Failure notFound(const QString &detail);
    static Failure conflict(const QString &detail);
    static Failure unsupportedMediaType(const QString &detail);
    // The detail says what was too many (default: sign-in attempts).
    static Failure tooManyRequests(int retryAfterSeconds, const QString &detail = {});
    static Failure unavailable(const QString &detail);
    // 507 /problems/insufficient-storage: the disk under the database is full; reads go on.
    static Failure insufficientStorage(const QString &detail);
    static Failure internal(const QString &requestId);
};

} // namespace fielddesk::server
