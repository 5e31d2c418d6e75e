#include "repositories/notificationrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

namespace {

const QString kNotificationColumns =
    QStringLiteral("id, kind, title, body, object_type, object_id, read_at, created_at");

Notification readNotification(const SqlQuery &q)
{
    Notification n;
    n.id = q.integer(0);
    n.kind = q.text(1);
    n.title = q.text(2);
    n.body = q.text(3);
    n.objectType = q.text(4);
    if (!q.isNull(5))
        n.objectId = q.integer(5);
    n.readAt = q.text(6);
    n.createdAt = q.text(7);
    return n;
}

} // namespace

const ListSpec &NotificationRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")}},
        QStringLiteral("-id"),
        {},
        {{QStringLiteral("kind"), QStringLiteral("kind"), FilterType::Text, true, {}}},
        {QStringLiteral("unread")}};
    return spec;
}

QList<std::pair<qint64, Notification>> NotificationRepository::insertFor(
    qint64 tenantId, const QList<qint64> &userIds, const Notification &notification)
{
    QList<std::pair<qint64, Notification>> stored;
    Notification row = notification;
    row.createdAt = nowTimestamp();
    row.readAt.clear();
    for (const qint64 userId : userIds) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO notifications (tenant_id, user_id, kind, "
                                        "title, body, object_type, object_id, created_at) VALUES "
                                        "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.bind(tenantId)
            .bind(userId)
            .bind(notification.kind)
            .bind(notification.title)
            .bind(notification.body)
            .bind(nullableText(notification.objectType))
            .bind(nullableId(notification.objectId))
            .bind(row.createdAt)
            .exec();
        q.next();
        row.id = q.integer(0);
        stored.append({userId, row});
    }
    return stored;
}

Page<Notification>
NotificationRepository::list(qint64 userId, bool unreadOnly, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("user_id = ?"), {userId}).apply(query, listSpec());
    if (unreadOnly)
        filter.where(QStringLiteral("read_at IS NULL"));
    return selectPage<Notification>(m_db, kNotificationColumns, QStringLiteral("notifications"),
                                    filter, query, readNotification);
}

qint64 NotificationRepository::unreadCount(qint64 userId)
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"));
    q.bind(userId).exec();
    return q.next() ? q.integer(0) : 0;
}

bool NotificationRepository::markRead(qint64 userId, qint64 id)
{
    // One statement: the row is matched (and counted) whether or not it was read already.
    SqlQuery q(m_db, QStringLiteral("UPDATE notifications SET read_at = COALESCE(read_at, ?) "
                                    "WHERE user_id = ? AND id = ?"));
    q.bind(nowTimestamp()).bind(userId).bind(id).exec();
    return q.rowsAffected() == 1;
}

qint64 NotificationRepository::markAllRead(qint64 userId)
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"));
    q.bind(nowTimestamp()).bind(userId).exec();
    return q.rowsAffected();
}

void NotificationRepository::backdateAbout(const QString &objectType,
                                           qint64 objectId,
                                           const QString &raisedAt,
                                           const QString &laterAt,
                                           const QString &readAt)
{
    // The first notification about it (its submission) at raisedAt, the others at laterAt.
    SqlQuery q(m_db, QStringLiteral("UPDATE notifications SET created_at = CASE WHEN kind LIKE "
                                    "'%.submitted' THEN ? ELSE ? END, read_at = ? WHERE "
                                    "object_type = ? AND object_id = ?"));
    q.bind(raisedAt)
        .bind(laterAt.isEmpty() ? raisedAt : laterAt)
        .bind(nullableText(readAt))
        .bind(objectType)
        .bind(objectId)
        .exec();
}

} // namespace fielddesk::server
