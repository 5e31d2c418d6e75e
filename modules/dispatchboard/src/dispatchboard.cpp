#include "fielddesk/dispatchboard/dispatchboard.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobfilterproxy.h"
#include "fielddesk/board/jobtablemodel.h"
#include "fielddesk/board/liveeventfeed.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/routingclient.h"
#include "fielddesk/board/statuscolours.h"
#include "fielddesk/board/techniciantablemodel.h"
#include "fielddesk/dispatchboard/autoroutedialog.h"
#include "fielddesk/dispatchboard/autoroutepanel.h"
#include "fielddesk/dispatchboard/bestslotdialog.h"
#include "fielddesk/dispatchboard/detailspanel.h"
#include "fielddesk/dispatchboard/jobfilterbar.h"
#include "fielddesk/map/mapview.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/timelineview.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kGridRowHeight = 22;
constexpr int kStatsRefreshMs = 60 * 1000;
constexpr int kLayoutVersion = 1;
constexpr int kTechnicianPaneMinWidth = 240;
constexpr int kMapPaneMinWidth = 260;
constexpr int kTechnicianPanePercent = 24;
constexpr int kMapPanePercent = 26;
constexpr int kJobPanePercent = 30;
constexpr int kDayCounts[] = {1, 3, 5, 7};
constexpr int kMorningHour = 7; // the one-day timeline opens here

QString settingsKey(const QString &layoutKey, const char *name)
{
    return QStringLiteral("Board/%1/%2").arg(layoutKey, QLatin1String(name));
}

QTableView *makeGrid(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(kGridRowHeight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    return table;
}

// The tile server from the settings or the environment; none by default (the map works
// without one, and a public server must be chosen on purpose, with its usage policy).
QString tileUrlTemplate()
{
    const QString fromEnvironment = qEnvironmentVariable("FIELDDESK_TILE_URL");
    return !fromEnvironment.isEmpty() ? fromEnvironment
                                      : QSettings().value(QStringLiteral("Map/tileUrl")).toString();
}

} // namespace

DispatchBoard::DispatchBoard(client::ApiClient *api, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_session(new board::BoardSession(api, this))
    , m_jobModel(new board::JobTableModel(m_session->store(), this))
    , m_jobProxy(new board::JobFilterProxy(this))
    , m_technicianModel(new board::TechnicianTableModel(m_session->store(), this))
    , m_technicianProxy(new QSortFilterProxyModel(this))
    , m_timeline(new timeline::TimelineView(m_session->store()))
    , m_map(new map::MapView)
{
    setObjectName(QStringLiteral("dispatchBoard"));
    setWindowTitle(tr("Dispatch board"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    m_jobProxy->setSourceModel(m_jobModel);
    m_technicianProxy->setSourceModel(m_technicianModel);
    m_technicianProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_technicianProxy->setFilterKeyColumn(-1);
    m_timeline->setTechnicianModel(m_technicianProxy,
                                   board::TechnicianTableModel::TechnicianIdRole);

    // The notice line above the timeline: refused changes, who changed what.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("boardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel#boardNotice { background: %1; color: %2; "
                                           "border-bottom: 1px solid %3; padding: 6px 10px; }")
                                .arg(theme::css(theme::Colour::NoticeBackground),
                                     theme::css(theme::Colour::NoticeText),
                                     theme::css(theme::Colour::NoticeBorder)));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_autoRoutePanel = new AutoRoutePanel(m_session->autoRoute(), central);
    layout->addWidget(m_autoRoutePanel);
    layout->addWidget(m_timeline, 1);
    m_timeline->setRoutePreview(m_session->autoRoute()->preview());
    setCentralWidget(central);

    const QString tiles = tileUrlTemplate();
    m_map->tiles()->setCacheDirectory(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles"));
    m_map->tiles()->setUrlTemplate(tiles);
    m_map->setAttribution(
        QSettings()
            .value(QStringLiteral("Map/attribution"), tiles.contains(QLatin1String("openstreetmap"))
                                                          ? tr("© OpenStreetMap contributors")
                                                          : QString())
            .toString());

    buildDocks();
    buildToolBar();
    connectPanes();
    m_session->flow()->setWarningsPrompt([this](const Job &job,
                                                const QList<board::AssignmentWarning> &warnings,
                                                std::function<void(bool)> decide) {
        askAboutWarnings(job, warnings, std::move(decide));
    });

    auto *statsTimer = new QTimer(this);
    statsTimer->start(kStatsRefreshMs);
    connect(statsTimer, &QTimer::timeout, m_technicianModel,
            &board::TechnicianTableModel::refreshTimes);
}

DispatchBoard::~DispatchBoard()
{
    // As a pane of the main window the board gets no close event: quitting ends here.
    saveLayout();
    // The undo commands refer to the flow: clear them while everything still exists.
    m_session->flow()->clearHistory();
}

void DispatchBoard::buildDocks()
{
    // Technicians.
    auto *technicianPane = new QWidget(this);
    auto *technicianLayout = new QVBoxLayout(technicianPane);
    technicianLayout->setContentsMargins(4, 4, 4, 4);
    auto *technicianSearch = new QLineEdit(technicianPane);
    technicianSearch->setObjectName(QStringLiteral("technicianSearch"));
    technicianSearch->setPlaceholderText(tr("Filter technicians…"));
    technicianSearch->setClearButtonEnabled(true);
    connect(technicianSearch, &QLineEdit::textChanged, m_technicianProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_technicianTable = makeGrid(technicianPane, QStringLiteral("technicianTable"));
    m_technicianTable->setModel(m_technicianProxy);
    m_technicianTable->setDragDropMode(QAbstractItemView::DropOnly);
    m_technicianTable->setAcceptDrops(true);
    m_technicianTable->setDropIndicatorShown(true);
    m_technicianTable->sortByColumn(board::TechnicianTableModel::NameColumn, Qt::AscendingOrder);
    technicianLayout->addWidget(technicianSearch);
    technicianLayout->addWidget(m_technicianTable, 1);
    auto *technicianDock = new QDockWidget(tr("Technicians"), this);
    technicianDock->setObjectName(QStringLiteral("techniciansDock"));
    technicianDock->setWidget(technicianPane);
    addDockWidget(Qt::LeftDockWidgetArea, technicianDock);

    // Jobs.
    auto *jobPane = new QWidget(this);
    auto *jobLayout = new QVBoxLayout(jobPane);
    jobLayout->setContentsMargins(4, 4, 4, 4);
    m_filterBar = new JobFilterBar(m_jobProxy, jobPane);
    m_jobTable = makeGrid(jobPane, QStringLiteral("jobTable"));
    m_jobTable->setModel(m_jobProxy);
    m_jobTable->setDragEnabled(true);
    m_jobTable->setDragDropMode(QAbstractItemView::DragOnly);
    m_jobTable->setDefaultDropAction(Qt::MoveAction);
    m_jobTable->sortByColumn(board::JobTableModel::PriorityColumn, Qt::DescendingOrder);
    m_jobTable->setContextMenuPolicy(Qt::CustomContextMenu);
    // Column chooser: the header's context menu.
    QHeaderView *header = m_jobTable->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint pos) {
        QMenu menu;
        for (int column = 0; column < m_jobModel->columnCount(); ++column) {
            QAction *action = menu.addAction(
                m_jobModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                    [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    jobLayout->addWidget(m_filterBar);
    jobLayout->addWidget(m_jobTable, 1);
    auto *jobDock = new QDockWidget(tr("Jobs"), this);
    jobDock->setObjectName(QStringLiteral("jobsDock"));
    jobDock->setWidget(jobPane);
    addDockWidget(Qt::BottomDockWidgetArea, jobDock);

    // Map and details.
    auto *mapDock = new QDockWidget(tr("Map"), this);
    mapDock->setObjectName(QStringLiteral("mapDock"));
    mapDock->setWidget(m_map);
    addDockWidget(Qt::RightDockWidgetArea, mapDock);
    m_details = new DetailsPanel(m_session->store(), m_api, this);
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    splitDockWidget(mapDock, detailsDock, Qt::Vertical);
    technicianPane->setMinimumWidth(kTechnicianPaneMinWidth);
    m_map->setMinimumWidth(kMapPaneMinWidth);
}

void DispatchBoard::applyDefaultDockSizes()
{
    // Only once the board has its real size: before that, dock sizes are scaled away.
    const auto docks = findChildren<QDockWidget *>();
    QDockWidget *technicians = nullptr;
    QDockWidget *map = nullptr;
    QDockWidget *jobs = nullptr;
    for (QDockWidget *dock : docks) {
        if (dock->objectName() == QLatin1String("techniciansDock"))
            technicians = dock;
        else if (dock->objectName() == QLatin1String("mapDock"))
            map = dock;
        else if (dock->objectName() == QLatin1String("jobsDock"))
            jobs = dock;
    }
    if (technicians && map && jobs) {
        resizeDocks({technicians, map},
                    {width() * kTechnicianPanePercent / 100, width() * kMapPanePercent / 100},
                    Qt::Horizontal);
        resizeDocks({jobs}, {height() * kJobPanePercent / 100}, Qt::Vertical);
    }
}

void DispatchBoard::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Board"));
    bar->setObjectName(QStringLiteral("boardToolBar"));
    bar->setMovable(false);

    QAction *previous =
        bar->addAction(tr("◀"), this, [this] { showDay(m_session->store()->day().addDays(-1)); });
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_dayEdit = new QDateEdit(bar);
    m_dayEdit->setObjectName(QStringLiteral("dayEdit"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    bar->addWidget(m_dayEdit);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](QDate day) {
        if (day != m_session->store()->day())
            showDay(day);
    });
    QAction *next =
        bar->addAction(tr("▶"), this, [this] { showDay(m_session->store()->day().addDays(1)); });
    next->setToolTip(tr("Next day (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    QAction *today = bar->addAction(tr("Today"), this, [this] {
        showDay(QDateTime::currentDateTimeUtc().toTimeZone(m_session->store()->timeZone()).date());
    });
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_daysBox = new QComboBox(bar);
    m_daysBox->setObjectName(QStringLiteral("daysBox"));
    m_daysBox->setToolTip(tr("How many days the timeline shows (Ctrl+1, 3, 5, 7)"));
    QList<QAction *> dayCountActions;
    for (const int count : kDayCounts) {
        m_daysBox->addItem(tr("%n day(s)", nullptr, count), count);
        auto *action = new QAction(tr("Show %n day(s)", nullptr, count), this);
        action->setShortcut(QKeySequence(int(Qt::CTRL) | (int(Qt::Key_0) + count)));
        connect(action, &QAction::triggered, this, [this, count] { showDayCount(count); });
        dayCountActions << action;
    }
    bar->addWidget(m_daysBox);
    connect(m_daysBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { showDayCount(m_daysBox->itemData(index).toInt()); });
    bar->addSeparator();

    // Undo is the flow's: it also takes back an action the server has not answered yet.
    board::AssignmentFlow *flow = m_session->flow();
    QUndoStack *stack = flow->undoStack();
    QAction *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, flow, &board::AssignmentFlow::undo);
    const auto showUndoState = [undo, flow] {
        undo->setEnabled(flow->canUndo());
        const QString text = flow->undoText();
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    };
    connect(flow, &board::AssignmentFlow::undoStateChanged, undo, showUndoState);
    showUndoState();
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    bar->addAction(undo);
    bar->addAction(redo);
    QAction *unassign = bar->addAction(tr("Unassign"), this, &DispatchBoard::unassignSelectedJobs);
    unassign->setObjectName(QStringLiteral("unassignAction"));
    unassign->setToolTip(tr("Unassign the selected jobs (Ctrl+U)"));
    unassign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    QAction *assign =
        bar->addAction(tr("Assign"), this, &DispatchBoard::assignSelectedJobsToSelectedTechnician);
    assign->setObjectName(QStringLiteral("assignAction"));
    assign->setToolTip(
        tr("Assign the selected jobs to the selected technician, after their last job "
           "(Ctrl+Enter)"));
    assign->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *bestSlot =
        bar->addAction(tr("Best slot…"), this, &DispatchBoard::findBestSlotForSelectedJob);
    bestSlot->setObjectName(QStringLiteral("bestSlotAction"));
    bestSlot->setToolTip(tr("The routing engine's best slots for the selected job (Ctrl+B)"));
    bestSlot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *route = bar->addAction(tr("Auto-route…"), this, &DispatchBoard::autoRoute);
    route->setObjectName(QStringLiteral("autoRouteAction"));
    route->setToolTip(tr("Plan the day's routes with the routing engine and preview them "
                         "(Ctrl+R)"));
    route->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Escape leaves an auto-route (cancels the plan, discards the preview); only while one is
    // under way, so that it takes Escape from nobody else.
    auto *leaveRoute = new QAction(tr("Cancel or discard the auto-route"), this);
    leaveRoute->setObjectName(QStringLiteral("leaveAutoRouteAction"));
    leaveRoute->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveRoute->setEnabled(false);
    connect(leaveRoute, &QAction::triggered, this, [this] {
        board::AutoRouteSession *session = m_session->autoRoute();
        if (session->state() == board::AutoRouteSession::State::Planning)
            session->cancel();
        else
            session->discard();
    });
    connect(m_session->autoRoute(), &board::AutoRouteSession::stateChanged, leaveRoute,
            [leaveRoute](board::AutoRouteSession::State state) {
                using State = board::AutoRouteSession::State;
                leaveRoute->setEnabled(state == State::Planning || state == State::Previewing ||
                                       state == State::Conflict);
            });
    bar->addSeparator();
    QAction *zoomIn = bar->addAction(tr("Zoom in"), m_timeline, &timeline::TimelineView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = bar->addAction(tr("Zoom out"), m_timeline, &timeline::TimelineView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *find = new QAction(tr("Find jobs"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });
    addAction(find);
    QAction *help = bar->addAction(tr("Shortcuts"), this, &DispatchBoard::showShortcuts);
    help->setShortcut(QKeySequence::HelpContents);
    for (QAction *action : {previous, next, today, undo, redo, assign, unassign, bestSlot, route,
                            leaveRoute, zoomIn, zoomOut, help}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    for (QAction *action : std::as_const(dayCountActions)) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    bar->addWidget(m_status);
    m_live = new QLabel(bar);
    m_live->setObjectName(QStringLiteral("liveState"));
    m_live->setContentsMargins(12, 0, 6, 0);
    bar->addWidget(m_live);
}

void DispatchBoard::connectPanes()
{
    board::DispatchStore *store = m_session->store();
    board::AssignmentFlow *flow = m_session->flow();

    // Every way of asking for a change ends in the assignment flow.
    connect(m_timeline, &timeline::TimelineView::assignmentRequested, flow,
            [flow](const QList<qint64> &ids, qint64 technicianId, const QDateTime &start) {
                flow->assignInSequence(ids, technicianId, start);
            });
    connect(m_timeline, &timeline::TimelineView::moveRequested, flow,
            &board::AssignmentFlow::assign);
    connect(m_timeline, &timeline::TimelineView::unassignRequested, flow,
            [flow](qint64 jobId) { flow->unassign({jobId}); });
    connect(m_technicianModel, &board::TechnicianTableModel::jobsDropped, flow,
            [flow](const QList<qint64> &ids, qint64 technicianId) {
                flow->assignInSequence(ids, technicianId);
            });
    connect(flow, &board::AssignmentFlow::changeRejected, this,
            [this](qint64, const QString &message) {
                if (!message.isEmpty())
                    showNotice(message);
            });
    connect(flow, &board::AssignmentFlow::changeSettled, this, [this] { m_notice->hide(); });

    // Selection travels between the panes.
    connect(m_jobTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    selectJob(current.data(board::JobTableModel::JobIdRole).toLongLong());
            });
    connect(m_timeline, &timeline::TimelineView::jobSelected, this, [this](qint64 jobId) {
        if (!m_selecting && jobId != 0)
            selectJob(jobId);
    });
    connect(m_map, &map::MapView::jobClicked, this, &DispatchBoard::selectJob);
    connect(m_map, &map::MapView::jobsSelected, this, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            selectJob(ids.first());
    });
    connect(m_technicianTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 technicianId =
                    current.data(board::TechnicianTableModel::TechnicianIdRole).toLongLong();
                m_details->showTechnician(technicianId);
                showTechnicianRoute(technicianId);
            });
    connect(m_timeline, &timeline::TimelineView::technicianSelected, this, [this](qint64 id) {
        m_details->showTechnician(id);
        showTechnicianRoute(id);
    });
    connect(m_timeline, &timeline::TimelineView::jobContextMenuRequested, this,
            &DispatchBoard::showJobMenu);
    connect(m_map, &map::MapView::jobContextMenuRequested, this, &DispatchBoard::showJobMenu);

    board::AutoRouteSession *autoRoute = m_session->autoRoute();
    connect(autoRoute, &board::AutoRouteSession::failed, this, [this](const QString &message) {
        if (m_session->autoRoute()->state() == board::AutoRouteSession::State::Idle)
            showNotice(message);
    });
    connect(autoRoute, &board::AutoRouteSession::applied, this, [this](int jobs) {
        m_notice->hide();
        m_status->setText(
            tr("Route applied: %n job(s) changed (Ctrl+Z takes it back)", nullptr, jobs));
    });
    // The selected technician's route on the map follows the preview (orange: proposed).
    connect(autoRoute->preview(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_routeTechnician != 0)
            showTechnicianRoute(m_routeTechnician);
    });
    connect(m_autoRoutePanel, &AutoRoutePanel::jobActivated, this, [this](qint64 jobId) {
        selectJob(jobId);
        if (const QRect bar = m_timeline->proposedBarRect(jobId); bar.isEmpty()) {
            if (const auto proposed = m_session->autoRoute()->preview()->proposedBar(jobId))
                m_timeline->scrollToTime(proposed->second.startMs);
        }
    });
    connect(m_timeline, &timeline::TimelineView::jobActivated, this, [this](qint64 jobId) {
        m_details->showJob(jobId);
        m_details->setFocus();
    });
    connect(m_jobTable, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        const QList<qint64> ids = selectedJobIds();
        if (ids.isEmpty())
            return;
        QMenu menu;
        addJobActions(menu, ids);
        menu.exec(m_jobTable->viewport()->mapToGlobal(pos));
    });

    // The map and the details follow the store.
    connect(store, &board::DispatchStore::jobsInserted, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row)
            refreshMapJob(row);
    });
    connect(store, &board::DispatchStore::jobChanged, this, [this](int row) {
        refreshMapJob(row);
        const qint64 jobId = m_session->store()->jobAt(row).job.id;
        if (m_details->jobId() == jobId)
            m_details->refresh();
    });
    connect(store, &board::DispatchStore::jobsRemoved, this, &DispatchBoard::refreshMap);
    connect(store, &board::DispatchStore::jobsReset, this, &DispatchBoard::refreshMap);
    connect(store, &board::DispatchStore::techniciansReset, this,
            &DispatchBoard::refreshTechnicianMarkers);
    connect(store, &board::DispatchStore::scheduleChanged, this, [this](qint64 technicianId) {
        if (technicianId == m_routeTechnician)
            showTechnicianRoute(technicianId);
    });

    board::DispatchLoader *loader = m_session->loader();
    connect(loader, &board::DispatchLoader::loadStarted, this,
            [this] { m_status->setText(tr("Loading the day…")); });
    connect(loader, &board::DispatchLoader::progress, this, [this](int loaded, int total) {
        m_status->setText(tr("Loading %1 of %2 jobs…").arg(loaded).arg(total));
    });
    connect(loader, &board::DispatchLoader::loaded, this, [this] {
        board::DispatchStore *s = m_session->store();
        m_status->setText(
            tr("%n job(s), %1 technicians", nullptr, s->jobCount()).arg(s->technicianCount()));
        m_filterBar->setSkills(s->knownSkills());
        if (m_fitMapOnLoad) {
            m_fitMapOnLoad = false;
            m_map->fitJobs();
        }
    });
    connect(loader, &board::DispatchLoader::locationsLoaded, this,
            [this](const QHash<qint64, QString> &names) {
                m_locationNames = names;
                m_technicianModel->setLocationNames(names);
                m_filterBar->setLocations(names);
            });
    connect(loader, &board::DispatchLoader::loadFailed, this, [this](const QString &message) {
        m_status->setText(tr("Loading failed"));
        showNotice(tr("The day could not be loaded: %1").arg(message));
    });
    connect(m_session->feed(), &board::LiveEventFeed::stateChanged, this,
            [this](board::LiveEventFeed::State state) {
                switch (state) {
                case board::LiveEventFeed::State::Connected:
                    m_live->setText(tr("● Live"));
                    m_live->setStyleSheet(
                        QStringLiteral("color: %1;").arg(theme::css(theme::Colour::Online)));
                    break;
                case board::LiveEventFeed::State::Connecting:
                    m_live->setText(tr("● Reconnecting…"));
                    m_live->setStyleSheet(
                        QStringLiteral("color: %1;").arg(theme::css(theme::Colour::Reconnecting)));
                    break;
                case board::LiveEventFeed::State::Disconnected:
                    m_live->setText(tr("● Offline"));
                    m_live->setStyleSheet(
                        QStringLiteral("color: %1;").arg(theme::css(theme::Colour::Offline)));
                    break;
                }
            });
}

void DispatchBoard::start(const QTimeZone &timeZone, const QString &layoutKey)
{
    m_layoutKey = layoutKey;
    m_filterBar->setSettingsGroup(settingsKey(layoutKey, "filters"));
    restoreLayout();
    // A zone this machine does not know reads as UTC, as the server reads it: the machine's
    // own zone would put every time on the board off by its offset, silently.
    const QTimeZone zone = timeZone.isValid() ? timeZone : QTimeZone::utc();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_fitMapOnLoad = true;
    {
        const QSignalBlocker blocker(m_dayEdit);
        m_dayEdit->setDate(today);
    }
    m_session->start(today, zone);
    m_timeline->scrollToTime(QDateTime(today, QTime(kMorningHour, 0), zone).toMSecsSinceEpoch());
    emit dayShown(today);
}

void DispatchBoard::stop()
{
    saveLayout();
    m_session->stop();
    m_notice->hide();
}

void DispatchBoard::showDay(QDate day)
{
    if (!day.isValid())
        return;
    {
        const QSignalBlocker blocker(m_dayEdit);
        m_dayEdit->setDate(day);
    }
    m_session->showDay(day);
    if (m_session->dayCount() == 1) {
        m_timeline->scrollToTime(
            QDateTime(day, QTime(kMorningHour, 0), m_session->store()->timeZone())
                .toMSecsSinceEpoch());
    } else {
        m_timeline->fitDays();
    }
    emit dayShown(day);
}

void DispatchBoard::showDayCount(int count)
{
    if (count == m_session->dayCount())
        return;
    {
        const QSignalBlocker blocker(m_daysBox);
        m_daysBox->setCurrentIndex(std::max(0, m_daysBox->findData(count)));
    }
    if (m_session->dayCount() == 1)
        m_oneDayZoom = m_timeline->pixelsPerHour();
    const QDate day = m_session->store()->day();
    m_session->showDays(day, count);
    if (count > 1) {
        m_timeline->fitDays();
    } else {
        if (m_oneDayZoom > 0)
            m_timeline->setPixelsPerHour(m_oneDayZoom);
        m_timeline->scrollToTime(
            QDateTime(day, QTime(kMorningHour, 0), m_session->store()->timeZone())
                .toMSecsSinceEpoch());
    }
}

void DispatchBoard::saveLayout() const
{
    if (m_layoutKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(settingsKey(m_layoutKey, "state"), saveState(kLayoutVersion));
    settings.setValue(settingsKey(m_layoutKey, "jobColumns"),
                      m_jobTable->horizontalHeader()->saveState());
    settings.setValue(settingsKey(m_layoutKey, "technicianColumns"),
                      m_technicianTable->horizontalHeader()->saveState());
    settings.setValue(settingsKey(m_layoutKey, "timelineZoom"),
                      m_session->dayCount() == 1 || m_oneDayZoom <= 0 ? m_timeline->pixelsPerHour()
                                                                      : m_oneDayZoom);
}

void DispatchBoard::restoreLayout()
{
    if (m_layoutKey.isEmpty())
        return;
    const QSettings settings;
    restoreState(settings.value(settingsKey(m_layoutKey, "state")).toByteArray(), kLayoutVersion);
    m_jobTable->horizontalHeader()->restoreState(
        settings.value(settingsKey(m_layoutKey, "jobColumns")).toByteArray());
    m_technicianTable->horizontalHeader()->restoreState(
        settings.value(settingsKey(m_layoutKey, "technicianColumns")).toByteArray());
    const double zoom = settings.value(settingsKey(m_layoutKey, "timelineZoom")).toDouble();
    if (zoom > 0)
        m_timeline->setPixelsPerHour(zoom);
}

void DispatchBoard::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void DispatchBoard::selectJob(qint64 jobId)
{
    if (m_selecting)
        return;
    m_selecting = true;
    const int storeRow = m_session->store()->rowOfJob(jobId);
    if (storeRow >= 0) {
        const QModelIndex proxyIndex = m_jobProxy->mapFromSource(m_jobModel->index(storeRow, 0));
        if (proxyIndex.isValid()) {
            m_jobTable->selectionModel()->setCurrentIndex(
                proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_jobTable->scrollTo(proxyIndex);
        }
        m_timeline->setSelectedJob(jobId);
        m_timeline->ensureJobVisible(jobId);
        m_map->setSelectedJobs({jobId});
        m_details->showJob(jobId);
    }
    m_selecting = false;
}

QList<qint64> DispatchBoard::selectedJobIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_jobTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(board::JobTableModel::JobIdRole).toLongLong();
    if (ids.isEmpty() && m_timeline->selectedJobId() != 0)
        ids << m_timeline->selectedJobId();
    return ids;
}

void DispatchBoard::unassignSelectedJobs()
{
    m_session->flow()->unassign(selectedJobIds());
}

void DispatchBoard::assignSelectedJobsToSelectedTechnician()
{
    const QModelIndex technician = m_technicianTable->selectionModel()->currentIndex();
    const QList<qint64> jobs = selectedJobIds();
    if (!technician.isValid() || jobs.isEmpty()) {
        showNotice(tr("Select one or more jobs and a technician first."));
        return;
    }
    m_session->flow()->assignInSequence(
        jobs, technician.data(board::TechnicianTableModel::TechnicianIdRole).toLongLong());
}

void DispatchBoard::showJobMenu(qint64 jobId, const QPoint &globalPos)
{
    if (!m_session->store()->job(jobId))
        return;
    selectJob(jobId);
    QMenu menu;
    addJobActions(menu, {jobId});
    menu.exec(globalPos);
}

void DispatchBoard::addJobActions(QMenu &menu, const QList<qint64> &jobIds)
{
    board::DispatchStore *store = m_session->store();
    board::AssignmentFlow *flow = m_session->flow();
    const board::JobRecord *first = store->job(jobIds.first());
    if (!first)
        return;
    const qint64 firstId = first->job.id;
    menu.addAction(tr("Details"), this, [this, firstId] { m_details->showJob(firstId); });

    // Assign to one of the technicians of the job's location, least busy first.
    QMenu *assign = menu.addMenu(tr("Assign to"));
    QList<int> rows;
    for (int row = 0; row < store->technicianCount(); ++row) {
        if (store->technicianAt(row).technician.locationId == first->job.locationId)
            rows << row;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<int, double> utilisation;
    for (const int row : std::as_const(rows))
        utilisation.insert(row, store->dayStats(row, now).utilisation);
    std::sort(rows.begin(), rows.end(),
              [&](int a, int b) { return utilisation.value(a) < utilisation.value(b); });
    constexpr int kAssignMenuEntries = 25;
    for (const int row : rows.mid(0, kAssignMenuEntries)) {
        const Technician &t = store->technicianAt(row).technician;
        const qint64 technicianId = t.id;
        assign->addAction(
            tr("%1 (%2 %)").arg(t.name).arg(qRound(utilisation.value(row) * 100)), flow,
            [flow, jobIds, technicianId] { flow->assignInSequence(jobIds, technicianId); });
    }
    assign->setEnabled(!assign->isEmpty());

    QAction *unassign =
        menu.addAction(tr("Unassign"), flow, [flow, jobIds] { flow->unassign(jobIds); });
    unassign->setEnabled(first->job.technicianId.has_value());
    QAction *bestSlot =
        menu.addAction(tr("Find best slot…"), this, [this, firstId] { findBestSlot(firstId); });
    bestSlot->setObjectName(QStringLiteral("findBestSlotMenuAction"));
    // Shown in the menu; the board's own action takes the key outside it.
    bestSlot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    bestSlot->setShortcutContext(Qt::WidgetShortcut);
    bestSlot->setEnabled(first->job.status == JobStatus::New ||
                         first->job.status == JobStatus::Scheduled);

    QMenu *status = menu.addMenu(tr("Change status"));
    for (const JobStatus to : allowedStatusChanges(first->job.status)) {
        status->addAction(board::JobTableModel::statusTitle(to), this, [this, jobIds, to] {
            if (to == JobStatus::Cancelled &&
                QMessageBox::question(this, tr("Cancel jobs"),
                                      tr("Cancel %n job(s)? This cannot be undone.", nullptr,
                                         int(jobIds.size()))) != QMessageBox::Yes)
                return;
            m_session->flow()->changeStatus(jobIds, to);
        });
    }
    status->setEnabled(!status->isEmpty());

    menu.addSeparator();
    QAction *onMap = menu.addAction(tr("Show on map"), this, [this, firstId] {
        const board::JobRecord *job = m_session->store()->job(firstId);
        if (job && job->job.latitude && job->job.longitude) {
            m_map->setCenter(*job->job.latitude, *job->job.longitude);
            m_map->setZoom(std::max(m_map->zoom(), 14));
        }
    });
    onMap->setEnabled(first->job.latitude && first->job.longitude);
    menu.addAction(tr("Show on timeline"), this,
                   [this, firstId] { m_timeline->ensureJobVisible(firstId); });
    if (first->job.technicianId) {
        const qint64 technicianId = *first->job.technicianId;
        menu.addAction(tr("Show the technician's route"), this,
                       [this, technicianId] { showTechnicianRoute(technicianId); });
    }
}

qint64 DispatchBoard::defaultRoutingLocation() const
{
    // The location the job filter shows, else the selected technician's, else the busiest.
    const qint64 filtered = m_filterBar->locationBox()->currentData().toLongLong();
    if (filtered != 0)
        return filtered;
    const board::DispatchStore *store = m_session->store();
    const QModelIndex technician = m_technicianTable->selectionModel()->currentIndex();
    if (technician.isValid()) {
        if (const board::TechnicianRecord *record = store->technician(
                technician.data(board::TechnicianTableModel::TechnicianIdRole).toLongLong()))
            return record->technician.locationId;
    }
    QHash<qint64, int> jobs;
    for (int row = 0; row < store->jobCount(); ++row)
        ++jobs[store->jobAt(row).job.locationId];
    qint64 busiest = 0;
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
        if (busiest == 0 || it.value() > jobs.value(busiest))
            busiest = it.key();
    }
    return busiest;
}

QList<qint64> DispatchBoard::selectedTechnicianIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_technicianTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(board::TechnicianTableModel::TechnicianIdRole).toLongLong();
    return ids;
}

void DispatchBoard::autoRoute()
{
    board::DispatchStore *store = m_session->store();
    const QList<qint64> technicians = selectedTechnicianIds();
    QList<qint64> jobs =
        m_jobTable->selectionModel()->selectedRows().isEmpty() ? QList<qint64>() : selectedJobIds();
    AutoRouteDialog dialog(m_locationNames, defaultRoutingLocation(), store->day(),
                           int(technicians.size()), int(jobs.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    board::RoutingClient::PlanRequest request;
    request.locationId = dialog.locationId();
    request.date = store->day();
    request.timeLimitS = dialog.timeLimitS();
    const auto inLocation = [&](qint64 locationId) { return locationId == request.locationId; };
    if (dialog.onlySelectedTechnicians()) {
        for (const qint64 id : technicians) {
            const board::TechnicianRecord *record = store->technician(id);
            if (record && inLocation(record->technician.locationId))
                request.technicianIds << id;
        }
    }
    if (dialog.onlySelectedJobs()) {
        for (const qint64 id : std::as_const(jobs)) {
            const board::JobRecord *record = store->job(id);
            if (record && inLocation(record->job.locationId))
                request.jobIds << id;
        }
    }
    m_notice->hide();
    m_session->autoRoute()->plan(request);
}

BestSlotDialog *DispatchBoard::findBestSlot(qint64 jobId)
{
    board::DispatchStore *store = m_session->store();
    const board::JobRecord *record = store->job(jobId);
    if (!record)
        return nullptr;
    // The day of the job's window when it is on the board, else the first day shown.
    QDate day = store->day();
    if (record->hasWindow() && store->dayIndexOf(record->windowStartMs) >= 0)
        day = QDateTime::fromMSecsSinceEpoch(record->windowStartMs, store->timeZone()).date();
    auto *dialog = new BestSlotDialog(m_session->routing(), jobId, record->job.title, day,
                                      store->timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<board::BestSlot> chosen = dialog->chosen();
        if (!chosen)
            return;
        m_session->flow()->assign(
            dialog->jobId(), chosen->technicianId,
            QDateTime::fromMSecsSinceEpoch(chosen->startMs, m_session->store()->timeZone()));
    });
    dialog->open();
    return dialog;
}

void DispatchBoard::findBestSlotForSelectedJob()
{
    const QList<qint64> jobs = selectedJobIds();
    if (jobs.isEmpty()) {
        showNotice(tr("Select a job first."));
        return;
    }
    findBestSlot(jobs.first());
}

void DispatchBoard::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->show();
}

void DispatchBoard::askAboutWarnings(const Job &job,
                                     const QList<board::AssignmentWarning> &warnings,
                                     std::function<void(bool)> decide)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Assign anyway?"),
                                tr("The server has concerns about assigning “%1”:").arg(job.title),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("assignmentWarningsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList lines;
    for (const board::AssignmentWarning &warning : warnings)
        lines << QStringLiteral("• ") + warning.message;
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *anyway = box->addButton(tr("Assign &anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("assignAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this,
            [box, anyway, decide = std::move(decide)] { decide(box->clickedButton() == anyway); });
    box->open();
}

void DispatchBoard::showTechnicianRoute(qint64 technicianId)
{
    m_routeTechnician = technicianId;
    const board::TechnicianRecord *technician = m_session->store()->technician(technicianId);
    QList<QPointF> route;
    if (technician) {
        if (technician->technician.homeLatitude && technician->technician.homeLongitude)
            route << QPointF(*technician->technician.homeLongitude,
                             *technician->technician.homeLatitude);
        const board::RoutePreview *preview = m_session->autoRoute()->preview();
        QList<qint64> jobIds;
        if (preview->isActive() && preview->coversTechnician(technicianId)) {
            // Previewing: the proposed route, in its order.
            for (const board::RoutePreview::Bar &bar : preview->bars(technicianId))
                jobIds << bar.jobId;
        } else {
            for (const int row : technician->jobRows)
                jobIds << m_session->store()->jobAt(row).job.id;
        }
        for (const qint64 jobId : std::as_const(jobIds)) {
            const board::JobRecord *record = m_session->store()->job(jobId);
            if (record && record->job.latitude && record->job.longitude)
                route << QPointF(*record->job.longitude, *record->job.latitude);
        }
    }
    const bool proposed = m_session->autoRoute()->preview()->coversTechnician(technicianId);
    m_map->setRoute(route,
                    theme::colour(proposed ? theme::Colour::Proposed : theme::Colour::Route));
}

namespace {

map::MapMarker markerFor(const board::JobRecord &record)
{
    map::MapMarker marker;
    marker.id = record.job.id;
    marker.latitude = *record.job.latitude;
    marker.longitude = *record.job.longitude;
    marker.colour = board::jobStatusColour(record.job.status);
    if (record.pending)
        marker.colour = marker.colour.lighter(160);
    marker.priority = record.job.priority;
    marker.label = record.job.title + QStringLiteral(" — ") + record.job.address;
    return marker;
}

} // namespace

void DispatchBoard::refreshMapJob(int storeRow)
{
    const board::JobRecord &record = m_session->store()->jobAt(storeRow);
    if (record.job.latitude && record.job.longitude)
        m_map->updateJobMarker(markerFor(record));
    else
        m_map->removeJobMarker(record.job.id);
}

void DispatchBoard::refreshMap()
{
    const board::DispatchStore *store = m_session->store();
    QList<map::MapMarker> markers;
    markers.reserve(store->jobCount());
    for (int row = 0; row < store->jobCount(); ++row) {
        const board::JobRecord &record = store->jobAt(row);
        if (record.job.latitude && record.job.longitude)
            markers << markerFor(record);
    }
    m_map->setJobMarkers(markers);
}

void DispatchBoard::refreshTechnicianMarkers()
{
    const board::DispatchStore *store = m_session->store();
    QList<map::MapMarker> markers;
    for (int row = 0; row < store->technicianCount(); ++row) {
        const Technician &t = store->technicianAt(row).technician;
        if (!t.homeLatitude || !t.homeLongitude)
            continue;
        map::MapMarker marker;
        marker.id = t.id;
        marker.kind = map::MapMarker::Kind::HomeBase;
        marker.latitude = *t.homeLatitude;
        marker.longitude = *t.homeLongitude;
        marker.label = t.name;
        markers << marker;
    }
    m_map->setTechnicianMarkers(markers);
}

void DispatchBoard::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table>"
           "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>Undo / redo an assignment</td></tr>"
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
           "</table>"));
}

} // namespace fielddesk::dispatchboard
