// RFC 9457 problem details: the one shape every FieldDesk error takes on the wire.
#pragma once

#include "core/failure.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace fielddesk::server {

struct Problem
{
    int status = 500;
    QString type;   // a URI reference naming the kind of problem
    QString title;  // short, the same for every problem of this type
    QString detail; // what went wrong this time, for a human
    QList<FieldError> errors;
    QList<std::pair<QByteArray, QByteArray>> headers; // e.g. Retry-After, Allow
    // Extra members of the problem object as raw JSON values (e.g. "current": {...}).
    QList<std::pair<QByteArray, QByteArray>> extensions;

    QByteArray toJson() const;

    // The answer to a failure a service or a parser reported: its kind decides the status.
    static Problem from(const Failure &failure);

    // What the HTTP front answers on its own (before or around a route); everything else
    // is a Failure a route maps with from().
    static Problem unauthorized(const QString &detail);
    static Problem forbidden(const QString &detail);
    static Problem notFound(const QString &detail);
    static Problem methodNotAllowed(const QStringList &allowed);
    static Problem payloadTooLarge(qint64 limit);
    static Problem internal(const QString &requestId);
    static Problem unavailable(const QString &detail);
    // 408: the request did not arrive in time (the connection is closed after it).
    static Problem requestTimeout(const QString &detail);
    // 501: a transfer coding (or another part of HTTP) this server does not implement.
    static Problem notImplemented(const QString &detail);
};

} // namespace fielddesk::server
