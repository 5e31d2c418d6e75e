// SQL for customer API keys; only the SHA-256 of a key is stored.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

struct ApiKeyOwner
{
    ApiKey key;
    qint64 tenantId = 0;
};

class ApiKeyRepository
{
public:
    explicit ApiKeyRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<ApiKey> find(qint64 tenantId, qint64 id);
    // The live (not revoked) key with this hash, with its tenant.
    std::optional<ApiKeyOwner> findActiveByHash(const QByteArray &keyHash);
    Page<ApiKey> list(qint64 tenantId, const ListQuery &query);
    ApiKey insert(qint64 tenantId, ApiKey key, const QByteArray &keyHash);
    void revoke(qint64 tenantId, qint64 id, const QString &when);
    void touch(qint64 id, const QString &when);

private:
    Database &m_db;
};

} // namespace fielddesk::server
