#include "repositories/fleetrecords.h"

namespace fielddesk::server {

void MaintenanceDueList::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("count", qint64(items.size()));
    w.key("results").beginArray();
    for (const MaintenanceDueItem &item : items)
        item.writeJson(w);
    w.endArray();
    w.endObject();
}

void VehicleEffects::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("vehicle_id", vehicleId);
    w.field("status", status);
    w.key("removed_assignments").beginArray();
    for (const VehicleAssignment &a : removedAssignments) {
        w.beginObject();
        w.field("id", a.id);
        w.field("technician_id", a.technicianId);
        w.key("date").value(a.date.toString(Qt::ISODate));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace fielddesk::server
