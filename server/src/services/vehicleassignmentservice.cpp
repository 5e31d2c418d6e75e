#include "services/vehicleassignmentservice.h"

#include "fielddesk/domain/localclock.h"
#include "repositories/auditrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/vehiclerepository.h"
#include "services/maintenancedue.h"
#include "services/vehicleservice.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace fielddesk::server {

namespace {

// 409 /problems/vehicle-assignment-conflict naming the other assignment.
Failure assignmentConflict(const VehicleAssignment &other)
{
    Failure f = Failure::conflict(
        QStringLiteral("%1 is driven by %2 on %3.")
            .arg(other.vehicleName, other.technicianName, LocalClock::day(other.date)));
    f.type = QStringLiteral("/problems/vehicle-assignment-conflict");
    f.title = QStringLiteral("Somebody drives it that day already");
    JsonWriter w(128);
    other.writeReference(w);
    f.extensions.append({"conflicting_assignment", w.take()});
    return f;
}

// The assignment that already holds the vehicle or the technician that day, as a 409.
std::optional<Failure> takenOn(VehicleAssignmentRepository &assignments,
                               const VehicleAssignmentDraft &draft)
{
    if (const std::optional<VehicleAssignment> other =
            assignments.ofVehicleOn(draft.vehicleId, draft.date))
        return assignmentConflict(*other);
    if (const std::optional<VehicleAssignment> other =
            assignments.ofTechnicianOn(draft.technicianId, draft.date))
        return assignmentConflict(*other);
    return std::nullopt;
}

QByteArray referenceJson(const VehicleAssignment &a)
{
    JsonWriter w(128);
    a.writeReference(w);
    return w.take();
}

} // namespace

void DriverDays::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("count", qint64(items.size()));
    w.key("next").nullValue();
    w.key("previous").nullValue();
    w.key("results").beginArray();
    for (const VehicleAssignment &a : items)
        a.writeJson(w);
    w.endArray();
    w.endObject();
}

Result<DriverDays> VehicleAssignmentService::list(const Principal &caller,
                                                  const DriverDayQuery &query)
{
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("Vehicles are not open to API keys."));
    DriverDayFilter filter{.from = query.from,
                           .to = query.to,
                           .visibleLocations = caller.visibleLocations(),
                           .locationId = query.locationId,
                           .technicianId = query.technicianId,
                           .vehicleId = query.vehicleId};
    if (caller.role == Role::Employee) {
        // Employees see their own days only.
        const std::optional<Technician> own =
            TechnicianRepository(m_db).findByUser(caller.tenantId, caller.userId);
        if (!own || (query.technicianId && *query.technicianId != own->id))
            return DriverDays{};
        filter.technicianId = own->id;
    }
    VehicleAssignmentRepository repository(m_db);
    DriverDays days;
    days.items = repository.list(caller.tenantId, filter);
    const QList<DefaultVehicle> defaults = repository.defaults(caller.tenantId, filter);
    if (!defaults.isEmpty()) {
        // Who drives, and what is driven, on each day already: outside the filter too (a
        // default vehicle someone else drives that day fills nothing).
        QSet<QString> busy;
        DriverDayFilter everyone{.from = query.from, .to = query.to};
        for (const VehicleAssignment &a : repository.list(caller.tenantId, everyone)) {
            busy.insert(QStringLiteral("t%1@").arg(a.technicianId) + a.date.toString(Qt::ISODate));
            busy.insert(QStringLiteral("v%1@").arg(a.vehicleId) + a.date.toString(Qt::ISODate));
        }
        for (QDate day = query.from; day <= query.to; day = day.addDays(1)) {
            const QString date = day.toString(Qt::ISODate);
            for (const DefaultVehicle &d : defaults) {
                if (d.vehicle.status != QLatin1String("active") ||
                    busy.contains(QStringLiteral("t%1@").arg(d.technicianId) + date) ||
                    busy.contains(QStringLiteral("v%1@").arg(d.vehicle.id) + date))
                    continue;
                busy.insert(QStringLiteral("v%1@").arg(d.vehicle.id) + date);
                VehicleAssignment item;
                item.vehicleId = d.vehicle.id;
                item.technicianId = d.technicianId;
                item.date = day;
                item.source = QStringLiteral("default");
                item.vehicleName = d.vehicle.name;
                item.plate = d.vehicle.plate;
                item.technicianName = d.technicianName;
                item.vehicleStatus = d.vehicle.status;
                item.locationId = d.vehicle.locationId;
                days.items.append(item);
            }
        }
    }
    // service_overdue: computed once per vehicle.
    QHash<qint64, bool> overdue;
    VehicleRepository vehicles(m_db);
    for (VehicleAssignment &a : days.items) {
        if (!overdue.contains(a.vehicleId)) {
            bool any = false;
            if (const std::optional<Vehicle> v = vehicles.find(caller.tenantId, a.vehicleId)) {
                for (const MaintenancePlan &p :
                     VehicleService::plansWithDue(m_db, caller.tenantId, *v))
                    any = any || p.due.overdue;
            }
            overdue.insert(a.vehicleId, any);
        }
        a.serviceOverdue = overdue.value(a.vehicleId);
    }
    std::stable_sort(days.items.begin(), days.items.end(),
                     [](const VehicleAssignment &a, const VehicleAssignment &b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         return a.vehicleName < b.vehicleName;
                     });
    return days;
}

Result<VehicleAssignment> VehicleAssignmentService::create(const CallContext &call,
                                                           const VehicleAssignmentDraft &draft)
{
    try {
        return insert(call, draft);
    } catch (const DatabaseError &e) {
        // Someone else took the vehicle or the technician for that day meanwhile.
        if (e.kind() != DatabaseError::Kind::UniqueViolation)
            throw;
        VehicleAssignmentRepository assignments(m_db);
        if (std::optional<Failure> taken = takenOn(assignments, draft))
            return *taken;
        throw;
    }
}

Result<VehicleAssignment> VehicleAssignmentService::insert(const CallContext &call,
                                                           const VehicleAssignmentDraft &draft)
{
    const Principal &caller = call.principal;
    Transaction tx(m_db);
    const std::optional<Vehicle> vehicle =
        VehicleRepository(m_db).findForUpdate(caller.tenantId, draft.vehicleId);
    if (!vehicle || !caller.canAccessLocation(vehicle->locationId))
        return Failure::validation(QStringLiteral("vehicle_id"),
                                   QStringLiteral("is not a vehicle of your locations"));
    const std::optional<Technician> technician =
        TechnicianRepository(m_db).find(caller.tenantId, draft.technicianId);
    if (!technician || !caller.canAccessLocation(technician->locationId))
        return Failure::validation(QStringLiteral("technician_id"),
                                   QStringLiteral("is not a technician of your locations"));
    if (technician->locationId != vehicle->locationId)
        return Failure::validation(
            QStringLiteral("technician_id"),
            QStringLiteral("works at another location than %1").arg(vehicle->name));
    if (vehicle->status != QLatin1String("active")) {
        Failure f =
            Failure::conflict(QStringLiteral("%1 is %2: it cannot be assigned.")
                                  .arg(vehicle->name, vehicle->status == QLatin1String("retired")
                                                          ? QStringLiteral("retired")
                                                          : QStringLiteral("in service")));
        f.type = QStringLiteral("/problems/vehicle-unavailable");
        f.title = QStringLiteral("The vehicle cannot be driven");
        return f;
    }
    VehicleAssignmentRepository assignments(m_db);
    if (std::optional<Failure> taken = takenOn(assignments, draft))
        return *taken;
    VehicleAssignment assignment;
    assignment.vehicleId = draft.vehicleId;
    assignment.technicianId = draft.technicianId;
    assignment.date = draft.date;
    assignment = assignments.insert(caller.tenantId, assignment, caller.userId);
    AuditRepository(m_db).append(call.audit(QStringLiteral("vehicle_assignment.created"),
                                            QStringLiteral("vehicle_assignment"), assignment.id,
                                            vehicle->locationId, {}, referenceJson(assignment)));
    tx.commit();
    for (const MaintenancePlan &p : VehicleService::plansWithDue(m_db, caller.tenantId, *vehicle))
        assignment.serviceOverdue = assignment.serviceOverdue || p.due.overdue;
    return assignment;
}

Status VehicleAssignmentService::remove(const CallContext &call, qint64 id)
{
    const Principal &caller = call.principal;
    Transaction tx(m_db);
    VehicleAssignmentRepository assignments(m_db);
    const std::optional<VehicleAssignment> before = assignments.find(caller.tenantId, id);
    if (!before || !caller.canAccessLocation(before->locationId))
        return Failure::notFound(QStringLiteral("There is no vehicle assignment #%1.").arg(id));
    assignments.remove(caller.tenantId, id);
    AuditRepository(m_db).append(call.audit(QStringLiteral("vehicle_assignment.deleted"),
                                            QStringLiteral("vehicle_assignment"), id,
                                            before->locationId, referenceJson(*before), {}));
    tx.commit();
    return Done{};
}

} // namespace fielddesk::server
