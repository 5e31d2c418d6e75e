// /message-deliveries: every outbound message (email, text message) with where its delivery
// stands, for managers and admins; resend.
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/messageservice.h"

namespace fielddesk::server {

void registerMessageRoutes(Router &router, const Services &services)
{
    MessageService &messages = services.messages;
    const QString tag = QStringLiteral("Messages");
    router.add({"GET",
                QStringLiteral("/api/v1/message-deliveries"),
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&messages](const ApiRequest &r) {
                    return withListQuery(r, MessageRepository::listSpec(), [&](const ListQuery &q) {
                        return messages.list(r.caller(), q);
                    });
                },
                {QStringLiteral("Outbound messages, newest first: channel, recipient, template, "
                                "status (queued, sent, failed, given_up), attempts, last error"),
                 tag, nullptr, &MessageRepository::listSpec()}});
    router.add({"GET",
                QStringLiteral("/api/v1/message-deliveries/{id}"),
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&messages](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(messages.get(r.caller(), id)); });
                },
                {QStringLiteral("One outbound message"), tag}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/message-deliveries/{id}/resend"),
         Access::Authenticated,
         {Role::Admin, Role::Manager},
         [&messages](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return respond(messages.resend(callContext(r), id), 201);
             });
         },
         {QStringLiteral("Send a message again, as a new message"), tag, nullptr, nullptr, 201}});
}

} // namespace fielddesk::server
