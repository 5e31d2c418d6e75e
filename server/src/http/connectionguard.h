// The HTTP front's listener: accepts connections like QTcpServer, and closes those that hold
// the server without using it: a request whose headers or body do not arrive in time, a
// keep-alive connection idle too long, an answer the client does not read, and connections
// beyond the cap of one client address. QAbstractHttpServer parses the requests; the guard
// only watches bytes arrive (it reads nothing) and hears from HttpServer when a request is
// complete and when it is answered. A connection upgraded to a WebSocket is no longer
// watched (the event stream's pings decide about it) but still counts for its address.
// A connection from a trusted proxy (a load balancer) counts for the client its requests name,
// from its first request on (HttpServer tells), not for the proxy's own address.
// With a TLS configuration every connection is a QSslSocket that starts its handshake at once;
// the rules see the decrypted bytes, so a client that never finishes its handshake is closed
// by the header timeout like one that never sends a request.
#pragma once

#include "http/connectionlimits.h"
#include "http/problem.h"
#include "http/trustedproxies.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace fielddesk::server {

class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    explicit ConnectionGuard(ConnectionLimits limits,
                             TrustedProxies proxies = {},
                             QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // Serves TLS with this configuration to the connections accepted from now on.
    void serveTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    // A whole request of `client` has arrived on the socket (QAbstractHttpServer hands it
    // over); `upgrade`: it turns the socket into a WebSocket, whose own ping rule applies from
    // now on. False when a trusted proxy's connection would take the client over its cap:
    // answer tooManyConnectionsProblem() and close it.
    bool requestArrived(QTcpSocket *socket, const QHostAddress &client, bool upgrade = false);
    Problem tooManyConnectionsProblem() const;
    // One request of the socket has been answered (its answer is written to the socket).
    void requestAnswered(QTcpSocket *socket);

    // Connections open now, and those refused or closed by a rule since the start.
    int openConnections() const { return int(m_watched.size()); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    // Fresh: connected, no request yet. Headers/Body: a request is arriving. Busy: requests
    // are being answered. Sending: answered, the client has not read it all. Idle: between
    // requests. Upgraded: a WebSocket. Closing: closed by a rule, waiting for the last bytes.
    enum class Phase { Fresh, Headers, Body, Busy, Sending, Idle, Upgraded, Closing };
    struct Watch
    {
        QString address;      // whom it counts for; empty: nobody yet (a proxy's, before a request)
        bool proxied = false; // from a trusted proxy: counts for the client of its request
        Phase phase = Phase::Fresh;
        qint64 deadline = 0; // on m_clock; 0: none
        qint64 bodyStart = 0;
        qint64 bodyBytes = 0;
        // Bytes QAbstractHttpServer left in the socket's buffer when it last read (a pipelined
        // request behind the one it handed over): not new when the next bytes arrive.
        qint64 unread = 0;
        int busy = 0;         // requests handed over and not answered yet
        QByteArray tail;      // the end of the header bytes so far (a blank line split in two)
        bool partial = false; // bytes of a request have arrived: a timeout answers 408
        // Disconnected by QAbstractHttpServer when it hands the socket to the WebSocket server.
        QMetaObject::Connection reading;
        // That hand-over cuts every connection of the socket, ours to its destroyed() too: a
        // WebSocket's socket is forgotten when this turns null (sweep), not by a signal.
        QPointer<QTcpSocket> alive;
    };

    void bytesArrived(QTcpSocket *socket);
    void bytesLeftUnread(QTcpSocket *socket);
    void bytesSent(QTcpSocket *socket);
    void handshakeFailed(QTcpSocket *socket);
    void forget(QTcpSocket *socket);
    void sweep();
    // Forgets the sockets deleted without telling (handed-over WebSockets).
    void forgetDeleted();
    void close(QTcpSocket *socket, Watch &watch, const char *rule);
    void refuse(QTcpSocket *socket, const QString &address);
    void upgraded(QTcpSocket *socket);
    // Counts the connection for `address` (none: empty); false when that is over the cap.
    bool countFor(const QString &address);
    void uncount(const QString &address);
    void becomeIdleOrSending(QTcpSocket *socket, Watch &watch);
    qint64 now() const { return m_clock.elapsed(); }
    qint64 bodyDeadline(const Watch &watch) const;

    ConnectionLimits m_limits;
    TrustedProxies m_proxies;
    std::optional<QSslConfiguration> m_tls;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QHash<QTcpSocket *, Watch> m_watched;
    QHash<QString, int> m_perAddress;
};

} // namespace fielddesk::server
