#include "fielddesk/requests/requestfilterproxy.h"

#include "fielddesk/requests/requesttablemodel.h"

#include <QDateTime>

namespace fielddesk::requests {

RequestFilterProxy::RequestFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

// The filter bar sets every criterion on each change: only a real change filters again.
template<typename T>
void RequestFilterProxy::refilterIfChanged(T &criterion, const T &value)
{
    if (criterion == value)
        return;
    criterion = value;
    invalidateFilter();
}

void RequestFilterProxy::setKinds(const QSet<QString> &kinds)
{
    refilterIfChanged(m_kinds, kinds);
}

void RequestFilterProxy::setStatuses(const QSet<QString> &statuses)
{
    refilterIfChanged(m_statuses, statuses);
}

void RequestFilterProxy::setLocationId(std::optional<qint64> locationId)
{
    refilterIfChanged(m_locationId, locationId);
}

void RequestFilterProxy::setRequesterId(std::optional<qint64> requesterId)
{
    refilterIfChanged(m_requesterId, requesterId);
}

void RequestFilterProxy::setMinimumAgeDays(int days)
{
    refilterIfChanged(m_minimumAgeDays, days);
}

void RequestFilterProxy::setText(const QString &text)
{
    refilterIfChanged(m_text, text.trimmed());
}

bool RequestFilterProxy::isFiltering() const
{
    return !m_kinds.isEmpty() || !m_statuses.isEmpty() || m_locationId || m_requesterId ||
           m_minimumAgeDays > 0 || !m_text.isEmpty();
}

bool RequestFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    using Model = RequestTableModel;
    if (!m_kinds.isEmpty() && !m_kinds.contains(first.data(Model::KindRole).toString()))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(first.data(Model::StatusRole).toString()))
        return false;
    if (m_locationId && first.data(Model::LocationIdRole).toLongLong() != *m_locationId)
        return false;
    if (m_requesterId && first.data(Model::RequesterIdRole).toLongLong() != *m_requesterId)
        return false;
    if (m_minimumAgeDays > 0) {
        const QDateTime submitted = first.data(Model::SubmittedAtRole).toDateTime();
        if (submitted.daysTo(QDateTime::currentDateTimeUtc()) < m_minimumAgeDays)
            return false;
    }
    if (!m_text.isEmpty()) {
        for (int column = 0; column < Model::ColumnCount; ++column) {
            if (model->index(sourceRow, column, sourceParent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace fielddesk::requests
