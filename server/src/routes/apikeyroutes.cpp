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
        idField(QStringLiteral("customer_id"), Nullable::No, true),
        idField(QStringLiteral("location_id"), Nullable::No, true),
    }};

ApiKeyFields apiKeyFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .customerId = read.integer("customer_id"),
            .locationId = read.integer("location_id")};
}

} // namespace

void registerApiKeyRoutes(Router &router, const Services &services)
{
    CollectionRoutes<ApiKeyService> keys(
        router, services.apiKeys, QStringLiteral("/api/v1/api-keys"), QStringLiteral("API keys"));
    keys.list({Role::Admin}, ApiKeyRepository::listSpec(), &ApiKeyService::list,
              QStringLiteral("Customer API keys (never the keys themselves)"));
    keys.create({Role::Admin}, kApiKey, &ApiKeyService::create, apiKeyFields,
                QStringLiteral("Create a key for a customer's system; \"key\" is shown once"));
    keys.get({Role::Admin}, &ApiKeyService::get, QStringLiteral("One API key"));
    keys.remove({Role::Admin}, &ApiKeyService::revoke, QStringLiteral("Revoke an API key"));
}

} // namespace fielddesk::server
