// Hands one email to an SMTP server (RFC 5321): EHLO, STARTTLS when the server offers it on
// smtp:// (smtps:// is TLS from the first byte), AUTH PLAIN with the configured user, then the
// envelope and a UTF-8 text body. Blocking, with a time limit on every step: it runs on the
// message courier's own thread, never on an HTTP worker. The message's idempotency key is its
// Message-ID, so a receiving system can drop a second copy.
#pragma once

#include "messaging/channelsettings.h"
#include "messaging/sendoutcome.h"

namespace fielddesk::server {

class SmtpClient
{
public:
    explicit SmtpClient(SmtpSettings settings)
        : m_settings(std::move(settings))
    {}

    SendOutcome
    send(const QString &to, const QString &subject, const QString &body, const QString &messageId);

    // The message as it goes after DATA (headers, base64 body, CRLF line ends), without the
    // final dot.
    static QByteArray compose(const QString &from,
                              const QString &to,
                              const QString &subject,
                              const QString &body,
                              const QString &messageId);

private:
    SmtpSettings m_settings;
};

} // namespace fielddesk::server
