// API keys of customers' systems and of the company's fleet tracker: admins create them (the
// key is shown once) and revoke them.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "repositories/apikeyrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

// A new API key: what it is called, its kind, and the customer (a customer's key) and location
// it acts for.
struct ApiKeyFields
{
    Patch<QString> name; // trimmed
    Patch<QString> kind; // ApiKey::kCustomer unless given
    Patch<qint64> customerId;
    Patch<qint64> locationId;
};

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
    Result<CreatedApiKey> create(const CallContext &call, const ApiKeyFields &fields);
    Status revoke(const CallContext &call, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
