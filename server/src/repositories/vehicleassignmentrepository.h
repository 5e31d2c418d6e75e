// SQL for who drives which vehicle on which day: the assignments (one per vehicle and one per
// technician a day, held by unique indexes) and the technicians' default vehicles that fill
// the days without one.
#pragma once

#include "repositories/fleetrecords.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

// Which assignments or defaults a day list shows.
struct DriverDayFilter
{
    QDate from;
    QDate to;
    std::optional<QList<qint64>> visibleLocations; // nullopt: every location (admins)
    std::optional<qint64> locationId;
    std::optional<qint64> technicianId;
    std::optional<qint64> vehicleId;
};

// A technician's default vehicle, as the day list fills days with it.
struct DefaultVehicle
{
    qint64 technicianId = 0;
    QString technicianName;
    qint64 technicianLocationId = 0;
    Vehicle vehicle; // name, plate, status and location only
};

class VehicleAssignmentRepository
{
public:
    explicit VehicleAssignmentRepository(Database &db)
        : m_db(db)
    {}

    std::optional<VehicleAssignment> find(qint64 tenantId, qint64 id);
    std::optional<VehicleAssignment> ofVehicleOn(qint64 vehicleId, const QDate &date);
    std::optional<VehicleAssignment> ofTechnicianOn(qint64 technicianId, const QDate &date);
    // The assignments of [from, to], by date and vehicle name.
    QList<VehicleAssignment> list(qint64 tenantId, const DriverDayFilter &filter);
    // The active technicians' default vehicles (technicians.vehicle_id) under the filter.
    QList<DefaultVehicle> defaults(qint64 tenantId, const DriverDayFilter &filter);
    VehicleAssignment insert(qint64 tenantId, VehicleAssignment assignment, qint64 createdBy);
    void remove(qint64 tenantId, qint64 id);
    // Removes the vehicle's assignments from `from` on; the ones removed.
    QList<VehicleAssignment> removeFrom(qint64 tenantId, qint64 vehicleId, const QDate &from);

private:
    Database &m_db;
};

} // namespace fielddesk::server
