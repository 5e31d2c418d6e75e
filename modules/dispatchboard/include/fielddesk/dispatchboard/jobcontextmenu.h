// The menu of actions on one or more jobs (right click or the menu key on a bar, a marker or
// the job grid's rows): details, edit, duplicate, assign to one of the location's technicians
// (least busy first), unassign, best slot, change status (cancelling asks first), show on the map
// or the timeline, the technician's route. Changes go to the assignment flow (undoable); what only
// shows something is asked of the board. Depends on QtWidgets and fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QList>
#include <QObject>

class QMenu;
class QPoint;
class QWidget;

namespace fielddesk::board {
class AssignmentFlow;
class DispatchStore;
} // namespace fielddesk::board

namespace fielddesk::dispatchboard {

class JobContextMenu : public QObject
{
    Q_OBJECT

public:
    // Questions (cancel jobs?) are asked over parent.
    JobContextMenu(board::DispatchStore *store, board::AssignmentFlow *flow, QWidget *parent);

    // Shows the menu for the jobs (the first one's details, location and status decide).
    void exec(const QList<qint64> &jobIds, const QPoint &globalPos);
    void fill(QMenu &menu, const QList<qint64> &jobIds);

signals:
    void detailsRequested(qint64 jobId);
    void editRequested(qint64 jobId);
    void duplicateRequested(qint64 jobId);
    void bestSlotRequested(qint64 jobId);
    void showOnMapRequested(qint64 jobId);
    void showOnTimelineRequested(qint64 jobId);
    void technicianRouteRequested(qint64 technicianId);

private:
    void addAssignMenu(QMenu &menu, const QList<qint64> &jobIds, qint64 locationId);
    void addStatusMenu(QMenu &menu, const QList<qint64> &jobIds, JobStatus from);

    board::DispatchStore *m_store;
    board::AssignmentFlow *m_flow;
    QWidget *m_parent;
};

} // namespace fielddesk::dispatchboard
