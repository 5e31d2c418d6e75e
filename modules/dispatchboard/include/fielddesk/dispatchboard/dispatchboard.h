// The dispatch board: the screen a dispatcher works in all day. Docks for the technician
// grid, the job grid with its filters, the map and the details, around the timeline; a
// toolbar with the day (or 3, 5, 7 days), undo and redo, zoom, auto-route, the day's plans and
// reminders sent now; a notice line for refused changes and what a send sent; the auto-route
// strip with the proposal's preview (the timeline compares). Drops and drags from every pane
// become assignment actions (AssignmentFlow, undoable); live events keep everything current.
// The layout is kept per user in QSettings.
// The board composes small parts and wires them together: BoardActions (actions, shortcuts),
// BoardToolBar, JobContextMenu, MapPresenter (the day on the map, the technicians' positions),
// DayReplayDialog, BoardLayoutSettings; the timeline and the details show the ETAs of the
// technicians' next jobs (the session's JobArrivals).
// Depends on QtWidgets, fielddesk_board, fielddesk_timeline, fielddesk_map, fielddesk_client,
// fielddesk_forms and fielddesk_theme; the shell shows it as a workspace, it knows nothing of
// the shell.
#pragma once

#include "fielddesk/board/assignmentoutcome.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::board {
struct AbsenceReplan;
class BoardSession;
class JobFilterProxy;
class JobTableModel;
class TechnicianTableModel;
} // namespace fielddesk::board

namespace fielddesk::timeline {
class TimelineView;
}

namespace fielddesk::map {
class MapView;
}

namespace fielddesk::dispatchboard {

class AutoRoutePanel;
class BestSlotDialog;
class BoardActions;
class BoardLayoutSettings;
class BoardToolBar;
class DayReplayDialog;
class DetailsPanel;
class JobContextMenu;
class JobEditor;
class TimeOffDialog;
class JobFilterBar;
class MapPresenter;

class DispatchBoard : public QMainWindow
{
    Q_OBJECT

public:
    explicit DispatchBoard(client::ApiClient *api, QWidget *parent = nullptr);
    ~DispatchBoard() override;

    // "Dispatch board": the window's title, and the workspace's.
    static QString title();

    board::BoardSession *session() const { return m_session; }
    timeline::TimelineView *timeline() const { return m_timeline; }
    map::MapView *map() const { return m_map; }
    QTableView *jobTable() const { return m_jobTable; }
    QTableView *technicianTable() const { return m_technicianTable; }
    board::JobFilterProxy *jobProxy() const { return m_jobProxy; }
    JobFilterBar *filterBar() const { return m_filterBar; }
    DetailsPanel *details() const { return m_details; }
    QLabel *notice() const { return m_notice; }
    AutoRoutePanel *autoRoutePanel() const { return m_autoRoutePanel; }
    MapPresenter *mapPresenter() const { return m_mapPresenter; }
    QComboBox *daysBox() const;
    // The job dialogs (new, edit, duplicate) and what they bring onto the board.
    JobEditor *jobEditor() const { return m_jobEditor; }
    // Replays the technician's track of the (first) day shown on the map; the dialog is open.
    DayReplayDialog *replayDay(qint64 technicianId);
    // Records (existing: changes or removes) a technician's time off; the dialog is open.
    TimeOffDialog *openTimeOff(qint64 technicianId,
                               const QDateTime &start,
                               const QDateTime &end,
                               const std::optional<AvailabilityPeriod> &existing = std::nullopt);

    // Starts for a signed-in dispatcher: today in the tenant's time zone; the layout is kept
    // under layoutKey (the user).
    void start(const QTimeZone &timeZone, const QString &layoutKey);
    void stop();
    void showDay(QDate day);
    // How many days the timeline shows from the chosen one (1, 3, 5 or 7).
    void showDayCount(int count);

    void saveLayout() const;
    void restoreLayout();

    // Selects a job in every pane.
    void selectJob(qint64 jobId);
    // Shows the job's day and selects the job once that day is loaded (another workspace's
    // "open on the board").
    void openJob(qint64 jobId, QDate day);
    // The same, then re-plans the jobs of the time off its technician has over it on that day
    // (an approved time off's "Re-plan N jobs").
    void replanTimeOffOver(qint64 jobId, QDate day);
    QList<qint64> selectedJobIds() const;
    void unassignSelectedJobs();
    // The selected jobs to the technician selected in the technician grid, after their last
    // job (the keyboard's way of a drop).
    void assignSelectedJobsToSelectedTechnician();
    // Asks what to plan (location, selected technicians or jobs), then plans the first day
    // shown; the proposal is previewed in the strip above the timeline.
    void autoRoute();
    // Re-plans the jobs a technician's absence collides with on one day: the proposal shows
    // in the auto-route strip and the timeline's compare mode, applied as one undoable batch.
    void replanAbsence(const board::AbsenceReplan &replan);
    // The routing engine's best slots for a job; the chosen one is assigned (undoable).
    BestSlotDialog *findBestSlot(qint64 jobId);
    void findBestSlotForSelectedJob();
    // The location the board shows: the job filter's, or the only one the user may see; 0 when
    // it shows several.
    qint64 shownLocation() const;
    // Asks, then sends each technician of the location shown their plan of the (first) day
    // shown and reminds its customers; the notice line says what went.
    void sendPlansForShownDay();

signals:
    void dayShown(QDate day);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentre();
    void buildDocks();
    QWidget *buildTechnicianPane();
    QWidget *buildJobPane();
    void connectActions();
    void connectSelection();
    void connectChanges();
    void connectLoading();
    void showNotice(const QString &message);
    void askAboutWarnings(const Job &job,
                          const QList<board::AssignmentWarning> &warnings,
                          std::function<void(bool)> decide);
    // In the details and, with their route, on the map.
    void showTechnician(qint64 technicianId);
    void showJobMenu(qint64 jobId, const QPoint &globalPos);
    // The job to open is on the board: selected, and re-planned when that was asked for.
    void openedJob(qint64 jobId);
    // Re-plans the time off its technician has over the job (on the board once loaded).
    void replanTimeOffOf(qint64 jobId);
    // Right click on a row where no bar is: a new job there, time off from there, or the time
    // off under the mouse changed or removed, or its jobs of that day re-planned.
    void showRowMenu(qint64 technicianId, qint64 atMs, const QPoint &globalPos);
    // The selected job, or a notice to select one.
    qint64 selectedJobOrNotice();
    void scrollToMorning(QDate day);
    // The timeline's zoom at one day, also while several days show (fitted to the width).
    double oneDayZoom() const;
    qint64 defaultRoutingLocation() const;
    // Sending plans is offered while one location shows; its tooltip says for what.
    void updateSendPlans();
    void sendPlans(qint64 locationId, QDate day);
    QList<qint64> selectedTechnicianIds() const;

    client::ApiClient *m_api;
    board::BoardSession *m_session;
    board::JobTableModel *m_jobModel;
    board::JobFilterProxy *m_jobProxy;
    board::TechnicianTableModel *m_technicianModel;
    QSortFilterProxyModel *m_technicianProxy;
    timeline::TimelineView *m_timeline;
    map::MapView *m_map;
    BoardActions *m_actions;
    MapPresenter *m_mapPresenter;
    JobContextMenu *m_jobMenu;
    JobEditor *m_jobEditor;
    BoardToolBar *m_toolBar = nullptr;
    QTableView *m_jobTable = nullptr;
    QTableView *m_technicianTable = nullptr;
    JobFilterBar *m_filterBar = nullptr;
    DetailsPanel *m_details = nullptr;
    QLabel *m_notice = nullptr;
    AutoRoutePanel *m_autoRoutePanel = nullptr;
    std::unique_ptr<BoardLayoutSettings> m_layout;
    QHash<qint64, QString> m_locationNames;
    double m_oneDayZoom = 0; // the zoom of the one-day view while several days show
    bool m_selecting = false;
    bool m_sendingPlans = false;    // a send is under way: not offered again until it answered
    qint64 m_jobToOpen = 0;         // selected when the day being loaded is in
    bool m_replanOpenedJob = false; // and its technician's time off re-planned
    qint64 m_jobToReplan = 0;       // once the day's time off is in
};

} // namespace fielddesk::dispatchboard
