#include "fielddesk/fleet/vehicletablemodel.h"

#include "fielddesk/theme/palette.h"

#include <QLocale>

namespace fielddesk::fleet {

VehicleTableModel::VehicleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VehicleTableModel::setVehicles(const QList<Vehicle> &vehicles)
{
    beginResetModel();
    m_vehicles = vehicles;
    endResetModel();
}

void VehicleTableModel::upsert(const Vehicle &vehicle)
{
    const int row = rowOf(vehicle.id);
    if (row >= 0) {
        m_vehicles[row] = vehicle;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_vehicles.size()), int(m_vehicles.size()));
    m_vehicles.append(vehicle);
    endInsertRows();
}

int VehicleTableModel::rowOf(qint64 vehicleId) const
{
    for (int row = 0; row < m_vehicles.size(); ++row) {
        if (m_vehicles.at(row).id == vehicleId)
            return row;
    }
    return -1;
}

int VehicleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vehicles.size());
}

int VehicleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VehicleTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("in_service"))
        return tr("In service");
    if (status == QLatin1String("retired"))
        return tr("Retired");
    return status;
}

QString VehicleTableModel::fuelText(const QString &fuel)
{
    if (fuel == QLatin1String("petrol"))
        return tr("Petrol");
    if (fuel == QLatin1String("diesel"))
        return tr("Diesel");
    if (fuel == QLatin1String("electric"))
        return tr("Electric");
    if (fuel == QLatin1String("hybrid"))
        return tr("Hybrid");
    if (fuel == QLatin1String("other"))
        return tr("Other");
    return fuel;
}

QString VehicleTableModel::nextMaintenanceText(const NextMaintenance &next)
{
    QStringList due;
    if (next.due.dueOn.isValid())
        due << QLocale().toString(next.due.dueOn, QLocale::ShortFormat);
    else if (next.due.estimatedDueOn.isValid())
        due << tr("about %1")
                   .arg(QLocale().toString(next.due.estimatedDueOn, QLocale::ShortFormat));
    if (next.due.dueKm)
        due << tr("%1 km").arg(QLocale().toString(*next.due.dueKm));
    const QString text =
        due.isEmpty() ? next.name : tr("%1 · %2").arg(next.name, due.join(QStringLiteral(" / ")));
    return next.due.overdue ? tr("⚠ OVERDUE: %1").arg(text) : text;
}

QString VehicleTableModel::leftText(const std::optional<qint64> &daysLeft,
                                    const std::optional<qint64> &kmLeft)
{
    QStringList left;
    // Past the distance, the days to the estimated date say nothing more (they are 0): only a
    // date already passed is worth saying beside it.
    const bool overDistance = kmLeft && *kmLeft < 0;
    if (daysLeft && !(overDistance && *daysLeft >= 0))
        left << (*daysLeft >= 0 ? tr("%n day(s)", nullptr, *daysLeft)
                                : tr("%n day(s) late", nullptr, -*daysLeft));
    if (kmLeft)
        left << (*kmLeft >= 0 ? tr("%1 km").arg(QLocale().toString(*kmLeft))
                              : tr("%1 km over").arg(QLocale().toString(-*kmLeft)));
    return left.join(QStringLiteral(" / "));
}

QVariant VehicleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_vehicles.size())
        return {};
    const Vehicle &v = m_vehicles.at(index.row());
    const bool overdue = v.nextMaintenance && v.nextMaintenance->due.overdue;
    if (role == kVehicleIdRole)
        return v.id;
    if (role == kOverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole && index.column() == NextMaintenanceColumn && overdue)
        return theme::colour(theme::Colour::DangerText);
    if (role == Qt::ForegroundRole && v.status == QLatin1String("retired"))
        return theme::colour(theme::Colour::TextDisabled);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == OdometerColumn || index.column() == YearColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return v.name;
    case PlateColumn:
        return v.plate;
    case MakeModelColumn:
        return QStringList{v.make, v.model}.join(QLatin1Char(' ')).trimmed();
    case YearColumn:
        return v.year ? QVariant(*v.year) : QVariant();
    case FuelColumn:
        return fuelText(v.fuel);
    case StatusColumn:
        return statusText(v.status);
    case OdometerColumn:
        return v.odometerKm ? QLocale().toString(*v.odometerKm) : QStringLiteral("—");
    case NextMaintenanceColumn:
        return v.nextMaintenance ? nextMaintenanceText(*v.nextMaintenance) : QString();
    default:
        return {};
    }
}

QVariant VehicleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PlateColumn:
        return tr("Plate");
    case MakeModelColumn:
        return tr("Make / model");
    case YearColumn:
        return tr("Year");
    case FuelColumn:
        return tr("Fuel");
    case StatusColumn:
        return tr("Status");
    case OdometerColumn:
        return tr("Odometer (km)");
    case NextMaintenanceColumn:
        return tr("Next maintenance");
    default:
        return {};
    }
}

} // namespace fielddesk::fleet
