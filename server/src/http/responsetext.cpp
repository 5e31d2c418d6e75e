#include "http/responsetext.h"

namespace fielddesk::server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}

} // namespace

QByteArray responseText(const ApiResponse &response,
                        const QByteArray &method,
                        const QString &requestId,
                        bool keepAlive)
{
    // 204 and 304 carry no body, and no length (a 304's would have to be the full one's).
    const bool bodiless = response.status == 204 || response.status == 304;
    const bool withBody = method != "HEAD" && !bodiless;
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ');
    out.append(reasonPhrase(response.status)).append("\r\n");
    if (!response.contentType.isEmpty())
        out.append("Content-Type: ").append(response.contentType).append("\r\n");
    if (!bodiless)
        out.append("Content-Length: ")
            .append(QByteArray::number(response.body.size()))
            .append("\r\n");
    out.append("X-Request-Id: ").append(requestId.toLatin1()).append("\r\n");
    out.append("Cache-Control: ").append(response.cacheControl).append("\r\n");
    for (const auto &[name, value] : response.headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (!keepAlive)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    if (withBody)
        out.append(response.body);
    return out;
}

} // namespace fielddesk::server
