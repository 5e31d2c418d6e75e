#include "repositories/vehicleassignmentrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

// Read with the names of the vehicle and the technician.
const Table<VehicleAssignment> &assignmentTable()
{
    static const Table<VehicleAssignment> table(
        QStringLiteral("vehicle_assignments"),
        {column(QStringLiteral("id"), &VehicleAssignment::id, ColumnWrite::Never),
         column(QStringLiteral("vehicle_id"), &VehicleAssignment::vehicleId),
         column(QStringLiteral("technician_id"), &VehicleAssignment::technicianId),
         column(QStringLiteral("assigned_on"), &VehicleAssignment::date),
         expression(QStringLiteral("v.name"), &VehicleAssignment::vehicleName),
         expression(QStringLiteral("v.plate"), &VehicleAssignment::plate),
         expression(QStringLiteral("u.name"), &VehicleAssignment::technicianName),
         expression(QStringLiteral("v.status"), &VehicleAssignment::vehicleStatus),
         expression(QStringLiteral("v.location_id"), &VehicleAssignment::locationId)},
        QStringLiteral("a"),
        QStringLiteral("JOIN vehicles v ON v.id = a.vehicle_id JOIN technicians t ON t.id = "
                       "a.technician_id JOIN users u ON u.id = t.user_id"));
    return table;
}

QList<VehicleAssignment> readAssignments(Database &db, const SqlFilter &filter)
{
    return assignmentTable().all(db, filter, QStringLiteral("a.assigned_on, v.name, a.id"));
}

void narrow(SqlFilter &filter, const DriverDayFilter &f, const QString &locationColumn)
{
    if (f.visibleLocations)
        filter.whereIn(locationColumn, *f.visibleLocations);
    if (f.locationId)
        filter.where(locationColumn + QStringLiteral(" = ?"), {*f.locationId});
}

} // namespace

std::optional<VehicleAssignment> VehicleAssignmentRepository::find(qint64 tenantId, qint64 id)
{
    return assignmentTable().find(m_db, tenantId, id);
}

std::optional<VehicleAssignment> VehicleAssignmentRepository::ofVehicleOn(qint64 vehicleId,
                                                                          const QDate &date)
{
    return assignmentTable().findWhere(m_db,
                                       QStringLiteral("a.vehicle_id = ? AND a.assigned_on = ?"),
                                       {vehicleId, date.toString(Qt::ISODate)});
}

std::optional<VehicleAssignment> VehicleAssignmentRepository::ofTechnicianOn(qint64 technicianId,
                                                                             const QDate &date)
{
    return assignmentTable().findWhere(m_db,
                                       QStringLiteral("a.technician_id = ? AND a.assigned_on = ?"),
                                       {technicianId, date.toString(Qt::ISODate)});
}

QList<VehicleAssignment> VehicleAssignmentRepository::list(qint64 tenantId,
                                                           const DriverDayFilter &f)
{
    SqlFilter filter;
    filter.where(QStringLiteral("a.tenant_id = ? AND a.assigned_on >= ? AND a.assigned_on <= ?"),
                 {tenantId, f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)});
    narrow(filter, f, QStringLiteral("v.location_id"));
    if (f.technicianId)
        filter.where(QStringLiteral("a.technician_id = ?"), {*f.technicianId});
    if (f.vehicleId)
        filter.where(QStringLiteral("a.vehicle_id = ?"), {*f.vehicleId});
    return readAssignments(m_db, filter);
}

QList<DefaultVehicle> VehicleAssignmentRepository::defaults(qint64 tenantId,
                                                            const DriverDayFilter &f)
{
    SqlFilter filter;
    filter.where(QStringLiteral("t.tenant_id = ? AND t.active = 1"), {tenantId});
    narrow(filter, f, QStringLiteral("v.location_id"));
    if (f.technicianId)
        filter.where(QStringLiteral("t.id = ?"), {*f.technicianId});
    if (f.vehicleId)
        filter.where(QStringLiteral("v.id = ?"), {*f.vehicleId});
    SqlQuery q(m_db, QStringLiteral("SELECT t.id, u.name, t.location_id, v.id, v.name, v.plate, "
                                    "v.status, v.location_id FROM technicians t JOIN users u ON "
                                    "u.id = t.user_id JOIN vehicles v ON v.id = t.vehicle_id AND "
                                    "v.tenant_id = t.tenant_id") +
                         filter.clause() + QStringLiteral(" ORDER BY v.name, t.id"));
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<DefaultVehicle> list;
    while (q.next()) {
        DefaultVehicle d;
        d.technicianId = q.integer(0);
        d.technicianName = q.text(1);
        d.technicianLocationId = q.integer(2);
        d.vehicle.id = q.integer(3);
        d.vehicle.name = q.text(4);
        d.vehicle.plate = q.text(5);
        d.vehicle.status = q.text(6);
        d.vehicle.locationId = q.integer(7);
        list.append(d);
    }
    return list;
}

VehicleAssignment
VehicleAssignmentRepository::insert(qint64 tenantId, VehicleAssignment assignment, qint64 createdBy)
{
    assignment.id = assignmentTable().insert(
        m_db, assignment,
        {{QStringLiteral("tenant_id"), tenantId},
         {QStringLiteral("created_by"),
          nullableId(createdBy > 0 ? std::optional<qint64>(createdBy) : std::nullopt)},
         {QStringLiteral("created_at"), nowTimestamp()}});
    return find(tenantId, assignment.id).value();
}

void VehicleAssignmentRepository::remove(qint64 tenantId, qint64 id)
{
    assignmentTable().remove(m_db, tenantId, id);
}

QList<VehicleAssignment>
VehicleAssignmentRepository::removeFrom(qint64 tenantId, qint64 vehicleId, const QDate &from)
{
    SqlFilter filter;
    filter.where(QStringLiteral("a.tenant_id = ? AND a.vehicle_id = ? AND a.assigned_on >= ?"),
                 {tenantId, vehicleId, from.toString(Qt::ISODate)});
    const QList<VehicleAssignment> removed = readAssignments(m_db, filter);
    for (const VehicleAssignment &a : removed)
        remove(tenantId, a.id);
    return removed;
}

} // namespace fielddesk::server
