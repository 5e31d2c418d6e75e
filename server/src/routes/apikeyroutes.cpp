#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
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
    ApiKeyService &keys = services.apiKeys;
    const QString tag = QStringLiteral("API keys");
    router.add({"GET",
                QStringLiteral("/api/v1/api-keys"),
                Access::Authenticated,
                {Role::Admin},
                [&keys](const ApiRequest &r) {
                    return withListQuery(r, ApiKeyRepository::listSpec(), [&](const ListQuery &q) {
                        return keys.list(r.caller(), q);
                    });
                },
                {QStringLiteral("Customer API keys (never the keys themselves)"), tag, nullptr,
                 &ApiKeyRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/api-keys"),
                Access::Authenticated,
                {Role::Admin},
                [&keys](const ApiRequest &r) {
                    return withBody(r, kApiKey, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(keys.create(callContext(r), apiKeyFields(b)), 201);
                    });
                },
                {QStringLiteral("Create a key for a customer's system; \"key\" is shown once"), tag,
                 &kApiKey, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/api-keys/{id}"),
                Access::Authenticated,
                {Role::Admin},
                [&keys](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(keys.get(r.caller(), id)); });
                },
                {QStringLiteral("One API key"), tag}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/api-keys/{id}"),
                Access::Authenticated,
                {Role::Admin},
                [&keys](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(keys.revoke(callContext(r), id));
                    });
                },
                {QStringLiteral("Revoke an API key"), tag, nullptr, nullptr, 204}});
}

} // namespace fielddesk::server
