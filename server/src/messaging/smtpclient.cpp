#include "messaging/smtpclient.h"

#include <QDateTime>
#include <QSslSocket>

namespace fielddesk::server {

namespace {

constexpr int kDefaultSmtpPort = 25;
constexpr int kDefaultSmtpsPort = 465;
constexpr int kBase64LineLength = 76;

struct Reply
{
    int code = 0; // 0: no answer (connection lost or timed out)
    QString text;
};

class Conversation
{
public:
    Conversation(QSslSocket &socket, int timeoutMs)
        : m_socket(socket)
        , m_timeoutMs(timeoutMs)
    {}

    // One reply, its lines joined ("250-a", "250 b" -> code 250, "a\nb").
    Reply read()
    {
        Reply reply;
        QStringList lines;
        for (;;) {
            while (!m_socket.canReadLine()) {
                if (!m_socket.waitForReadyRead(m_timeoutMs))
                    return {0, m_socket.errorString()};
            }
            const QString line = QString::fromUtf8(m_socket.readLine()).trimmed();
            if (line.size() < 3)
                return {0, QStringLiteral("malformed reply: ") + line};
            reply.code = line.left(3).toInt();
            lines << line.mid(4);
            if (line.size() == 3 || line.at(3) == QLatin1Char(' '))
                break;
        }
        reply.text = lines.join(QLatin1Char('\n'));
        return reply;
    }

    Reply command(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        if (!m_socket.waitForBytesWritten(m_timeoutMs))
            return {0, m_socket.errorString()};
        return read();
    }

private:
    QSslSocket &m_socket;
    int m_timeoutMs;
};

// A reply other than the one expected: 5xx refuses for good, anything else fails for now.
SendOutcome unexpected(const char *step, const Reply &reply)
{
    const QString why =
        reply.code == 0
            ? QStringLiteral("%1: no answer (%2)").arg(QLatin1String(step), reply.text)
            : QStringLiteral("%1: %2 %3").arg(QLatin1String(step)).arg(reply.code).arg(reply.text);
    return reply.code >= 500 ? SendOutcome::refused(why) : SendOutcome::retry(why);
}

QByteArray encodedWord(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    return ascii ? text.toUtf8() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

QByteArray SmtpClient::compose(const QString &from,
                               const QString &to,
                               const QString &subject,
                               const QString &body,
                               const QString &messageId)
{
    QByteArray out;
    out += "From: " + from.toUtf8() + "\r\n";
    out += "To: " + to.toUtf8() + "\r\n";
    out += "Subject: " + encodedWord(subject) + "\r\n";
    out += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    out += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    QString normalised = body;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray encoded = normalised.toUtf8().toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += kBase64LineLength)
        out += encoded.mid(at, kBase64LineLength) + "\r\n";
    return out; // base64 lines never start with a dot: nothing to stuff
}

SendOutcome SmtpClient::send(const QString &to,
                             const QString &subject,
                             const QString &body,
                             const QString &messageId)
{
    const bool implicitTls = m_settings.url.scheme() == QLatin1String("smtps");
    const QString host = m_settings.url.host();
    const int port = m_settings.url.port(implicitTls ? kDefaultSmtpsPort : kDefaultSmtpPort);
    QSslSocket socket;
    if (implicitTls) {
        socket.connectToHostEncrypted(host, quint16(port));
        if (!socket.waitForEncrypted(m_settings.timeoutMs))
            return SendOutcome::retry(
                QStringLiteral("TLS to %1:%2: %3").arg(host).arg(port).arg(socket.errorString()));
    } else {
        socket.connectToHost(host, quint16(port));
        if (!socket.waitForConnected(m_settings.timeoutMs))
            return SendOutcome::retry(QStringLiteral("connect to %1:%2: %3")
                                          .arg(host)
                                          .arg(port)
                                          .arg(socket.errorString()));
    }
    Conversation smtp(socket, m_settings.timeoutMs);
    if (const Reply greeting = smtp.read(); greeting.code != 220)
        return unexpected("greeting", greeting);
    Reply ehlo = smtp.command("EHLO fielddesk");
    if (ehlo.code != 250)
        return unexpected("EHLO", ehlo);
    if (!implicitTls && ehlo.text.contains(QLatin1String("STARTTLS"), Qt::CaseInsensitive)) {
        if (const Reply tls = smtp.command("STARTTLS"); tls.code != 220)
            return unexpected("STARTTLS", tls);
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(m_settings.timeoutMs))
            return SendOutcome::retry(QStringLiteral("STARTTLS: ") + socket.errorString());
        ehlo = smtp.command("EHLO fielddesk");
        if (ehlo.code != 250)
            return unexpected("EHLO", ehlo);
    }
    const QString user = m_settings.user.isEmpty() ? m_settings.url.userName() : m_settings.user;
    const QString password =
        m_settings.password.isEmpty() ? m_settings.url.password() : m_settings.password;
    if (!user.isEmpty()) {
        const QByteArray plain = '\0' + user.toUtf8() + '\0' + password.toUtf8();
        if (const Reply auth = smtp.command("AUTH PLAIN " + plain.toBase64()); auth.code != 235)
            return unexpected("AUTH", auth);
    }
    if (const Reply mail = smtp.command("MAIL FROM:<" + m_settings.from.toUtf8() + ">");
        mail.code != 250)
        return unexpected("MAIL FROM", mail);
    if (const Reply rcpt = smtp.command("RCPT TO:<" + to.toUtf8() + ">");
        rcpt.code != 250 && rcpt.code != 251)
        return unexpected("RCPT TO", rcpt);
    if (const Reply data = smtp.command("DATA"); data.code != 354)
        return unexpected("DATA", data);
    socket.write(compose(m_settings.from, to, subject, body, messageId));
    if (const Reply accepted = smtp.command("."); accepted.code != 250)
        return unexpected("message", accepted);
    smtp.command("QUIT"); // the message is accepted whatever the goodbye says
    return SendOutcome::ok();
}

} // namespace fielddesk::server
