// /webhooks: the company's other systems subscribe URLs to event types (admins); each event
// of a wanted type is POSTed there, signed, from the outbox (/message-deliveries, channel
// webhook, shows every call).
#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
#include "routes/routesupport.h"
#include "services/webhookservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kWebhook{
    .name = QStringLiteral("WebhookWrite"),
    .fields = {
        {.name = QStringLiteral("url"), .required = true, .minLength = 1, .maxLength = 2000},
        {.name = QStringLiteral("event_types"),
         .type = FieldType::StringList,
         .required = true,
         .maxLength = 50,
         .description = QStringLiteral("Event types (\"scheduling.job.assigned.v1\") or "
                                       "prefixes ending in \"*\" (\"scheduling.job.*\", \"*\")")},
        {.name = QStringLiteral("secret"),
         .minLength = 16,
         .maxLength = 200,
         .description = QStringLiteral("Signs the calls (HMAC-SHA256); made by the server when "
                                       "not given, and answered once")},
        {.name = QStringLiteral("description"), .maxLength = 500},
        {.name = QStringLiteral("active"), .type = FieldType::Boolean},
    }};

WebhookFields webhookFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.url = read.trimmedText("url"),
            .eventTypes = read.strings("event_types"),
            .secret = read.text("secret"),
            .description = read.text("description"),
            .active = read.boolean("active")};
}

} // namespace

void registerWebhookRoutes(Router &router, const Services &services)
{
    const QList<Role> admins{Role::Admin};
    CollectionRoutes<WebhookService> webhooks(
        router, services.webhooks, QStringLiteral("/api/v1/webhooks"), QStringLiteral("Webhooks"));
    webhooks.list(admins, WebhookRepository::listSpec(), &WebhookService::list,
                  QStringLiteral("Webhook subscriptions (never their secrets)"));
    webhooks.create(admins, kWebhook, &WebhookService::create, webhookFields,
                    QStringLiteral("Subscribe a URL to event types; \"secret\" is answered once"));
    webhooks.get(admins, &WebhookService::get, QStringLiteral("One webhook subscription"));
    webhooks.update(admins, kWebhook, &WebhookService::update, webhookFields,
                    QStringLiteral("Change a subscription (partial); a secret given replaces it"));
    webhooks.remove(admins, &WebhookService::remove,
                    QStringLiteral("Delete a subscription; its queued calls are given up"));
    WebhookService &service = services.webhooks;
    router.add({"GET",
                QStringLiteral("/api/v1/event-types"),
                Access::Authenticated,
                admins,
                [&service](const ApiRequest &r) {
                    return withListQuery(
                        r, WebhookService::eventTypeListSpec(),
                        [&](const ListQuery &q) { return service.eventTypes(r.caller(), q); });
                },
                {QStringLiteral("The event types a webhook can subscribe to, with what each says"),
                 QStringLiteral("Webhooks"), nullptr, &WebhookService::eventTypeListSpec()}});
    router.add({"POST",
                webhooks.itemPath() + QStringLiteral("/secret"),
                Access::Authenticated,
                admins,
                [&service](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(service.renewSecret(callContext(r), id));
                    });
                },
                {QStringLiteral("A new secret for a subscription, answered once"),
                 QStringLiteral("Webhooks")}});
}

} // namespace fielddesk::server
