#include "fielddesk/client/notificationcenter.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/liveeventfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace fielddesk::client {

namespace {

Q_LOGGING_CATEGORY(lcNotifications, "fielddesk.client.notifications")

const QString kListPath = QStringLiteral("/api/v1/notifications?limit=%1");
const QString kCountPath = QStringLiteral("/api/v1/notifications/unread-count");
const QString kReadPath = QStringLiteral("/api/v1/notifications/%1/read");
const QString kReadAllPath = QStringLiteral("/api/v1/notifications/read-all");

} // namespace

const QString NotificationCenter::kCreatedEventType = QStringLiteral("notification.created.v1");

NotificationCenter::NotificationCenter(AuthSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_api(session->api())
    , m_feed(new LiveEventFeed(this))
{
    m_countCheck.setSingleShot(true);
    m_countCheck.setInterval(kCountCheckDelay);
    connect(&m_countCheck, &QTimer::timeout, this, &NotificationCenter::reloadUnreadCount);
    connect(m_feed, &LiveEventFeed::eventReceived, this, &NotificationCenter::handleEvent);
    // A (re)connected stream may have missed notifications while it was down; a resync means
    // it did: either way the server's count is the one to show.
    connect(m_feed, &LiveEventFeed::ready, this, &NotificationCenter::reloadUnreadCount);
    connect(m_feed, &LiveEventFeed::resyncRequired, this, &NotificationCenter::reloadUnreadCount);
    connect(m_session, &AuthSession::signedIn, this, &NotificationCenter::start);
    connect(m_session, &AuthSession::signedOut, this, &NotificationCenter::stop);
    connect(m_session, &AuthSession::sessionExpired, this, &NotificationCenter::stop);
    connect(m_session, &AuthSession::passwordChangeRequired, this, &NotificationCenter::stop);
    if (m_session->isSignedIn())
        start();
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::start()
{
    stop();
    // An operator belongs to no tenant: no notifications, and the server has no such route.
    if (m_session->user().role == Role::Operator)
        return;
    m_running = true;
    ++m_epoch;
    m_feed->start(m_api);
    emit started();
    reloadUnreadCount();
}

void NotificationCenter::stop()
{
    const bool wasRunning = m_running;
    ++m_epoch;
    m_running = false;
    m_countInFlight = false;
    m_countStale = false;
    m_countCheck.stop();
    m_feed->stop();
    setUnreadCount(0);
    if (wasRunning)
        emit stopped();
}

void NotificationCenter::reloadUnreadCount()
{
    if (!m_running)
        return;
    if (m_countInFlight) {
        m_countStale = true; // asked again once the answer is in
        return;
    }
    m_countInFlight = true;
    m_countStale = false;
    const quint64 epoch = m_epoch;
    m_api->get(kCountPath, this, [this, epoch](const ApiResponse &response) {
        if (epoch != m_epoch)
            return;
        m_countInFlight = false;
        if (m_countStale) {
            // The count changed here while the server counted: its answer may predate that.
            reloadUnreadCount();
            return;
        }
        if (!response.ok()) {
            qCDebug(lcNotifications) << "unread count:" << response.error->message();
            return;
        }
        setUnreadCount(int(response.json.value(QLatin1String("count")).toInteger()));
    });
}

void NotificationCenter::handleEvent(const DomainEvent &event)
{
    if (event.type != kCreatedEventType)
        return;
    const Notification notification =
        Notification::fromJson(QJsonDocument::fromJson(event.dataJson).object());
    if (notification.id <= 0)
        return;
    if (m_countInFlight)
        m_countStale = true;
    setUnreadCount(m_unreadCount + 1);
    emit notificationArrived(notification);
    m_countCheck.start();
}

void NotificationCenter::recent(int limit, QObject *context, RecentHandler handler)
{
    m_api->get(kListPath.arg(limit), context ? context : this,
               [handler = std::move(handler)](const ApiResponse &response) {
                   RecentNotifications answer;
                   if (!response.ok()) {
                       answer.error = response.error;
                   } else {
                       const QJsonArray results =
                           response.json.value(QLatin1String("results")).toArray();
                       answer.notifications.reserve(results.size());
                       for (const QJsonValue &value : results)
                           answer.notifications.append(Notification::fromJson(value.toObject()));
                   }
                   handler(answer);
               });
}

void NotificationCenter::markRead(qint64 id)
{
    const quint64 epoch = m_epoch;
    m_api->post(kReadPath.arg(id), {}, this, [this, epoch, id](const ApiResponse &response) {
        if (epoch != m_epoch)
            return;
        if (!response.ok()) {
            emit markFailed(*response.error);
            return;
        }
        emit notificationRead(id);
        // Marking one that was read already changes nothing: the server knows which it was.
        reloadUnreadCount();
    });
}

void NotificationCenter::markAllRead()
{
    const quint64 epoch = m_epoch;
    m_api->post(kReadAllPath, {}, this, [this, epoch](const ApiResponse &response) {
        if (epoch != m_epoch)
            return;
        if (!response.ok()) {
            emit markFailed(*response.error);
            return;
        }
        emit allNotificationsRead();
        reloadUnreadCount();
    });
}

void NotificationCenter::setUnreadCount(int count)
{
    count = std::max(count, 0);
    if (count == m_unreadCount)
        return;
    m_unreadCount = count;
    emit unreadCountChanged(count);
}

} // namespace fielddesk::client
