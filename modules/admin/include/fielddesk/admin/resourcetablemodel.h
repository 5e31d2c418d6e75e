// The records of one ResourceSpec as a table: its columns, the records as the server sent
// them (JSON objects, each with its id), inactive ones greyed. Part of fielddesk_admin.
#pragma once

#include "fielddesk/admin/resourcespec.h"

#include <QAbstractTableModel>

namespace fielddesk::admin {

class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ResourceTableModel(const ResourceSpec &spec, QObject *parent = nullptr);

    // The id of a record as the API answers it (its "id").
    static qint64 idOf(const QJsonObject &record);

    void setRecords(const QList<QJsonObject> &records);
    const QList<QJsonObject> &records() const { return m_records; }
    QJsonObject recordAt(int row) const { return m_records.value(row); }
    int rowOf(qint64 id) const; // -1: not listed
    // A new record is added, a listed one replaced.
    void upsert(const QJsonObject &record);
    void remove(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ResourceSpec m_spec;
    QList<QJsonObject> m_records;
};

} // namespace fielddesk::admin
