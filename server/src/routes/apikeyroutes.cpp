#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
#include "routes/routesupport.h"
#include "services/apikeyservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kApiKey{
    .name = QStringLiteral("ApiKeyCreate"),
    .fields = {
        {.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
        {.name = QStringLiteral("kind"),
         .type = FieldType::Enum,
         .enumValues = {QLatin1String(ApiKey::kCustomer), QLatin1String(ApiKey::kFleetTracker)},
         .description = QStringLiteral("a customer's system (the default) or the fleet tracker, "
                                       "which may only send its location's technicians' "
                                       "positions")},
        idField(QStringLiteral("customer_id"), Nullable::Yes),
        idField(QStringLiteral("location_id"), Nullable::No, true),
    }};

ApiKeyFields apiKeyFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .kind = read.text("kind"),
            .customerId = read.integer("customer_id"),
            .locationId = read.integer("location_id")};
}

} // namespace

void registerApiKeyRoutes(Router &router, const Services &services)
{
    CollectionRoutes<ApiKeyService> keys(
        router, services.apiKeys, QStringLiteral("/api/v1/api-keys"), QStringLiteral("API keys"));
    keys.list({Role::Admin}, ApiKeyRepository::listSpec(), &ApiKeyService::list,
              QStringLiteral("API keys of customers' systems and the fleet tracker (never the "
                             "keys themselves)"));
    keys.create({Role::Admin}, kApiKey, &ApiKeyService::create, apiKeyFields,
                QStringLiteral("Create a key for a customer's system or the fleet tracker; "
                               "\"key\" is shown once"));
    keys.get({Role::Admin}, &ApiKeyService::get, QStringLiteral("One API key"));
    keys.remove({Role::Admin}, &ApiKeyService::revoke, QStringLiteral("Revoke an API key"));
}

} // namespace fielddesk::server
