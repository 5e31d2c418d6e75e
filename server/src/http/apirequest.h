// One HTTP request as handlers see it: already routed, with path parameters, and with the
// caller's identity for authenticated routes.
#pragma once

#include "auth/principal.h"
#include "core/plaindecimal.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace fielddesk::server {

struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QString, QString> pathParams;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString requestId;
    QString clientId; // X-Client-Id: which console made the change
    QHostAddress remoteAddress;
    std::optional<Principal> principal;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    // The body's media type: Content-Type without its parameters, in lower case.
    QByteArray mediaType() const
    {
        return header("content-type").split(';').first().trimmed().toLower();
    }
    // The path parameter as a positive id; nullopt when it is not one (answer 404).
    // One spelling for each id: plain digits without a leading zero (toLongLong alone takes
    // "+1", "01" and "1\n" for 1).
    std::optional<qint64> pathId(const QString &name) const
    {
        const QString text = pathParams.value(name);
        return isPlainDecimal(text) && text.front() != u'0'
                   ? std::optional<qint64>(text.toLongLong())
                   : std::nullopt;
    }
    const Principal &caller() const { return *principal; }
};

} // namespace fielddesk::server
