// The technician grid's model: one row per technician of the DispatchStore with their
// status, skills, location, jobs of the day, utilisation, next job and vehicle of the day. Jobs
// dropped on a technician are handed on as jobsDropped (the board decides when to plan them). Part
// of fielddesk_board.
#pragma once

#include "fielddesk/board/dispatchstore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace fielddesk::board {

class VehicleRoster;

class TechnicianTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        SkillsColumn,
        LocationColumn,
        JobsColumn,
        UtilisationColumn,
        NextJobColumn,
        VehicleColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TechnicianIdRole = Qt::UserRole + 1,
        StatusRole,      // TechnicianDayStats::Status as int
        UtilisationRole, // double, 0..1+
        JobCountRole,
        VehicleWarningRole, // QString: why the technician's vehicle that day needs a look
    };

    explicit TechnicianTableModel(DispatchStore *store, QObject *parent = nullptr);

    DispatchStore *store() const { return m_store; }
    void setLocationNames(const QHash<qint64, QString> &names);
    // Who drives what that day: the vehicle column and its warnings.
    void setVehicleRoster(const VehicleRoster *vehicles);
    // "Now" for statuses and next jobs; tests set a fixed clock.
    void setClock(std::function<qint64()> nowMs);
    // Statuses and next jobs move with time: the board calls this every minute.
    void refreshTimes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

    static QString statusTitle(TechnicianDayStats::Status status);

signals:
    void jobsDropped(const QList<qint64> &jobIds, qint64 technicianId);

private:
    QVariant vehicleData(qint64 technicianId, int role) const;

    DispatchStore *m_store;
    const VehicleRoster *m_vehicles = nullptr;
    QHash<qint64, QString> m_locationNames;
    std::function<qint64()> m_now;
};

} // namespace fielddesk::board
