// Live delivery of outbox events to consoles over WebSockets (GET /api/v1/ws).
//
// Everything here runs on the thread that owns the HTTP server (sockets must stay on the thread
// that accepted them), with its own database connection. It only reads there, and little: the
// outbox after the last delivered id, by primary key and at most a page at a time (well under
// a millisecond), and one user lookup when a console connects. What may wait or repeat per
// console runs on threads of its own: retention's DELETE (OutboxPruner) and the token checks
// of every ping round (TokenRechecker).
//
// Ordering without gaps or duplicates: outbox ids become visible in id order (appends are
// serialised), and each session keeps a cursor, the highest id it has been given or
// skipped. Live delivery sends an event only above a session's cursor; a session replaying
// `after=` reads its own pages and joins live delivery once a page comes back short, at
// max(its page, the live cursor): every event up to the live cursor was already visible when
// that page was read.
#pragma once

#include "events/eventstreamsettings.h"
#include "fielddesk/domain/dispatch.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace fielddesk::server {

class Authenticator;
class Database;
class EventNotifier;
class EventSession;
class HttpServer;
class OutboxPruner;
class TokenRechecker;

class EventHub : public QObject
{
    Q_OBJECT
public:
    static QString path() { return QStringLiteral("/api/v1/ws"); }

    EventHub(Database &db,
             const Authenticator &auth,
             EventNotifier &notifier,
             HttpServer &http,
             EventStreamSettings settings,
             QObject *parent = nullptr);
    ~EventHub() override;

    // Registers the WebSocket path, reads where the outbox stands, starts polling, pinging
    // and pruning. Throws DatabaseError when the outbox cannot be read.
    void start();
    // Closes every session with 1001 (going away) and refuses new ones; allClosed() follows
    // once the consoles have answered, or after a short grace period.
    void closeAll();
    int sessionCount() const { return int(m_sessions.size()); }

signals:
    void allClosed();

private:
    void acceptPending();
    // A poll tick: listens (again) for other servers' commits, then reads.
    void poll();
    // PostgreSQL: subscribes this thread's connection to the outbox's notifications (again
    // after the connection was replaced); nothing on SQLite.
    void listenToOtherServers();
    void open(EventSession *session);
    // Sends a replay page to a session catching up, and schedules the next one when the
    // socket has drained, so a long replay never piles up in memory.
    void replayPage(EventSession *session);
    // Coalesces commit notifications and poll ticks: one outbox read per burst.
    void scheduleRead();
    void readNew();
    // Moves the live cursor to the newest event, when the first console connects after commits
    // nobody read.
    void catchUpLiveCursor();
    void deliver(const QList<DomainEvent> &events);
    // Pings every session, drops the silent ones, and checks every token again.
    void pingRound();
    void recheckTokens();
    void remove(EventSession *session);
    void finishClosingIfDone();
    static QString frameOf(const DomainEvent &event);

    Database &m_db;
    const Authenticator &m_auth;
    HttpServer &m_http;
    EventStreamSettings m_settings;
    std::unique_ptr<OutboxPruner> m_pruner;
    std::unique_ptr<TokenRechecker> m_rechecker;
    QList<EventSession *> m_sessions; // children of the hub
    qint64 m_liveCursor = 0;          // the highest outbox id read for live delivery
    bool m_liveCursorBehind = false;  // commits came while nobody listened: not read
    bool m_readScheduled = false;
    bool m_closing = false;
    bool m_allClosedEmitted = false;
    QTimer m_pollTimer;
    QTimer m_pingTimer;
};

} // namespace fielddesk::server
