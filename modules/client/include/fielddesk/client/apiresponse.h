// The outcome of one API call: the HTTP status and JSON body on success, or an ApiError.
// Part of fielddesk_client: QtCore only.
#pragma once

#include "fielddesk/client/apierror.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace fielddesk::client {

struct ApiResponse
{
    int status = 0;
    QJsonObject json; // the parsed body of a success answer (empty for 204)
    // A success answer that is not JSON (a downloaded file): its bytes and Content-Type.
    QByteArray bytes;
    QByteArray contentType;
    QByteArray requestId;
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace fielddesk::client
