#include "services/notificationservice.h"

#include "events/eventrepository.h"
#include "messaging/peoplemessages.h"

namespace fielddesk::server {

Result<Page<Notification>> NotificationService::list(const Principal &caller,
                                                     const ListQuery &query)
{
    const QString unread = query.raw.queryItemValue(QStringLiteral("unread"));
    if (!unread.isEmpty() && unread != QLatin1String("true") && unread != QLatin1String("false"))
        return Failure::validation(QStringLiteral("unread"),
                                   QStringLiteral("must be true or false"));
    return NotificationRepository(m_db).list(caller.userId, unread == QLatin1String("true"), query);
}

qint64 NotificationService::unreadCount(const Principal &caller)
{
    return NotificationRepository(m_db).unreadCount(caller.userId);
}

Status NotificationService::markRead(const Principal &caller, qint64 id)
{
    Transaction tx(m_db);
    if (!NotificationRepository(m_db).markRead(caller.userId, id))
        return Failure::notFound(QStringLiteral("There is no notification #%1.").arg(id));
    tx.commit();
    return Done{};
}

qint64 NotificationService::markAllRead(const Principal &caller)
{
    Transaction tx(m_db);
    const qint64 marked = NotificationRepository(m_db).markAllRead(caller.userId);
    tx.commit();
    return marked;
}

void NotificationService::raise(Database &db,
                                const CallContext &cause,
                                QList<qint64> userIds,
                                const Notification &notification,
                                NotificationReach reach)
{
    userIds.removeAll(cause.principal.userId);
    std::sort(userIds.begin(), userIds.end());
    userIds.erase(std::unique(userIds.begin(), userIds.end()), userIds.end());
    if (userIds.isEmpty())
        return;
    const QList<std::pair<qint64, Notification>> raised =
        NotificationRepository(db).insertFor(cause.principal.tenantId, userIds, notification);
    EventRepository events(db);
    for (const auto &[userId, stored] : raised) {
        DomainEvent event;
        event.tenantId = cause.principal.tenantId;
        event.userId = userId;
        event.type = QStringLiteral("notification.created.v1");
        event.source = QStringLiteral("fielddesk/notifications");
        event.correlationId = cause.requestId;
        event.dataJson = toJsonText(stored);
        events.append(event);
    }
    if (reach == NotificationReach::Everywhere)
        PeopleMessages::queueFor(db, cause.principal.tenantId, raised);
}

} // namespace fielddesk::server
