#include "messaging/blockingpost.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fielddesk::server {

namespace {

constexpr int kAnswerKept = 300;

} // namespace

PostAnswer
blockingPost(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    PostAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll().left(kAnswerKept);
    answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

} // namespace fielddesk::server
