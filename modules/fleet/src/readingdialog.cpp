#include "fielddesk/fleet/readingdialog.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/forms/messagelabel.h"

#include <QDateTimeEdit>
#include <QSpinBox>

namespace fielddesk::fleet {

ReadingDialog::ReadingDialog(FleetClient *client,
                             qint64 vehicleId,
                             std::optional<qint64> lastKm,
                             QWidget *parent)
    : FleetFormDialog(QStringLiteral("readingDialog"), tr("Record reading"), parent)
    , m_client(client)
    , m_vehicleId(vehicleId)
    , m_km(new QSpinBox(this))
    , m_readAt(new QDateTimeEdit(QDateTime::currentDateTime(), this))
{
    m_km->setRange(0, kMaxReadingKm);
    m_km->setGroupSeparatorShown(true);
    m_km->setSuffix(tr(" km"));
    m_km->setValue(int(lastKm.value_or(0)));
    m_readAt->setCalendarPopup(true);
    m_readAt->setDisplayFormat(client::display::dateTimePattern());
    addField(QStringLiteral("reading_km"), tr("&Odometer"), m_km);
    addField(QStringLiteral("read_at"), tr("&Read at"), m_readAt);
    m_km->selectAll();
}

void ReadingDialog::send()
{
    m_client->recordReading(m_vehicleId, m_km->value(), m_readAt->dateTime().toUTC(), this,
                            answering<OdometerReading>([this](const OdometerReading &reading) {
                                emit readingRecorded(reading);
                            }));
}

void ReadingDialog::refused(const client::ApiError &error)
{
    FleetFormDialog::refused(error);
    // The server's detail names the reading this one conflicts with: say it in full.
    if (!error.detail.isEmpty() && error.problem.contains(QLatin1String("conflicting_reading")))
        messageLabel()->showMessage(error.detail);
    resize(width(), std::max(height(), sizeHint().height()));
}

} // namespace fielddesk::fleet
