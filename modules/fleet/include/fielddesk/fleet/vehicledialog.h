// A new vehicle or a change of one with the contract's fields (name, plate, VIN, make, model,
// year, fuel, location, status, notes). Part of fielddesk_fleet.
#pragma once

#include "fielddesk/domain/organisation.h"
#include "fielddesk/fleet/fleetformdialog.h"
#include "fielddesk/fleet/fleetrecords.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fielddesk::fleet {

class FleetClient;

class VehicleDialog : public FleetFormDialog
{
    Q_OBJECT

public:
    VehicleDialog(FleetClient *client,
                  const Vehicle &vehicle,
                  const QList<Location> &locations,
                  QWidget *parent = nullptr);

    // What the fields say now.
    Vehicle vehicle() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *plateEdit() const { return m_plate; }
    QLineEdit *makeEdit() const { return m_make; }
    QLineEdit *modelEdit() const { return m_model; }
    QSpinBox *yearSpin() const { return m_year; }
    QComboBox *locationBox() const { return m_location; }

signals:
    void vehicleSaved(const fielddesk::Vehicle &vehicle);

protected:
    void send() override;

private:
    FleetClient *m_client;
    Vehicle m_original;
    QLineEdit *m_name;
    QLineEdit *m_plate;
    QLineEdit *m_vin;
    QLineEdit *m_make;
    QLineEdit *m_model;
    QSpinBox *m_year;
    QComboBox *m_fuel;
    QComboBox *m_status;
    QComboBox *m_location;
    QPlainTextEdit *m_notes;
};

} // namespace fielddesk::fleet
