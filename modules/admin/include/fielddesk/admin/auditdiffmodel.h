// The selected audit row's before and after as a table (field, before, after), the changed
// fields bold on the palette's notice colour. Part of fielddesk_admin.
#pragma once

#include "fielddesk/admin/auditdiff.h"

#include <QAbstractTableModel>

namespace fielddesk::admin {

class AuditDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    // True on the lines whose value changed.
    static constexpr int ChangedRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // Another row's comparison: every line is new.
    void setLines(const QList<AuditDiff::Line> &lines);
    const QList<AuditDiff::Line> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AuditDiff::Line> m_lines;
};

} // namespace fielddesk::admin
