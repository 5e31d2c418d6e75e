// The technicians and location clocks one write of jobs reads, each read at most once: an
// assignment's rules, its history and the technician's notice all need the same technician
// and clock, and on PostgreSQL every read is a round trip the request waits for. Lives as long
// as the write's transaction (JobWrite), so what it holds is what that transaction read.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/organisation.h"
#include "storage/database.h"

#include <map>
#include <optional>

namespace fielddesk::server {

class WriteLookups
{
public:
    WriteLookups(Database &db, qint64 tenantId)
        : m_db(db)
        , m_tenantId(tenantId)
    {}
    WriteLookups(const WriteLookups &) = delete;
    WriteLookups &operator=(const WriteLookups &) = delete;

    // The tenant's technician, or nullptr; valid as long as this object.
    const Technician *technician(qint64 id);
    // locationClock() of the tenant's location.
    const LocalClock &clockOf(qint64 locationId);

private:
    Database &m_db;
    qint64 m_tenantId;
    std::map<qint64, std::optional<Technician>> m_technicians; // nodes stay where they are
    std::map<qint64, LocalClock> m_clocks;
};

} // namespace fielddesk::server
