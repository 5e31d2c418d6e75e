// Makes one webhook call: the event's JSON POSTed to the subscription's URL, signed so that
// the receiver can tell it came from us and was not replayed later:
//   FieldDesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
// with FieldDesk-Event-Type and FieldDesk-Delivery (the same on every attempt: the receiver
// drops a delivery it has seen). 2xx is delivered; 410 Gone is refused for good; anything
// else (no answer, 3xx, 4xx, 5xx) is tried again. Blocking with a time limit, on the message
// courier's thread.
#pragma once

#include "messaging/sendoutcome.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace fielddesk::server {

class WebhookClient
{
public:
    explicit WebhookClient(int timeoutMs = 20000);
    ~WebhookClient();

    SendOutcome send(const QUrl &url,
                     const QByteArray &secret,
                     const QString &eventType,
                     const QString &deliveryId,
                     const QByteArray &body);

    // The FieldDesk-Signature header's value for `body` sent at `unixSeconds`.
    static QByteArray
    signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

private:
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network; // made on the thread that sends
};

} // namespace fielddesk::server
