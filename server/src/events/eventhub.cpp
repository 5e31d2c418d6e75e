#include "events/eventhub.h"

#include "app/logline.h"
#include "events/eventnotifier.h"
#include "events/eventrepository.h"
#include "events/eventsession.h"
#include "events/outboxpruner.h"
#include "events/outboxretention.h"
#include "events/tokenrechecker.h"
#include "http/httpserver.h"
#include "http/requestpipeline.h"
#include "services/tenantservice.h"

#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>

namespace fielddesk::server {

namespace {

// How long consoles get to answer our 1001 before the sockets are dropped at shutdown.
constexpr int kCloseGraceMs = 2000;

// A close frame's reason is short (at most 123 bytes).
const QString kSuspendedReason = QStringLiteral("your company's account is suspended");

QString controlFrame(const char *type, std::optional<qint64> lastEventId = std::nullopt)
{
    JsonWriter w(64);
    w.beginObject().field("type", type);
    if (lastEventId)
        w.field("last_event_id", *lastEventId);
    w.endObject();
    return QString::fromUtf8(w.take());
}

} // namespace

EventHub::EventHub(Database &db,
                   const Authenticator &auth,
                   EventNotifier &notifier,
                   HttpServer &http,
                   EventStreamSettings settings,
                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_auth(auth)
    , m_http(http)
    , m_settings(settings)
    , m_pruner(
          std::make_unique<OutboxPruner>(db, settings.retentionSeconds, settings.pruneIntervalMs))
    , m_rechecker(std::make_unique<TokenRechecker>(auth))
{
    m_pollTimer.setInterval(m_settings.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &EventHub::poll);
    m_pingTimer.setInterval(m_settings.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &EventHub::pingRound);
    // Emitted on worker threads: queued to this thread.
    connect(&notifier, &EventNotifier::eventsCommitted, this, &EventHub::scheduleRead);
}

EventHub::~EventHub()
{
    // Sockets closing while they are destroyed must not call back into a hub half gone.
    for (EventSession *session : std::as_const(m_sessions)) {
        disconnect(session, nullptr, this, nullptr);
        delete session;
    }
}

void EventHub::start()
{
    m_liveCursor = EventRepository(m_db).latestId();
    listenToOtherServers();
    m_http.addWebSocketPath(path());
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &EventHub::acceptPending);
    m_pollTimer.start();
    m_pingTimer.start();
    m_pruner->start();
}

void EventHub::poll()
{
    try {
        listenToOtherServers();
    } catch (const DatabaseError &) {
        // The database is away (its connection cannot be opened): the read below says so in
        // the log, and the next poll listens again.
    }
    scheduleRead();
}

void EventHub::listenToOtherServers()
{
    if (m_db.engine() != Engine::Postgres)
        return;
    QSqlDriver *driver = m_db.connection().driver();
    const QString channel = EventRepository::notifyChannel();
    if (driver->subscribedToNotifications().contains(channel))
        return;
    if (!driver->subscribeToNotification(channel)) {
        // The poll still delivers other servers' events, a poll interval later.
        LogLine("warning", "events_listen_failed").field("error", driver->lastError().text());
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &EventHub::scheduleRead, Qt::UniqueConnection);
}

void EventHub::acceptPending()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (m_sessions.isEmpty() && m_liveCursorBehind)
            catchUpLiveCursor();
        auto *session = new EventSession(std::move(socket), m_settings.maxQueuedBytes, this);
        m_sessions.append(session);
        connect(session, &EventSession::closed, this, [this, session] { remove(session); });
        connect(session, &EventSession::drained, this, [this, session] { replayPage(session); });
        open(session);
    }
}

void EventHub::catchUpLiveCursor()
{
    try {
        m_liveCursor = EventRepository(m_db).latestId();
        m_liveCursorBehind = false;
    } catch (const DatabaseError &) {
        // Left behind: live reads go on from the older cursor, and each session skips what
        // it had already (deliver() compares with its own cursor). Nothing is lost.
    }
}

void EventHub::open(EventSession *session)
{
    // QHttpServer 6.4 completes the upgrade before anyone can look at the token, so a refusal
    // is an accepted WebSocket closed at once with a code saying why.
    if (m_closing) {
        session->close(QWebSocketProtocol::CloseCodeGoingAway,
                       QStringLiteral("server shutting down"));
        return;
    }
    try {
        const Result<Principal> who = session->token().isEmpty()
                                          ? Result<Principal>(Failure::unauthorized({}))
                                          : m_auth.authenticate(session->token());
        if (!who) {
            const bool suspended = who.failure().type == Failure::tenantSuspended().type;
            LogLine("info", "ws_refused")
                .field("reason", suspended ? "tenant_suspended" : "unauthorized");
            if (suspended)
                session->close(EventCloseCode::kForbidden, kSuspendedReason);
            else
                session->close(EventCloseCode::kUnauthorized,
                               QStringLiteral("missing, invalid or expired token"));
            return;
        }
        // An operator watches no tenant; a password someone else chose must be changed first.
        if (who->isOperator() || who->mustChangePassword) {
            LogLine("info", "ws_refused").field("reason", "forbidden");
            session->close(EventCloseCode::kForbidden,
                           who->isOperator() ? QStringLiteral("operators have no event stream")
                                             : QStringLiteral("change your password first"));
            return;
        }
        session->setPrincipal(*who);
        qint64 after = 0;
        if (session->hasAfter()) {
            bool ok = false;
            after = session->requestAfter().toLongLong(&ok);
            if (!ok || after < 0) {
                session->close(EventCloseCode::kBadRequest,
                               QStringLiteral("after must be an event id"));
                return;
            }
        }

        const qint64 latest = EventRepository(m_db).latestId();
        LogLine("info", "ws_opened")
            .field("user_id", who->userId)
            .field("tenant_id", who->tenantId)
            .field("last_event_id", latest)
            .field("after", session->hasAfter() ? std::optional<qint64>(after) : std::nullopt);
        session->send(controlFrame("fielddesk.hello", latest));
        if (!session->hasAfter()) {
            session->setCursor(latest);
            session->setPhase(EventSession::Phase::Live);
            return;
        }
        // An id we never had (a restored database) or one pruned since: the console must
        // reload what it shows; it then follows live from here.
        const qint64 oldest = OutboxRetention(m_db).oldestId();
        if (after > latest || (oldest > 0 && after < oldest - 1)) {
            session->send(controlFrame("fielddesk.resync_required"));
            session->setCursor(latest);
            session->setPhase(EventSession::Phase::Live);
            return;
        }
        session->setCursor(after);
        session->setPhase(EventSession::Phase::Replaying);
        replayPage(session);
    } catch (const DatabaseError &e) {
        LogLine("warning", "ws_open_failed").field("error", QString::fromUtf8(e.what()));
        session->close(QWebSocketProtocol::CloseCodeBadOperation,
                       QStringLiteral("events are unavailable; try again"));
    }
}

void EventHub::replayPage(EventSession *session)
{
    if (session->phase() != EventSession::Phase::Replaying)
        return;
    try {
        const QList<DomainEvent> page = EventRepository(m_db).afterForTenant(
            session->tenantId(), session->cursor(), m_settings.pageSize);
        for (const DomainEvent &event : page) {
            if (session->wants(event) && !session->send(frameOf(event)))
                return; // closed: too slow
        }
        const qint64 reached = page.isEmpty() ? session->cursor() : page.last().id;
        if (page.size() < m_settings.pageSize) {
            // Nothing more of this tenant is visible, and everything up to the live cursor
            // was visible before this read: join live delivery from whichever is further.
            session->setCursor(qMax(reached, m_liveCursor));
            session->setPhase(EventSession::Phase::Live);
            return;
        }
        session->setCursor(reached);
        if (session->queuedBytes() < m_settings.maxQueuedBytes / 4)
            QTimer::singleShot(0, session, [this, session] { replayPage(session); });
        else
            session->notifyWhenDrained();
    } catch (const DatabaseError &e) {
        LogLine("warning", "ws_replay_failed").field("error", QString::fromUtf8(e.what()));
        QTimer::singleShot(m_settings.pollIntervalMs, session,
                           [this, session] { replayPage(session); });
    }
}

void EventHub::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    // Queued behind the notifications already waiting, so a burst of commits costs one read.
    QMetaObject::invokeMethod(this, &EventHub::readNew, Qt::QueuedConnection);
}

void EventHub::readNew()
{
    m_readScheduled = false;
    if (m_closing)
        return;
    try {
        if (m_sessions.isEmpty()) {
            // Nobody to deliver to: nothing is read (a console that connects starts from the
            // latest event or replays from its own; the cursor is caught up then). Reading on
            // every commit cost ~10% of this thread, the sockets' one, under heavy writes, and
            // even MAX(id) took 0.4 ms of PostgreSQL a commit beside 32 writers.
            m_liveCursorBehind = true;
            return;
        }
        const QList<DomainEvent> events =
            EventRepository(m_db).after(m_liveCursor, m_settings.pageSize);
        if (events.isEmpty())
            return;
        deliver(events);
        m_liveCursor = events.last().id;
        if (events.size() == m_settings.pageSize)
            scheduleRead(); // more are waiting: read on after the sockets had their turn
    } catch (const DatabaseError &e) {
        // The next notification or poll tries again from the same cursor: nothing is lost.
        LogLine("warning", "events_read_failed").field("error", QString::fromUtf8(e.what()));
    }
}

void EventHub::deliver(const QList<DomainEvent> &events)
{
    const QList<EventSession *> sessions = m_sessions; // a send may close a session
    for (const DomainEvent &event : events) {
        QString frame; // serialised once, and only if some console wants it
        for (EventSession *session : sessions) {
            if (session->phase() != EventSession::Phase::Live || event.id <= session->cursor() ||
                !session->wants(event))
                continue;
            if (frame.isEmpty())
                frame = frameOf(event);
            session->send(frame);
        }
    }
    const qint64 last = events.last().id;
    for (EventSession *session : sessions) {
        if (session->phase() == EventSession::Phase::Live && session->cursor() < last)
            session->setCursor(last);
    }
    // A suspended company's streams end at once (after hearing why), on every instance: each
    // reads the event from the outbox. Their tokens are refused from now on, too.
    for (const DomainEvent &event : events) {
        if (event.type != TenantService::kSuspendedEvent)
            continue;
        for (EventSession *session : sessions) {
            if (session->tenantId() == event.tenantId &&
                session->phase() != EventSession::Phase::Closing)
                session->close(EventCloseCode::kForbidden, kSuspendedReason);
        }
    }
}

void EventHub::pingRound()
{
    // Two missed pongs and a half: a console that answers at all answers long before.
    const qint64 silenceLimitMs = qint64(m_settings.pingIntervalMs) * 5 / 2;
    const QList<EventSession *> sessions = m_sessions;
    for (EventSession *session : sessions) {
        if (session->phase() == EventSession::Phase::Closing)
            continue;
        if (!session->ping(silenceLimitMs)) {
            LogLine("info", "ws_dead").field("user_id", session->userId());
            session->abort();
        }
    }
    recheckTokens();
}

void EventHub::recheckTokens()
{
    // The token is checked again so that a deactivated user, a changed role or an expired
    // token ends the stream; the console reconnects with a fresh token and after=.
    QList<QPointer<EventSession>> checked;
    QList<QByteArray> tokens;
    for (EventSession *session : std::as_const(m_sessions)) {
        if (session->phase() == EventSession::Phase::Closing)
            continue;
        checked.append(session);
        tokens.append(session->token());
    }
    m_rechecker->check(tokens, [checked](const QList<TokenRechecker::Verdict> &verdicts) {
        for (qsizetype i = 0; i < verdicts.size(); ++i) {
            EventSession *session = checked.at(i);
            const TokenRechecker::Verdict &verdict = verdicts.at(i);
            if (!session || !verdict.answered)
                continue; // gone meanwhile, or the database did not answer this time
            if (verdict.tenantSuspended)
                session->close(EventCloseCode::kForbidden, kSuspendedReason);
            else if (!verdict.principal)
                session->close(EventCloseCode::kUnauthorized,
                               QStringLiteral("token expired or revoked; reconnect"));
            else // role and locations may have changed: what the stream carries follows
                session->setPrincipal(*verdict.principal);
        }
    });
}

void EventHub::closeAll()
{
    if (m_closing)
        return;
    m_closing = true;
    m_pollTimer.stop();
    m_pingTimer.stop();
    const QList<EventSession *> sessions = m_sessions;
    for (EventSession *session : sessions)
        session->close(QWebSocketProtocol::CloseCodeGoingAway,
                       QStringLiteral("server shutting down"));
    QTimer::singleShot(kCloseGraceMs, this, [this] {
        const QList<EventSession *> stragglers = m_sessions;
        for (EventSession *session : stragglers)
            session->abort();
    });
    finishClosingIfDone();
}

void EventHub::remove(EventSession *session)
{
    if (!m_sessions.removeOne(session))
        return;
    LogLine("info", "ws_closed")
        .field("user_id", session->userId())
        .field("frames_sent", session->framesSent());
    session->deleteLater();
    finishClosingIfDone();
}

void EventHub::finishClosingIfDone()
{
    if (m_closing && m_sessions.isEmpty() && !m_allClosedEmitted) {
        m_allClosedEmitted = true;
        emit allClosed();
    }
}

QString EventHub::frameOf(const DomainEvent &event)
{
    JsonWriter w(256 + event.dataJson.size());
    event.writeJson(w);
    return QString::fromUtf8(w.take());
}

} // namespace fielddesk::server
