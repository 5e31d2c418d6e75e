// Why an API call failed, as the console shows it: the server's RFC 9457 problem
// (type, title, status, detail, field errors) or a network failure, plus one message a user
// can read. Part of fielddesk_client: QtCore and QtNetwork only, no widgets.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <optional>

namespace fielddesk::client {

struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,         // no HTTP answer: refused, unknown host, timeout, TLS...
        Http,            // an HTTP answer with an error status (problem+json or not)
        InvalidResponse, // a success status with a body that is not the expected JSON
    };

    struct FieldError
    {
        QString field;
        QString message;
    };

    Kind kind = Kind::Http;
    int status = 0; // HTTP status; 0 when the server did not answer
    QString type;
    QString title;
    QString detail;
    QList<FieldError> fieldErrors;
    QString requestId;
    std::optional<int> retryAfterSeconds; // from Retry-After on 429/503
    QString networkMessage;               // Kind::Network: what went wrong, already readable
    // Kind::Network: why the server's certificate was refused (untrusted, expired, another
    // host's...); empty when it was not.
    QList<QSslError> certificateErrors;
    // The whole problem object as the server sent it, with its extension members (e.g.
    // "current", "warnings", "changed"); empty when the answer was not JSON.
    QJsonObject problem;

    // One sentence (or a few lines for field errors) to show the user.
    QString message() const;

    bool isNetworkError() const { return kind == Kind::Network; }
    bool isCertificateRefused() const { return !certificateErrors.isEmpty(); }
    bool isUnauthorized() const { return kind == Kind::Http && status == 401; }
    // 403 /problems/password-change-required: the user must set a password of their own first.
    bool isPasswordChangeRequired() const;

    // From an HTTP error answer: parses application/problem+json, tolerates anything else.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {});
    // certificateErrors: what the TLS handshake found wrong with the server's certificate.
    static ApiError fromNetwork(QNetworkReply::NetworkError error,
                                const QUrl &url,
                                const QString &qtMessage,
                                const QList<QSslError> &certificateErrors = {});
    static ApiError invalidResponse(int status);
};

} // namespace fielddesk::client

Q_DECLARE_METATYPE(fielddesk::client::ApiError)
