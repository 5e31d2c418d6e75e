// Customer API keys: admins create them (the key is shown once) and revoke them.
#pragma once

#include "core/result.h"
#include "repositories/apikeyrepository.h"
#include "services/callcontext.h"

#include <QJsonObject>

namespace fielddesk::server {

struct CreatedApiKey
{
    ApiKey key;
    QByteArray secret; // "fdk_…", only in the answer to the creation

    void writeJson(JsonWriter &w) const;
};

class ApiKeyService
{
public:
    explicit ApiKeyService(Database &db)
        : m_db(db)
    {}

    Page<ApiKey> list(const Principal &caller, const ListQuery &query);
    Result<ApiKey> get(const Principal &caller, qint64 id);
    Result<CreatedApiKey> create(const CallContext &call, const QJsonObject &body);
    Status revoke(const CallContext &call, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
