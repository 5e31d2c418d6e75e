// The dispatch board's actions and their keyboard shortcuts: the day before and after, today,
// how many days show, undo and redo (the assignment flow's, so that undo also takes back a
// change the server has not answered yet), assign, unassign, best slot, auto-route and leaving
// it, sending the day's plans and reminders, new job, edit and duplicate the selected one,
// zoom, find and the shortcut list. Every
// shortcut works while the focus is anywhere in the board. Undo follows the flow, leaving an
// auto-route follows the auto-route session; the actions on the selection stay enabled and the
// board says what to select when nothing is. Depends on QtWidgets and fielddesk_board.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace fielddesk::board {
class AssignmentFlow;
class AutoRouteSession;
} // namespace fielddesk::board

namespace fielddesk::dispatchboard {

class BoardActions : public QObject
{
    Q_OBJECT

public:
    // The actions' shortcuts work within board, which owns them.
    BoardActions(board::AssignmentFlow *flow, board::AutoRouteSession *autoRoute, QWidget *board);

    QAction *previousDay() const { return m_previousDay; }
    QAction *nextDay() const { return m_nextDay; }
    QAction *today() const { return m_today; }
    // Ctrl+1, 3, 5, 7: show that many days; data() is the count.
    const QList<QAction *> &dayCounts() const { return m_dayCounts; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *unassign() const { return m_unassign; }
    QAction *assign() const { return m_assign; }
    QAction *bestSlot() const { return m_bestSlot; }
    QAction *autoRoute() const { return m_autoRoute; }
    // The technicians' plans of the location and day shown, and the customers' reminders, sent
    // now (after asking); the board enables it while it shows one location.
    QAction *sendPlans() const { return m_sendPlans; }
    // Ctrl+N, F2, Ctrl+D: a new job, the selected one edited or copied as a new one.
    QAction *newJob() const { return m_newJob; }
    QAction *editJob() const { return m_editJob; }
    QAction *duplicateJob() const { return m_duplicateJob; }
    QAction *leaveAutoRoute() const { return m_leaveAutoRoute; }
    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *find() const { return m_find; }
    QAction *shortcuts() const { return m_shortcuts; }

private:
    QAction *add(const QString &text, const QString &objectName = {});
    void followUndoState(board::AssignmentFlow *flow);
    void followAutoRoute(board::AutoRouteSession *autoRoute);
    void showShortcuts();

    QWidget *m_board;
    QAction *m_previousDay;
    QAction *m_nextDay;
    QAction *m_today;
    QList<QAction *> m_dayCounts;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_unassign;
    QAction *m_assign;
    QAction *m_bestSlot;
    QAction *m_autoRoute;
    QAction *m_sendPlans;
    QAction *m_newJob;
    QAction *m_editJob;
    QAction *m_duplicateJob;
    QAction *m_leaveAutoRoute;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_find;
    QAction *m_shortcuts;
};

} // namespace fielddesk::dispatchboard
