#include "fielddesk/admin/resourcetablemodel.h"

#include "fielddesk/theme/palette.h"

#include <QBrush>

namespace fielddesk::admin {

qint64 ResourceTableModel::idOf(const QJsonObject &record)
{
    return record.value(QLatin1String("id")).toInteger();
}

ResourceTableModel::ResourceTableModel(const ResourceSpec &spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(spec)
{}

void ResourceTableModel::setRecords(const QList<QJsonObject> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int ResourceTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (idOf(m_records.at(row)) == id)
            return row;
    }
    return -1;
}

void ResourceTableModel::upsert(const QJsonObject &record)
{
    const int row = rowOf(idOf(record));
    if (row >= 0) {
        m_records[row] = record;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
}

void ResourceTableModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const QJsonObject &record = m_records.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_spec.columns.at(index.column()).text(record);
    if (role == Qt::ForegroundRole && !m_spec.activeField.isEmpty() &&
        !record.value(m_spec.activeField).toBool(true))
        return QBrush(theme::colour(theme::Colour::TextSubtle));
    if (role == Qt::UserRole)
        return idOf(record);
    return {};
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_spec.columns.size())
        return m_spec.columns.at(section).title;
    return {};
}

} // namespace fielddesk::admin
