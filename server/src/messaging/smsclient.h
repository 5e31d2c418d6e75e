// Hands one text message to a Twilio-compatible HTTP API (the de facto standard): a form POST
// of To, From and Body to {url}/2010-04-01/Accounts/{account}/Messages.json with basic auth,
// the message's idempotency key in I-Twilio-Idempotency-Token. 2xx is sent; 429 and 5xx are
// tried again; other 4xx (a number that does not exist) are refused for good. Blocking with a
// time limit, on the message courier's thread.
#pragma once

#include "messaging/channelsettings.h"
#include "messaging/sendoutcome.h"

#include <memory>

class QNetworkAccessManager;

namespace fielddesk::server {

class SmsClient
{
public:
    explicit SmsClient(SmsSettings settings);
    ~SmsClient();

    SendOutcome send(const QString &to, const QString &body, const QString &idempotencyKey);

private:
    SmsSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network; // made on the thread that sends
};

} // namespace fielddesk::server
