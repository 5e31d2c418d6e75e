#include "fielddesk/client/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fielddesk::client {

namespace {

QString serverName(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toDisplayString();
}

} // namespace

QString ApiError::message() const
{
    if (kind == Kind::Network)
        return networkMessage;
    if (kind == Kind::InvalidResponse)
        return tr("The server sent an answer FieldDesk does not understand (HTTP %1).").arg(status);
    // The server's detail speaks to API clients (which call to make); a person reads this.
    if (isPasswordChangeRequired())
        return tr("You must choose a new password before you can go on.");

    QString text = !detail.isEmpty() ? detail : title;
    if (text.isEmpty()) {
        if (status == 429 && retryAfterSeconds)
            text = tr("Too many attempts. Try again in %n second(s).", nullptr, *retryAfterSeconds);
        else if (status == 429)
            text = tr("Too many attempts. Try again in a moment.");
        else if (status == 401)
            text = tr("You are not signed in, or your session has expired.");
        else if (status == 403)
            text = tr("You are not allowed to do this.");
        else if (status == 404)
            text = tr("The server does not know this address. Check the server URL.");
        else if (status >= 500)
            text = tr("The server had a problem (HTTP %1). Try again in a moment.").arg(status);
        else
            text = tr("The server refused the request (HTTP %1).").arg(status);
    }
    for (const FieldError &error : fieldErrors) {
        text += QLatin1Char('\n');
        text +=
            error.field.isEmpty()
                ? error.message
                : tr("%1: %2", "field name: what is wrong with it").arg(error.field, error.message);
    }
    return text;
}

bool ApiError::isPasswordChangeRequired() const
{
    return kind == Kind::Http && status == 403 &&
           type.endsWith(QLatin1String("/problems/password-change-required"));
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError error;
    error.kind = Kind::Http;
    error.status = status;
    bool isNumber = false;
    const int seconds = retryAfter.trimmed().toInt(&isNumber);
    if (isNumber && seconds >= 0)
        error.retryAfterSeconds = seconds;

    // Not every answer is problem+json (a proxy's HTML page, an empty 502): take what is there.
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    error.problem = problem;
    error.type = problem.value(QLatin1String("type")).toString();
    error.title = problem.value(QLatin1String("title")).toString();
    error.detail = problem.value(QLatin1String("detail")).toString();
    const QJsonArray errors = problem.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject object = entry.toObject();
        error.fieldErrors.append({object.value(QLatin1String("field")).toString(),
                                  object.value(QLatin1String("message")).toString()});
    }
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError,
                               const QUrl &url,
                               const QString &qtMessage)
{
    ApiError error;
    error.kind = Kind::Network;
    const QString server = serverName(url);
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.networkMessage = tr("Cannot connect to the server at %1: the connection was "
                                  "refused. Check the address and that the server is running.")
                                   .arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        error.networkMessage =
            tr("The server %1 was not found. Check the server address.").arg(server);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        error.networkMessage = tr("The server at %1 did not answer in time. Check your "
                                  "connection and try again.")
                                   .arg(server);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.networkMessage =
            tr("The server at %1 closed the connection unexpectedly.").arg(server);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.networkMessage =
            tr("A secure connection to %1 could not be established: %2").arg(server, qtMessage);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        error.networkMessage = tr("No network connection. Check your connection and try again.");
        break;
    case QNetworkReply::ProtocolUnknownError:
        error.networkMessage = tr("%1 is not a server address FieldDesk can use. Use an "
                                  "address starting with http:// or https://.")
                                   .arg(url.toDisplayString());
        break;
    default:
        error.networkMessage = tr("Cannot reach the server at %1: %2").arg(server, qtMessage);
        break;
    }
    return error;
}

ApiError ApiError::invalidResponse(int status)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.status = status;
    return error;
}

} // namespace fielddesk::client
