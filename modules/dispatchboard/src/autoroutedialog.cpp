#include "fielddesk/dispatchboard/autoroutedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace fielddesk::dispatchboard {

AutoRouteDialog::AutoRouteDialog(const QHash<qint64, QString> &locations,
                                 qint64 locationId,
                                 QDate day,
                                 int selectedTechnicians,
                                 int selectedJobs,
                                 QWidget *parent)
    : QDialog(parent)
    , m_location(new QComboBox(this))
    , m_technicians(new QCheckBox(this))
    , m_jobs(new QCheckBox(this))
    , m_timeLimit(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("autoRouteDialog"));
    setWindowTitle(tr("Auto-route"));
    QList<qint64> ids = locations.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        return locations.value(a).localeAwareCompare(locations.value(b)) < 0;
    });
    for (const qint64 id : std::as_const(ids))
        m_location->addItem(locations.value(id), id);
    if (m_location->findData(locationId) < 0 && locationId != 0)
        m_location->addItem(tr("Location %1").arg(locationId), locationId);
    m_location->setCurrentIndex(std::max(0, m_location->findData(locationId)));
    m_location->setObjectName(QStringLiteral("autoRouteLocation"));
    m_technicians->setText(tr("Only the %n selected technician(s)", nullptr, selectedTechnicians));
    m_technicians->setEnabled(selectedTechnicians > 0);
    m_technicians->setChecked(selectedTechnicians > 1);
    m_jobs->setText(tr("Only the %n selected job(s)", nullptr, selectedJobs));
    m_jobs->setEnabled(selectedJobs > 0);
    m_jobs->setChecked(selectedJobs > 1);
    m_timeLimit->setRange(1, kMaxTimeLimitS);
    m_timeLimit->setDecimals(0);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setValue(kDefaultTimeLimitS);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Day:"), new QLabel(QLocale().toString(day, QLocale::LongFormat), this));
    form->addRow(tr("Location:"), m_location);
    form->addRow(QString(), m_technicians);
    form->addRow(QString(), m_jobs);
    form->addRow(tr("Time limit:"), m_timeLimit);
    form->addRow(new QLabel(tr("Jobs under way stay where they are. Nothing changes until you "
                               "apply the proposal."),
                            this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 AutoRouteDialog::locationId() const
{
    return m_location->currentData().toLongLong();
}

bool AutoRouteDialog::onlySelectedTechnicians() const
{
    return m_technicians->isChecked();
}

bool AutoRouteDialog::onlySelectedJobs() const
{
    return m_jobs->isChecked();
}

double AutoRouteDialog::timeLimitS() const
{
    return m_timeLimit->value();
}

} // namespace fielddesk::dispatchboard
