// The dispatch board: the screen a dispatcher works in all day. Docks for the technician
// grid, the job grid with its filters, the map and the details, around the timeline; a
// toolbar with the day (or 3, 5, 7 days), undo and redo, zoom, auto-route; a notice line for
// refused changes; the auto-route strip with the proposal's preview (the timeline compares). Drops
// and drags from every pane become assignment actions (AssignmentFlow, undoable); live events keep
// everything current. The layout is kept per user in QSettings. Depends on QtWidgets,
// fielddesk_board, fielddesk_timeline, fielddesk_map and fielddesk_client; the shell shows it, it
// knows nothing of the shell.
#pragma once

#include "fielddesk/board/assignmentoutcome.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QDateEdit;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::board {
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
class DetailsPanel;
class JobFilterBar;

class DispatchBoard : public QMainWindow
{
    Q_OBJECT

public:
    explicit DispatchBoard(client::ApiClient *api, QWidget *parent = nullptr);
    ~DispatchBoard() override;

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
    QComboBox *daysBox() const { return m_daysBox; }

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
    QList<qint64> selectedJobIds() const;
    void unassignSelectedJobs();
    // The selected jobs to the technician selected in the technician grid, after their last
    // job (the keyboard's way of a drop).
    void assignSelectedJobsToSelectedTechnician();
    // Asks what to plan (location, selected technicians or jobs), then plans the first day
    // shown; the proposal is previewed in the strip above the timeline.
    void autoRoute();
    // The routing engine's best slots for a job; the chosen one is assigned (undoable).
    BestSlotDialog *findBestSlot(qint64 jobId);
    void findBestSlotForSelectedJob();

signals:
    void dayShown(QDate day);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildToolBar();
    void applyDefaultDockSizes();
    void connectPanes();
    void showNotice(const QString &message);
    void askAboutWarnings(const Job &job,
                          const QList<board::AssignmentWarning> &warnings,
                          std::function<void(bool)> decide);
    void showTechnicianRoute(qint64 technicianId);
    void refreshMap();
    void refreshMapJob(int storeRow);
    void refreshTechnicianMarkers();
    void showShortcuts();
    qint64 defaultRoutingLocation() const;
    QList<qint64> selectedTechnicianIds() const;
    void showJobMenu(qint64 jobId, const QPoint &globalPos);
    // Details, assign to, unassign, change status, show on map/timeline, route.
    void addJobActions(QMenu &menu, const QList<qint64> &jobIds);

    client::ApiClient *m_api;
    board::BoardSession *m_session;
    board::JobTableModel *m_jobModel;
    board::JobFilterProxy *m_jobProxy;
    board::TechnicianTableModel *m_technicianModel;
    QSortFilterProxyModel *m_technicianProxy;
    timeline::TimelineView *m_timeline;
    map::MapView *m_map;
    QTableView *m_jobTable = nullptr;
    QTableView *m_technicianTable = nullptr;
    JobFilterBar *m_filterBar = nullptr;
    DetailsPanel *m_details = nullptr;
    QLabel *m_notice = nullptr;
    AutoRoutePanel *m_autoRoutePanel = nullptr;
    QComboBox *m_daysBox = nullptr;
    QHash<qint64, QString> m_locationNames;
    double m_oneDayZoom = 0; // the zoom of the one-day view while several days show
    QLabel *m_status = nullptr;
    QLabel *m_live = nullptr;
    QDateEdit *m_dayEdit = nullptr;
    QString m_layoutKey;
    qint64 m_routeTechnician = 0;
    bool m_fitMapOnLoad = true;
    bool m_selecting = false;
};

} // namespace fielddesk::dispatchboard
