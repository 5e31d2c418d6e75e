// One call to the FieldDesk REST API: method, path under the server's base URL, optional JSON
// body, and per-call overrides. Part of fielddesk_client: QtCore only.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace fielddesk::client {

struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // "/api/v1/me"; may carry a query ("?limit=10")
    std::optional<QJsonObject> body;
    // A body that is not JSON (an upload): sent as is with this Content-Type.
    std::optional<QByteArray> rawBody;
    QByteArray rawContentType;
    // What the answer should be (Accept); empty: JSON (or a problem).
    QByteArray accept;
    // Overrides the client's access token for this call; an empty token sends none.
    std::optional<QByteArray> bearerToken;
    std::optional<std::chrono::milliseconds> timeout;
    // Normally a fresh UUID per call; set it to tie a retry to the first attempt in the logs.
    std::optional<QByteArray> requestId;

    static ApiRequest get(const QString &path)
    {
        ApiRequest request;
        request.path = path;
        return request;
    }
    static ApiRequest post(const QString &path, const QJsonObject &body)
    {
        ApiRequest request;
        request.method = QByteArrayLiteral("POST");
        request.path = path;
        request.body = body;
        return request;
    }
    // A partial change of a record (the fields in the body only).
    static ApiRequest patch(const QString &path, const QJsonObject &body)
    {
        ApiRequest request = post(path, body);
        request.method = QByteArrayLiteral("PATCH");
        return request;
    }
    static ApiRequest remove(const QString &path)
    {
        ApiRequest request;
        request.method = QByteArrayLiteral("DELETE");
        request.path = path;
        return request;
    }
    static ApiRequest upload(const QString &path, QByteArray bytes, QByteArray contentType)
    {
        ApiRequest request;
        request.method = QByteArrayLiteral("POST");
        request.path = path;
        request.rawBody = std::move(bytes);
        request.rawContentType = std::move(contentType);
        return request;
    }

    // Asks for another representation ("text/csv").
    ApiRequest &accepting(QByteArray mediaType)
    {
        accept = std::move(mediaType);
        return *this;
    }

    // Sends no Authorization header (sign-in, refresh, health checks).
    ApiRequest &withoutToken()
    {
        bearerToken = QByteArray();
        return *this;
    }
};

} // namespace fielddesk::client
