#include "repositories/vehiclerepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

// Read with the latest reading by read_at.
const Table<Vehicle> &vehicleTable()
{
    static const QString latest = QStringLiteral(
        "(SELECT r.%1 FROM odometer_readings r WHERE r.vehicle_id = v.id ORDER BY r.read_at "
        "DESC, r.id DESC LIMIT 1)");
    static const Table<Vehicle> table(
        QStringLiteral("vehicles"),
        {column(QStringLiteral("id"), &Vehicle::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &Vehicle::name),
         column(QStringLiteral("plate"), &Vehicle::plate),
         derived<Vehicle>(QStringLiteral("plate_key"),
                          [](const Vehicle &v) { return QVariant(plateKey(v.plate)); }),
         column(QStringLiteral("vin"), &Vehicle::vin),
         column(QStringLiteral("make"), &Vehicle::make),
         column(QStringLiteral("model"), &Vehicle::model),
         column(QStringLiteral("year"), &Vehicle::year),
         column(QStringLiteral("fuel"), &Vehicle::fuel),
         column(QStringLiteral("location_id"), &Vehicle::locationId),
         column(QStringLiteral("status"), &Vehicle::status),
         column(QStringLiteral("notes"), &Vehicle::notes),
         expression(latest.arg(QStringLiteral("reading_km")), &Vehicle::odometerKm),
         expression(latest.arg(QStringLiteral("read_at")), &Vehicle::odometerReadAt),
         column(QStringLiteral("version"), &Vehicle::version),
         column(QStringLiteral("created_at"), &Vehicle::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Vehicle::updatedAt),
         derived<Vehicle>(QStringLiteral("search_text"), vehicleSearchText)},
        QStringLiteral("v"));
    return table;
}

} // namespace

QString vehicleSearchText(const Vehicle &v)
{
    return foldForSearch(
        QStringList{v.name, v.plate, v.make, v.model, v.vin}.join(QLatin1Char('\n')));
}

const ListSpec &VehicleRepository::listSpec()
{
    const Table<Vehicle> &table = vehicleTable();
    static const ListSpec spec{
        table.orderable({QStringLiteral("name"), QStringLiteral("plate"), QStringLiteral("year"),
                         QStringLiteral("status"), QStringLiteral("created_at"),
                         QStringLiteral("id")}),
        QStringLiteral("name"),
        {},
        {table.filter(QStringLiteral("location_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("status"), FilterType::Enum, true, allVehicleStatuses()),
         table.filter(QStringLiteral("fuel"), FilterType::Enum, true, allVehicleFuels())},
        {},
        table.qualified(QStringLiteral("id"))};
    return spec;
}

std::optional<Vehicle> VehicleRepository::find(qint64 tenantId, qint64 id)
{
    return vehicleTable().find(m_db, tenantId, id);
}

std::optional<Vehicle> VehicleRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    vehicleTable().lockForUpdate(m_db, tenantId, id);
    return find(tenantId, id);
}

Page<Vehicle> VehicleRepository::list(qint64 tenantId,
                                      const std::optional<QList<qint64>> &visibleLocations,
                                      const std::optional<QList<qint64>> &onlyIds,
                                      const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("v.tenant_id = ?"), {tenantId});
    if (visibleLocations)
        filter.whereIn(QStringLiteral("v.location_id"), *visibleLocations);
    if (onlyIds)
        filter.whereIn(QStringLiteral("v.id"), *onlyIds);
    filter.apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("v.search_text"), query.search);
    return vehicleTable().page(m_db, filter, query);
}

QList<Vehicle> VehicleRepository::inService(qint64 tenantId,
                                            const std::optional<QList<qint64>> &visibleLocations,
                                            std::optional<qint64> locationId)
{
    SqlFilter filter;
    filter.where(QStringLiteral("v.tenant_id = ? AND v.status <> 'retired'"), {tenantId});
    if (visibleLocations)
        filter.whereIn(QStringLiteral("v.location_id"), *visibleLocations);
    if (locationId)
        filter.where(QStringLiteral("v.location_id = ?"), {*locationId});
    return vehicleTable().all(m_db, filter, QStringLiteral("v.id"));
}

std::optional<Vehicle>
VehicleRepository::findByPlate(qint64 tenantId, const QString &plate, qint64 exceptId)
{
    return vehicleTable().findWhere(
        m_db, QStringLiteral("v.tenant_id = ? AND v.plate_key = ? AND v.id <> ?"),
        {tenantId, plateKey(plate), exceptId});
}

Vehicle VehicleRepository::insert(qint64 tenantId, Vehicle vehicle)
{
    vehicle.createdAt = vehicle.updatedAt = nowTimestamp();
    vehicle.version = 1;
    vehicle.id = vehicleTable().insert(m_db, vehicle, {{QStringLiteral("tenant_id"), tenantId}});
    return vehicle;
}

bool VehicleRepository::update(qint64 tenantId, Vehicle &vehicle, qint64 version)
{
    vehicle.version = version + 1;
    return vehicleTable().updateAtVersion(m_db, vehicle, tenantId, version);
}

void VehicleRepository::remove(qint64 tenantId, qint64 id)
{
    // Nobody's default vehicle any more (technicians.vehicle_id has no foreign key).
    SqlQuery q(m_db, QStringLiteral("UPDATE technicians SET vehicle_id = NULL WHERE tenant_id = ? "
                                    "AND vehicle_id = ?"));
    q.bind(tenantId).bind(id).exec();
    vehicleTable().remove(m_db, tenantId, id);
}

bool VehicleRepository::hasHistory(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT 1 WHERE EXISTS (SELECT 1 FROM odometer_readings WHERE vehicle_id "
                         "= ?) OR EXISTS (SELECT 1 FROM service_records WHERE vehicle_id = ?) OR "
                         "EXISTS (SELECT 1 FROM vehicle_assignments WHERE vehicle_id = ?)"));
    q.bind(id).bind(id).bind(id).exec();
    return q.next();
}

} // namespace fielddesk::server
