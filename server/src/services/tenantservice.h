// The caller's own tenant: read by everyone in it, changed by its admins.
#pragma once

#include "http/result.h"
#include "repositories/tenantrepository.h"
#include "services/callcontext.h"

#include <QJsonObject>

namespace fielddesk::server {

class TenantService
{
public:
    explicit TenantService(Database &db)
        : m_db(db)
    {}

    Result<Tenant> current(const Principal &caller);
    Result<Tenant> update(const CallContext &call, const QJsonObject &body);

private:
    Database &m_db;
};

} // namespace fielddesk::server
