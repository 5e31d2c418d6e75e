// The signed-in person's in-app notifications: how many are unread (loaded at sign-in and after
// every reconnect, counted up as notification.created.v1 events arrive on a live event feed of
// its own, checked again with the server shortly after), the newest ones on demand, and
// marking them read. Follows the AuthSession: starts at sign-in, stops at sign-out or expiry.
// Part of fielddesk_client: QtCore, QtNetwork and QtWebSockets, no widgets.
#pragma once

#include "fielddesk/client/apierror.h"
#include "fielddesk/domain/requests.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace fielddesk {
struct DomainEvent;
}

namespace fielddesk::client {

class ApiClient;
class AuthSession;
class LiveEventFeed;

// The answer to NotificationCenter::recent(): the newest notifications, or why not.
struct RecentNotifications
{
    QList<Notification> notifications; // newest first
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};

class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    using RecentHandler = std::function<void(const RecentNotifications &)>;

    // The event type that carries one new notification (its data: the notification).
    static const QString kCreatedEventType;
    // After a notification arrives, the count is asked again this much later: the live count
    // is quick, the server's is right (a count read while the notification was being
    // committed may already hold it).
    static constexpr std::chrono::milliseconds kCountCheckDelay{300};

    explicit NotificationCenter(AuthSession *session, QObject *parent = nullptr);
    ~NotificationCenter() override;

    int unreadCount() const { return m_unreadCount; }
    bool isRunning() const { return m_running; }
    // The feed the centre listens on (its state: whether notifications arrive live).
    LiveEventFeed *feed() const { return m_feed; }

    // The newest `limit` notifications (GET /notifications). The handler runs once, unless
    // context is destroyed first (a null context: as long as the centre lives).
    void recent(int limit, QObject *context, RecentHandler handler);
    // Marks one read (POST /notifications/{id}/read); notificationRead follows on success.
    void markRead(qint64 id);
    // Marks every one read (POST /notifications/read-all); allNotificationsRead follows.
    void markAllRead();
    // Asks the server for the unread count again.
    void reloadUnreadCount();

signals:
    // A session's notifications begin (sign-in) or end (sign-out, expiry): whatever was shown
    // for the session before is void.
    void started();
    void stopped();
    void unreadCountChanged(int count);
    // A new notification for the signed-in person, as it was raised.
    void notificationArrived(const fielddesk::Notification &notification);
    void notificationRead(qint64 id);
    void allNotificationsRead();
    // Marking read failed (the count is unchanged).
    void markFailed(const fielddesk::client::ApiError &error);

private:
    void start();
    void stop();
    void handleEvent(const fielddesk::DomainEvent &event);
    void setUnreadCount(int count);

    AuthSession *m_session;
    ApiClient *m_api;
    LiveEventFeed *m_feed;
    QTimer m_countCheck;
    int m_unreadCount = 0;
    bool m_running = false;
    bool m_countInFlight = false;
    // Something changed the count while a load was under way: its answer may be stale.
    bool m_countStale = false;
    // Bumped at every start and stop, so that answers for an earlier session are dropped.
    quint64 m_epoch = 0;
};

} // namespace fielddesk::client
