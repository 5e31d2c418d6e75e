// A new maintenance plan of a vehicle or a change of one: its name, every how many kilometres
// and/or days, and when it was last done. Part of fielddesk_fleet.
#pragma once

#include "fielddesk/fleet/fleetformdialog.h"
#include "fielddesk/fleet/fleetrecords.h"

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace fielddesk::fleet {

class FleetClient;

class PlanDialog : public FleetFormDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxEveryKm = 1000000;
    static constexpr int kMaxEveryDays = 3650;

    PlanDialog(FleetClient *client,
               qint64 vehicleId,
               const MaintenancePlan &plan,
               QWidget *parent = nullptr);

    MaintenancePlan plan() const;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *everyKmSpin() const { return m_everyKm; }
    QSpinBox *everyDaysSpin() const { return m_everyDays; }
    QSpinBox *lastDoneKmSpin() const { return m_lastDoneKm; }
    QDateEdit *lastDoneOnEdit() const { return m_lastDoneOn; }

signals:
    void planSaved(const fielddesk::MaintenancePlan &plan);

protected:
    void send() override;

private:
    FleetClient *m_client;
    qint64 m_vehicleId;
    MaintenancePlan m_original;
    QLineEdit *m_name;
    QSpinBox *m_everyKm;
    QSpinBox *m_everyDays;
    QSpinBox *m_lastDoneKm;
    QDateEdit *m_lastDoneOn;
};

} // namespace fielddesk::fleet
