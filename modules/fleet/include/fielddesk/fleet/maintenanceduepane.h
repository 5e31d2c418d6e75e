// What falls due across the fleet: the plans overdue or due within the days and kilometres
// chosen (30 days and 1,000 km unless changed), most urgent first as the server orders them;
// an overdue row is in the danger colour and says "OVERDUE". A double-click (or Enter) opens
// the vehicle. Part of fielddesk_fleet.
#pragma once

#include "fielddesk/fleet/fleetrecords.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace fielddesk::fleet {

class FleetClient;

class MaintenanceDuePane : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        VehicleColumn,
        PlateColumn,
        PlanColumn,
        DueOnColumn,
        DueKmColumn,
        OdometerColumn,
        LeftColumn,
        ColumnCount
    };
    static constexpr int kVehicleIdRole = Qt::UserRole + 1;
    static constexpr int kOverdueRole = Qt::UserRole + 2;
    static constexpr int kDefaultDays = 30;
    static constexpr int kDefaultKm = 1000;

    explicit MaintenanceDuePane(FleetClient *client, QWidget *parent = nullptr);

    void reload();
    const QList<MaintenanceDueItem> &items() const { return m_items; }
    // The row of the vehicle's plan; -1 when it is not listed.
    int rowOf(qint64 vehicleId, qint64 planId) const;

    QTableWidget *table() const { return m_table; }
    QSpinBox *daysSpin() const { return m_days; }
    QSpinBox *kmSpin() const { return m_km; }
    QLabel *countLabel() const { return m_count; }

signals:
    void loaded();
    void vehicleActivated(qint64 vehicleId);

private:
    void show(const QList<MaintenanceDueItem> &items);

    FleetClient *m_client;
    QSpinBox *m_days;
    QSpinBox *m_km;
    QTableWidget *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
    QList<MaintenanceDueItem> m_items;
    quint64 m_generation = 0;
};

} // namespace fielddesk::fleet
