#include "fielddesk/fleet/plandialog.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/fleet/readingdialog.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

namespace fielddesk::fleet {

namespace {

// The first day a date edit offers; showing it means "never".
const QDate kNeverDone(2000, 1, 1);
constexpr int kPlanKmStep = 1000;

} // namespace

PlanDialog::PlanDialog(FleetClient *client,
                       qint64 vehicleId,
                       const MaintenancePlan &plan,
                       QWidget *parent)
    : FleetFormDialog(QStringLiteral("planDialog"),
                      plan.id ? tr("Change maintenance plan") : tr("New maintenance plan"),
                      parent)
    , m_client(client)
    , m_vehicleId(vehicleId)
    , m_original(plan)
    , m_name(new QLineEdit(plan.name, this))
    , m_everyKm(new QSpinBox(this))
    , m_everyDays(new QSpinBox(this))
    , m_lastDoneKm(new QSpinBox(this))
    , m_lastDoneOn(new QDateEdit(this))
{
    const QString none = tr("—");
    m_everyKm->setRange(0, kMaxEveryKm);
    m_everyKm->setSingleStep(kPlanKmStep);
    m_everyKm->setSpecialValueText(none);
    m_everyKm->setSuffix(tr(" km"));
    m_everyKm->setGroupSeparatorShown(true);
    m_everyKm->setValue(int(plan.everyKm.value_or(0)));
    m_everyDays->setRange(0, kMaxEveryDays);
    m_everyDays->setSpecialValueText(none);
    m_everyDays->setSuffix(tr(" days"));
    m_everyDays->setValue(plan.everyDays.value_or(0));
    m_lastDoneKm->setRange(-1, ReadingDialog::kMaxReadingKm);
    m_lastDoneKm->setSpecialValueText(tr("never"));
    m_lastDoneKm->setSuffix(tr(" km"));
    m_lastDoneKm->setGroupSeparatorShown(true);
    m_lastDoneKm->setValue(plan.lastDoneKm ? int(*plan.lastDoneKm) : -1);
    m_lastDoneOn->setMinimumDate(kNeverDone);
    m_lastDoneOn->setSpecialValueText(tr("never"));
    m_lastDoneOn->setCalendarPopup(true);
    m_lastDoneOn->setDisplayFormat(client::display::datePattern());
    m_lastDoneOn->setDate(plan.lastDoneOn.isValid() ? plan.lastDoneOn : kNeverDone);
    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("every_km"), tr("Every &kilometres"), m_everyKm);
    addField(QStringLiteral("every_days"), tr("Every &days"), m_everyDays);
    addField(QStringLiteral("last_done_km"), tr("Last done at"), m_lastDoneKm);
    addField(QStringLiteral("last_done_on"), tr("Last done &on"), m_lastDoneOn);
}

MaintenancePlan PlanDialog::plan() const
{
    MaintenancePlan p = m_original;
    p.name = m_name->text().trimmed();
    p.everyKm = m_everyKm->value() > 0 ? std::optional<qint64>(m_everyKm->value()) : std::nullopt;
    p.everyDays =
        m_everyDays->value() > 0 ? std::optional<int>(m_everyDays->value()) : std::nullopt;
    p.lastDoneKm =
        m_lastDoneKm->value() >= 0 ? std::optional<qint64>(m_lastDoneKm->value()) : std::nullopt;
    p.lastDoneOn = m_lastDoneOn->date() == kNeverDone ? QDate() : m_lastDoneOn->date();
    return p;
}

void PlanDialog::send()
{
    m_client->savePlan(m_vehicleId, plan(), this,
                       answering<MaintenancePlan>(
                           [this](const MaintenancePlan &saved) { emit planSaved(saved); }));
}

} // namespace fielddesk::fleet
