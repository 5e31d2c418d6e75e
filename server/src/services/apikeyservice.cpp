#include "services/apikeyservice.h"

#include "auth/secrettoken.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/customerrepository.h"
#include "repositories/locationrepository.h"
#include "services/shownonce.h"

namespace fielddesk::server {

namespace {

constexpr int kPrefixLength = 8;

Failure apiKeyNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such API key."));
}

} // namespace

void CreatedApiKey::writeJson(JsonWriter &w) const
{
    writeWithSecret(w, key, "key", QString::fromLatin1(secret));
}

Page<ApiKey> ApiKeyService::list(const Principal &caller, const ListQuery &query)
{
    return ApiKeyRepository(m_db).list(caller.tenantId, query);
}

Result<ApiKey> ApiKeyService::get(const Principal &caller, qint64 id)
{
    const std::optional<ApiKey> key = ApiKeyRepository(m_db).find(caller.tenantId, id);
    if (!key)
        return apiKeyNotFound();
    return *key;
}

Result<CreatedApiKey> ApiKeyService::create(const CallContext &call, const ApiKeyFields &fields)
{
    const qint64 tenantId = call.principal.tenantId;
    ApiKey key;
    applyPatch(key.name, fields.name);
    applyPatch(key.kind, fields.kind);
    applyPatch(key.customerId, fields.customerId);
    applyPatch(key.locationId, fields.locationId);
    if (key.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    const bool customers = key.kind == QLatin1String(ApiKey::kCustomer);
    if (customers && !key.customerId)
        return Failure::validation(QStringLiteral("customer_id"),
                                   QStringLiteral("is required for a customer's key"));
    if (!customers && key.customerId)
        return Failure::validation(QStringLiteral("customer_id"),
                                   QStringLiteral("must be left out: a fleet tracker's key acts "
                                                  "for no customer"));
    if (customers && !CustomerRepository(m_db).find(tenantId, *key.customerId))
        return Failure::validation(QStringLiteral("customer_id"),
                                   QStringLiteral("is not a customer of this tenant"));
    if (!LocationRepository(m_db).find(tenantId, key.locationId))
        return Failure::validation(QStringLiteral("location_id"),
                                   QStringLiteral("is not a location of this tenant"));
    const QByteArray secret = "fdk_" + newSecretToken();
    key.prefix = QString::fromLatin1(secret.left(4 + kPrefixLength));
    Transaction tx(m_db);
    key = ApiKeyRepository(m_db).insert(tenantId, key, hashOfSecret(secret));
    AuditRepository(m_db).append(call.audit(QStringLiteral("api_key.created"),
                                            QStringLiteral("api_key"), key.id, key.locationId, {},
                                            toJsonText(key)));
    tx.commit();
    return CreatedApiKey{key, secret};
}

Status ApiKeyService::revoke(const CallContext &call, qint64 id)
{
    ApiKeyRepository keys(m_db);
    Transaction tx(m_db);
    const std::optional<ApiKey> before = keys.find(call.principal.tenantId, id);
    if (!before)
        return apiKeyNotFound();
    keys.revoke(call.principal.tenantId, id, nowTimestamp());
    AuditRepository(m_db).append(call.audit(QStringLiteral("api_key.revoked"),
                                            QStringLiteral("api_key"), id, before->locationId,
                                            toJsonText(*before), {}));
    tx.commit();
    return Done{};
}

} // namespace fielddesk::server
