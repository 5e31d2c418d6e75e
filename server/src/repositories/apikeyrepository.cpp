#include "repositories/apikeyrepository.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

namespace {

const QString kApiKeyColumns = QStringLiteral(
    "id, name, customer_id, location_id, prefix, created_at, revoked_at, last_used_at, tenant_id");

ApiKey readKey(const SqlQuery &q)
{
    ApiKey k;
    k.id = q.integer(0);
    k.name = q.text(1);
    k.customerId = q.integer(2);
    k.locationId = q.integer(3);
    k.prefix = q.text(4);
    k.createdAt = q.text(5);
    k.revokedAt = q.text(6);
    k.lastUsedAt = q.text(7);
    return k;
}

} // namespace

const ListSpec &ApiKeyRepository::listSpec()
{
    static const ListSpec spec{{{QStringLiteral("id"), QStringLiteral("id")},
                                {QStringLiteral("name"), QStringLiteral("name")},
                                {QStringLiteral("created_at"), QStringLiteral("created_at")}},
                               QStringLiteral("-created_at"),
                               {QStringLiteral("name")},
                               {{QStringLiteral("customer_id"),
                                 QStringLiteral("customer_id"),
                                 FilterType::Integer,
                                 true,
                                 {}}},
                               {}};
    return spec;
}

std::optional<ApiKey> ApiKeyRepository::find(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kApiKeyColumns +
                         QStringLiteral(" FROM api_keys WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readKey(q);
}

std::optional<ApiKeyOwner> ApiKeyRepository::findActiveByHash(const QByteArray &keyHash)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kApiKeyColumns +
                   QStringLiteral(" FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL"));
    q.bind(QString::fromLatin1(keyHash)).exec();
    if (!q.next())
        return std::nullopt;
    return ApiKeyOwner{readKey(q), q.integer(8)};
}

Page<ApiKey> ApiKeyRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, listSpec());
    return selectPage<ApiKey>(m_db, kApiKeyColumns, QStringLiteral("api_keys"), filter, query,
                              readKey);
}

ApiKey ApiKeyRepository::insert(qint64 tenantId, ApiKey key, const QByteArray &keyHash)
{
    key.createdAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO api_keys (tenant_id, name, customer_id, "
                                    "location_id, prefix, key_hash, created_at) VALUES (?, ?, ?, "
                                    "?, ?, ?, ?) RETURNING id"));
    q.bind(tenantId)
        .bind(key.name)
        .bind(key.customerId)
        .bind(key.locationId)
        .bind(key.prefix)
        .bind(QString::fromLatin1(keyHash))
        .bind(key.createdAt)
        .exec();
    q.next();
    key.id = q.integer(0);
    return key;
}

void ApiKeyRepository::revoke(qint64 tenantId, qint64 id, const QString &when)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE tenant_id = ? AND "
                                    "id = ? AND revoked_at IS NULL"));
    q.bind(when).bind(tenantId).bind(id).exec();
}

void ApiKeyRepository::touch(qint64 id, const QString &when)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"));
    q.bind(when).bind(id).exec();
}

} // namespace fielddesk::server
