#include "fielddesk/board/vehicleroster.h"

#include <QLocale>

namespace fielddesk::board {

void VehicleRoster::clear()
{
    if (!m_known && m_byTechnician.isEmpty())
        return;
    m_known = false;
    m_byTechnician.clear();
    emit changed();
}

void VehicleRoster::setVehicles(QDate day, const QList<VehicleAssignment> &vehicles)
{
    m_known = true;
    m_day = day;
    m_byTechnician.clear();
    for (const VehicleAssignment &vehicle : vehicles)
        m_byTechnician.insert(vehicle.technicianId, vehicle);
    emit changed();
}

const VehicleAssignment *VehicleRoster::vehicleOf(qint64 technicianId) const
{
    const auto it = m_byTechnician.constFind(technicianId);
    return it == m_byTechnician.cend() ? nullptr : &*it;
}

QString VehicleRoster::vehicleText(qint64 technicianId) const
{
    const VehicleAssignment *vehicle = vehicleOf(technicianId);
    if (!vehicle)
        return {};
    return vehicle->plate.isEmpty()
               ? vehicle->vehicleName
               : tr("%1 (%2)", "vehicle name, plate").arg(vehicle->vehicleName, vehicle->plate);
}

QString VehicleRoster::warningFor(qint64 technicianId) const
{
    if (!m_known)
        return {};
    const VehicleAssignment *vehicle = vehicleOf(technicianId);
    if (!vehicle)
        return tr("No vehicle for %1").arg(QLocale().toString(m_day, QLocale::ShortFormat));
    if (vehicle->vehicleStatus == QLatin1String("in_service"))
        return tr("%1 is in service").arg(vehicle->vehicleName);
    if (vehicle->vehicleStatus == QLatin1String("retired"))
        return tr("%1 is retired").arg(vehicle->vehicleName);
    if (vehicle->serviceOverdue)
        return tr("%1 is overdue for service").arg(vehicle->vehicleName);
    return {};
}

} // namespace fielddesk::board
