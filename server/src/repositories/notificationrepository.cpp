#include "repositories/notificationrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

// Read for one user: the owner (tenant, user) is written beside the row.
const Table<Notification> &notificationTable()
{
    static const Table<Notification> table(
        QStringLiteral("notifications"),
        {column(QStringLiteral("id"), &Notification::id, ColumnWrite::Never),
         column(QStringLiteral("kind"), &Notification::kind),
         column(QStringLiteral("title"), &Notification::title),
         column(QStringLiteral("body"), &Notification::body),
         textColumn(
             QStringLiteral("object_type"), &Notification::objectType,
             [](const QString &text) { return text; }, nullableText),
         column(QStringLiteral("object_id"), &Notification::objectId),
         column(QStringLiteral("read_at"), &Notification::readAt, ColumnWrite::Never),
         column(QStringLiteral("created_at"), &Notification::createdAt)});
    return table;
}

} // namespace

const ListSpec &NotificationRepository::listSpec()
{
    static const ListSpec spec{
        notificationTable().orderable({QStringLiteral("id"), QStringLiteral("created_at")}),
        QStringLiteral("-id"),
        {},
        {notificationTable().filter(QStringLiteral("kind"), FilterType::Text, true)},
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
        row.id = notificationTable().insert(
            m_db, row,
            {{QStringLiteral("tenant_id"), tenantId}, {QStringLiteral("user_id"), userId}});
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
    return notificationTable().page(m_db, filter, query);
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
