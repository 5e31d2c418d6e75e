#include "messaging/blockingpost.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace fielddesk::server {

namespace {

constexpr int kAnswerKept = 300;

constexpr int kAbandonCheckMs = 50;

PostAnswer waitForAnswer(QNetworkReply *reply, qint64 kept, const std::atomic<bool> *abandon)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer abandonCheck;
    if (abandon) {
        QObject::connect(&abandonCheck, &QTimer::timeout, reply, [reply, abandon] {
            if (abandon->load())
                reply->abort(); // finishes the reply, which ends the loop
        });
        abandonCheck.start(kAbandonCheckMs);
    }
    if (!reply->isFinished())
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
    return waitForAnswer(network.post(request, body), kAnswerKept, nullptr);
}

PostAnswer blockingGet(QNetworkAccessManager &network,
                       QNetworkRequest request,
                       qint64 maxBytes,
                       const std::atomic<bool> *abandon)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return waitForAnswer(network.get(request), maxBytes, abandon);
}

} // namespace fielddesk::server
