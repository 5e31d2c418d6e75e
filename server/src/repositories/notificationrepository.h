// SQL for in-app notifications: each person's inbox, newest first.
#pragma once

#include "fielddesk/domain/requests.h"
#include "storage/page.h"

namespace fielddesk::server {

class NotificationRepository
{
public:
    explicit NotificationRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    // One notification for each of `userIds`, inside the caller's transaction: (user, the
    // notification as stored).
    QList<std::pair<qint64, Notification>>
    insertFor(qint64 tenantId, const QList<qint64> &userIds, const Notification &notification);
    Page<Notification> list(qint64 userId, bool unreadOnly, const ListQuery &query);
    qint64 unreadCount(qint64 userId);
    // False when the user has no such notification.
    bool markRead(qint64 userId, qint64 id);
    qint64 markAllRead(qint64 userId);
    // Demo data: the notifications about one object as if raised when it was filed (and the
    // later ones when it was decided), read at `readAt` when given.
    void backdateAbout(const QString &objectType,
                       qint64 objectId,
                       const QString &raisedAt,
                       const QString &laterAt,
                       const QString &readAt);

private:
    Database &m_db;
};

} // namespace fielddesk::server
