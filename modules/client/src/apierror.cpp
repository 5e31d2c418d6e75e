#include "fielddesk/client/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslCertificate>

#include <algorithm>
#include <initializer_list>

namespace fielddesk::client {

namespace {

QString serverName(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toDisplayString();
}

const QSslError *findError(const QList<QSslError> &errors,
                           std::initializer_list<QSslError::SslError> kinds)
{
    const auto found = std::find_if(errors.cbegin(), errors.cend(), [&](const QSslError &e) {
        return std::find(kinds.begin(), kinds.end(), e.error()) != kinds.end();
    });
    return found == errors.cend() ? nullptr : &*found;
}

// The names a certificate is for: its subject alternative names, else its common name.
QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QStringLiteral(", "));
}

// One sentence for each reason the server's certificate was refused, the likeliest fix with
// it; the TLS library's own words for a reason not named here.
QString certificateMessage(const QString &server, const QList<QSslError> &errors)
{
    QStringList sentences;
    if (const QSslError *untrusted = findError(
            errors,
            {QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
             QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
             QSslError::InvalidCaCertificate})) {
        const QString why =
            untrusted->error() == QSslError::SelfSignedCertificate
                ? ApiError::tr("it is self-signed")
                : ApiError::tr("it was issued by %1, which this computer does not know")
                      .arg(untrusted->certificate().issuerDisplayName());
        sentences << ApiError::tr("The server at %1 sent a certificate this computer does not "
                                  "trust: %2. If your company has its own certificate "
                                  "authority, choose its CA file under \"Certificate "
                                  "authority\" and sign in again; otherwise ask your "
                                  "administrator.")
                         .arg(server, why);
    }
    if (const QSslError *expired = findError(errors, {QSslError::CertificateExpired})) {
        sentences << ApiError::tr("The server's certificate at %1 expired on %2. Ask your "
                                  "administrator to renew it.")
                         .arg(server, QLocale().toString(expired->certificate().expiryDate(),
                                                         QLocale::ShortFormat));
    }
    if (const QSslError *early = findError(errors, {QSslError::CertificateNotYetValid})) {
        sentences << ApiError::tr("The server's certificate at %1 is only valid from %2. Check "
                                  "this computer's date and time.")
                         .arg(server, QLocale().toString(early->certificate().effectiveDate(),
                                                         QLocale::ShortFormat));
    }
    if (const QSslError *host = findError(errors, {QSslError::HostNameMismatch})) {
        sentences << ApiError::tr("The server's certificate is not for %1 but for %2. Use the "
                                  "server address the certificate names, or ask your "
                                  "administrator.")
                         .arg(server, certificateNames(host->certificate()));
    }
    if (findError(errors, {QSslError::CertificateRevoked}))
        sentences << ApiError::tr("The server's certificate at %1 has been revoked.").arg(server);
    if (sentences.isEmpty()) {
        sentences << ApiError::tr("The server at %1 sent a certificate this computer does not "
                                  "accept: %2")
                         .arg(server, errors.first().errorString());
    }
    return sentences.join(QLatin1Char('\n'));
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
                               const QString &qtMessage,
                               const QList<QSslError> &certificateErrors)
{
    ApiError error;
    error.kind = Kind::Network;
    const QString server = serverName(url);
    if (!certificateErrors.isEmpty()) {
        error.certificateErrors = certificateErrors;
        error.networkMessage = certificateMessage(server, certificateErrors);
        return error;
    }
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
