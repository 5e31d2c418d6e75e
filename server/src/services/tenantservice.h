// The caller's own tenant: read by everyone in it, changed by its admins.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "fielddesk/domain/travelmodel.h"
#include "repositories/tenantrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

// A partial change of the caller's tenant (only the named fields change).
struct TenantFields
{
    Patch<QString> name;            // trimmed
    Patch<QString> timeZone;        // an IANA id
    Patch<QString> currency;        // ISO 4217, the default of money entries
    Patch<QByteArray> settingsJson; // a JSON object, compact
};

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
    Result<Tenant> update(const CallContext &call, const TenantFields &fields);

private:
    Database &m_db;
    TravelModel m_travel;
};

} // namespace fielddesk::server
