#include "fielddesk/board/jobfilterproxy.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobtablemodel.h"

namespace fielddesk::board {

namespace {

bool containsText(const Job &job, const QString &text)
{
    return job.title.contains(text, Qt::CaseInsensitive) ||
           job.customerName.contains(text, Qt::CaseInsensitive) ||
           job.address.contains(text, Qt::CaseInsensitive) ||
           job.technicianName.contains(text, Qt::CaseInsensitive) ||
           job.notes.contains(text, Qt::CaseInsensitive);
}

// Jobs without a time sort after those with one, whichever the order.
int compareTimes(qint64 left, qint64 right)
{
    if (left == right)
        return 0;
    if (left == kNoTime)
        return 1;
    if (right == kNoTime)
        return -1;
    return left < right ? -1 : 1;
}

template<typename T>
int compareValues(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

// Keys are case-folded already: a plain comparison orders them without regard to case.
int compareText(const QString &left, const QString &right)
{
    return QString::compare(left, right, Qt::CaseSensitive);
}

} // namespace

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void JobFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_jobs = qobject_cast<JobTableModel *>(sourceModel);
    Q_ASSERT_X(m_jobs || !sourceModel, "JobFilterProxy", "the source must be a JobTableModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void JobFilterProxy::setFilter(const JobFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // A new filter changes thousands of scattered rows: one re-mapping (layoutChanged) costs
    // a fraction of the many row removals and insertions invalidateFilter() would signal.
    invalidate();
    emit filterChanged();
}

void JobFilterProxy::setSearchText(const QString &text)
{
    JobFilter filter = m_filter;
    filter.search = text.trimmed();
    setFilter(filter);
}

void JobFilterProxy::setStatuses(const QSet<JobStatus> &statuses)
{
    JobFilter filter = m_filter;
    filter.statuses = statuses;
    setFilter(filter);
}

void JobFilterProxy::setPriorities(const QSet<int> &priorities)
{
    JobFilter filter = m_filter;
    filter.priorities = priorities;
    setFilter(filter);
}

void JobFilterProxy::setSkill(const QString &skill)
{
    JobFilter filter = m_filter;
    filter.skill = skill;
    setFilter(filter);
}

void JobFilterProxy::setLocationId(qint64 locationId)
{
    JobFilter filter = m_filter;
    filter.locationId = locationId;
    setFilter(filter);
}

void JobFilterProxy::setUnassignedOnly(bool on)
{
    JobFilter filter = m_filter;
    filter.unassignedOnly = on;
    setFilter(filter);
}

void JobFilterProxy::setAtRiskOnly(bool on)
{
    JobFilter filter = m_filter;
    filter.atRiskOnly = on;
    setFilter(filter);
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_jobs || sourceParent.isValid())
        return false;
    const JobRecord &record = m_jobs->recordAt(sourceRow);
    const Job &job = record.job;
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(job.status))
        return false;
    if (!m_filter.priorities.isEmpty() && !m_filter.priorities.contains(job.priority))
        return false;
    if (m_filter.locationId != 0 && job.locationId != m_filter.locationId)
        return false;
    if (m_filter.unassignedOnly && job.technicianId)
        return false;
    if (m_filter.atRiskOnly && !job.atRisk && record.conflicts == JobConflicts())
        return false;
    if (!m_filter.skill.isEmpty() &&
        !job.requiredSkills.contains(m_filter.skill, Qt::CaseInsensitive))
        return false;
    return m_filter.search.isEmpty() || containsText(job, m_filter.search);
}

bool JobFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_jobs)
        return QSortFilterProxyModel::lessThan(left, right);
    const JobRecord &a = m_jobs->recordAt(left.row());
    const JobRecord &b = m_jobs->recordAt(right.row());
    int order = 0;
    switch (left.column()) {
    case JobTableModel::PriorityColumn:
        order = compareValues(a.job.priority, b.job.priority);
        break;
    case JobTableModel::StatusColumn:
        order = compareValues(int(a.job.status), int(b.job.status));
        break;
    case JobTableModel::TitleColumn:
        order = compareText(a.sortKeys.title, b.sortKeys.title);
        break;
    case JobTableModel::WindowColumn:
        order = compareTimes(a.windowStartMs, b.windowStartMs);
        if (order == 0)
            order = compareTimes(a.windowEndMs, b.windowEndMs);
        break;
    case JobTableModel::DurationColumn:
        order = compareValues(a.job.durationMin, b.job.durationMin);
        break;
    case JobTableModel::CustomerColumn:
        order = compareText(a.sortKeys.customer, b.sortKeys.customer);
        break;
    case JobTableModel::AddressColumn:
        order = compareText(a.sortKeys.address, b.sortKeys.address);
        break;
    case JobTableModel::SkillsColumn:
        order = compareText(a.sortKeys.skills, b.sortKeys.skills);
        break;
    case JobTableModel::TechnicianColumn:
        order = compareText(a.sortKeys.technician, b.sortKeys.technician);
        break;
    case JobTableModel::PlannedStartColumn:
        order = compareTimes(a.plannedStartMs, b.plannedStartMs);
        break;
    case JobTableModel::AtRiskColumn:
        order = compareValues(int(a.job.atRisk) * 2 + int(a.conflicts != JobConflicts()),
                              int(b.job.atRisk) * 2 + int(b.conflicts != JobConflicts()));
        break;
    default:
        break;
    }
    // A stable, total order: ties by id.
    return order != 0 ? order < 0 : a.job.id < b.job.id;
}

} // namespace fielddesk::board
