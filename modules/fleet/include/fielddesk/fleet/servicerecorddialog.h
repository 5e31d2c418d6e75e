// "Record service…": a service done on a vehicle (day, odometer, what was done, cost, vendor,
// the maintenance plan it fulfils) with its receipts, which go up first through the same box
// the new-expense dialog uses (picker, drop, paste). Part of fielddesk_fleet.
#pragma once

#include "fielddesk/fleet/fleetformdialog.h"
#include "fielddesk/fleet/fleetrecords.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fielddesk::attachments {
class AttachmentsBox;
} // namespace fielddesk::attachments

namespace fielddesk::client {
class ApiClient;
}
namespace fielddesk::fleet {

class FleetClient;

class ServiceRecordDialog : public FleetFormDialog
{
    Q_OBJECT

public:
    ServiceRecordDialog(FleetClient *client,
                        qint64 vehicleId,
                        const QString &currency,
                        std::optional<qint64> odometerKm,
                        const QList<MaintenancePlan> &plans,
                        QDate today, // in the vehicle's time zone: the latest day it takes
                        QWidget *parent = nullptr);

    QDateEdit *doneOnEdit() const { return m_doneOn; }
    QSpinBox *odometerSpin() const { return m_odometer; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *costEdit() const { return m_cost; }
    QLineEdit *vendorEdit() const { return m_vendor; }
    QComboBox *planBox() const { return m_plan; }
    attachments::AttachmentsBox *receipts() const { return m_receipts; }

signals:
    void serviceRecorded(const fielddesk::ServiceRecord &record);

protected:
    void send() override;

private:
    FleetClient *m_client;
    qint64 m_vehicleId;
    QString m_currency;
    QDateEdit *m_doneOn;
    QSpinBox *m_odometer;
    QPlainTextEdit *m_description;
    QLineEdit *m_cost;
    QLineEdit *m_vendor;
    QComboBox *m_plan;
    attachments::AttachmentsBox *m_receipts;
};

} // namespace fielddesk::fleet
