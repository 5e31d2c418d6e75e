#include "services/availabilitywriter.h"

#include "events/eventrepository.h"
#include "events/eventtypes.h"
#include "repositories/auditrepository.h"
#include "repositories/technicianrepository.h"

namespace fielddesk::server {

AvailabilityPeriod AvailabilityWriter::add(const Technician &technician, AvailabilityPeriod period)
{
    period.technicianId = technician.id;
    period = TechnicianRepository(m_db).insertAvailability(m_call.principal.tenantId, period);
    AuditRepository(m_db).append(m_call.audit(QStringLiteral("technician.availability_added"),
                                              QStringLiteral("technician"), technician.id,
                                              technician.locationId, {}, toJsonText(period)));
    announce(technician, period, false);
    return period;
}

void AvailabilityWriter::remove(const Technician &technician, const AvailabilityPeriod &period)
{
    TechnicianRepository(m_db).removeAvailability(m_call.principal.tenantId, period.id);
    AuditRepository(m_db).append(m_call.audit(QStringLiteral("technician.availability_removed"),
                                              QStringLiteral("technician"), technician.id,
                                              technician.locationId, toJsonText(period), {}));
    announce(technician, period, true);
}

void AvailabilityWriter::announce(const Technician &technician,
                                  const AvailabilityPeriod &period,
                                  bool removed)
{
    JsonWriter data(256);
    data.beginObject().field("technician_id", technician.id).key("period");
    period.writeJson(data);
    data.field("removed", removed).endObject();
    DomainEvent event;
    event.tenantId = m_call.principal.tenantId;
    event.locationId = technician.locationId;
    event.type = eventtype::technicianAvailabilityChanged();
    event.source = QStringLiteral("fielddesk/resources");
    event.correlationId = m_call.requestId;
    event.dataJson = data.take();
    EventRepository(m_db).append(event);
}

} // namespace fielddesk::server
