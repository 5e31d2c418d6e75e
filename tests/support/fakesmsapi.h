// A Twilio-compatible SMS API on loopback for tests: takes POST
// /2010-04-01/Accounts/{account}/Messages.json (a form of To, From, Body with basic auth), keeps
// what it was sent with its credentials and idempotency token, and answers 201 with a message
// sid, or, when told, a failure status for the next requests (503 to be tried again, 400 to be
// given up). Runs in the test's event loop: wait with QTRY_*.
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

class FakeSmsApi : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray authorization; // "Basic ..."
        QByteArray idempotencyToken;
        QString to, from, body;
    };

    FakeSmsApi()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    QList<Request> requests() const { return m_requests; }
    // Every request answered 201 and kept.
    QList<Request> accepted() const { return m_accepted; }
    // The next `count` requests are answered `status` (and not accepted).
    void failNext(int count, int status)
    {
        m_failures = count;
        m_failureStatus = status;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (const QByteArray &raw : lines.mid(1)) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization")
                request.authorization = value;
            else if (name == "i-twilio-idempotency-token")
                request.idempotencyToken = value;
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        QByteArray form = buffer.mid(headEnd + 4, length);
        m_buffers.remove(socket);
        form.replace('+', ' '); // a form's spaces; a literal plus arrives as %2B
        const QUrlQuery fields(QString::fromUtf8(form));
        request.to = fields.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
        request.from = fields.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded);
        request.body = fields.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded);
        m_requests.append(request);
        int status = 201;
        if (m_failures > 0) {
            --m_failures;
            status = m_failureStatus;
        } else {
            m_accepted.append(request);
        }
        const QByteArray answer =
            status == 201 ? QByteArray("{\"sid\":\"SM") + QByteArray::number(m_accepted.size()) +
                                "\",\"status\":\"queued\"}"
                          : QByteArray("{\"code\":21211,\"message\":\"refused by the test\"}");
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QList<Request> m_accepted;
    int m_failures = 0;
    int m_failureStatus = 503;
};
