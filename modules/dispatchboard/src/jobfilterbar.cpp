#include "fielddesk/dispatchboard/jobfilterbar.h"

#include "fielddesk/board/jobfilterproxy.h"
#include "fielddesk/board/jobtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace fielddesk::dispatchboard {

namespace {

// Status choices beyond single statuses.
constexpr int kAllStatuses = -1;
constexpr int kOpenStatuses = -2;
constexpr int kSearchMinimumWidth = 180;

} // namespace

JobFilterBar::JobFilterBar(board::JobFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_skill(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_unassigned(new QCheckBox(tr("&Unassigned"), this))
    , m_atRisk(new QCheckBox(tr("At &risk"), this))
{
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setPlaceholderText(tr("Search jobs, customers, addresses…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(kSearchMinimumWidth);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), kAllStatuses);
    m_status->addItem(tr("Open"), kOpenStatuses);
    for (const JobStatus status :
         {JobStatus::New, JobStatus::Scheduled, JobStatus::Dispatched, JobStatus::EnRoute,
          JobStatus::OnSite, JobStatus::Completed, JobStatus::Cancelled})
        m_status->addItem(board::JobTableModel::statusTitle(status), int(status));

    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->addItem(tr("Any priority"), 0);
    m_priority->addItem(tr("Urgent (5)"), 5);
    m_priority->addItem(tr("High (4+)"), 4);
    m_priority->addItem(tr("Normal (3+)"), 3);

    m_skill->setObjectName(QStringLiteral("skillFilter"));
    m_skill->addItem(tr("Any skill"), QString());
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_location->addItem(tr("All locations"), qint64(0));
    m_location->hide(); // until there is more than one
    m_unassigned->setObjectName(QStringLiteral("unassignedFilter"));
    m_atRisk->setObjectName(QStringLiteral("atRiskFilter"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_priority);
    layout->addWidget(m_skill);
    layout->addWidget(m_location);
    layout->addWidget(m_unassigned);
    layout->addWidget(m_atRisk);

    connect(m_search, &QLineEdit::textChanged, this, &JobFilterBar::apply);
    connect(m_status, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_skill, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_location, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_unassigned, &QCheckBox::toggled, this, &JobFilterBar::apply);
    connect(m_atRisk, &QCheckBox::toggled, this, &JobFilterBar::apply);
}

void JobFilterBar::setSkills(const QStringList &skills)
{
    const QString current = m_skill->currentData().toString();
    const QSignalBlocker blocker(m_skill);
    m_skill->clear();
    m_skill->addItem(tr("Any skill"), QString());
    for (const QString &skill : skills)
        m_skill->addItem(skill, skill);
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(current)));
}

void JobFilterBar::setLocations(const QHash<qint64, QString> &names)
{
    const qint64 current = m_location->currentData().toLongLong();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), qint64(0));
    QList<qint64> ids = names.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        return names.value(a).localeAwareCompare(names.value(b)) < 0;
    });
    for (const qint64 id : std::as_const(ids))
        m_location->addItem(names.value(id), id);
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
    m_location->setVisible(names.size() > 1);
}

void JobFilterBar::apply()
{
    board::JobFilter filter;
    filter.search = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status == kOpenStatuses) {
        filter.statuses = {JobStatus::New, JobStatus::Scheduled, JobStatus::Dispatched,
                           JobStatus::EnRoute, JobStatus::OnSite};
    } else if (status != kAllStatuses) {
        filter.statuses = {JobStatus(status)};
    }
    const int priority = m_priority->currentData().toInt();
    for (int p = priority; p >= 1 && p <= 5; ++p)
        filter.priorities.insert(p);
    filter.skill = m_skill->currentData().toString();
    filter.locationId = m_location->currentData().toLongLong();
    filter.unassignedOnly = m_unassigned->isChecked();
    filter.atRiskOnly = m_atRisk->isChecked();
    m_proxy->setFilter(filter);
}

} // namespace fielddesk::dispatchboard
