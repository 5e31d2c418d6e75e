// The HTTP front: parses nothing itself (QAbstractHttpServer does), routes each request,
// runs its handler on a worker thread and writes the answer back on the socket's thread.
// Knows nothing of the domain.
#pragma once

#include "http/connectionlimits.h"
#include "http/deferredanswer.h"
#include "http/requestpipeline.h"
#include "http/router.h"
#include "http/trustedproxies.h"
#include "http/writelane.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QThreadPool>

class QTcpSocket;

#include <memory>
#include <optional>

namespace fielddesk::server {

class ConnectionGuard;

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(const Router &router,
               const RequestPipeline &pipeline,
               int workerThreads,
               QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens through a ConnectionGuard with these limits (QAbstractHttpServer::listen would
    // take every client as long as it likes). The port, or 0 when it cannot listen.
    quint16 listen(const QHostAddress &address, quint16 port, const ConnectionLimits &limits);
    // HTTPS and wss from the next listen() on (QAbstractHttpServer::sslSetup only applies to
    // its own listen(), not to a bound listener such as ConnectionGuard, in Qt 6.4).
    void serveTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    // Quick writes (POST, PUT, PATCH, DELETE of Lane::Quick routes) go through this lane
    // instead of the workers (SQLite); without one everything runs on the workers.
    void setWriteLane(std::unique_ptr<WriteLane> lane);

    // Load balancers whose X-Forwarded-For names the client (from the next listen() on): the
    // address handlers see and every per-address limit counts. Ignored from anyone else.
    void setTrustedProxies(TrustedProxies proxies) { m_trustedProxies = std::move(proxies); }

    // Paths answered by a WebSocket upgrade instead of a route.
    void addWebSocketPath(const QString &path) { m_webSocketPaths.insert(path); }

    // Stops accepting connections and new requests; drained() follows once the requests
    // under way have been answered.
    void startDraining();
    int requestsInFlight() const { return m_inFlight; }
    // One JSON log line per request (on by default).
    void setRequestLogging(bool enabled) { m_logRequests = enabled; }

signals:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Exchange;   // what the answer to one request needs to know about it
    struct Connection; // answers of one keep-alive connection, kept in request order

    // Answers go out in the order the requests came in, even when a later request on the
    // same connection finishes first (HTTP/1.1 pipelining).
    quint64 takeTicket(QTcpSocket *socket);
    void complete(QTcpSocket *socket,
                  quint64 ticket,
                  const Exchange &exchange,
                  const ApiResponse &response);
    void respond(const Exchange &exchange, QTcpSocket *socket, const ApiResponse &response);
    void finishRequest();
    // Called on the thread that computed the answer: hands it to the sockets' thread, with
    // the request if it should be freed there.
    void postAnswer(QPointer<QTcpSocket> socket,
                    quint64 ticket,
                    Exchange exchange,
                    ApiResponse response,
                    std::shared_ptr<const ApiRequest> request = nullptr,
                    DeferredAnswer *answered = nullptr);
    // A handler answered later: waits for it without holding a thread, and stops its work
    // when the client goes away first.
    void awaitDeferred(QPointer<QTcpSocket> socket,
                       quint64 ticket,
                       const Exchange &exchange,
                       const std::shared_ptr<DeferredAnswer> &answer,
                       std::shared_ptr<const ApiRequest> request);

    const Router &m_router;
    const RequestPipeline &m_pipeline;
    QThreadPool m_workers;
    std::unique_ptr<WriteLane> m_writeLane;
    QSet<QString> m_webSocketPaths;
    std::optional<QSslConfiguration> m_tls;
    TrustedProxies m_trustedProxies;
    ConnectionGuard *m_guard = nullptr; // a child, once listening
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    // Deferred answers not written yet (sockets' thread only).
    QHash<DeferredAnswer *, std::shared_ptr<DeferredAnswer>> m_awaiting;
    int m_inFlight = 0;
    bool m_draining = false;
    bool m_logRequests = true;
};

} // namespace fielddesk::server
