// SQL for vehicles. A vehicle is read with its latest odometer reading; writes go through
// update() with the version the caller read (optimistic concurrency).
#pragma once

#include "repositories/fleetrecords.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

// What search matches in a vehicle (name, plate, make, model, VIN), case-folded.
QString vehicleSearchText(const Vehicle &vehicle);

class VehicleRepository
{
public:
    explicit VehicleRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<Vehicle> find(qint64 tenantId, qint64 id);
    // find() that also locks the row until the transaction ends (PostgreSQL).
    std::optional<Vehicle> findForUpdate(qint64 tenantId, qint64 id);
    // visibleLocations: nullopt for every location (admins); onlyIds: nullopt for every
    // vehicle there (employees see the ones they drive).
    Page<Vehicle> list(qint64 tenantId,
                       const std::optional<QList<qint64>> &visibleLocations,
                       const std::optional<QList<qint64>> &onlyIds,
                       const ListQuery &query);
    // The vehicles not retired at those locations (nullopt: all; locationId narrows).
    QList<Vehicle> inService(qint64 tenantId,
                             const std::optional<QList<qint64>> &visibleLocations,
                             std::optional<qint64> locationId);
    // The tenant's vehicle with this plate (plateKey), but for `exceptId`.
    std::optional<Vehicle> findByPlate(qint64 tenantId, const QString &plate, qint64 exceptId);
    Vehicle insert(qint64 tenantId, Vehicle vehicle);
    // Writes the vehicle with version + 1 if the stored version is still `version`.
    bool update(qint64 tenantId, Vehicle &vehicle, qint64 version);
    void remove(qint64 tenantId, qint64 id);
    // Whether readings, service records or assignments name it (it can only be retired then).
    bool hasHistory(qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
