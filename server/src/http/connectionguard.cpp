#include "http/connectionguard.h"

#include "app/logline.h"
#include "http/clientaddress.h"
#include "http/headerblock.h"
#include "http/responsetext.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

namespace fielddesk::server {

namespace {
// A connection closed by a rule gets this long to take its last bytes, then it is cut.
constexpr qint64 kCloseGraceMs = 2000;
// The header block is looked for in at most this much of what arrived at once.
constexpr qint64 kScanLimit = 64 * 1024;
// Connections the kernel completes before the server takes them: a burst of clients (or of
// slow ones) must not overflow Qt's default of 50, which leaves clients half-connected.
constexpr int kListenBacklog = 4096;
// A refused connection is told to come back after this many seconds.
constexpr int kRefusedRetryAfterSeconds = 5;

QByteArray refusalText(const Problem &problem)
{
    return responseText(ApiResponse::fromProblem(problem), "GET",
                        QUuid::createUuid().toString(QUuid::WithoutBraces), false);
}

// Bytes of answers the client has not taken yet. A TLS socket encrypts what is written at
// once: what waits for the client is then in its encrypted buffer.
qint64 unsentBytes(QTcpSocket *socket)
{
    const auto *tls = qobject_cast<QSslSocket *>(socket);
    return socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}
} // namespace

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, TrustedProxies proxies, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_proxies(std::move(proxies))
{
    m_clock.start();
    setListenBacklogSize(kListenBacklog);
    // A quarter of the shortest timeout: a connection is closed at most that late.
    const int shortest =
        std::min({m_limits.headerTimeoutMs, m_limits.bodyTimeoutMs, m_limits.keepAliveTimeoutMs});
    m_sweep.setInterval(std::clamp(shortest / 4, 100, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweep.start();
}

ConnectionGuard::~ConnectionGuard()
{
    // The sockets are children of this listener: nothing of theirs reaches the watch list
    // while it is being torn down.
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (it->alive)
            disconnect(it->alive, nullptr, this, nullptr);
    }
}

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *tls = m_tls ? new QSslSocket(this) : nullptr;
    QTcpSocket *socket = tls ? tls : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (tls) {
        // Before anything is written: even a refusal goes out encrypted, after the handshake.
        tls->setSslConfiguration(*m_tls);
        connect(tls, &QSslSocket::encryptedBytesWritten, this,
                [this, socket] { bytesSent(socket); });
        connect(tls, &QAbstractSocket::errorOccurred, this,
                [this, socket] { handshakeFailed(socket); });
        tls->startServerEncryption();
    }
    // A deleted WebSocket's entry not swept yet may carry this new socket's address in memory.
    forget(socket);
    // A balancer's connection counts for its clients, once a request names one.
    const bool proxied = m_proxies.trusts(socket->peerAddress());
    const QString address = proxied ? QString() : clientAddressKey(socket->peerAddress());
    if (!countFor(address)) {
        refuse(socket, address);
        return;
    }
    Watch &watch = m_watched[socket];
    watch.address = address;
    watch.proxied = proxied;
    watch.alive = socket;
    watch.deadline = now() + m_limits.headerTimeoutMs;
    // Before QAbstractHttpServer's reader (connected in addPendingConnection): sees the
    // bytes it is about to read.
    watch.reading =
        connect(socket, &QIODevice::readyRead, this, [this, socket] { bytesArrived(socket); });
    if (tls) {
        // A TLS socket says its bytes are written once the TLS library has taken them, before
        // it passes them on as encrypted bytes to send: look once the event loop is back.
        connect(
            socket, &QIODevice::bytesWritten, this,
            [this, alive = QPointer<QTcpSocket>(socket)] {
                if (alive)
                    bytesSent(alive);
            },
            Qt::QueuedConnection);
    } else {
        connect(socket, &QIODevice::bytesWritten, this, [this, socket] { bytesSent(socket); });
    }
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    addPendingConnection(socket);
    // After it: what it left unread.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { bytesLeftUnread(socket); });
}

bool ConnectionGuard::countFor(const QString &address)
{
    if (address.isEmpty())
        return true;
    const int open = m_perAddress.value(address);
    if (m_limits.maxConnectionsPerAddress > 0 && open >= m_limits.maxConnectionsPerAddress)
        return false;
    m_perAddress.insert(address, open + 1);
    return true;
}

void ConnectionGuard::uncount(const QString &address)
{
    const auto count = m_perAddress.find(address);
    if (count != m_perAddress.end() && --*count <= 0)
        m_perAddress.erase(count);
}

Problem ConnectionGuard::tooManyConnectionsProblem() const
{
    return Problem::from(Failure::tooManyRequests(
        kRefusedRetryAfterSeconds,
        QStringLiteral("Too many connections from your address (at most %1 at once).")
            .arg(m_limits.maxConnectionsPerAddress)));
}

void ConnectionGuard::refuse(QTcpSocket *socket, const QString &address)
{
    LogLine("warning", "connection_refused")
        .field("remote", address)
        .field("reason", QStringLiteral("too many connections from the address"));
    const QByteArray refusal = refusalText(tooManyConnectionsProblem());
    const auto answerAndClose = [socket, refusal] {
        socket->write(refusal);
        socket->disconnectFromHost();
    };
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kCloseGraceMs, socket, &QAbstractSocket::abort);
    // A TLS socket closed during its handshake drops what was written: answer after it.
    if (auto *tls = qobject_cast<QSslSocket *>(socket); tls && !tls->isEncrypted())
        connect(tls, &QSslSocket::encrypted, socket, answerAndClose);
    else
        answerAndClose();
}

void ConnectionGuard::bytesArrived(QTcpSocket *socket)
{
    const auto it = m_watched.find(socket);
    if (it == m_watched.end())
        return;
    Watch &watch = *it;
    const qint64 seen = watch.unread; // there before, already counted
    const qint64 fresh = socket->bytesAvailable() - seen;
    if (fresh <= 0)
        return;
    watch.unread += fresh; // until QAbstractHttpServer has read (bytesLeftUnread)
    switch (watch.phase) {
    case Phase::Busy:
    case Phase::Upgraded:
    case Phase::Closing:
        return; // a pipelined request waits for its turn; nothing to time
    case Phase::Fresh:
        // The first request's clock started with the connection.
        watch.phase = Phase::Headers;
        watch.tail.clear();
        break;
    case Phase::Idle:
    case Phase::Sending:
        watch.phase = Phase::Headers;
        watch.tail.clear();
        watch.deadline = now() + m_limits.headerTimeoutMs;
        break;
    case Phase::Headers:
    case Phase::Body:
        break;
    }
    watch.partial = true;
    if (watch.phase == Phase::Body) {
        watch.bodyBytes += fresh;
        watch.deadline = bodyDeadline(watch);
        return;
    }
    const QByteArray scanned =
        watch.tail + socket->peek(seen + std::min(fresh, kScanLimit)).mid(seen);
    const std::optional<HeaderBlockEnd> end = findHeaderBlockEnd(scanned);
    if (!end) {
        watch.tail = scanned.right(3);
        return;
    }
    // The headers are in: what came after them is the body's first bytes.
    watch.phase = Phase::Body;
    watch.bodyStart = now();
    watch.bodyBytes = std::max<qint64>(0, scanned.size() - end->bodyStart());
    watch.tail.clear();
    watch.deadline = bodyDeadline(watch);
}

qint64 ConnectionGuard::bodyDeadline(const Watch &watch) const
{
    const qint64 allowance = watch.bodyBytes * 1000 / std::max(1, m_limits.bodyMinBytesPerSecond);
    return watch.bodyStart + m_limits.bodyTimeoutMs + allowance;
}

void ConnectionGuard::bytesLeftUnread(QTcpSocket *socket)
{
    const auto it = m_watched.find(socket);
    if (it != m_watched.end())
        it->unread = socket->bytesAvailable();
}

bool ConnectionGuard::requestArrived(QTcpSocket *socket, const QHostAddress &client, bool upgrade)
{
    const auto it = m_watched.find(socket);
    if (it == m_watched.end())
        return true;
    if (it->proxied) {
        // Each request through a balancer may speak for another client.
        const QString address = clientAddressKey(client);
        if (address != it->address) {
            uncount(it->address);
            it->address.clear();
            if (!countFor(address)) {
                LogLine("warning", "connection_refused")
                    .field("remote", address)
                    .field("via", clientAddressKey(socket->peerAddress()))
                    .field("reason", QStringLiteral("too many connections from the address"));
                return false;
            }
            it->address = address;
        }
    }
    if (upgrade) {
        upgraded(socket);
        return true;
    }
    if (it->phase == Phase::Upgraded || it->phase == Phase::Closing)
        return true;
    ++it->busy;
    it->phase = Phase::Busy;
    it->deadline = 0; // the server is answering: its own time is not the client's fault
    it->partial = false;
    return true;
}

void ConnectionGuard::requestAnswered(QTcpSocket *socket)
{
    const auto it = m_watched.find(socket);
    if (it == m_watched.end() || it->phase != Phase::Busy)
        return;
    it->busy = std::max(0, it->busy - 1);
    if (it->busy == 0)
        becomeIdleOrSending(socket, *it);
}

void ConnectionGuard::becomeIdleOrSending(QTcpSocket *socket, Watch &watch)
{
    watch.phase = unsentBytes(socket) > 0 ? Phase::Sending : Phase::Idle;
    watch.deadline = now() + m_limits.keepAliveTimeoutMs;
}

void ConnectionGuard::bytesSent(QTcpSocket *socket)
{
    const auto it = m_watched.find(socket);
    if (it == m_watched.end() || it->phase != Phase::Sending)
        return;
    // Progress: the client reads. Idle once all of it is out.
    becomeIdleOrSending(socket, *it);
}

void ConnectionGuard::handshakeFailed(QTcpSocket *socket)
{
    const auto *tls = qobject_cast<QSslSocket *>(socket);
    if (!tls || tls->isEncrypted())
        return; // a connection's end after its handshake says nothing about TLS
    // Typically a client that does not trust the certificate, or speaks plain HTTP here.
    LogLine("info", "tls_handshake_failed")
        .field("remote", clientAddressKey(socket->peerAddress()))
        .field("error", socket->errorString());
}

void ConnectionGuard::upgraded(QTcpSocket *socket)
{
    const auto it = m_watched.find(socket);
    if (it == m_watched.end())
        return;
    it->phase = Phase::Upgraded;
    it->deadline = 0;
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    const auto it = m_watched.find(socket);
    if (it == m_watched.end())
        return;
    uncount(it->address);
    m_watched.erase(it);
}

void ConnectionGuard::close(QTcpSocket *socket, Watch &watch, const char *rule)
{
    LogLine("info", "connection_closed")
        .field("remote", watch.address)
        .field("rule", QLatin1String(rule));
    const bool midRequest =
        watch.partial && (watch.phase == Phase::Headers || watch.phase == Phase::Body);
    watch.phase = Phase::Closing;
    watch.deadline = now() + kCloseGraceMs;
    if (midRequest) {
        socket->write(refusalText(Problem::requestTimeout(
            QStringLiteral("The request did not arrive in time; the connection is closed."))));
    }
    socket->disconnectFromHost();
}

void ConnectionGuard::forgetDeleted()
{
    QList<QTcpSocket *> deleted;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (!it->alive)
            deleted.append(it.key());
    }
    for (QTcpSocket *socket : std::as_const(deleted))
        forget(socket); // only the key is used: the socket is gone
}

void ConnectionGuard::sweep()
{
    forgetDeleted();
    const qint64 at = now();
    QList<QTcpSocket *> expired;
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        if (it->deadline != 0 && it->deadline <= at)
            expired.append(it.key());
    }
    for (QTcpSocket *socket : std::as_const(expired)) {
        const auto it = m_watched.find(socket);
        if (it == m_watched.end())
            continue;
        Watch &watch = *it;
        // QAbstractHttpServer handed it to the WebSocket server (which cuts our reader):
        // the event stream's pings decide about it now.
        if (!watch.reading && watch.phase != Phase::Closing) {
            upgraded(socket);
            continue;
        }
        switch (watch.phase) {
        case Phase::Fresh:
        case Phase::Headers:
            close(socket, watch, "header_timeout");
            break;
        case Phase::Body:
            close(socket, watch, "body_timeout");
            break;
        case Phase::Idle:
            close(socket, watch, "keep_alive_timeout");
            break;
        case Phase::Sending:
            close(socket, watch, "send_timeout");
            break;
        case Phase::Closing:
            watch.deadline = 0;
            socket->abort(); // did not take its last bytes in time
            break;
        case Phase::Busy:
        case Phase::Upgraded:
            watch.deadline = 0;
            break;
        }
    }
}

} // namespace fielddesk::server
