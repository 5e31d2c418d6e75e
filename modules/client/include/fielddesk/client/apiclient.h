// Asynchronous JSON client for the FieldDesk REST API: base URL, Bearer token, an
// X-Request-Id per call and an X-Client-Id per console instance, problem+json errors.
// Part of fielddesk_client: QtCore and QtNetwork only, no widgets.
#pragma once

#include "fielddesk/client/apirequest.h"
#include "fielddesk/client/apiresponse.h"
#include "fielddesk/client/servertrust.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUuid>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace fielddesk::client {

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiResponse &)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout{15000};

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    // The certificates an https server may present (the system's authorities by default).
    void setServerTrust(const ServerTrust &trust);
    const ServerTrust &serverTrust() const { return m_trust; }
    // What every connection to the server verifies its certificate with: the REST calls and
    // the live event feeds (LiveEventFeed::start takes it from here).
    const QSslConfiguration &sslConfiguration() const { return m_sslConfiguration; }

    void setAccessToken(const QByteArray &accessToken) { m_accessToken = accessToken; }
    QByteArray accessToken() const { return m_accessToken; }

    // Identifies this console instance to the server (dispatch history, logs).
    QUuid clientId() const { return m_clientId; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Sends the request; the handler runs once with the outcome, unless context is destroyed
    // first (then it never runs). A null context means "as long as this client lives".
    void send(const ApiRequest &request, QObject *context, Handler handler);
    void get(const QString &path, QObject *context, Handler handler);
    void post(const QString &path, const QJsonObject &body, QObject *context, Handler handler);

    // The absolute URL for a path under the base URL (keeps a base path such as /fielddesk).
    QUrl resolve(const QString &path) const;

signals:
    // Any HTTP answer below 500: the server is there.
    void serverAnswered();
    // A call got no HTTP answer at all.
    void serverUnreachable(const fielddesk::client::ApiError &error);
    // The server answered 401 to a call that carried this client's own access token (expired
    // after a sleep, revoked...): whoever owns the session should refresh it.
    void accessTokenRejected();
    // The server refused a call with this client's own access token until the user has
    // changed their password (an admin may require it at any time).
    void passwordChangeRequired();

private:
    ApiResponse toResponse(QNetworkReply *reply,
                           const QByteArray &sentRequestId,
                           const QList<QSslError> &certificateErrors) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    ServerTrust m_trust;
    QSslConfiguration m_sslConfiguration = m_trust.sslConfiguration();
    QByteArray m_accessToken;
    QUuid m_clientId;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace fielddesk::client
