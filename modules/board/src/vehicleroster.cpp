#include "fielddesk/board/vehicleroster.h"

#include <QLocale>

namespace fielddesk::board {

VehicleOfDay VehicleOfDay::fromJson(const QJsonObject &object)
{
    return {
        .vehicleId = object.value(QLatin1String("vehicle_id")).toInteger(),
        .technicianId = object.value(QLatin1String("technician_id")).toInteger(),
        .name = object.value(QLatin1String("vehicle_name")).toString(),
        .plate = object.value(QLatin1String("plate")).toString(),
        .status = object.value(QLatin1String("vehicle_status")).toString(),
        .isDefault = object.value(QLatin1String("source")).toString() == QLatin1String("default"),
        .serviceOverdue = object.value(QLatin1String("service_overdue")).toBool(),
    };
}

void VehicleRoster::clear()
{
    if (!m_known && m_byTechnician.isEmpty())
        return;
    m_known = false;
    m_byTechnician.clear();
    emit changed();
}

void VehicleRoster::setVehicles(QDate day, const QList<VehicleOfDay> &vehicles)
{
    m_known = true;
    m_day = day;
    m_byTechnician.clear();
    for (const VehicleOfDay &vehicle : vehicles)
        m_byTechnician.insert(vehicle.technicianId, vehicle);
    emit changed();
}

const VehicleOfDay *VehicleRoster::vehicleOf(qint64 technicianId) const
{
    const auto it = m_byTechnician.constFind(technicianId);
    return it == m_byTechnician.cend() ? nullptr : &*it;
}

QString VehicleRoster::vehicleText(qint64 technicianId) const
{
    const VehicleOfDay *vehicle = vehicleOf(technicianId);
    if (!vehicle)
        return {};
    return vehicle->plate.isEmpty()
               ? vehicle->name
               : tr("%1 (%2)", "vehicle name, plate").arg(vehicle->name, vehicle->plate);
}

QString VehicleRoster::warningFor(qint64 technicianId) const
{
    if (!m_known)
        return {};
    const VehicleOfDay *vehicle = vehicleOf(technicianId);
    if (!vehicle)
        return tr("No vehicle for %1").arg(QLocale().toString(m_day, QLocale::ShortFormat));
    if (vehicle->status == QLatin1String("in_service"))
        return tr("%1 is in service").arg(vehicle->name);
    if (vehicle->status == QLatin1String("retired"))
        return tr("%1 is retired").arg(vehicle->name);
    if (vehicle->serviceOverdue)
        return tr("%1 is overdue for service").arg(vehicle->name);
    return {};
}

} // namespace fielddesk::board
