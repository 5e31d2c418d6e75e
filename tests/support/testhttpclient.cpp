#include "testhttpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttpClient::TestHttpClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{}

TestReply TestHttpClient::send(const QByteArray &method,
                               const QString &path,
                               const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);

    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    TestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    reply->deleteLater();
    return result;
}

TestReply TestHttpClient::login(const QString &email, const QString &password)
{
    const TestReply reply =
        post(QStringLiteral("/api/v1/auth/login"),
             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (reply.status == 200)
        m_token = reply.json().value(QLatin1String("access_token")).toString().toUtf8();
    return reply;
}
