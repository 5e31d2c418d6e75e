// One vehicle in full: its details, the odometer readings as a line chart and a list (readings
// flagged for review marked), "Record reading…", its maintenance plans with when they fall due
// (overdue marked in words and colour) to add, change and remove, and the service history with
// the receipts (the selected record's first receipt shown, any opened) and "Record service…".
// Read-only hides every control that changes something. Part of fielddesk_fleet.
#pragma once

#include "fielddesk/fleet/fleetrecords.h"

#include <QTimeZone>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QChartView;

namespace fielddesk::attachments {
class AttachmentList;
} // namespace fielddesk::attachments

namespace fielddesk::client {
class MediaClient;
}
namespace fielddesk::requests {
class RequestsClient;
}
namespace fielddesk::fleet {

class FleetClient;

class VehiclePage : public QWidget
{
    Q_OBJECT

public:
    enum PlanColumn {
        PlanNameColumn,
        PlanEveryColumn,
        PlanDueOnColumn,
        PlanDueKmColumn,
        PlanLeftColumn,
        PlanColumnCount
    };
    // The receipt preview under the service history: at most this high, the whole receipt.
    static constexpr int kReceiptSide = 150;

    explicit VehiclePage(FleetClient *client, QWidget *parent = nullptr);
    ~VehiclePage() override;

    void setReadOnly(bool readOnly);
    void setCurrency(const QString &currency) { m_currency = currency; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Loads the vehicle with its readings, plans and service records.
    void showVehicle(qint64 vehicleId);
    std::optional<Vehicle> vehicle() const { return m_vehicle; }

    void recordReading();
    void addPlan();
    void editPlan();
    void removePlan();
    void recordService();

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailsLabel() const { return m_details; }
    QChartView *chartView() const { return m_chart; }
    QTableWidget *readingTable() const { return m_readings; }
    QTableWidget *planTable() const { return m_plans; }
    QTableWidget *serviceTable() const { return m_services; }
    QLabel *receiptLabel() const { return m_receipt; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *recordReadingButton() const { return m_recordReading; }
    QPushButton *addPlanButton() const { return m_addPlan; }
    QPushButton *editPlanButton() const { return m_editPlan; }
    QPushButton *removePlanButton() const { return m_removePlan; }
    QPushButton *recordServiceButton() const { return m_recordService; }

signals:
    void backRequested();
    void editRequested(const fielddesk::Vehicle &vehicle);
    // The vehicle as the server has it now (after a reading, a plan or a service).
    void vehicleChanged(const fielddesk::Vehicle &vehicle);
    void vehicleLoaded();
    void readingsLoaded();
    void plansLoaded();
    void servicesLoaded();

private:
    void loadVehicle();
    void loadReadings();
    void loadPlans();
    void loadServices();
    void showReadings(const QList<OdometerReading> &readings);
    void showPlans();
    void showServices(const QList<ServiceRecord> &records);
    void showReceiptOf(int row);
    void updateButtons();
    QString detailsHtml(const Vehicle &vehicle) const;

    FleetClient *m_client;
    std::unique_ptr<client::MediaClient> m_media;
    requests::RequestsClient *m_attachments;
    qint64 m_vehicleId = 0;
    std::optional<Vehicle> m_vehicle;
    QList<MaintenancePlan> m_planList;
    QList<ServiceRecord> m_serviceList;
    QString m_currency = QStringLiteral("USD");
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_readOnly = false;
    quint64 m_generation = 0;

    QPushButton *m_back;
    QLabel *m_title;
    QPushButton *m_edit;
    QLabel *m_details;
    QChartView *m_chart;
    QTableWidget *m_readings;
    QPushButton *m_recordReading;
    QTableWidget *m_plans;
    QPushButton *m_addPlan;
    QPushButton *m_editPlan;
    QPushButton *m_removePlan;
    QTableWidget *m_services;
    QPushButton *m_recordService;
    QLabel *m_receipt;
    attachments::AttachmentList *m_receiptList;
};

} // namespace fielddesk::fleet
