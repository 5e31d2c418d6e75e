#include "services/writelookups.h"

#include "repositories/technicianrepository.h"
#include "services/assignmentservice.h"

namespace fielddesk::server {

const Technician *WriteLookups::technician(qint64 id)
{
    auto it = m_technicians.find(id);
    if (it == m_technicians.end())
        it = m_technicians.emplace(id, TechnicianRepository(m_db).find(m_tenantId, id)).first;
    return it->second ? &*it->second : nullptr;
}

const LocalClock &WriteLookups::clockOf(qint64 locationId)
{
    auto it = m_clocks.find(locationId);
    if (it == m_clocks.end())
        it = m_clocks.emplace(locationId, locationClock(m_db, m_tenantId, locationId)).first;
    return it->second;
}

} // namespace fielddesk::server
