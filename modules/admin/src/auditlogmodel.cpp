#include "fielddesk/admin/auditlogmodel.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/timestamps.h"

namespace fielddesk::admin {

void AuditLogModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void AuditLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_entries.clear();
    endRemoveRows();
}

void AuditLogModel::append(const QList<QJsonObject> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

QString AuditLogModel::timeText(const QJsonObject &entry, const QTimeZone &zone)
{
    const std::optional<QDateTime> time =
        parseTimestamp(entry.value(QLatin1String("created_at")).toString());
    return time ? client::display::dateTimeWithSeconds(time->toTimeZone(zone)) : QString();
}

QString AuditLogModel::objectText(const QJsonObject &entry)
{
    const QString type = entry.value(QLatin1String("object_type")).toString();
    const QJsonValue id = entry.value(QLatin1String("object_id"));
    return id.isDouble() ? tr("%1 #%2").arg(type).arg(id.toInteger()) : type;
}

QString AuditLogModel::actorText(const QJsonObject &entry)
{
    const QString email = entry.value(QLatin1String("actor_email")).toString();
    return email.isEmpty() ? tr("(system)") : email;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QJsonObject &entry = m_entries.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return timeText(entry, m_zone);
    case ActorColumn:
        return actorText(entry);
    case ActionColumn:
        return entry.value(QLatin1String("action")).toString();
    case ObjectColumn:
        return objectText(entry);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(QString::fromLatin1(m_zone.id()));
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Record");
    default:
        return {};
    }
}

} // namespace fielddesk::admin
