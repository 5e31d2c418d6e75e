#include "fielddesk/dispatchboard/boardactions.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/theme/icons.h"

#include <QAction>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kBoardDayCounts[] = {1, 3, 5, 7};

} // namespace

BoardActions::BoardActions(board::AssignmentFlow *flow,
                           board::AutoRouteSession *autoRoute,
                           QWidget *board)
    : QObject(board)
    , m_board(board)
{
    m_previousDay = add(tr("◀"));
    m_previousDay->setIcon(theme::icon(QStringLiteral("go-previous")));
    m_previousDay->setToolTip(tr("Previous day (Alt+Left)"));
    m_previousDay->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextDay = add(tr("▶"));
    m_nextDay->setIcon(theme::icon(QStringLiteral("go-next")));
    m_nextDay->setToolTip(tr("Next day (Alt+Right)"));
    m_nextDay->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_today = add(tr("Today"));
    m_today->setIcon(theme::icon(QStringLiteral("today")));
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    for (const int count : kBoardDayCounts) {
        QAction *action = add(tr("Show %n day(s)", nullptr, count));
        action->setData(count);
        action->setShortcut(QKeySequence(int(Qt::CTRL) | (int(Qt::Key_0) + count)));
        m_dayCounts << action;
    }

    m_undo = add(tr("&Undo"), QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(theme::icon(QStringLiteral("undo")));
    m_redo = flow->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(theme::icon(QStringLiteral("redo")));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    board->addAction(m_redo);
    followUndoState(flow);

    m_unassign = add(tr("Unassign"), QStringLiteral("unassignAction"));
    m_unassign->setIcon(theme::icon(QStringLiteral("unassign")));
    m_unassign->setToolTip(tr("Unassign the selected jobs (Ctrl+U)"));
    m_unassign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_assign = add(tr("Assign"), QStringLiteral("assignAction"));
    m_assign->setIcon(theme::icon(QStringLiteral("assign")));
    m_assign->setToolTip(
        tr("Assign the selected jobs to the selected technician, after their last job "
           "(Ctrl+Enter)"));
    m_assign->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_bestSlot = add(tr("Best slot…"), QStringLiteral("bestSlotAction"));
    m_bestSlot->setIcon(theme::icon(QStringLiteral("best-slot")));
    m_bestSlot->setToolTip(tr("The routing engine's best slots for the selected job (Ctrl+B)"));
    m_bestSlot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_autoRoute = add(tr("Auto-route…"), QStringLiteral("autoRouteAction"));
    m_autoRoute->setIcon(theme::icon(QStringLiteral("auto-route")));
    m_autoRoute->setToolTip(tr("Plan the day's routes with the routing engine and preview them "
                               "(Ctrl+R)"));
    m_autoRoute->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // No shortcut: it writes to every technician and customer of the day, so it is chosen, not
    // typed by a slip (the toolbar's button takes Tab instead).
    m_sendPlans = add(tr("Send plans for this day…"), QStringLiteral("sendPlansAction"));
    m_sendPlans->setIconText(tr("Send plans…")); // the toolbar's words: it has little room left
    m_sendPlans->setIcon(theme::icon(QStringLiteral("notifications")));
    m_sendPlans->setEnabled(false); // until the board shows a location
    m_newJob = add(tr("New job…"), QStringLiteral("newJobAction"));
    m_newJob->setIcon(theme::icon(QStringLiteral("new-job")));
    m_newJob->setToolTip(tr("Create a job, for a known or a new customer (Ctrl+N)"));
    m_newJob->setShortcut(QKeySequence::New);
    m_editJob = add(tr("Edit job…"), QStringLiteral("editJobAction"));
    m_editJob->setIcon(theme::icon(QStringLiteral("edit")));
    m_editJob->setToolTip(tr("Change the selected job (F2)"));
    m_editJob->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicateJob = add(tr("Duplicate job…"), QStringLiteral("duplicateJobAction"));
    m_duplicateJob->setIcon(theme::icon(QStringLiteral("duplicate")));
    m_duplicateJob->setToolTip(tr("A new job with the selected job's details (Ctrl+D)"));
    m_duplicateJob->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_leaveAutoRoute =
        add(tr("Cancel or discard the auto-route"), QStringLiteral("leaveAutoRouteAction"));
    m_leaveAutoRoute->setShortcut(QKeySequence(Qt::Key_Escape));
    followAutoRoute(autoRoute);

    m_zoomIn = add(tr("Zoom in"));
    m_zoomIn->setIcon(theme::icon(QStringLiteral("zoom-in")));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut = add(tr("Zoom out"));
    m_zoomOut->setIcon(theme::icon(QStringLiteral("zoom-out")));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_find = add(tr("Find jobs"));
    m_find->setShortcut(QKeySequence::Find);
    m_shortcuts = add(tr("Shortcuts"));
    m_shortcuts->setIcon(theme::icon(QStringLiteral("shortcuts")));
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, &BoardActions::showShortcuts);
}

QAction *BoardActions::add(const QString &text, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    // Shortcuts work wherever the focus is in the board, and nowhere else (the board is one
    // workspace of the main window among others).
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_board->addAction(action);
    return action;
}

void BoardActions::followUndoState(board::AssignmentFlow *flow)
{
    connect(m_undo, &QAction::triggered, flow, &board::AssignmentFlow::undo);
    const auto showUndoState = [this, flow] {
        m_undo->setEnabled(flow->canUndo());
        const QString text = flow->undoText();
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    };
    connect(flow, &board::AssignmentFlow::undoStateChanged, m_undo, showUndoState);
    showUndoState();
}

void BoardActions::followAutoRoute(board::AutoRouteSession *autoRoute)
{
    // Escape leaves an auto-route (cancels the plan, discards the preview); only while one is
    // under way, so that it takes Escape from nobody else.
    m_leaveAutoRoute->setEnabled(false);
    connect(m_leaveAutoRoute, &QAction::triggered, autoRoute, [autoRoute] {
        if (autoRoute->state() == board::AutoRouteSession::State::Planning)
            autoRoute->cancel();
        else
            autoRoute->discard();
    });
    connect(autoRoute, &board::AutoRouteSession::stateChanged, m_leaveAutoRoute,
            [this](board::AutoRouteSession::State state) {
                using State = board::AutoRouteSession::State;
                m_leaveAutoRoute->setEnabled(state == State::Planning ||
                                             state == State::Previewing ||
                                             state == State::Conflict);
            });
}

void BoardActions::showShortcuts()
{
    QMessageBox::information(
        m_board, tr("Keyboard shortcuts"),
        tr("<table>"
           "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>Undo / redo an assignment</td></tr>"
           "<tr><td><b>Ctrl+N</b></td><td>New job</td></tr>"
           "<tr><td><b>F2</b> / <b>Ctrl+D</b></td><td>Edit / duplicate the selected job</td></tr>"
           "<tr><td><b>Ctrl+Enter</b></td><td>Assign the selected jobs to the selected "
           "technician</td></tr>"
           "<tr><td><b>Ctrl+U</b>, <b>Delete</b> (timeline)</td><td>Unassign the selected "
           "jobs</td></tr>"
           "<tr><td><b>Ctrl+R</b></td><td>Auto-route the day (preview, then apply or "
           "discard)</td></tr>"
           "<tr><td><b>Escape</b></td><td>Cancel the auto-route's plan, discard its "
           "preview</td></tr>"
           "<tr><td><b>Ctrl+B</b></td><td>Best slots for the selected job; Enter assigns the "
           "chosen one</td></tr>"
           "<tr><td><b>Ctrl+1</b> / <b>3</b> / <b>5</b> / <b>7</b></td><td>Show 1, 3, 5 or 7 "
           "days</td></tr>"
           "<tr><td><b>Menu key</b>, right click (timeline)</td><td>Actions on the selected "
           "job</td></tr>"
           "<tr><td><b>Ctrl+F</b></td><td>Search jobs</td></tr>"
           "<tr><td><b>Alt+Left</b> / <b>Alt+Right</b>, <b>Ctrl+T</b></td><td>Previous / next day, "
           "today</td></tr>"
           "<tr><td><b>+</b> / <b>-</b>, <b>Ctrl+wheel</b></td><td>Zoom the timeline or the "
           "map</td></tr>"
           "<tr><td><b>Arrows</b>, <b>Page Up/Down</b>, <b>wheel</b></td><td>Scroll the timeline, "
           "pan the map</td></tr>"
           "<tr><td><b>Home</b></td><td>Timeline: now; map: all jobs</td></tr>"
           "<tr><td><b>Enter</b> (timeline)</td><td>Details of the selected job</td></tr>"
           "<tr><td><b>Shift+drag</b> (map)</td><td>Select the jobs in a rectangle</td></tr>"
           "</table>") +
            tr("<table>"
               "<tr><td><b>Tab</b> / <b>Shift+Tab</b></td><td>Next / previous control: the "
               "toolbar, the panes, their filters and lists</td></tr>"
               "<tr><td><b>Alt+1</b> … <b>Alt+4</b></td><td>Show or hide the technicians, jobs, "
               "map and details panes</td></tr>"
               "</table>"));
}

} // namespace fielddesk::dispatchboard
