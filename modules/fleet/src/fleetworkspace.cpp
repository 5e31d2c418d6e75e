#include "fielddesk/fleet/fleetworkspace.h"

#include "fielddesk/fleet/dayboard.h"
#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/fleet/maintenanceduepane.h"
#include "fielddesk/fleet/vehicledialog.h"
#include "fielddesk/fleet/vehiclepage.h"
#include "fielddesk/fleet/vehicletablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace fielddesk::fleet {

FleetWorkspace::FleetWorkspace(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_client(new FleetClient(api, this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_new(new QPushButton(tr("New vehicle…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_table(new QTableView(this))
    , m_model(new VehicleTableModel(this))
    , m_count(new QLabel(this))
    , m_page(new VehiclePage(m_client, this))
    , m_dayBoard(new DayBoard(m_client, this))
    , m_due(new MaintenanceDuePane(m_client, this))
    , m_debounce(new QTimer(this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("fleetWorkspace"));
    m_tabs->setObjectName(QStringLiteral("fleetTabs"));
    m_search->setObjectName(QStringLiteral("vehicleSearch"));
    m_search->setPlaceholderText(tr("Find by name, plate, make, model or VIN"));
    m_search->setAccessibleName(tr("Find vehicles"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("vehicleStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Active and in service"), QStringLiteral("active,in_service"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("In service"), QStringLiteral("in_service"));
    m_status->addItem(tr("Retired"), QStringLiteral("retired"));
    m_status->addItem(tr("All statuses"), QString());
    m_new->setObjectName(QStringLiteral("newVehicleButton"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("A new vehicle (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editVehicleGridButton"));
    m_table->setObjectName(QStringLiteral("vehicleTable"));
    m_table->setAccessibleName(tr("Vehicles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VehicleTableModel::NextMaintenanceColumn, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("vehicleCount"));

    auto *vehicles = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    auto *vehiclesLayout = new QVBoxLayout(vehicles);
    vehiclesLayout->addLayout(bar);
    vehiclesLayout->addWidget(m_table, 1);
    vehiclesLayout->addWidget(m_count);
    m_tabs->addTab(vehicles, tr("Vehicles"));
    m_tabs->addTab(m_dayBoard, tr("Who drives what"));
    m_tabs->addTab(m_due, tr("Maintenance due"));
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &FleetWorkspace::loadVehicles);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        loadVehicles();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &FleetWorkspace::loadVehicles);
    connect(m_new, &QPushButton::clicked, this, &FleetWorkspace::newVehicle);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            editVehicle(m_model->vehicleAt(current.row()));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openVehicle(m_model->vehicleAt(index.row()).id); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FleetWorkspace::updateButtons);
    connect(m_page, &VehiclePage::backRequested, this,
            [this] { m_stack->setCurrentWidget(m_tabs); });
    connect(m_page, &VehiclePage::editRequested, this, &FleetWorkspace::editVehicle);
    connect(m_page, &VehiclePage::vehicleChanged, this, [this](const Vehicle &vehicle) {
        m_model->upsert(vehicle);
        m_due->reload();
    });
    connect(m_dayBoard, &DayBoard::vehicleActivated, this, &FleetWorkspace::openVehicle);
    connect(m_due, &MaintenanceDuePane::vehicleActivated, this, &FleetWorkspace::openVehicle);
    updateButtons();
}

QString FleetWorkspace::title()
{
    return tr("Fleet");
}

void FleetWorkspace::start(bool readOnly, const QTimeZone &zone)
{
    m_readOnly = readOnly;
    m_new->setVisible(!readOnly);
    m_edit->setVisible(!readOnly);
    m_page->setReadOnly(readOnly);
    m_page->setTimeZone(zone);
    m_dayBoard->setReadOnly(readOnly);
    m_dayBoard->setTimeZone(zone);
    m_client->tenant(this, [this](const client::ApiResult<Tenant> &tenant) {
        if (tenant)
            m_page->setCurrency(tenant->currency);
    });
    loadVehicles();
    loadFleet();
    m_due->reload();
}

void FleetWorkspace::stop()
{
    m_debounce->stop();
    ++m_generation;
    m_model->setVehicles({});
    m_stack->setCurrentWidget(m_tabs);
}

bool FleetWorkspace::isShowingVehicle() const
{
    return m_stack->currentWidget() == m_page;
}

void FleetWorkspace::updateButtons()
{
    m_edit->setEnabled(!m_readOnly && m_table->currentIndex().isValid());
}

void FleetWorkspace::loadVehicles()
{
    const quint64 generation = ++m_generation;
    m_client->vehicles(m_search->text(), m_status->currentData().toString(), this,
                       [this, generation](const client::ApiResult<QList<Vehicle>> &result) {
                           if (generation != m_generation)
                               return;
                           if (!result) {
                               m_count->setText(result.error().message());
                               return;
                           }
                           m_model->setVehicles(*result);
                           int overdue = 0;
                           for (const Vehicle &v : *result)
                               overdue +=
                                   v.nextMaintenance && v.nextMaintenance->due.overdue ? 1 : 0;
                           m_count->setText(tr("%n vehicle(s), %1 with maintenance overdue",
                                               nullptr, int(result->size()))
                                                .arg(overdue));
                           updateButtons();
                           emit vehiclesLoaded();
                       });
}

void FleetWorkspace::loadFleet()
{
    // The day board needs all three; it is set once every one is in.
    struct Pending
    {
        int missing = 3;
    };
    auto pending = std::make_shared<Pending>();
    const auto arrived = [this, pending] {
        if (--pending->missing > 0)
            return;
        m_dayBoard->setFleet(m_allVehicles, m_technicians, m_locations);
        emit fleetLoaded();
    };
    m_client->locations(this, [this, arrived](const client::ApiResult<QList<Location>> &r) {
        m_locations = r ? *r : QList<Location>{};
        arrived();
    });
    m_client->technicians(this, [this, arrived](const client::ApiResult<QList<Technician>> &r) {
        m_technicians = r ? *r : QList<Technician>{};
        arrived();
    });
    m_client->vehicles({}, {}, this, [this, arrived](const client::ApiResult<QList<Vehicle>> &r) {
        m_allVehicles = r ? *r : QList<Vehicle>{};
        arrived();
    });
}

void FleetWorkspace::openVehicle(qint64 vehicleId)
{
    m_page->showVehicle(vehicleId);
    m_stack->setCurrentWidget(m_page);
}

void FleetWorkspace::newVehicle()
{
    if (m_readOnly)
        return;
    Vehicle draft;
    draft.fuel = QStringLiteral("diesel"); // what most service vans run on
    if (const auto location = m_dayBoard->locationId())
        draft.locationId = *location;
    editVehicle(draft);
}

void FleetWorkspace::editVehicle(const Vehicle &vehicle)
{
    if (m_readOnly)
        return;
    auto *dialog = new VehicleDialog(m_client, vehicle, m_locations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VehicleDialog::vehicleSaved, this, &FleetWorkspace::vehicleSaved);
    dialog->open();
}

void FleetWorkspace::vehicleSaved(const Vehicle &vehicle)
{
    m_model->upsert(vehicle);
    const int row = m_model->rowOf(vehicle.id);
    m_table->selectRow(row);
    if (isShowingVehicle() && m_page->vehicle() && m_page->vehicle()->id == vehicle.id)
        m_page->showVehicle(vehicle.id);
    loadFleet(); // the day board shows the vehicle as it is now
}

} // namespace fielddesk::fleet
