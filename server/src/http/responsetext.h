// An answer as it goes on the wire: the status line, the headers the server always sends
// (content type and length, request id, cache control), the answer's own, and the body.
// One place for the HTTP front and for the connection guard's own refusals.
#pragma once

#include "http/apiresponse.h"

#include <QByteArray>
#include <QString>

namespace fielddesk::server {

// HEAD answers carry no body; 204 and 304 neither a body nor a length. keepAlive false adds
// Connection: close.
QByteArray responseText(const ApiResponse &response,
                        const QByteArray &method,
                        const QString &requestId,
                        bool keepAlive);

} // namespace fielddesk::server
