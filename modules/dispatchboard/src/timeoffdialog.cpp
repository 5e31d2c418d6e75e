#include "fielddesk/dispatchboard/timeoffdialog.h"

#include "fielddesk/board/availabilityclient.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fielddesk::dispatchboard {

namespace {

constexpr auto kEditFormat = "ddd d MMM yyyy HH:mm";

} // namespace

TimeOffDialog::TimeOffDialog(client::ApiClient *api,
                             const board::DispatchStore *store,
                             qint64 technicianId,
                             const QDateTime &start,
                             const QDateTime &end,
                             const std::optional<AvailabilityPeriod> &existing,
                             QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_store(store)
    , m_technicianId(technicianId)
    , m_existing(existing)
    , m_marks(std::make_unique<forms::FieldErrorMarks>())
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("timeOffMessage"), this))
    , m_kind(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_reason(new QLineEdit(this))
    , m_affected(new QListWidget(this))
    , m_save(new QPushButton(existing ? tr("Save changes") : tr("Record time off"), this))
    , m_saveAndReplan(new QPushButton(this))
{
    setObjectName(QStringLiteral("timeOffDialog"));
    setStyleSheet(forms::FieldErrorMarks::styleSheet());
    const board::TechnicianRecord *technician = store->technician(technicianId);
    const QString name = technician ? technician->technician.name : QString();
    setWindowTitle(existing ? tr("Time off of %1").arg(name) : tr("New time off for %1").arg(name));

    m_kind->setObjectName(QStringLiteral("timeOffKind"));
    m_kind->addItem(tr("Time off"), QStringLiteral("time_off"));
    m_kind->addItem(tr("Unavailable"), QStringLiteral("unavailable"));
    m_from->setObjectName(QStringLiteral("timeOffFrom"));
    m_to->setObjectName(QStringLiteral("timeOffTo"));
    m_reason->setObjectName(QStringLiteral("timeOffReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. doctor's appointment"));
    m_affected->setObjectName(QStringLiteral("affectedJobs"));
    m_affected->setAccessibleName(tr("Assigned jobs in this period"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QString::fromLatin1(kEditFormat));
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &TimeOffDialog::listAffectedJobs);
    }
    // The edits show the board's wall-clock time; instant() reads them back in its zone.
    const QTimeZone zone = store->timeZone();
    QDateTime from = start.toTimeZone(zone);
    QDateTime to = end.toTimeZone(zone);
    if (existing) {
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(existing->kind)));
        from = parseTimestamp(existing->startsAt).value_or(start).toTimeZone(zone);
        to = parseTimestamp(existing->endsAt).value_or(end).toTimeZone(zone);
        m_reason->setText(existing->reason);
    }
    m_from->setDateTime(QDateTime(from.date(), from.time()));
    m_to->setDateTime(QDateTime(to.date(), to.time()));

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    m_marks->addRow(form, QStringLiteral("starts_at"), tr("From"), m_from);
    m_marks->addRow(form, QStringLiteral("ends_at"), tr("To"), m_to);
    m_marks->addRow(form, QStringLiteral("reason"), tr("Reason"), m_reason);

    m_save->setObjectName(QStringLiteral("saveTimeOffButton"));
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_saveAndReplan->setObjectName(QStringLiteral("saveAndReplanButton"));
    m_saveAndReplan->setToolTip(
        tr("Record the period, then propose who takes these jobs (shown on the board to compare "
           "before anything changes)"));
    buttons->addButton(m_saveAndReplan, QDialogButtonBox::AcceptRole);
    if (existing) {
        m_delete = buttons->addButton(tr("Delete time off"), QDialogButtonBox::DestructiveRole);
        m_delete->setObjectName(QStringLiteral("deleteTimeOffButton"));
        connect(m_delete, &QPushButton::clicked, this, &TimeOffDialog::removeExisting);
    }
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_replanAfterSave = false;
        save();
    });
    connect(m_saveAndReplan, &QPushButton::clicked, this, [this] {
        m_replanAfterSave = true;
        save();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Assigned jobs in this period:"), this));
    layout->addWidget(m_affected, 1);
    layout->addWidget(buttons);
    resize(520, 420);
    listAffectedJobs();
}

TimeOffDialog::~TimeOffDialog() = default;

QDateTime TimeOffDialog::instant(const QDateTimeEdit *edit) const
{
    return QDateTime(edit->date(), edit->time(), m_store->timeZone());
}

void TimeOffDialog::listAffectedJobs()
{
    m_affected->clear();
    const LocalClock clock(QString::fromUtf8(m_store->timeZone().id()));
    for (const qint64 jobId :
         m_store->plannedJobsOverlapping(m_technicianId, instant(m_from).toMSecsSinceEpoch(),
                                         instant(m_to).toMSecsSinceEpoch())) {
        const board::JobRecord &record = *m_store->job(jobId);
        const QString when =
            clock.span(QDateTime::fromMSecsSinceEpoch(record.plannedStartMs, Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(record.plannedEndMs, Qt::UTC));
        auto *item = new QListWidgetItem(
            record.job.customerName.isEmpty()
                ? tr("%1  %2").arg(when, record.job.title)
                : tr("%1  %2 (%3)").arg(when, record.job.title, record.job.customerName),
            m_affected);
        item->setData(Qt::UserRole, record.job.id);
    }
    if (m_affected->count() == 0) {
        auto *none = new QListWidgetItem(tr("None on the days shown."), m_affected);
        none->setFlags(Qt::NoItemFlags);
    }
    m_replan = board::AbsenceReplan::of(*m_store, m_technicianId, instant(m_from), instant(m_to));
    m_saveAndReplan->setVisible(!m_replan.isEmpty());
    m_saveAndReplan->setText(
        m_existing ? tr("Save and re-&plan %n job(s)", nullptr, int(m_replan.jobIds.size()))
                   : tr("Record and re-&plan %n job(s)", nullptr, int(m_replan.jobIds.size())));
}

void TimeOffDialog::save()
{
    m_marks->clear();
    m_message->showMessage({});
    if (instant(m_to) <= instant(m_from)) {
        m_marks->show({{QStringLiteral("ends_at"), tr("The period must end after it starts.")}});
        return;
    }
    AvailabilityPeriod period;
    period.technicianId = m_technicianId;
    period.kind = m_kind->currentData().toString();
    period.startsAt = toTimestamp(instant(m_from));
    period.endsAt = toTimestamp(instant(m_to));
    period.reason = m_reason->text().trimmed();
    m_save->setEnabled(false);
    board::AvailabilityClient(m_api).record(period, this, [this](const client::ApiResponse &r) {
        m_save->setEnabled(true);
        if (!r.ok()) {
            refused(*r.error);
            return;
        }
        if (m_existing) {
            removeExisting(); // the new period is in: the old one goes
            return;
        }
        finish();
    });
}

void TimeOffDialog::removeExisting()
{
    if (!m_existing)
        return;
    board::AvailabilityClient(m_api).remove(m_technicianId, m_existing->id, this,
                                            [this](const client::ApiResponse &r) {
                                                if (!r.ok()) {
                                                    m_message->showMessage(r.error->message());
                                                    return;
                                                }
                                                finish();
                                            });
}

void TimeOffDialog::finish()
{
    emit saved();
    if (m_replanAfterSave && !m_replan.isEmpty())
        emit replanRequested(m_replan);
    accept();
}

void TimeOffDialog::refused(const client::ApiError &error)
{
    forms::FormRefusal::show(
        error,
        [this](const QList<forms::FieldErrorMarks::FieldError> &errors) {
            return m_marks->show(errors);
        },
        m_message);
}

} // namespace fielddesk::dispatchboard
