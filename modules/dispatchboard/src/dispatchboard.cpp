#include "fielddesk/dispatchboard/dispatchboard.h"

#include "fielddesk/board/absencereplan.h"
#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dayaheadclient.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobarrivals.h"
#include "fielddesk/board/jobfilterproxy.h"
#include "fielddesk/board/jobtablemodel.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/routingclient.h"
#include "fielddesk/board/techniciantablemodel.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/dispatchboard/autoroutedialog.h"
#include "fielddesk/dispatchboard/autoroutepanel.h"
#include "fielddesk/dispatchboard/bestslotdialog.h"
#include "fielddesk/dispatchboard/boardactions.h"
#include "fielddesk/dispatchboard/boardlayoutsettings.h"
#include "fielddesk/dispatchboard/boardtoolbar.h"
#include "fielddesk/dispatchboard/dayreplaydialog.h"
#include "fielddesk/dispatchboard/detailspanel.h"
#include "fielddesk/dispatchboard/jobcontextmenu.h"
#include "fielddesk/dispatchboard/jobeditor.h"
#include "fielddesk/dispatchboard/jobfilterbar.h"
#include "fielddesk/dispatchboard/mappresenter.h"
#include "fielddesk/dispatchboard/timeoffdialog.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/forms/confirmation.h"
#include "fielddesk/map/mapview.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/timelineview.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
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
#include <QVBoxLayout>

#include <utility>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kGridRowHeight = 22;
constexpr int kStatsRefreshMs = 60 * 1000;
constexpr int kTechnicianPaneMinWidth = 240;
constexpr int kMapPaneMinWidth = 260;
constexpr int kPaneMargin = 4;
constexpr int kMorningHour = 7; // the one-day timeline opens here

QTableView *makeGrid(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
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

// The job grid's first widths, in average characters (a saved layout replaces them): the
// job, its customer and its address get the room they need, and At risk, the last column,
// takes what is left.
void setFirstJobColumnWidths(QTableView *table)
{
    using Model = board::JobTableModel;
    static constexpr std::pair<Model::Column, int> kCharacters[] = {
        {Model::PriorityColumn, 8},     {Model::StatusColumn, 13},   {Model::TitleColumn, 24},
        {Model::WindowColumn, 24},      {Model::DurationColumn, 10}, {Model::CustomerColumn, 20},
        {Model::AddressColumn, 32},     {Model::SkillsColumn, 16},   {Model::TechnicianColumn, 18},
        {Model::PlannedStartColumn, 15}}; // a date too over several days
    const int character = table->fontMetrics().averageCharWidth();
    QHeaderView *header = table->horizontalHeader();
    for (const auto &[column, characters] : kCharacters) // never narrower than the title
        header->resizeSection(column,
                              std::max(header->sectionSizeHint(column), characters * character));
}

// A pane of the board, shown and hidden also from the keyboard (Alt+1…4, `key`): its title
// bar's buttons take no focus.
QDockWidget *addDock(QMainWindow *window,
                     const QString &title,
                     const QString &objectName,
                     QWidget *pane,
                     Qt::DockWidgetArea area,
                     Qt::Key key)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    window->addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::ALT | key));
    window->addAction(toggle);
    return dock;
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
    , m_actions(new BoardActions(m_session->flow(), m_session->autoRoute(), this))
    , m_mapPresenter(new MapPresenter(m_session, m_map, this))
    , m_jobMenu(new JobContextMenu(m_session->store(), m_session->flow(), this))
    , m_jobEditor(new JobEditor(m_session, this))
{
    setObjectName(QStringLiteral("dispatchBoard"));
    setWindowTitle(title());
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    m_jobProxy->setSourceModel(m_jobModel);
    m_technicianModel->setVehicleRoster(m_session->vehicles());
    m_technicianProxy->setSourceModel(m_technicianModel);
    m_technicianProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_technicianProxy->setFilterKeyColumn(-1);
    m_timeline->setTechnicianModel(m_technicianProxy,
                                   board::TechnicianTableModel::TechnicianIdRole);
    m_timeline->setRowWarningRole(board::TechnicianTableModel::VehicleWarningRole);
    m_map->useConfiguredTiles();

    buildCentre();
    buildDocks();
    m_toolBar = new BoardToolBar(*m_actions, this);
    addToolBar(m_toolBar);
    m_layout = std::make_unique<BoardLayoutSettings>(BoardLayoutSettings::Panes{
        this, m_jobTable->horizontalHeader(), m_technicianTable->horizontalHeader(), m_timeline});
    connectActions();
    connectSelection();
    connectChanges();
    connectLoading();
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
    // As a workspace of the main window the board gets no close event: quitting ends here.
    saveLayout();
    // The undo commands refer to the flow: clear them while everything still exists.
    m_session->flow()->clearHistory();
}

QString DispatchBoard::title()
{
    return tr("Dispatch board");
}

QComboBox *DispatchBoard::daysBox() const
{
    return m_toolBar->daysBox();
}

void DispatchBoard::buildCentre()
{
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
    m_timeline->setArrivals(m_session->arrivals());
    setCentralWidget(central);
}

void DispatchBoard::buildDocks()
{
    addDock(this, tr("Technicians"), QStringLiteral("techniciansDock"), buildTechnicianPane(),
            Qt::LeftDockWidgetArea, Qt::Key_1);
    addDock(this, tr("Jobs"), QStringLiteral("jobsDock"), buildJobPane(), Qt::BottomDockWidgetArea,
            Qt::Key_2);
    QDockWidget *mapDock = addDock(this, tr("Map"), QStringLiteral("mapDock"), m_map,
                                   Qt::RightDockWidgetArea, Qt::Key_3);
    m_details = new DetailsPanel(m_session->store(), m_api, this);
    m_details->setArrivals(m_session->arrivals());
    connect(m_session->arrivals(), &board::JobArrivals::arrivalsChanged, m_details, [this] {
        if (m_details->jobId() != 0)
            m_details->refresh();
    });
    QDockWidget *detailsDock = addDock(this, tr("Details"), QStringLiteral("detailsDock"),
                                       m_details, Qt::RightDockWidgetArea, Qt::Key_4);
    splitDockWidget(mapDock, detailsDock, Qt::Vertical);
    m_map->setMinimumWidth(kMapPaneMinWidth);
}

QWidget *DispatchBoard::buildTechnicianPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(kPaneMargin, kPaneMargin, kPaneMargin, kPaneMargin);
    auto *search = new QLineEdit(pane);
    search->setObjectName(QStringLiteral("technicianSearch"));
    search->setAccessibleName(tr("Search technicians"));
    search->setPlaceholderText(tr("Filter technicians…"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, m_technicianProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_technicianTable = makeGrid(pane, QStringLiteral("technicianTable"));
    m_technicianTable->setAccessibleName(tr("Technicians"));
    m_technicianTable->setModel(m_technicianProxy);
    m_technicianTable->setDragDropMode(QAbstractItemView::DropOnly);
    m_technicianTable->setAcceptDrops(true);
    m_technicianTable->setDropIndicatorShown(true);
    m_technicianTable->sortByColumn(board::TechnicianTableModel::NameColumn, Qt::AscendingOrder);
    layout->addWidget(search);
    layout->addWidget(m_technicianTable, 1);
    pane->setMinimumWidth(kTechnicianPaneMinWidth);
    return pane;
}

QWidget *DispatchBoard::buildJobPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(kPaneMargin, kPaneMargin, kPaneMargin, kPaneMargin);
    m_filterBar = new JobFilterBar(m_jobProxy, pane);
    m_jobTable = makeGrid(pane, QStringLiteral("jobTable"));
    m_jobTable->setAccessibleName(tr("Jobs"));
    m_jobTable->setModel(m_jobProxy);
    m_jobTable->setDragEnabled(true);
    m_jobTable->setDragDropMode(QAbstractItemView::DragOnly);
    m_jobTable->setDefaultDropAction(Qt::MoveAction);
    m_jobTable->sortByColumn(board::JobTableModel::PriorityColumn, Qt::DescendingOrder);
    setFirstJobColumnWidths(m_jobTable);
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
    layout->addWidget(m_filterBar);
    layout->addWidget(m_jobTable, 1);
    return pane;
}

void DispatchBoard::connectActions()
{
    const BoardActions &a = *m_actions;
    connect(a.previousDay(), &QAction::triggered, this,
            [this] { showDay(m_session->store()->day().addDays(-1)); });
    connect(a.nextDay(), &QAction::triggered, this,
            [this] { showDay(m_session->store()->day().addDays(1)); });
    connect(a.today(), &QAction::triggered, this, [this] {
        showDay(QDateTime::currentDateTimeUtc().toTimeZone(m_session->store()->timeZone()).date());
    });
    for (QAction *action : a.dayCounts()) {
        connect(action, &QAction::triggered, this,
                [this, action] { showDayCount(action->data().toInt()); });
    }
    connect(m_toolBar, &BoardToolBar::dayChosen, this, [this](QDate day) {
        if (day != m_session->store()->day())
            showDay(day);
    });
    connect(m_toolBar, &BoardToolBar::dayCountChosen, this, &DispatchBoard::showDayCount);
    connect(a.unassign(), &QAction::triggered, this, &DispatchBoard::unassignSelectedJobs);
    connect(a.assign(), &QAction::triggered, this,
            &DispatchBoard::assignSelectedJobsToSelectedTechnician);
    connect(a.bestSlot(), &QAction::triggered, this, &DispatchBoard::findBestSlotForSelectedJob);
    connect(a.autoRoute(), &QAction::triggered, this, &DispatchBoard::autoRoute);
    connect(a.sendPlans(), &QAction::triggered, this, &DispatchBoard::sendPlansForShownDay);
    connect(m_filterBar->locationBox(), &QComboBox::currentIndexChanged, this,
            &DispatchBoard::updateSendPlans);
    connect(a.newJob(), &QAction::triggered, this, [this] {
        m_jobEditor->newJob(m_filterBar->locationBox()->currentData().toLongLong());
    });
    connect(a.editJob(), &QAction::triggered, this, [this] {
        if (const qint64 jobId = selectedJobOrNotice())
            m_jobEditor->editJob(jobId);
    });
    connect(a.duplicateJob(), &QAction::triggered, this, [this] {
        if (const qint64 jobId = selectedJobOrNotice())
            m_jobEditor->duplicateJob(jobId);
    });
    connect(m_jobEditor, &JobEditor::showJobRequested, this, &DispatchBoard::openJob);
    m_jobEditor->setMap(m_map);
    connect(a.zoomIn(), &QAction::triggered, m_timeline, &timeline::TimelineView::zoomIn);
    connect(a.zoomOut(), &QAction::triggered, m_timeline, &timeline::TimelineView::zoomOut);
    connect(a.find(), &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });

    // The job menu shows things in the board's panes.
    connect(m_jobMenu, &JobContextMenu::detailsRequested, m_details, &DetailsPanel::showJob);
    connect(m_jobMenu, &JobContextMenu::bestSlotRequested, this, &DispatchBoard::findBestSlot);
    connect(m_jobMenu, &JobContextMenu::editRequested, m_jobEditor, &JobEditor::editJob);
    connect(m_jobMenu, &JobContextMenu::duplicateRequested, m_jobEditor, &JobEditor::duplicateJob);
    connect(m_timeline, &timeline::TimelineView::rowContextMenuRequested, this,
            &DispatchBoard::showRowMenu);
    connect(m_timeline, &timeline::TimelineView::periodRequested, this,
            [this](qint64 technicianId, qint64 startMs, qint64 endMs) {
                const QTimeZone zone = m_session->store()->timeZone();
                openTimeOff(technicianId, QDateTime::fromMSecsSinceEpoch(startMs, zone),
                            QDateTime::fromMSecsSinceEpoch(endMs, zone));
            });
    connect(m_jobMenu, &JobContextMenu::showOnMapRequested, m_mapPresenter,
            &MapPresenter::centreOnJob);
    connect(m_jobMenu, &JobContextMenu::showOnTimelineRequested, m_timeline,
            &timeline::TimelineView::ensureJobVisible);
    connect(m_jobMenu, &JobContextMenu::technicianRouteRequested, m_mapPresenter,
            &MapPresenter::showTechnicianRoute);
    connect(m_timeline, &timeline::TimelineView::jobContextMenuRequested, this,
            &DispatchBoard::showJobMenu);
    connect(m_map, &map::MapView::jobContextMenuRequested, this, &DispatchBoard::showJobMenu);
    connect(m_map, &map::MapView::technicianContextMenuRequested, this,
            [this](qint64 technicianId, const QPoint &globalPos) {
                QMenu menu(this);
                QAction *replay = menu.addAction(tr("Replay day…"), this,
                                                 [this, technicianId] { replayDay(technicianId); });
                replay->setObjectName(QStringLiteral("replayDayAction"));
                menu.exec(globalPos);
            });
    connect(m_jobTable, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        m_jobMenu->exec(selectedJobIds(), m_jobTable->viewport()->mapToGlobal(pos));
    });
}

void DispatchBoard::connectSelection()
{
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
                if (current.isValid())
                    showTechnician(
                        current.data(board::TechnicianTableModel::TechnicianIdRole).toLongLong());
            });
    connect(m_timeline, &timeline::TimelineView::technicianSelected, this,
            &DispatchBoard::showTechnician);
    connect(m_map, &map::MapView::technicianClicked, this, &DispatchBoard::showTechnician);
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
}

void DispatchBoard::connectChanges()
{
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

    board::AutoRouteSession *autoRoute = m_session->autoRoute();
    connect(autoRoute, &board::AutoRouteSession::failed, this, [this](const QString &message) {
        if (m_session->autoRoute()->state() == board::AutoRouteSession::State::Idle)
            showNotice(message);
    });
    connect(autoRoute, &board::AutoRouteSession::applied, this, [this](int jobs) {
        m_notice->hide();
        m_toolBar->showStatus(
            tr("Route applied: %n job(s) changed (Ctrl+Z takes it back)", nullptr, jobs));
    });

    // The details follow the store (the map follows it through the MapPresenter).
    connect(m_session->store(), &board::DispatchStore::jobChanged, this, [this](int row) {
        if (m_details->jobId() == m_session->store()->jobAt(row).job.id)
            m_details->refresh();
    });
}

void DispatchBoard::connectLoading()
{
    board::DispatchLoader *loader = m_session->loader();
    connect(loader, &board::DispatchLoader::loadStarted, this,
            [this] { m_toolBar->showStatus(tr("Loading the day…")); });
    connect(loader, &board::DispatchLoader::progress, this, [this](int loaded, int total) {
        m_toolBar->showStatus(tr("Loading %1 of %2 jobs…").arg(loaded).arg(total));
    });
    connect(loader, &board::DispatchLoader::loaded, this, [this] {
        const board::DispatchStore *store = m_session->store();
        m_toolBar->showStatus(tr("%n job(s), %1 technicians", nullptr, store->jobCount())
                                  .arg(store->technicianCount()));
        m_filterBar->setSkills(store->knownSkills());
        m_jobToReplan = 0; // asked for on an earlier load
        if (m_jobToOpen != 0)
            openedJob(std::exchange(m_jobToOpen, 0));
    });
    connect(loader, &board::DispatchLoader::availabilityLoaded, this, [this] {
        if (m_jobToReplan != 0)
            replanTimeOffOf(std::exchange(m_jobToReplan, 0));
    });
    connect(loader, &board::DispatchLoader::locationsLoaded, this,
            [this](const QHash<qint64, QString> &names) {
                m_locationNames = names;
                m_jobEditor->setLocations(names);
                m_technicianModel->setLocationNames(names);
                m_filterBar->setLocations(names);
                updateSendPlans();
            });
    connect(loader, &board::DispatchLoader::loadFailed, this, [this](const QString &message) {
        m_toolBar->showStatus(tr("Loading failed"));
        showNotice(tr("The day could not be loaded: %1").arg(message));
    });
    connect(m_session->feed(), &client::LiveEventFeed::stateChanged, m_toolBar,
            &BoardToolBar::showLiveState);
}

void DispatchBoard::start(const QTimeZone &timeZone, const QString &layoutKey)
{
    m_layout->setUser(layoutKey);
    m_filterBar->setSettingsGroup(m_layout->filtersGroup());
    restoreLayout();
    // A zone this machine does not know reads as UTC, as the server reads it: the machine's
    // own zone would put every time on the board off by its offset, silently.
    const QTimeZone zone = timeZone.isValid() ? timeZone : QTimeZone::utc();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_mapPresenter->fitToJobsAfterNextLoad();
    m_toolBar->showDay(today);
    m_session->start(today, zone);
    scrollToMorning(today);
    updateSendPlans();
    emit dayShown(today);
}

void DispatchBoard::stop()
{
    saveLayout();
    m_session->stop();
    m_notice->hide();
}

void DispatchBoard::scrollToMorning(QDate day)
{
    m_timeline->scrollToTime(
        QDateTime(day, QTime(kMorningHour, 0), m_session->store()->timeZone()).toMSecsSinceEpoch());
}

void DispatchBoard::showDay(QDate day)
{
    if (!day.isValid())
        return;
    m_toolBar->showDay(day);
    m_session->showDay(day);
    if (m_session->dayCount() == 1)
        scrollToMorning(day);
    else
        m_timeline->fitDays();
    updateSendPlans();
    emit dayShown(day);
}

void DispatchBoard::showDayCount(int count)
{
    if (count == m_session->dayCount())
        return;
    m_toolBar->showDayCount(count);
    if (m_session->dayCount() == 1)
        m_oneDayZoom = m_timeline->pixelsPerHour();
    const QDate day = m_session->store()->day();
    m_session->showDays(day, count);
    if (count > 1) {
        m_timeline->fitDays();
    } else {
        if (m_oneDayZoom > 0)
            m_timeline->setPixelsPerHour(m_oneDayZoom);
        scrollToMorning(day);
    }
}

double DispatchBoard::oneDayZoom() const
{
    return m_session->dayCount() == 1 || m_oneDayZoom <= 0 ? m_timeline->pixelsPerHour()
                                                           : m_oneDayZoom;
}

void DispatchBoard::saveLayout() const
{
    m_layout->save(oneDayZoom());
}

void DispatchBoard::restoreLayout()
{
    m_layout->restore();
}

void DispatchBoard::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void DispatchBoard::openJob(qint64 jobId, QDate day)
{
    if (day.isValid() && day != m_session->store()->day()) {
        m_jobToOpen = jobId;
        showDay(day);
        return;
    }
    if (m_session->loader()->isLoading()) {
        m_jobToOpen = jobId;
        return;
    }
    openedJob(jobId);
}

void DispatchBoard::replanTimeOffOver(qint64 jobId, QDate day)
{
    m_replanOpenedJob = true;
    openJob(jobId, day);
}

void DispatchBoard::openedJob(qint64 jobId)
{
    selectJob(jobId);
    if (!std::exchange(m_replanOpenedJob, false))
        return;
    // The time off comes after the day's jobs.
    if (m_session->loader()->isLoadingAvailability()) {
        m_jobToReplan = jobId;
        return;
    }
    replanTimeOffOf(jobId);
}

void DispatchBoard::replanTimeOffOf(qint64 jobId)
{
    const board::DispatchStore *store = m_session->store();
    const board::JobRecord *record = store->job(jobId);
    const qint64 technicianId = record ? record->job.technicianId.value_or(0) : 0;
    const std::optional<AvailabilityPeriod> period =
        technicianId != 0 ? store->timeOffAt(technicianId, record->plannedStartMs) : std::nullopt;
    if (period) {
        replanAbsence(board::AbsenceReplan::of(
            *store, technicianId, *period,
            QDateTime::fromMSecsSinceEpoch(record->plannedStartMs, store->timeZone()).date()));
        return;
    }
    showNotice(tr("No time off over this job is on the board: nothing to re-plan."));
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

QList<qint64> DispatchBoard::selectedTechnicianIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_technicianTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(board::TechnicianTableModel::TechnicianIdRole).toLongLong();
    return ids;
}

void DispatchBoard::showTechnician(qint64 technicianId)
{
    m_details->showTechnician(technicianId);
    m_mapPresenter->showTechnicianRoute(technicianId);
}

void DispatchBoard::showJobMenu(qint64 jobId, const QPoint &globalPos)
{
    if (!m_session->store()->job(jobId))
        return;
    selectJob(jobId);
    m_jobMenu->exec({jobId}, globalPos);
}

void DispatchBoard::showRowMenu(qint64 technicianId, qint64 atMs, const QPoint &globalPos)
{
    const board::DispatchStore *store = m_session->store();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, store->timeZone());
    const QString time = client::display::time(at);
    QMenu menu(this);
    QAction *newJob =
        menu.addAction(tr("New job here at %1…").arg(time), this,
                       [this, technicianId, at] { m_jobEditor->newJobAt(technicianId, at); });
    newJob->setObjectName(QStringLiteral("newJobHereAction"));
    QAction *timeOff =
        menu.addAction(tr("Time off from %1…").arg(time), this, [this, technicianId, at] {
            openTimeOff(technicianId, at, at.addSecs(60 * 60));
        });
    timeOff->setObjectName(QStringLiteral("timeOffHereAction"));
    QAction *replay =
        menu.addAction(tr("Replay day…"), this, [this, technicianId] { replayDay(technicianId); });
    replay->setObjectName(QStringLiteral("replayDayAction"));
    // The time off under the mouse, to change or remove, or its jobs of that day re-planned.
    if (const std::optional<AvailabilityPeriod> period = store->timeOffAt(technicianId, atMs)) {
        QAction *change = menu.addAction(
            tr("Change or delete this time off…"), this,
            [this, technicianId, at, period] { openTimeOff(technicianId, at, at, *period); });
        change->setObjectName(QStringLiteral("changeTimeOffAction"));
        const board::AbsenceReplan replan =
            board::AbsenceReplan::of(*store, technicianId, *period, at.date());
        if (!replan.isEmpty()) {
            QAction *replanAction = menu.addAction(
                tr("Re-plan %n job(s) in this time off…", nullptr, int(replan.jobIds.size())), this,
                [this, replan] { replanAbsence(replan); });
            replanAction->setObjectName(QStringLiteral("replanTimeOffAction"));
        }
    }
    menu.exec(globalPos);
}

DayReplayDialog *DispatchBoard::replayDay(qint64 technicianId)
{
    auto *dialog = new DayReplayDialog(m_session, m_mapPresenter, technicianId,
                                       m_session->store()->day(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

TimeOffDialog *DispatchBoard::openTimeOff(qint64 technicianId,
                                          const QDateTime &start,
                                          const QDateTime &end,
                                          const std::optional<AvailabilityPeriod> &existing)
{
    auto *dialog =
        new TimeOffDialog(m_api, m_session->store(), technicianId, start, end, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TimeOffDialog::replanRequested, this, &DispatchBoard::replanAbsence);
    dialog->open();
    return dialog;
}

void DispatchBoard::replanAbsence(const board::AbsenceReplan &replan)
{
    if (replan.isEmpty())
        return;
    m_notice->hide();
    m_session->autoRoute()->plan(replan.request(AutoRouteDialog::kDefaultTimeLimitS));
}

qint64 DispatchBoard::selectedJobOrNotice()
{
    const QList<qint64> jobs = selectedJobIds();
    if (jobs.isEmpty())
        showNotice(tr("Select a job first."));
    return jobs.isEmpty() ? 0 : jobs.first();
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

qint64 DispatchBoard::shownLocation() const
{
    const qint64 filtered = m_filterBar->locationBox()->currentData().toLongLong();
    if (filtered != 0)
        return filtered;
    return m_locationNames.size() == 1 ? m_locationNames.cbegin().key() : 0;
}

void DispatchBoard::updateSendPlans()
{
    QAction *action = m_actions->sendPlans();
    const qint64 locationId = shownLocation();
    const QDate day = m_session->store()->day();
    action->setEnabled(locationId != 0 && day.isValid() && !m_sendingPlans);
    if (locationId == 0 || !day.isValid()) {
        action->setToolTip(tr("Choose one location in the job filter to send its technicians "
                              "their plans"));
        return;
    }
    action->setToolTip(
        tr("Send each technician of %1 their plan for %2 and remind the customers")
            .arg(m_locationNames.value(locationId), client::display::weekdayDayMonth(day)));
}

void DispatchBoard::sendPlansForShownDay()
{
    const qint64 locationId = shownLocation();
    // With several days shown: the first, as auto-route plans it.
    const QDate day = m_session->store()->day();
    if (locationId == 0 || !day.isValid()) {
        showNotice(tr("Choose one location in the job filter first."));
        return;
    }
    const QString location = m_locationNames.value(locationId);
    forms::askToConfirm(
        this,
        {.title = tr("Send plans"),
         .question = tr("Send each technician of %1 their plan for %2 and remind the customers? "
                        "Only what changed since the last send goes out.")
                         .arg(location, client::display::weekdayDayMonth(day)),
         .confirmText = tr("Send"),
         .objectName = QStringLiteral("sendPlansQuestion"),
         .confirmObjectName = QStringLiteral("confirmSendPlans")},
        [this, locationId, day] { sendPlans(locationId, day); });
}

void DispatchBoard::sendPlans(qint64 locationId, QDate day)
{
    m_sendingPlans = true;
    updateSendPlans();
    m_notice->hide();
    board::DayAheadClient(m_api).send(
        locationId, day, this, [this](const client::ApiResult<board::DayAheadSent> &sent) {
            m_sendingPlans = false;
            updateSendPlans();
            if (!sent) {
                showNotice(tr("The plans could not be sent: %1").arg(sent.error().message()));
                return;
            }
            if (sent->isEmpty()) {
                showNotice(tr("Nothing new to send."));
                return;
            }
            showNotice(tr("Sent %1 and %2.")
                           .arg(tr("%n plan(s)", nullptr, sent->plans),
                                tr("%n reminder(s)", nullptr, sent->reminders)));
        });
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

} // namespace fielddesk::dispatchboard
