// Raw HTTP connections from a loopback address of the test's choosing (127.0.0.x: every one of
// them reaches the machine), for tests of what the server counts per client address: the
// connection cap, the rate limits, the sign-in throttle, and whose address a balancer names.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

inline QHostAddress loopback(int last)
{
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(last));
}

// A raw connection from `from`; remembers when the server closed it and what it said.
struct RawConnection
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    qint64 connectedAtMs = -1;
    qint64 closedAtMs = -1;

    RawConnection(const QHostAddress &from, quint16 port, const QElapsedTimer &clock)
    {
        socket->bind(from);
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(),
                         [this] { received += socket->readAll(); });
        QObject::connect(socket.get(), &QTcpSocket::connected, socket.get(),
                         [this, &clock] { connectedAtMs = clock.elapsed(); });
        QObject::connect(socket.get(), &QTcpSocket::disconnected, socket.get(),
                         [this, &clock] { closedAtMs = clock.elapsed(); });
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    bool open() const { return socket->state() == QAbstractSocket::ConnectedState; }
    bool closed() const { return closedAtMs >= 0; }
};

// One request from `from` on a connection of its own, with Connection: close: everything the
// server answered (empty when it did not answer within timeoutMs). `request` is the request
// line and headers without the blank line; `body` follows them with its Content-Length.
inline QByteArray answerFrom(const QHostAddress &from,
                             quint16 port,
                             QByteArray request,
                             const QByteArray &body = {},
                             int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.bind(from);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    request += "\r\nConnection: close\r\n";
    if (!body.isEmpty())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    socket.write(request + "\r\n" + body);
    QByteArray answer;
    QElapsedTimer waited;
    waited.start();
    while (socket.state() == QAbstractSocket::ConnectedState && waited.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
    }
    return answer + socket.readAll();
}

// The status of a raw answer ("HTTP/1.1 429 ..." -> 429), 0 for none.
inline int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}
