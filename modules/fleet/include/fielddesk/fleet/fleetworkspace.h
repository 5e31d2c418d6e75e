// The fleet workspace (managers and admins; read-only for dispatchers): the vehicles grid with
// a search and a status filter, New vehicle and Edit; a vehicle's page opened from the grid,
// the day board or the due list; the day board of who drives what; the maintenance due list.
// Depends on fielddesk_client, fielddesk_domain and fielddesk_forms; never on the shell (the
// application registers it as a workspace).
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/fleet/fleetrecords.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::fleet {

class DayBoard;
class FleetClient;
class MaintenanceDuePane;
class VehiclePage;
class VehicleTableModel;

class FleetWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum Tab { VehiclesTab, DayBoardTab, DueTab };
    static constexpr int kSearchDelayMs = 250;

    explicit FleetWorkspace(client::ApiClient *api, QWidget *parent = nullptr);

    // "Fleet": the workspace's title.
    static QString title();

    // Loads the fleet; dispatchers only look (every control that changes something hidden).
    void start(bool readOnly, const QTimeZone &zone);
    void stop();
    bool isReadOnly() const { return m_readOnly; }

    // Opens the vehicle's page over the tabs.
    void openVehicle(qint64 vehicleId);
    void newVehicle();
    void editVehicle(const Vehicle &vehicle);

    FleetClient *client() const { return m_client; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QTableView *vehicleTable() const { return m_table; }
    VehicleTableModel *vehicleModel() const { return m_model; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }
    VehiclePage *vehiclePage() const { return m_page; }
    DayBoard *dayBoard() const { return m_dayBoard; }
    MaintenanceDuePane *duePane() const { return m_due; }
    bool isShowingVehicle() const;

signals:
    // The grid shows the server's answer.
    void vehiclesLoaded();
    // The day board has the vehicles, technicians and locations.
    void fleetLoaded();

private:
    void loadVehicles();
    void loadFleet();
    void vehicleSaved(const Vehicle &vehicle);
    void updateButtons();

    FleetClient *m_client;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_status;
    QPushButton *m_new;
    QPushButton *m_edit;
    QTableView *m_table;
    VehicleTableModel *m_model;
    QLabel *m_count;
    VehiclePage *m_page;
    DayBoard *m_dayBoard;
    MaintenanceDuePane *m_due;
    QTimer *m_debounce;
    QList<Location> m_locations;
    QList<Vehicle> m_allVehicles;
    QList<Technician> m_technicians;
    bool m_readOnly = true;
    quint64 m_generation = 0;
};

} // namespace fielddesk::fleet
