#include "fielddesk/requests/requesttablemodel.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/requests/requesttext.h"

#include <QLocale>

namespace fielddesk::requests {

namespace {

constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kSecondsPerHour = 60 * kSecondsPerMinute;
constexpr qint64 kSecondsPerDay = 24 * kSecondsPerHour;

} // namespace

RequestTableModel::RequestTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RequestTableModel::Row RequestTableModel::rowFor(const Request &request) const
{
    return {request, RequestText::summary(request, m_catalogs),
            QDateTime::fromString(request.submittedAt, Qt::ISODateWithMs).toUTC()};
}

void RequestTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).request.id, row);
}

void RequestTableModel::setRequests(const QList<Request> &requests)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(requests.size());
    for (const Request &request : requests)
        m_rows.append(rowFor(request));
    reindex();
    endResetModel();
}

void RequestTableModel::upsert(const Request &request)
{
    const int row = rowOf(request.id);
    if (row >= 0) {
        m_rows[row] = rowFor(request);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(rowFor(request));
    m_rowById.insert(request.id, at);
    endInsertRows();
}

void RequestTableModel::remove(qint64 requestId)
{
    const int row = rowOf(requestId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
}

void RequestTableModel::clear()
{
    setRequests({});
}

void RequestTableModel::setCatalogs(const Catalogs &catalogs)
{
    m_catalogs = catalogs;
    for (Row &row : m_rows)
        row.summary = RequestText::summary(row.request, m_catalogs);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SummaryColumn), index(rowCount() - 1, SummaryColumn));
}

void RequestTableModel::setLocationNames(const QHash<qint64, QString> &names)
{
    m_locationNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LocationColumn), index(rowCount() - 1, LocationColumn));
}

QString RequestTableModel::locationName(qint64 id) const
{
    return m_locationNames.value(id, tr("Location #%1").arg(id));
}

int RequestTableModel::rowOf(qint64 requestId) const
{
    return m_rowById.value(requestId, -1);
}

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestTableModel::ageText(const QDateTime &since, const QDateTime &now)
{
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < kSecondsPerHour)
        return tr("%1 min").arg(seconds / kSecondsPerMinute);
    if (seconds < kSecondsPerDay)
        return tr("%1 h").arg(seconds / kSecondsPerHour);
    return tr("%1 d").arg(seconds / kSecondsPerDay);
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Request &request = row.request;
    switch (role) {
    case RequestIdRole:
        return request.id;
    case KindRole:
        return request.kind;
    case StatusRole:
        return request.status;
    case RequesterIdRole:
        return request.requesterId;
    case LocationIdRole:
        return request.locationId;
    case SubmittedAtRole:
        return row.submittedAt;
    case Qt::ToolTipRole:
        return index.column() == SubmittedColumn
                   ? QVariant(QLocale().toString(client::display::inTimeZone(row.submittedAt),
                                                 QLocale::LongFormat))
                   : QVariant();
    case SortRole:
        switch (index.column()) {
        case SubmittedColumn:
            return row.submittedAt;
        case KindColumn:
            return RequestText::kindTitle(request.kind);
        case StatusColumn:
            return RequestText::statusTitle(request.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return RequestText::kindTitle(request.kind);
        case RequesterColumn:
            return request.requesterName;
        case LocationColumn:
            return locationName(request.locationId);
        case SummaryColumn:
            return row.summary;
        case SubmittedColumn:
            return ageText(row.submittedAt, QDateTime::currentDateTimeUtc());
        case StatusColumn:
            return RequestText::statusTitle(request.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case RequesterColumn:
        return tr("Requester");
    case LocationColumn:
        return tr("Location");
    case SummaryColumn:
        return tr("Request");
    case SubmittedColumn:
        return tr("Waiting");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace fielddesk::requests
