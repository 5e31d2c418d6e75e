#include "http/httpserver.h"

#include "app/logline.h"
#include "http/connectionguard.h"
#include "http/requestframing.h"
#include "http/responsetext.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <map>

namespace fielddesk::server {

namespace {

// Set on a connection whose request was refused for its framing (requestframing.h).
constexpr char kRefusedFramingProperty[] = "fielddesk_refused_framing";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// A client's request id is kept when it is a sane token; otherwise we make one.
QString requestIdFor(const QByteArray &fromClient)
{
    static const QRegularExpression sane(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString candidate = QString::fromLatin1(fromClient);
    if (!candidate.isEmpty() && sane.match(candidate).hasMatch())
        return candidate;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

struct HttpServer::Exchange
{
    QByteArray method;
    QString path;
    QString requestId;
    QString remote; // the client's address
    QString via;    // the trusted proxy it came through, if any
    bool keepAlive = true;
    QElapsedTimer timer;
};

struct HttpServer::Connection
{
    quint64 nextTicket = 0;
    quint64 nextToWrite = 0;
    std::map<quint64, std::pair<Exchange, ApiResponse>> finished;
};

quint64 HttpServer::takeTicket(QTcpSocket *socket)
{
    std::shared_ptr<Connection> &connection = m_connections[socket];
    if (!connection) {
        connection = std::make_shared<Connection>();
        connect(socket, &QObject::destroyed, this,
                [this, socket] { m_connections.remove(socket); });
    }
    return connection->nextTicket++;
}

void HttpServer::complete(QTcpSocket *socket,
                          quint64 ticket,
                          const Exchange &exchange,
                          const ApiResponse &response)
{
    const std::shared_ptr<Connection> connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->finished.emplace(ticket, std::make_pair(exchange, response));
    for (auto it = connection->finished.find(connection->nextToWrite);
         it != connection->finished.end();
         it = connection->finished.find(connection->nextToWrite)) {
        respond(it->second.first, socket, it->second.second);
        connection->finished.erase(it);
        ++connection->nextToWrite;
    }
}

HttpServer::HttpServer(const Router &router,
                       const RequestPipeline &pipeline,
                       int workerThreads,
                       QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_pipeline(pipeline)
{
    m_workers.setMaxThreadCount(workerThreads);
    // Worker threads own a database connection each: keep them alive.
    m_workers.setExpiryTimeout(-1);
}

HttpServer::~HttpServer()
{
    // The work behind a deferred answer may outlive this server: its answer goes nowhere.
    for (const std::shared_ptr<DeferredAnswer> &answer : std::as_const(m_awaiting)) {
        answer->detach();
        answer->cancel();
    }
    m_workers.waitForDone();
    m_writeLane.reset(); // after draining nothing is queued; anything left is not run
}

quint16
HttpServer::listen(const QHostAddress &address, quint16 port, const ConnectionLimits &limits)
{
    auto guard = std::make_unique<ConnectionGuard>(limits, m_trustedProxies);
    if (m_tls)
        guard->serveTls(*m_tls);
    if (!guard->listen(address, port))
        return 0;
    m_guard = guard.release();
    bind(m_guard); // parents it to this server
    return m_guard->serverPort();
}

void HttpServer::setWriteLane(std::unique_ptr<WriteLane> lane)
{
    m_writeLane = std::move(lane);
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // What follows a request refused for its framing is not read as requests (see below).
    if (socket->property(kRefusedFramingProperty).toBool())
        return true;
    Exchange exchange;
    exchange.timer.start();
    exchange.path = request.url().path();
    if (const std::optional<FramingProblem> framing = framingProblem(request.headers())) {
        // Where its body ends is not known: the bytes after the headers may be taken for a
        // request of their own. None is answered; the connection closes after this answer.
        socket->setProperty(kRefusedFramingProperty, true);
        socket->readAll();
        exchange.method = methodName(request.method());
        exchange.requestId = requestIdFor(request.value("x-request-id"));
        exchange.remote = request.remoteAddress().toString();
        exchange.keepAlive = false;
        complete(socket, takeTicket(socket), exchange,
                 ApiResponse::fromProblem(
                     framing->status == 501 ? Problem::notImplemented(framing->detail)
                                            : Problem::from(Failure::badRequest(framing->detail))));
        return true;
    }
    // Behind a trusted balancer the client is the one it names; anyone else is who they are.
    QList<QByteArray> forwardedFor;
    if (!m_trustedProxies.isEmpty()) {
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("x-forwarded-for", Qt::CaseInsensitive) == 0)
                forwardedFor.append(value);
        }
    }
    const QHostAddress client = m_trustedProxies.clientOf(request.remoteAddress(), forwardedFor);
    exchange.remote = client.toString();
    if (client != request.remoteAddress())
        exchange.via = request.remoteAddress().toString();
    const bool upgrade = m_webSocketPaths.contains(exchange.path) &&
                         request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    if (m_guard && !m_guard->requestArrived(socket, client, upgrade)) {
        // Over the cap of connections of the client a balancer speaks for: refused like a
        // connection of its own would be (a WebSocket too: an answer breaks the upgrade).
        exchange.method = methodName(request.method());
        exchange.requestId = requestIdFor(request.value("x-request-id"));
        exchange.keepAlive = false;
        complete(socket, takeTicket(socket), exchange,
                 ApiResponse::fromProblem(m_guard->tooManyConnectionsProblem()));
        return true;
    }
    if (upgrade)
        return true; // writing nothing lets QAbstractHttpServer complete the upgrade

    const quint64 ticket = takeTicket(socket);
    ApiRequest api;
    for (const auto &[name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    exchange.method = methodName(request.method());
    exchange.requestId = requestIdFor(api.header("x-request-id"));
    exchange.keepAlive = api.header("connection").toLower() != "close";

    if (m_draining) {
        exchange.keepAlive = false;
        complete(socket, ticket, exchange,
                 ApiResponse::fromProblem(
                     Problem::unavailable(QStringLiteral("The server is shutting down."))));
        return true;
    }
    const RouteMatch match = m_router.match(exchange.method, exchange.path);
    if (!match.route) {
        const Problem problem =
            match.allowedMethods.isEmpty()
                ? Problem::notFound(QStringLiteral("No resource at %1.").arg(exchange.path))
                : Problem::methodNotAllowed(match.allowedMethods);
        complete(socket, ticket, exchange, ApiResponse::fromProblem(problem));
        return true;
    }
    // QAbstractHttpServer 6.4 hands over a request once its whole body is in memory (it has
    // no limit of its own): the route's limit can only refuse it then, before any work.
    if (request.body().size() > match.route->body.maxBytes) {
        complete(socket, ticket, exchange,
                 ApiResponse::fromProblem(Problem::payloadTooLarge(match.route->body.maxBytes)));
        return true;
    }

    api.method = exchange.method;
    api.path = exchange.path;
    api.query = request.query();
    api.pathParams = match.params;
    api.body = request.body();
    api.requestId = exchange.requestId;
    api.clientId = QString::fromUtf8(api.header("x-client-id")).left(128);
    api.remoteAddress = client;

    ++m_inFlight;
    QPointer<QTcpSocket> guard(socket);
    const Route *route = match.route;
    const bool writes = exchange.method != "GET" && exchange.method != "HEAD";
    if (m_writeLane && writes && route->lane == Lane::Quick) {
        // Authentication reads only: it runs on a worker, so the lane does nothing but the
        // writing requests' own work.
        m_workers.start([this, route, api = std::move(api), guard, ticket,
                         exchange = std::move(exchange)]() mutable {
            if (std::optional<ApiResponse> refusal = m_pipeline.admit(*route, api)) {
                postAnswer(guard, ticket, std::move(exchange), std::move(*refusal));
                return;
            }
            // The request goes back with the answer: freed on this thread, not in the lane.
            auto shared = std::make_shared<ApiRequest>(std::move(api));
            m_writeLane->submit(
                [this, route, shared] { return m_pipeline.handle(*route, *shared); },
                [this, guard, ticket, exchange = std::move(exchange),
                 shared](ApiResponse response) mutable {
                    postAnswer(guard, ticket, std::move(exchange), std::move(response),
                               std::move(shared));
                });
        });
        return true;
    }
    // The worker posts the answer back to this (the sockets') thread itself: QFuture's
    // .then(context, ...) can run twice on Qt 6.4 and crash (core/backgroundtask.h).
    m_workers.start([this, route, api = std::move(api), guard, ticket,
                     exchange = std::move(exchange)]() mutable {
        postAnswer(guard, ticket, std::move(exchange), m_pipeline.run(*route, api));
    });
    return true;
}

void HttpServer::postAnswer(QPointer<QTcpSocket> socket,
                            quint64 ticket,
                            Exchange exchange,
                            ApiResponse response,
                            std::shared_ptr<const ApiRequest> request,
                            DeferredAnswer *answered)
{
    QMetaObject::invokeMethod(
        this,
        [this, socket, ticket, exchange = std::move(exchange), response = std::move(response),
         request = std::move(request), answered] {
            if (response.deferred) {
                awaitDeferred(socket, ticket, exchange, response.deferred, request);
                return;
            }
            if (answered)
                m_awaiting.remove(answered);
            if (socket)
                complete(socket, ticket, exchange, response);
            else
                LogLine("warning", "client_gone").field("request_id", exchange.requestId);
            finishRequest();
        },
        Qt::QueuedConnection);
}

void HttpServer::awaitDeferred(QPointer<QTcpSocket> socket,
                               quint64 ticket,
                               const Exchange &exchange,
                               const std::shared_ptr<DeferredAnswer> &answer,
                               std::shared_ptr<const ApiRequest> request)
{
    m_awaiting.insert(answer.get(), answer);
    auto watch = std::make_shared<QMetaObject::Connection>();
    if (socket) {
        const std::weak_ptr<DeferredAnswer> weak = answer;
        *watch = connect(socket.data(), &QAbstractSocket::disconnected, this, [weak] {
            if (const std::shared_ptr<DeferredAnswer> pending = weak.lock())
                pending->cancel();
        });
    } else {
        answer->cancel(); // gone before the handler returned
    }
    // Runs on the thread that finishes the work; postAnswer brings the answer back here.
    answer->deliverTo([this, socket, ticket, exchange, request = std::move(request), watch,
                       answered = answer.get()](ApiResponse response) {
        QObject::disconnect(*watch);
        postAnswer(socket, ticket, exchange, std::move(response), request, answered);
    });
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request itself; this is only reached if it declines one.
    Exchange exchange;
    exchange.timer.start();
    exchange.method = methodName(request.method());
    exchange.path = request.url().path();
    exchange.requestId = requestIdFor(request.value("x-request-id"));
    respond(exchange, socket,
            ApiResponse::fromProblem(
                Problem::notFound(QStringLiteral("No resource at %1.").arg(exchange.path))));
}

void HttpServer::respond(const Exchange &exchange, QTcpSocket *socket, const ApiResponse &response)
{
    socket->write(responseText(response, exchange.method, exchange.requestId, exchange.keepAlive));
    if (!exchange.keepAlive)
        socket->disconnectFromHost();
    if (m_guard)
        m_guard->requestAnswered(socket);

    if (!m_logRequests)
        return;
    LogLine line("info", "request");
    line.field("request_id", exchange.requestId)
        .field("method", QString::fromLatin1(exchange.method))
        .field("path", exchange.path)
        .field("status", response.status)
        .field("duration_ms", double(exchange.timer.nsecsElapsed()) / 1e6)
        .field("remote", exchange.remote);
    if (!exchange.via.isEmpty())
        line.field("via", exchange.via);
}

void HttpServer::finishRequest()
{
    --m_inFlight;
    if (m_draining && m_inFlight == 0)
        emit drained();
}

void HttpServer::startDraining()
{
    if (m_draining)
        return;
    m_draining = true;
    for (QTcpServer *listener : servers())
        listener->close();
    if (m_inFlight == 0)
        QMetaObject::invokeMethod(this, &HttpServer::drained, Qt::QueuedConnection);
}

} // namespace fielddesk::server
