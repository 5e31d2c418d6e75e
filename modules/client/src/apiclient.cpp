#include "fielddesk/client/apiclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

namespace fielddesk::client {

namespace {

bool isJson(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    // A child, not a member: it (and its replies) go after QObject has cut our connections.
    , m_network(new QNetworkAccessManager(this))
    , m_clientId(QUuid::createUuid())
{
    qRegisterMetaType<ApiError>();
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setServerTrust(const ServerTrust &trust)
{
    m_trust = trust;
    m_sslConfiguration = trust.sslConfiguration();
    // A kept connection was verified with the trust before: the next call makes a new one.
    m_network->clearConnectionCache();
}

QUrl ApiClient::resolve(const QString &path) const
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (question < 0 ? path : path.left(question)));
    url.setQuery(question < 0 ? QString() : path.mid(question + 1));
    return url;
}

void ApiClient::get(const QString &path, QObject *context, Handler handler)
{
    send(ApiRequest::get(path), context, std::move(handler));
}

void ApiClient::post(const QString &path,
                     const QJsonObject &body,
                     QObject *context,
                     Handler handler)
{
    send(ApiRequest::post(path, body), context, std::move(handler));
}

void ApiClient::send(const ApiRequest &request, QObject *context, Handler handler)
{
    QNetworkRequest networkRequest(resolve(request.path));
    const QByteArray requestId =
        request.requestId.value_or(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    networkRequest.setRawHeader(
        "Accept", request.accept.isEmpty()
                      ? QByteArrayLiteral("application/json, application/problem+json, */*;q=0.5")
                      : request.accept + ", application/problem+json");
    networkRequest.setRawHeader("X-Request-Id", requestId);
    networkRequest.setRawHeader("X-Client-Id", m_clientId.toByteArray(QUuid::WithoutBraces));
    const bool usesOwnToken = !request.bearerToken && !m_accessToken.isEmpty();
    const QByteArray token = request.bearerToken.value_or(m_accessToken);
    if (!token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token);
    networkRequest.setTransferTimeout(int(request.timeout.value_or(m_timeout).count()));
    networkRequest.setSslConfiguration(m_sslConfiguration);

    QByteArray body;
    if (request.rawBody) {
        body = *request.rawBody;
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.rawContentType);
    } else if (request.body) {
        body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    // Why the server's certificate was refused, if it was: the reply itself only says that it was.
    auto certificateErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply,
            [certificateErrors](const QList<QSslError> &errors) { *certificateErrors = errors; });

    // Without a context the handler lives as long as this client; with one, as long as both.
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, requestId, usesOwnToken, token, hasContext, guard, certificateErrors,
             handler = std::move(handler)] {
                reply->deleteLater();
                const ApiResponse response = toResponse(reply, requestId, *certificateErrors);
                if (response.status > 0 && response.status < 500)
                    emit serverAnswered();
                else if (response.error && response.error->isNetworkError())
                    emit serverUnreachable(*response.error);
                // Only if the token is still the current one: a 401 to an older token says
                // nothing about the session now.
                if (response.status == 401 && usesOwnToken && token == m_accessToken)
                    emit accessTokenRejected();
                if (response.error && response.error->isPasswordChangeRequired() && usesOwnToken &&
                    token == m_accessToken)
                    emit passwordChangeRequired();
                if (handler && (!hasContext || guard))
                    handler(response);
            });
}

ApiResponse ApiClient::toResponse(QNetworkReply *reply,
                                  const QByteArray &sentRequestId,
                                  const QList<QSslError> &certificateErrors) const
{
    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.requestId = reply->rawHeader("X-Request-Id");
    if (response.requestId.isEmpty())
        response.requestId = sentRequestId;

    if (response.status == 0) {
        ApiError error = ApiError::fromNetwork(reply->error(), reply->url(), reply->errorString(),
                                               certificateErrors);
        error.requestId = QString::fromLatin1(response.requestId);
        response.error = std::move(error);
        return response;
    }

    const QByteArray body = reply->readAll();
    if (response.status >= 200 && response.status < 300) {
        if (body.trimmed().isEmpty())
            return response;
        const QByteArray contentType =
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!contentType.isEmpty() && !isJson(contentType)) {
            response.bytes = body;
            response.contentType = contentType;
            return response;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            response.error = ApiError::invalidResponse(response.status);
            response.error->requestId = QString::fromLatin1(response.requestId);
            return response;
        }
        response.json = document.object();
        return response;
    }

    ApiError error = ApiError::fromHttp(response.status, body, reply->rawHeader("Retry-After"));
    error.requestId = QString::fromLatin1(response.requestId);
    response.error = std::move(error);
    return response;
}

} // namespace fielddesk::client
