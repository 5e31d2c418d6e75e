// An SMTP server on loopback for tests (RFC 5321, the part a client uses to hand over mail):
// greets, answers EHLO (with AUTH PLAIN), AUTH, MAIL FROM, RCPT TO, DATA and QUIT, and keeps
// each message received: its envelope, its credentials and its text. It can refuse the next
// messages for now (451) or for good (550), as a real server does when it cannot take them.
// Runs in the test's event loop: wait with QTRY_*.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

class FakeSmtpServer : public QObject
{
public:
    struct Mail
    {
        QString from;
        QStringList to;
        QString user; // from AUTH PLAIN; empty when the client did not authenticate
        QString password;
        QByteArray data; // the message after DATA, without the final dot

        // A header's value ("Subject"); encoded words (=?UTF-8?B?...?=) decoded.
        QString header(const QByteArray &name) const
        {
            const QByteArray head = data.left(data.indexOf("\r\n\r\n"));
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith(name.toLower() + ':')) {
                    QByteArray value = line.mid(name.size() + 1).trimmed();
                    if (value.startsWith("=?UTF-8?B?") && value.endsWith("?="))
                        return QString::fromUtf8(QByteArray::fromBase64(value.mid(10).chopped(2)));
                    return QString::fromUtf8(value);
                }
            }
            return {};
        }
        // The text body (base64 as FieldDesk sends it, or as it is).
        QString body() const
        {
            const QByteArray text = data.mid(data.indexOf("\r\n\r\n") + 4);
            if (header("Content-Transfer-Encoding")
                    .compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(QByteArray::fromBase64(text));
            return QString::fromUtf8(text);
        }
    };

    FakeSmtpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(port()); }

    QList<Mail> mails() const { return m_mails; }
    int connections() const { return m_connections; }
    // While held, a message's text is kept when it arrives but not answered (the client waits
    // for its 250 as if the server were slow).
    void holdAnswers(bool hold) { m_hold = hold; }
    // The next `count` messages are refused at MAIL FROM: 451 (try again) or 550 (never).
    void refuseNext(int count, int code)
    {
        m_refusals = count;
        m_refusalCode = code;
    }

private:
    struct Session
    {
        Mail mail;
        bool inData = false;
        QByteArray buffer;
    };

    void serve(QTcpSocket *socket)
    {
        ++m_connections;
        auto *session = new Session;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, session] {
            delete session;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, session] { read(socket, *session); });
        socket->write("220 fake.test ESMTP ready\r\n");
    }

    void read(QTcpSocket *socket, Session &s)
    {
        s.buffer += socket->readAll();
        for (;;) {
            if (s.inData) {
                const qsizetype end = s.buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                s.mail.data = s.buffer.left(end + 2);
                s.buffer.remove(0, end + 5);
                s.inData = false;
                m_mails.append(s.mail);
                if (!m_hold)
                    socket->write("250 2.0.0 queued\r\n");
                continue;
            }
            const qsizetype end = s.buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = s.buffer.left(end);
            s.buffer.remove(0, end + 2);
            answer(socket, s, line);
        }
    }

    void answer(QTcpSocket *socket, Session &s, const QByteArray &line)
    {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        if (verb == "EHLO" || verb == "HELO") {
            socket->write("250-fake.test\r\n250-8BITMIME\r\n250 AUTH PLAIN\r\n");
        } else if (verb == "AUTH") {
            const QList<QByteArray> parts = QByteArray::fromBase64(line.mid(11)).split('\0');
            if (parts.size() == 3) {
                s.mail.user = QString::fromUtf8(parts.at(1));
                s.mail.password = QString::fromUtf8(parts.at(2));
            }
            socket->write("235 2.7.0 authenticated\r\n");
        } else if (verb == "MAIL") {
            if (m_refusals > 0) {
                --m_refusals;
                socket->write(QByteArray::number(m_refusalCode) + " not now\r\n");
                return;
            }
            s.mail.from = QString::fromUtf8(between(line, '<', '>'));
            s.mail.to.clear();
            socket->write("250 2.1.0 ok\r\n");
        } else if (verb == "RCPT") {
            s.mail.to << QString::fromUtf8(between(line, '<', '>'));
            socket->write("250 2.1.5 ok\r\n");
        } else if (verb == "DATA") {
            s.inData = true;
            socket->write("354 go ahead\r\n");
        } else if (verb == "QUIT") {
            socket->write("221 bye\r\n");
            socket->disconnectFromHost();
        } else {
            socket->write("502 not implemented\r\n");
        }
    }

    static QByteArray between(const QByteArray &line, char open, char close)
    {
        const qsizetype from = line.indexOf(open);
        const qsizetype to = line.indexOf(close, from + 1);
        return from < 0 || to < 0 ? QByteArray() : line.mid(from + 1, to - from - 1);
    }

    QTcpServer m_server;
    QList<Mail> m_mails;
    int m_connections = 0;
    int m_refusals = 0;
    bool m_hold = false;
    int m_refusalCode = 451;
};
