// /notifications: the caller's own in-app inbox.
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/notificationservice.h"

namespace fielddesk::server {

void registerNotificationRoutes(Router &router, const Services &services)
{
    NotificationService &notifications = services.notifications;
    const QString tag = QStringLiteral("Notifications");
    router.add({"GET",
                QStringLiteral("/api/v1/notifications"),
                Access::Authenticated,
                {},
                [&notifications](const ApiRequest &r) {
                    return withListQuery(
                        r, NotificationRepository::listSpec(),
                        [&](const ListQuery &q) { return notifications.list(r.caller(), q); });
                },
                {QStringLiteral("The caller's notifications, newest first; also unread=true"), tag,
                 nullptr, &NotificationRepository::listSpec()}});
    router.add(
        {"GET",
         QStringLiteral("/api/v1/notifications/unread-count"),
         Access::Authenticated,
         {},
         [&notifications](const ApiRequest &r) {
             JsonWriter w(32);
             w.beginObject().field("count", notifications.unreadCount(r.caller())).endObject();
             return ApiResponse::json(w.take());
         },
         {QStringLiteral("How many of the caller's notifications are unread"), tag}});
    router.add({"POST",
                QStringLiteral("/api/v1/notifications/{id}/read"),
                Access::Authenticated,
                {},
                [&notifications](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(notifications.markRead(r.caller(), id));
                    });
                },
                {QStringLiteral("Mark one notification read"), tag, nullptr, nullptr, 204}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/notifications/read-all"),
         Access::Authenticated,
         {},
         [&notifications](const ApiRequest &r) {
             JsonWriter w(32);
             w.beginObject().field("marked", notifications.markAllRead(r.caller())).endObject();
             return ApiResponse::json(w.take());
         },
         {QStringLiteral("Mark every notification of the caller read"), tag}});
}

} // namespace fielddesk::server
