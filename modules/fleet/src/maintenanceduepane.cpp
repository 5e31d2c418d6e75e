#include "fielddesk/fleet/maintenanceduepane.h"

#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/fleet/vehicletablemodel.h"
#include "fielddesk/theme/palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fielddesk::fleet {

namespace {

constexpr int kMaxWithinDays = 3650;
constexpr int kMaxWithinKm = 1000000;
constexpr int kWithinKmStep = 500;
constexpr int kDueDelayMs = 300;

QString dueKmText(const std::optional<qint64> &km)
{
    return km ? MaintenanceDuePane::tr("%1 km").arg(QLocale().toString(*km)) : QString();
}

} // namespace

MaintenanceDuePane::MaintenanceDuePane(FleetClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_days(new QSpinBox(this))
    , m_km(new QSpinBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("maintenanceDuePane"));
    m_days->setObjectName(QStringLiteral("dueWithinDays"));
    m_days->setAccessibleName(tr("Due within days"));
    m_days->setRange(0, kMaxWithinDays);
    m_days->setValue(kDefaultDays);
    m_days->setSuffix(tr(" days"));
    m_km->setObjectName(QStringLiteral("dueWithinKm"));
    m_km->setAccessibleName(tr("Due within kilometres"));
    m_km->setRange(0, kMaxWithinKm);
    m_km->setSingleStep(kWithinKmStep);
    m_km->setGroupSeparatorShown(true);
    m_km->setValue(kDefaultKm);
    m_km->setSuffix(tr(" km"));
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setAccessibleName(tr("Maintenance due"));
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Vehicle"), tr("Plate"), tr("Plan"),
                                        tr("Due on"), tr("Due at"), tr("Odometer"), tr("Left")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("dueCount"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Due within"), this));
    bar->addWidget(m_days);
    bar->addWidget(new QLabel(tr("or"), this));
    bar->addWidget(m_km);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDueDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &MaintenanceDuePane::reload);
    connect(m_days, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_km, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_items.size())
            emit vehicleActivated(m_items.at(row).vehicleId);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_items.size())
            emit vehicleActivated(m_items.at(row).vehicleId);
    });
}

void MaintenanceDuePane::reload()
{
    const quint64 generation = ++m_generation;
    m_client->maintenanceDue(
        m_days->value(), m_km->value(), this,
        [this, generation](const client::ApiResult<QList<MaintenanceDueItem>> &result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_count->setText(result.error().message());
                return;
            }
            show(*result);
            emit loaded();
        });
}

int MaintenanceDuePane::rowOf(qint64 vehicleId, qint64 planId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).vehicleId == vehicleId && m_items.at(row).planId == planId)
            return row;
    }
    return -1;
}

void MaintenanceDuePane::show(const QList<MaintenanceDueItem> &items)
{
    m_items = items;
    m_table->setRowCount(int(items.size()));
    int overdue = 0;
    for (int row = 0; row < items.size(); ++row) {
        const MaintenanceDueItem &item = items.at(row);
        overdue += item.due.overdue ? 1 : 0;
        QString dueOn = item.due.dueOn.isValid()
                            ? QLocale().toString(item.due.dueOn, QLocale::ShortFormat)
                            : QString();
        if (!item.due.dueOn.isValid() && item.due.estimatedDueOn.isValid())
            dueOn = tr("about %1")
                        .arg(QLocale().toString(item.due.estimatedDueOn, QLocale::ShortFormat));
        const QStringList texts{item.due.overdue ? tr("⚠ OVERDUE") : tr("Due soon"),
                                item.vehicleName,
                                item.plate,
                                item.planName,
                                dueOn,
                                dueKmText(item.due.dueKm),
                                dueKmText(item.odometerKm),
                                VehicleTableModel::leftText(item.due.daysLeft, item.due.kmLeft)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cellItem = new QTableWidgetItem(texts.at(column));
            cellItem->setData(kVehicleIdRole, item.vehicleId);
            cellItem->setData(kOverdueRole, item.due.overdue);
            if (item.due.overdue)
                cellItem->setForeground(theme::colour(theme::Colour::DangerText));
            if (column == StateColumn && item.due.overdue) {
                QFont bold = cellItem->font();
                bold.setBold(true);
                cellItem->setFont(bold);
            }
            m_table->setItem(row, column, cellItem);
        }
    }
    m_count->setText(tr("%n plan(s) due, %1 overdue", nullptr, int(items.size())).arg(overdue));
}

} // namespace fielddesk::fleet
