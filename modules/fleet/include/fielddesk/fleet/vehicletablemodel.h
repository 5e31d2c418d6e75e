// The vehicles grid: name, plate, make and model, year, fuel, status, odometer and the next
// maintenance, an overdue one in the danger colour and with a word that says so (never by
// colour alone). Part of fielddesk_fleet.
#pragma once

#include "fielddesk/fleet/fleetrecords.h"

#include <QAbstractTableModel>

namespace fielddesk::fleet {

class VehicleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PlateColumn,
        MakeModelColumn,
        YearColumn,
        FuelColumn,
        StatusColumn,
        OdometerColumn,
        NextMaintenanceColumn,
        ColumnCount
    };
    static constexpr int kVehicleIdRole = Qt::UserRole + 1;
    static constexpr int kOverdueRole = Qt::UserRole + 2;

    explicit VehicleTableModel(QObject *parent = nullptr);

    void setVehicles(const QList<Vehicle> &vehicles);
    // Replaces the vehicle of that id, or appends it.
    void upsert(const Vehicle &vehicle);
    const Vehicle &vehicleAt(int row) const { return m_vehicles.at(row); }
    int rowOf(qint64 vehicleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The words the fleet shows for a status and a fuel.
    static QString statusText(const QString &status);
    static QString fuelText(const QString &fuel);
    // "Oil change · 2027-01-10 / 84,000 km", with "OVERDUE" in front when it is.
    static QString nextMaintenanceText(const NextMaintenance &next);
    // What is left until a plan falls due ("12 days / 800 km"), or how late it is ("3 days
    // late / 120 km over").
    static QString leftText(const std::optional<qint64> &daysLeft,
                            const std::optional<qint64> &kmLeft);

private:
    QList<Vehicle> m_vehicles;
};

} // namespace fielddesk::fleet
