// "Record reading…": an odometer reading of a vehicle (kilometres and when it was read, now by
// default). A reading out of order is refused with the server's words naming both readings.
// Part of fielddesk_fleet.
#pragma once

#include "fielddesk/fleet/fleetformdialog.h"
#include "fielddesk/fleet/fleetrecords.h"

class QDateTimeEdit;
class QSpinBox;

namespace fielddesk::fleet {

class FleetClient;

class ReadingDialog : public FleetFormDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxReadingKm = 2000000;

    ReadingDialog(FleetClient *client,
                  qint64 vehicleId,
                  std::optional<qint64> lastKm,
                  QWidget *parent = nullptr);

    QSpinBox *kmSpin() const { return m_km; }
    QDateTimeEdit *readAtEdit() const { return m_readAt; }

signals:
    void readingRecorded(const fielddesk::OdometerReading &reading);

protected:
    void send() override;
    void refused(const client::ApiError &error) override;

private:
    FleetClient *m_client;
    qint64 m_vehicleId;
    QSpinBox *m_km;
    QDateTimeEdit *m_readAt;
};

} // namespace fielddesk::fleet
