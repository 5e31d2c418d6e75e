#include "messaging/webhookclient.h"

#include "messaging/blockingpost.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace fielddesk::server {

namespace {

constexpr int kGone = 410;

} // namespace

WebhookClient::WebhookClient(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{}

WebhookClient::~WebhookClient() = default;

QByteArray
WebhookClient::signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray stamp = QByteArray::number(unixSeconds);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(stamp + '.' + body, secret, QCryptographicHash::Sha256);
    return "t=" + stamp + ",v1=" + mac.toHex();
}

SendOutcome WebhookClient::send(const QUrl &url,
                                const QByteArray &secret,
                                const QString &eventType,
                                const QString &deliveryId,
                                const QByteArray &body)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("FieldDesk-Webhooks/1"));
    request.setRawHeader("FieldDesk-Event-Type", eventType.toUtf8());
    request.setRawHeader("FieldDesk-Delivery", deliveryId.toUtf8());
    request.setRawHeader("FieldDesk-Signature",
                         signature(secret, QDateTime::currentSecsSinceEpoch(), body));
    request.setTransferTimeout(m_timeoutMs);
    const PostAnswer answer = blockingPost(*m_network, request, body);
    if (answer.status >= 200 && answer.status < 300)
        return SendOutcome::ok();
    if (answer.status == 0)
        return SendOutcome::retry(QStringLiteral("webhook: ") + answer.error);
    const QString why = QStringLiteral("webhook: HTTP %1 %2")
                            .arg(answer.status)
                            .arg(QString::fromUtf8(answer.body));
    return answer.status == kGone ? SendOutcome::refused(why) : SendOutcome::retry(why);
}

} // namespace fielddesk::server
