// An HTTP/1.1 receiver on loopback for tests of what the server POSTs elsewhere (the SMS API,
// webhooks): keeps every request (method, path, headers by lower-case name, body) and answers
// with `acceptStatus`, or, when told, a failure status for the next requests (not accepted).
// One request per connection. Runs in the test's event loop: wait with QTRY_*.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

class FakeHttpReceiver : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 receivedMs = 0; // when it was read in full (ms since the epoch)

        QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    };

    explicit FakeHttpReceiver(int acceptStatus = 200, QByteArray acceptBody = "{}")
        : m_acceptStatus(acceptStatus)
        , m_acceptBody(std::move(acceptBody))
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
    QList<Request> accepted() const { return m_accepted; }
    // The next `count` requests are answered `status` (and not accepted).
    void failNext(int count, int status)
    {
        m_failures = count;
        m_failureStatus = status;
    }
    // What an accepted request is answered (the SMS API's message sid).
    void setAcceptAnswer(std::function<QByteArray(int acceptedSoFar)> answer)
    {
        m_answer = std::move(answer);
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
        for (const QByteArray &raw : lines.mid(1)) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            request.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        m_buffers.remove(socket);
        request.receivedMs = QDateTime::currentMSecsSinceEpoch();
        m_requests.append(request);
        int status = m_acceptStatus;
        QByteArray answer = "{\"message\":\"refused by the test\"}";
        if (m_failures > 0) {
            --m_failures;
            status = m_failureStatus;
        } else {
            m_accepted.append(request);
            answer = m_answer ? m_answer(int(m_accepted.size())) : m_acceptBody;
        }
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
    int m_acceptStatus;
    QByteArray m_acceptBody;
    std::function<QByteArray(int)> m_answer;
    int m_failures = 0;
    int m_failureStatus = 503;
};
