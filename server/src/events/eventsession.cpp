#include "events/eventsession.h"

#include "app/logline.h"
#include "services/moneyevents.h"
#include "services/requestevents.h"

#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace fielddesk::server {

namespace {
// Consoles only answer pings; anything bigger they send is not for us.
constexpr quint64 kMaxIncomingBytes = 4096;
// A console that does not answer our close frame is dropped after this.
constexpr int kCloseHandshakeTimeoutMs = 5000;
} // namespace

EventSession::EventSession(std::unique_ptr<QWebSocket> socket,
                           qint64 maxQueuedBytes,
                           QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_maxQueuedBytes(maxQueuedBytes)
{
    const QUrlQuery query(m_socket->requestUrl());
    m_token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
    m_hasAfter = query.hasQueryItem(QStringLiteral("after"));
    m_after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);

    m_socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    m_sinceHeard.start();
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_sinceHeard.restart(); });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this] { m_sinceHeard.restart(); });
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &EventSession::onBytesWritten);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &EventSession::markClosed);
    // A console that left during the upgrade hands over a socket that is gone already and
    // will never say "disconnected": the session ends at once (after the hub listens).
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &EventSession::markClosed, Qt::QueuedConnection);
}

void EventSession::markClosed()
{
    m_phase = Phase::Closing;
    if (std::exchange(m_closedEmitted, true))
        return;
    emit closed();
}

EventSession::~EventSession() = default;

void EventSession::setPrincipal(const Principal &principal)
{
    m_principal = principal;
    m_locations = principal.visibleLocations();
}

bool EventSession::wants(const DomainEvent &event) const
{
    if (event.tenantId != m_principal.tenantId)
        return false;
    if (event.userId) // one person's: their own streams only
        return *event.userId == m_principal.userId;
    if (!m_principal.canDispatch()) // employees hear their own notifications, nothing else
        return false;
    if (event.locationId && m_locations && !m_locations->contains(*event.locationId))
        return false;
    // Requests follow who may read them (dispatchers: time off only), not only the location.
    if (RequestEvents::isRequestEvent(event))
        return RequestEvents::visibleTo(m_principal, event);
    // Expenses and spiffs: managers of the location and admins, not dispatchers.
    if (MoneyEvents::isMoneyEvent(event))
        return MoneyEvents::visibleTo(m_principal, event);
    return true;
}

bool EventSession::send(const QString &frame)
{
    if (m_phase == Phase::Closing)
        return false;
    // Counted in UTF-16 units: close enough to the UTF-8 size for a cap, and no conversion.
    if (m_socket->bytesToWrite() + frame.size() > m_maxQueuedBytes) {
        LogLine("warning", "ws_too_slow")
            .field("user_id", m_principal.userId)
            .field("queued_bytes", m_socket->bytesToWrite());
        close(EventCloseCode::kTooSlow,
              QStringLiteral("too slow: more than %1 bytes waiting").arg(m_maxQueuedBytes));
        return false;
    }
    m_socket->sendTextMessage(frame);
    ++m_framesSent;
    return true;
}

void EventSession::close(int code, const QString &reason)
{
    if (m_phase == Phase::Closing)
        return;
    m_phase = Phase::Closing;
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    QTimer::singleShot(kCloseHandshakeTimeoutMs, m_socket.get(), &QWebSocket::abort);
}

void EventSession::abort()
{
    m_phase = Phase::Closing;
    m_socket->abort();
    // An unconnected socket aborts without a "disconnected": end the session anyway, or a
    // shutdown would wait for it until its drain timeout.
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(this, &EventSession::markClosed, Qt::QueuedConnection);
}

bool EventSession::ping(qint64 silenceLimitMs)
{
    if (m_sinceHeard.elapsed() > silenceLimitMs)
        return false;
    m_socket->ping();
    return true;
}

void EventSession::onBytesWritten()
{
    if (m_waitingForDrain && m_socket->bytesToWrite() < m_maxQueuedBytes / 4) {
        m_waitingForDrain = false;
        emit drained();
    }
}

} // namespace fielddesk::server
