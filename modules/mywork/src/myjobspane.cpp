#include "fielddesk/mywork/myjobspane.h"

#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/periodbutton.h"
#include "fielddesk/forms/sectiontitle.h"
#include "fielddesk/mywork/jobdaymodel.h"
#include "fielddesk/mywork/technicianday.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace fielddesk::mywork {

namespace {

// The steps a technician reports, in the workflow's order: a button each.
QList<JobStatus> fieldSteps()
{
    QList<JobStatus> steps;
    for (const QString &name : allJobStatusNames()) {
        const std::optional<JobStatus> status = jobStatusFromName(name);
        if (status && isFieldStep(*status))
            steps << *status;
    }
    return steps;
}

} // namespace

MyJobsPane::MyJobsPane(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_client(new TechnicianDay(api, this))
    , m_model(new JobDayModel(this))
    , m_midnight(new QTimer(this))
    , m_now([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("myJobsPane"));
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, &MyJobsPane::reload);
    m_title = new forms::SectionTitle(tr("My jobs today"), QStringLiteral("myJobsTitle"), this);

    // Made before the table: Tab meets them first, as the page reads.
    m_previousDay = forms::periodButton(forms::kPeriodBefore, QStringLiteral("myJobsPreviousDay"),
                                        tr("Previous day (Alt+Left)"), this);
    m_previousDay->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_today =
        forms::periodButton(tr("Today"), QStringLiteral("myJobsToday"), tr("Today (Ctrl+T)"), this);
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_nextDay = forms::periodButton(forms::kPeriodAfter, QStringLiteral("myJobsNextDay"),
                                    tr("Next day (Alt+Right)"), this);
    m_nextDay->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_previousDay, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(-1)); });
    connect(m_today, &QToolButton::clicked, this, [this] { showDay(today()); });
    connect(m_nextDay, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(1)); });

    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    m_table->setObjectName(QStringLiteral("myJobsTable"));
    m_table->setAccessibleName(tr("My jobs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JobDayModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(JobDayModel::AddressColumn,
                                                      QHeaderView::Stretch);
    m_title->setBuddy(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyJobsPane::updateSteps);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MyJobsPane::updateSteps);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyJobsPane::updateSteps);

    m_empty = new QLabel(tr("No jobs planned for you today."), this);
    m_empty->setObjectName(QStringLiteral("myJobsEmpty"));
    m_empty->setEnabled(false);
    m_empty->hide();
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("myJobDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse); // a gate code to copy
    m_details->hide();

    auto *steps = new QHBoxLayout;
    for (const JobStatus to : fieldSteps()) {
        auto *button = new QPushButton(stepTitle(to), this);
        button->setObjectName(QStringLiteral("jobStep_") + jobStatusName(to));
        connect(button, &QPushButton::clicked, this, [this, to] { takeStep(to); });
        m_stepButtons.insert(int(to), button);
        steps->addWidget(button);
    }
    stepButton(JobStatus::EnRoute)
        ->setToolTip(tr("Tell the dispatcher you are on your way to the selected job"));
    stepButton(JobStatus::OnSite)->setToolTip(tr("Tell the dispatcher you have arrived"));
    stepButton(JobStatus::Completed)->setToolTip(tr("Report the selected job done"));
    steps->addStretch(1);

    m_message = new forms::MessageLabel(forms::MessageLabel::Tone::Error,
                                        QStringLiteral("myJobsMessage"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(m_title->fontMetrics().averageCharWidth() * 2);
    titleRow->addWidget(m_previousDay);
    titleRow->addWidget(m_today);
    titleRow->addWidget(m_nextDay);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addLayout(steps);
    layout->addWidget(m_message);
    updateSteps();
    hide();
}

QString MyJobsPane::stepTitle(JobStatus to)
{
    switch (to) {
    case JobStatus::EnRoute:
        return tr("On my way");
    case JobStatus::OnSite:
        return tr("Arrived");
    case JobStatus::Completed:
        return tr("Completed");
    default:
        return {};
    }
}

void MyJobsPane::start(qint64 userId, const QTimeZone &timeZone)
{
    const quint64 epoch = ++m_epoch;
    m_timeZone = timeZone.isValid() ? timeZone : QTimeZone::systemTimeZone();
    m_model->setTimeZone(m_timeZone);
    m_loading = true;
    m_client->technicianOf(userId, this,
                           [this, epoch](const client::ApiResult<std::optional<Technician>> &r) {
                               if (epoch != m_epoch)
                                   return;
                               if (!r || !*r) {
                                   // No technician record (or no way to tell): nothing to show.
                                   m_loading = false;
                                   m_technicianId.reset();
                                   hide();
                                   emit technicianFound(false);
                                   return;
                               }
                               m_technicianId = (*r)->id;
                               show();
                               emit technicianFound(true);
                               reload();
                           });
}

void MyJobsPane::stop()
{
    ++m_epoch;
    m_technicianId.reset();
    m_loading = false;
    m_stepping = false;
    m_followsToday = true;
    m_day = {};
    m_rowsDay = {};
    m_midnight->stop();
    m_model->clear();
    m_message->showMessage({});
    hide();
}

QDate MyJobsPane::today() const
{
    return m_now().toTimeZone(m_timeZone).date();
}

void MyJobsPane::setClock(std::function<QDateTime()> now)
{
    m_now = now ? std::move(now) : [] { return QDateTime::currentDateTime(); };
}

void MyJobsPane::scheduleMidnight()
{
    m_midnight->stop();
    if (!m_followsToday)
        return;
    // Today's view moves on to the new day by itself (a second past midnight, on its clock).
    const QDateTime now = m_now().toTimeZone(m_timeZone);
    const QDateTime midnight = now.date().addDays(1).startOfDay(m_timeZone);
    m_midnight->start(int(std::clamp<qint64>(now.msecsTo(midnight) + kAfterMidnightMs, 0,
                                             std::numeric_limits<int>::max())));
}

void MyJobsPane::showDay(QDate day)
{
    if (!day.isValid())
        return;
    m_followsToday = day == today();
    if (day != m_day)
        m_message->showMessage({}); // what went wrong was another day's (reload clears its rows)
    m_day = day;
    reload();
}

void MyJobsPane::reload()
{
    if (!m_technicianId)
        return;
    const quint64 epoch = m_epoch;
    if (m_followsToday || !m_day.isValid())
        m_day = today();
    const QDate day = m_day;
    if (day != m_rowsDay) {
        // The rows shown are always the title's day's (or none): no step is ever reported on
        // a job of another day while this one loads, or when its load fails.
        m_model->clear();
        m_rowsDay = {};
    }
    scheduleMidnight();
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const bool isToday = day == today();
    m_title->setText(isToday ? tr("My jobs today, %1").arg(date) : tr("My jobs, %1").arg(date));
    m_empty->setText(isToday ? tr("No jobs planned for you today.")
                             : tr("No jobs planned for you that day."));
    m_today->setEnabled(!isToday);
    updateSteps();
    m_loading = true;
    const std::optional<Job> selected = selectedJob();
    m_client->jobs(*m_technicianId, day, this,
                   [this, epoch, day, selected](const client::ApiResult<QList<Job>> &r) {
                       if (epoch != m_epoch || day != m_day)
                           return; // signed out, or another day asked for since
                       m_loading = false;
                       if (!r) {
                           m_message->showMessage(
                               tr("Your jobs could not be loaded: %1").arg(r.error().message()));
                           return;
                       }
                       m_rowsDay = day; // before the rows: their reset updates the steps
                       m_model->setJobs(*r);
                       m_empty->setVisible(r->isEmpty());
                       if (selected)
                           selectJob(selected->id);
                       emit jobsLoaded();
                   });
}

void MyJobsPane::selectJob(qint64 jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::optional<Job> MyJobsPane::selectedJob() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->jobAt(rows.first().row());
}

void MyJobsPane::takeStep(JobStatus to)
{
    const std::optional<Job> job = selectedJob();
    if (!job || m_stepping || m_rowsDay != today() ||
        !TechnicianDay::nextSteps(job->status).contains(to))
        return;
    m_stepping = true;
    updateSteps();
    m_message->showMessage({});
    const quint64 epoch = m_epoch;
    m_client->changeStatus(*job, to, this, [this, epoch](const client::ApiResult<Job> &r) {
        if (epoch != m_epoch)
            return;
        m_stepping = false;
        if (!r) {
            // Changed meanwhile (by the dispatcher), or no longer this technician's: show the
            // server's day again with what it said.
            m_message->showMessage(
                tr("The job's status was not changed: %1").arg(r.error().message()));
            if (r.error().status == 409 || r.error().status == 404)
                reload();
            updateSteps();
            return;
        }
        m_model->update(*r);
        updateSteps();
        emit jobChanged(*r);
    });
}

void MyJobsPane::updateDetails()
{
    const std::optional<Job> job = selectedJob();
    const QString text = job ? m_model->details(*job) : QString();
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

void MyJobsPane::updateSteps()
{
    updateDetails(); // the same moments change what is shown of the chosen job
    // Steps are reported as they happen: on today's jobs, not on another day's.
    const std::optional<Job> job = m_rowsDay == today() ? selectedJob() : std::nullopt;
    const QList<JobStatus> next = job ? TechnicianDay::nextSteps(job->status) : QList<JobStatus>();
    for (auto it = m_stepButtons.cbegin(); it != m_stepButtons.cend(); ++it)
        it.value()->setEnabled(!m_stepping && next.contains(JobStatus(it.key())));
}

} // namespace fielddesk::mywork
