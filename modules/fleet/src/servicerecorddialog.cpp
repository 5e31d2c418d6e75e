#include "fielddesk/fleet/servicerecorddialog.h"

#include "fielddesk/attachments/attachmentsbox.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/fleet/readingdialog.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/messagelabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fielddesk::fleet {

namespace {

constexpr int kServiceDialogWidth = 520;
constexpr int kDescriptionLines = 4;

} // namespace

ServiceRecordDialog::ServiceRecordDialog(FleetClient *client,
                                         qint64 vehicleId,
                                         const QString &currency,
                                         std::optional<qint64> odometerKm,
                                         const QList<MaintenancePlan> &plans,
                                         QDate today,
                                         QWidget *parent)
    : FleetFormDialog(QStringLiteral("serviceRecordDialog"), tr("Record service"), parent)
    , m_client(client)
    , m_vehicleId(vehicleId)
    , m_currency(currency)
    , m_doneOn(new QDateEdit(today, this))
    , m_odometer(new QSpinBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_cost(new QLineEdit(this))
    , m_vendor(new QLineEdit(this))
    , m_plan(new QComboBox(this))
    , m_receipts(new attachments::AttachmentsBox(tr("Receipts"), client->api(), this))
{
    m_doneOn->setCalendarPopup(true);
    // The server refuses a later day (its reading would block the real ones before it); the
    // computer's own date may already be tomorrow there, or still yesterday.
    m_doneOn->setMaximumDate(today);
    m_doneOn->setDisplayFormat(client::display::datePattern());
    m_odometer->setRange(0, ReadingDialog::kMaxReadingKm);
    m_odometer->setGroupSeparatorShown(true);
    m_odometer->setSuffix(tr(" km"));
    m_odometer->setValue(int(odometerKm.value_or(0)));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_cost->sizeHint().height() * kDescriptionLines);
    m_cost->setPlaceholderText(tr("Amount in %1").arg(currency));
    m_plan->addItem(tr("No plan"), QVariant());
    for (const MaintenancePlan &plan : plans)
        m_plan->addItem(plan.name, plan.id);
    addField(QStringLiteral("done_on"), tr("&Done on"), m_doneOn);
    addField(QStringLiteral("odometer_km"), tr("&Odometer"), m_odometer);
    addField(QStringLiteral("description"), tr("&What was done"), m_description);
    addField(QStringLiteral("cost_minor"), tr("&Cost (%1)").arg(currency), m_cost);
    addField(QStringLiteral("vendor"), tr("&Vendor"), m_vendor);
    addField(QStringLiteral("plan_id"), tr("&Plan"), m_plan);
    extraArea()->addWidget(m_receipts);
    m_receipts->takeDropsAndPastesFor(this);
    resize(kServiceDialogWidth, sizeHint().height());
}

void ServiceRecordDialog::send()
{
    ServiceRecord record;
    record.doneOn = m_doneOn->date();
    record.odometerKm = m_odometer->value();
    record.description = m_description->toPlainText().trimmed();
    record.vendor = m_vendor->text().trimmed();
    record.currency = m_currency;
    if (m_plan->currentData().isValid())
        record.planId = m_plan->currentData().toLongLong();
    const auto cost = m_cost->text().trimmed().isEmpty() ? std::optional<qint64>(0)
                                                         : parseMoney(m_cost->text(), m_currency);
    if (!cost) {
        marks().show({{QStringLiteral("cost_minor"), tr("Not an amount in %1.").arg(m_currency)}});
        setSending(false);
        return;
    }
    record.costMinor = *cost;
    m_receipts->setBusy(true);
    m_receipts->upload([](const QString &) {},
                       [this, record](const QList<qint64> &mediaIds) mutable {
                           m_receipts->setBusy(false);
                           messageLabel()->showMessage({});
                           record.mediaIds = mediaIds;
                           m_client->recordService(
                               m_vehicleId, record, this,
                               answering<ServiceRecord>([this](const ServiceRecord &saved) {
                                   emit serviceRecorded(saved);
                               }));
                       },
                       [this] {
                           m_receipts->setBusy(false);
                           setSending(false);
                       });
}

} // namespace fielddesk::fleet
