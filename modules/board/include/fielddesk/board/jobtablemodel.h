// The job grid's model: one row per job of the DispatchStore, in the store's row order, one
// column per field a dispatcher sorts or filters by. Follows the store's change signals
// with exact ranges. Drags carry job ids (kJobIdsMimeType). Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QAbstractTableModel>

namespace fielddesk::board {

class DispatchStore;
struct JobRecord;

class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PriorityColumn,
        StatusColumn,
        TitleColumn,
        WindowColumn,
        DurationColumn,
        CustomerColumn,
        AddressColumn,
        SkillsColumn,
        TechnicianColumn,
        PlannedStartColumn,
        AtRiskColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        JobIdRole = Qt::UserRole + 1,
        TechnicianIdRole, // 0: unassigned
        PendingRole,
    };

    explicit JobTableModel(DispatchStore *store, QObject *parent = nullptr);

    DispatchStore *store() const { return m_store; }
    const JobRecord &recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // The words of a job status (client::JobStatusText, shared with "my work").
    static QString statusTitle(JobStatus status);

private:
    QString timeOfDay(qint64 ms) const;
    QString windowText(const JobRecord &record) const;

    DispatchStore *m_store;
};

} // namespace fielddesk::board
