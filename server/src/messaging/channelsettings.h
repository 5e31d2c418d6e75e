// Where outbound messages go, from the server's settings (README, fielddesk.conf): SMTP for
// email, a Twilio-compatible HTTP API for text messages. A channel without its URL is off.
#pragma once

#include <QString>
#include <QUrl>

namespace fielddesk::server {

struct SmtpSettings
{
    QUrl url; // smtp://host[:port] (STARTTLS when offered) or smtps://host[:port]
    QString from;
    QString user; // else the URL's user
    QString password;
    int timeoutMs = 20000;

    bool enabled() const { return url.isValid() && !url.host().isEmpty(); }
};

struct SmsSettings
{
    QUrl url; // the API's base: {url}/2010-04-01/Accounts/{account}/Messages.json
    QString accountSid;
    QString authToken;
    QString from;
    int timeoutMs = 20000;

    bool enabled() const { return url.isValid() && !url.host().isEmpty(); }
};

struct DeliverySettings
{
    SmtpSettings smtp;
    SmsSettings sms;
    int maxAttempts = 10;             // then given up
    qint64 maxAgeSeconds = 24 * 3600; // a message older than this is not tried again
    int pollMs = 1000;                // how often the courier looks for due messages
    int claimSeconds = 120;           // a claim's life: longer than any one send takes
    int dayAheadPollMs = 60 * 1000;   // how often locations are checked for the evening run
};

} // namespace fielddesk::server
