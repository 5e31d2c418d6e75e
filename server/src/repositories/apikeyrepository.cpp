#include "repositories/apikeyrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

// The key's hash is written beside the row and only ever compared, never read.
const Table<ApiKey> &keyTable()
{
    static const Table<ApiKey> table(
        QStringLiteral("api_keys"),
        {column(QStringLiteral("id"), &ApiKey::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &ApiKey::name),
         column(QStringLiteral("kind"), &ApiKey::kind),
         column(QStringLiteral("customer_id"), &ApiKey::customerId),
         column(QStringLiteral("location_id"), &ApiKey::locationId),
         column(QStringLiteral("prefix"), &ApiKey::prefix),
         column(QStringLiteral("created_at"), &ApiKey::createdAt),
         column(QStringLiteral("revoked_at"), &ApiKey::revokedAt, ColumnWrite::Never),
         column(QStringLiteral("last_used_at"), &ApiKey::lastUsedAt, ColumnWrite::Never)});
    return table;
}

} // namespace

const ListSpec &ApiKeyRepository::listSpec()
{
    static const ListSpec spec{
        keyTable().orderable(
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")}),
        QStringLiteral("-created_at"),
        {QStringLiteral("name")},
        {keyTable().filter(QStringLiteral("customer_id"), FilterType::Integer, true),
         keyTable().filter(QStringLiteral("kind"), FilterType::Text)},
        {}};
    return spec;
}

std::optional<ApiKey> ApiKeyRepository::find(qint64 tenantId, qint64 id)
{
    return keyTable().find(m_db, tenantId, id);
}

std::optional<ApiKeyOwner> ApiKeyRepository::findActiveByHash(const QByteArray &keyHash)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + keyTable().selectList() +
                         QStringLiteral(", tenant_id FROM api_keys WHERE key_hash = ? AND "
                                        "revoked_at IS NULL"));
    q.bind(QString::fromLatin1(keyHash)).exec();
    if (!q.next())
        return std::nullopt;
    return ApiKeyOwner{keyTable().read(q), q.integer(keyTable().readCount())};
}

Page<ApiKey> ApiKeyRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, listSpec());
    return keyTable().page(m_db, filter, query);
}

ApiKey ApiKeyRepository::insert(qint64 tenantId, ApiKey key, const QByteArray &keyHash)
{
    key.createdAt = nowTimestamp();
    key.id = keyTable().insert(m_db, key,
                               {{QStringLiteral("tenant_id"), tenantId},
                                {QStringLiteral("key_hash"), QString::fromLatin1(keyHash)}});
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
