// The caller's own tenant: read by everyone in it, changed by its admins.
#pragma once

#include "core/result.h"
#include "fielddesk/domain/travelmodel.h"
#include "repositories/tenantrepository.h"
#include "services/callcontext.h"

#include <QJsonObject>

namespace fielddesk::server {

class TenantService
{
public:
    TenantService(Database &db, TravelModel travel)
        : m_db(db)
        , m_travel(travel)
    {}

    // A tenant as the API shows it: its row with the server's settings for it (travel).
    std::optional<Tenant> find(qint64 tenantId) const;
    Result<Tenant> current(const Principal &caller);
    Result<Tenant> update(const CallContext &call, const QJsonObject &body);

private:
    Database &m_db;
    TravelModel m_travel;
};

} // namespace fielddesk::server
