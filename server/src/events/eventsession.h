// One console's live event stream over a WebSocket: whose events it may see (tenant and
// locations), how far it has got (the last event id it has been given or skipped), and a
// bounded send queue. The hub decides what to send; the session only keeps the stream sane.
#pragma once

#include "auth/principal.h"
#include "fielddesk/domain/dispatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QWebSocket>

#include <memory>
#include <optional>

namespace fielddesk::server {

// Close codes beyond RFC 6455's, in the private-use range, so a console can tell why.
namespace EventCloseCode {
constexpr int kBadRequest = 4400;   // `after` is not an event id
constexpr int kUnauthorized = 4401; // no token, or an invalid or expired one: sign in again
constexpr int kForbidden = 4403;    // the role may not watch dispatch events
constexpr int kTooSlow = 4429;      // more than the allowed bytes waiting to be written
} // namespace EventCloseCode

class EventSession : public QObject
{
    Q_OBJECT
public:
    // Replaying: catching up from the outbox page by page; live delivery skips it until it
    // has caught up. Live: gets each new event as the hub reads it.
    enum class Phase { Replaying, Live, Closing };

    EventSession(std::unique_ptr<QWebSocket> socket, qint64 maxQueuedBytes, QObject *parent);
    ~EventSession() override;

    // The access token from the upgrade request, checked again on every ping round so that a
    // deactivated user or an expired token does not keep the stream.
    QByteArray token() const { return m_token; }
    QString requestAfter() const { return m_after; }
    bool hasAfter() const { return m_hasAfter; }

    void setPrincipal(const Principal &principal);
    qint64 tenantId() const { return m_principal.tenantId; }
    qint64 userId() const { return m_principal.userId; }
    // The caller's tenant, and either no location or one of the caller's (admins: any);
    // requests.* events only when the caller may read such a request.
    bool wants(const DomainEvent &event) const;

    Phase phase() const { return m_phase; }
    void setPhase(Phase phase) { m_phase = phase; }
    qint64 cursor() const { return m_cursor; }
    void setCursor(qint64 id) { m_cursor = id; }

    // Queues one text frame; closes the session (kTooSlow) instead when the console has
    // fallen too far behind. False once the session is closing.
    bool send(const QString &frame);
    void close(int code, const QString &reason);
    // Drops the connection without a closing handshake (a console that stopped answering).
    void abort();
    // Sends a ping; false (and nothing sent) when nothing was heard for longer than
    // silenceLimitMs, which means the console is gone.
    bool ping(qint64 silenceLimitMs);
    // Bytes not yet handed to the network: a replay continues only once they drain.
    qint64 queuedBytes() const { return m_socket->bytesToWrite(); }
    // Asks for drained() once the queue falls under a quarter of the cap.
    void notifyWhenDrained() { m_waitingForDrain = true; }
    qint64 framesSent() const { return m_framesSent; }

signals:
    void drained();
    // The connection is gone; the hub deletes the session.
    void closed();

private:
    void onBytesWritten();
    void markClosed();

    std::unique_ptr<QWebSocket> m_socket;
    qint64 m_maxQueuedBytes;
    QByteArray m_token;
    QString m_after;
    bool m_hasAfter = false;
    Principal m_principal;
    std::optional<QList<qint64>> m_locations; // nullopt: every location (admins)
    Phase m_phase = Phase::Replaying;
    bool m_closedEmitted = false; // closed() is said once, however the socket went
    qint64 m_cursor = 0;
    qint64 m_framesSent = 0;
    bool m_waitingForDrain = false;
    QElapsedTimer m_sinceHeard;
};

} // namespace fielddesk::server
