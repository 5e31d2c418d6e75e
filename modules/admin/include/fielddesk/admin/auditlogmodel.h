// The audit log's rows as the viewer lists them, newest first: when (in the tenant's time
// zone), who, what and on which record. Pages are appended as they come ("More").
// Part of fielddesk_admin.
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QTimeZone>

namespace fielddesk::admin {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, ObjectColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }
    void clear();
    void append(const QList<QJsonObject> &entries);
    const QList<QJsonObject> &entries() const { return m_entries; }
    QJsonObject entryAt(int row) const { return m_entries.value(row); }

    // The entry's time as the viewer and the CSV show it: the tenant's local time.
    static QString timeText(const QJsonObject &entry, const QTimeZone &zone);
    // "user #12", or only the kind when the row names no record.
    static QString objectText(const QJsonObject &entry);
    static QString actorText(const QJsonObject &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QJsonObject> m_entries;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace fielddesk::admin
