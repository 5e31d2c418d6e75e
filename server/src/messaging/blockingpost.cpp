#include "messaging/blockingpost.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fielddesk::server {

namespace {

constexpr int kAnswerKept = 300;

PostAnswer waitForAnswer(QNetworkReply *reply, qint64 kept)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    PostAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->read(kept);
    answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

} // namespace

PostAnswer
blockingPost(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return waitForAnswer(network.post(request, body), kAnswerKept);
}

PostAnswer blockingGet(QNetworkAccessManager &network, QNetworkRequest request, qint64 maxBytes)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return waitForAnswer(network.get(request), maxBytes);
}

} // namespace fielddesk::server
