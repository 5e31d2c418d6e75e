#include "fielddesk/fleet/vehiclepage.h"

#include "fielddesk/attachments/attachmentlist.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/mediaclient.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/fleet/plandialog.h"
#include "fielddesk/fleet/readingdialog.h"
#include "fielddesk/fleet/servicerecorddialog.h"
#include "fielddesk/fleet/vehicletablemodel.h"
#include "fielddesk/forms/confirmation.h"
#include "fielddesk/forms/sectiontitle.h"
#include "fielddesk/forms/tablecolumns.h"
#include "fielddesk/requests/requestsclient.h"
#include "fielddesk/theme/palette.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fielddesk::fleet {

namespace {

constexpr int kChartMinimumHeight = 220;
constexpr qreal kFlagMarkerSize = 11.0;
constexpr int kPageSpacing = 12;
constexpr qint64 kChartKmRoom = 100;
constexpr qint64 kDaysShownAsDays = 90;
constexpr int kDescriptionColumn = 2;  // of the service history
constexpr int kWidestColumnChars = 16; // of the history's other columns

QTableWidget *newTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool danger = false)
{
    auto *item = new QTableWidgetItem(text);
    if (danger)
        item->setForeground(theme::colour(theme::Colour::DangerText));
    return item;
}

QString kmText(const std::optional<qint64> &km)
{
    return km ? VehiclePage::tr("%1 km").arg(QLocale().toString(*km)) : QString();
}

QString sourceText(const QString &source)
{
    if (source == QLatin1String("manual"))
        return VehiclePage::tr("Manual");
    if (source == QLatin1String("trip"))
        return VehiclePage::tr("Trip");
    if (source == QLatin1String("service"))
        return VehiclePage::tr("Service");
    return source;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

VehiclePage::VehiclePage(FleetClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_media(std::make_unique<client::MediaClient>(client->api()))
    , m_attachments(new requests::RequestsClient(client->api(), this))
    , m_back(new QPushButton(tr("◀ Vehicles"), this))
    , m_title(new forms::SectionTitle(QString(), QStringLiteral("vehicleTitle"), this))
    , m_edit(new QPushButton(tr("Edit vehicle…"), this))
    , m_details(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_readings(newTable({tr("Read at"), tr("Odometer"), tr("Source"), tr("Review")},
                          QStringLiteral("readingTable"),
                          this))
    , m_recordReading(new QPushButton(tr("Record reading…"), this))
    , m_plans(newTable({tr("Plan"), tr("Every"), tr("Due on"), tr("Due at"), tr("Left")},
                       QStringLiteral("planTable"),
                       this))
    , m_addPlan(new QPushButton(tr("Add plan…"), this))
    , m_editPlan(new QPushButton(tr("Edit plan…"), this))
    , m_removePlan(new QPushButton(tr("Delete plan"), this))
    , m_services(newTable({tr("Done on"), tr("Odometer"), tr("What was done"), tr("Cost"),
                           tr("Vendor"), tr("Plan"), tr("Receipts")},
                          QStringLiteral("serviceTable"),
                          this))
    , m_recordService(new QPushButton(tr("Record service…"), this))
    , m_receipt(new QLabel(this))
    , m_receiptList(new attachments::AttachmentList(m_attachments, this))
{
    setObjectName(QStringLiteral("vehiclePage"));
    m_back->setObjectName(QStringLiteral("vehicleBackButton"));
    m_edit->setObjectName(QStringLiteral("editVehicleButton"));
    m_details->setObjectName(QStringLiteral("vehicleDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chart->setObjectName(QStringLiteral("odometerChart"));
    m_chart->setAccessibleName(tr("Odometer over time"));
    m_readings->setAccessibleName(tr("Odometer readings"));
    m_plans->setAccessibleName(tr("Maintenance plans"));
    m_services->setAccessibleName(tr("Service records"));
    m_receiptList->setAccessibleName(tr("Receipts"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(kChartMinimumHeight);
    m_chart->setAccessibleName(tr("Odometer readings over time"));
    m_recordReading->setObjectName(QStringLiteral("recordReadingButton"));
    m_addPlan->setObjectName(QStringLiteral("addPlanButton"));
    m_editPlan->setObjectName(QStringLiteral("editPlanButton"));
    m_removePlan->setObjectName(QStringLiteral("removePlanButton"));
    m_recordService->setObjectName(QStringLiteral("recordServiceButton"));
    m_receipt->setObjectName(QStringLiteral("serviceReceipt"));
    m_receipt->setAlignment(Qt::AlignCenter);
    m_receipt->setMinimumSize(kReceiptSide / 2, kReceiptSide / 2);
    m_services->horizontalHeader()->setStretchLastSection(false);
    m_services->horizontalHeader()->setSectionResizeMode(kDescriptionColumn, QHeaderView::Stretch);
    m_receipt->setMaximumHeight(kReceiptSide);
    m_receiptList->setObjectName(QStringLiteral("serviceReceiptList"));
    m_receiptList->setMaximumHeight(kReceiptSide);

    auto *header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    header->addWidget(m_edit);

    auto *readingButtons = new QHBoxLayout;
    readingButtons->addWidget(
        new forms::SectionTitle(tr("Odometer"), QStringLiteral("odometerTitle"), this), 1);
    readingButtons->addWidget(m_recordReading);
    auto *left = new QVBoxLayout;
    left->addWidget(m_details);
    left->addLayout(readingButtons);
    left->addWidget(m_chart, 2);
    left->addWidget(m_readings, 1);

    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(
        new forms::SectionTitle(tr("Maintenance plans"), QStringLiteral("plansTitle"), this), 1);
    planButtons->addWidget(m_addPlan);
    planButtons->addWidget(m_editPlan);
    planButtons->addWidget(m_removePlan);
    auto *serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(
        new forms::SectionTitle(tr("Service history"), QStringLiteral("servicesTitle"), this), 1);
    serviceButtons->addWidget(m_recordService);
    // The chosen record's receipts under the history: the table keeps the page's width for
    // what was done.
    auto *receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_receipt, 1);
    receiptRow->addWidget(m_receiptList, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(planButtons);
    right->addWidget(m_plans, 1);
    right->addLayout(serviceButtons);
    right->addWidget(m_services, 2);
    right->addLayout(receiptRow);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(kPageSpacing);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(columns, 1);

    connect(m_back, &QPushButton::clicked, this, &VehiclePage::backRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_vehicle)
            emit editRequested(*m_vehicle);
    });
    connect(m_recordReading, &QPushButton::clicked, this, &VehiclePage::recordReading);
    connect(m_addPlan, &QPushButton::clicked, this, &VehiclePage::addPlan);
    connect(m_editPlan, &QPushButton::clicked, this, &VehiclePage::editPlan);
    connect(m_removePlan, &QPushButton::clicked, this, &VehiclePage::removePlan);
    connect(m_recordService, &QPushButton::clicked, this, &VehiclePage::recordService);
    connect(m_plans, &QTableWidget::itemSelectionChanged, this, &VehiclePage::updateButtons);
    connect(m_plans, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!m_readOnly)
            editPlan();
    });
    connect(m_services, &QTableWidget::currentCellChanged, this,
            [this](int row) { showReceiptOf(row); });
    updateButtons();
}

VehiclePage::~VehiclePage() = default;

void VehiclePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPushButton *button :
         {m_edit, m_recordReading, m_addPlan, m_editPlan, m_removePlan, m_recordService})
        button->setVisible(!readOnly);
    updateButtons();
}

void VehiclePage::updateButtons()
{
    // What changes the vehicle waits for the vehicle itself (its odometer, its currency):
    // until it is loaded a click would do nothing.
    const bool loaded = !m_readOnly && m_vehicle.has_value();
    for (QPushButton *button : {m_edit, m_recordReading, m_addPlan, m_recordService})
        button->setEnabled(loaded);
    const bool planChosen = m_plans->currentRow() >= 0 && !m_plans->selectedItems().isEmpty();
    m_editPlan->setEnabled(loaded && planChosen);
    m_removePlan->setEnabled(loaded && planChosen);
}

void VehiclePage::showVehicle(qint64 vehicleId)
{
    ++m_generation;
    m_vehicleId = vehicleId;
    m_vehicle.reset();
    updateButtons();
    m_title->setText(tr("Loading…"));
    m_details->clear();
    showReadings({});
    m_planList.clear();
    showPlans();
    showServices({});
    loadVehicle();
    loadReadings();
    loadPlans();
    loadServices();
}

void VehiclePage::loadVehicle()
{
    const quint64 generation = m_generation;
    m_client->vehicle(m_vehicleId, this,
                      [this, generation](const client::ApiResult<Vehicle> &result) {
                          if (generation != m_generation)
                              return;
                          if (!result) {
                              m_title->setText(result.error().message());
                              return;
                          }
                          const bool changed = m_vehicle.has_value();
                          m_vehicle = *result;
                          updateButtons();
                          m_title->setText(tr("%1 · %2").arg(result->name, result->plate));
                          m_details->setText(detailsHtml(*result));
                          emit vehicleLoaded();
                          if (changed)
                              emit vehicleChanged(*result);
                      });
}

QString VehiclePage::detailsHtml(const Vehicle &v) const
{
    const auto row = [](const QString &caption, const QString &value) {
        return QStringLiteral(
                   "<tr><td style='color:%1; padding-right:12px'>%2</td><td>%3</td></tr>")
            .arg(theme::css(theme::Colour::TextCaption), caption.toHtmlEscaped(), value);
    };
    QString next = tr("none");
    if (v.nextMaintenance) {
        next = VehicleTableModel::nextMaintenanceText(*v.nextMaintenance).toHtmlEscaped();
        if (v.nextMaintenance->due.overdue)
            next = QStringLiteral("<b style='color:%1'>%2</b>")
                       .arg(theme::css(theme::Colour::DangerText), next);
    }
    QString html = QStringLiteral("<table>");
    html += row(tr("Make / model"), QStringLiteral("%1 %2 (%3)")
                                        .arg(v.make, v.model)
                                        .arg(v.year ? QString::number(*v.year) : tr("year unknown"))
                                        .toHtmlEscaped());
    html += row(tr("Fuel"), VehicleTableModel::fuelText(v.fuel).toHtmlEscaped());
    html += row(tr("Status"), VehicleTableModel::statusText(v.status).toHtmlEscaped());
    if (!v.vin.isEmpty())
        html += row(tr("VIN"), v.vin.toHtmlEscaped());
    html += row(tr("Odometer"), v.odometerKm ? kmText(v.odometerKm) : tr("no reading yet"));
    html += row(tr("Next maintenance"), next);
    if (!v.notes.isEmpty())
        html += row(tr("Notes"), v.notes.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void VehiclePage::loadReadings()
{
    const quint64 generation = m_generation;
    m_client->readings(m_vehicleId, this,
                       [this, generation](const client::ApiResult<QList<OdometerReading>> &r) {
                           if (generation != m_generation)
                               return;
                           showReadings(r ? *r : QList<OdometerReading>{});
                           emit readingsLoaded();
                       });
}

void VehiclePage::showReadings(const QList<OdometerReading> &readings)
{
    m_readings->setRowCount(int(readings.size()));
    auto *line = new QLineSeries;
    line->setName(tr("Odometer (km)"));
    auto *flagged = new QScatterSeries;
    flagged->setName(tr("Flagged for review"));
    flagged->setMarkerSize(kFlagMarkerSize);
    flagged->setColor(theme::colour(theme::Colour::Danger));
    qint64 lowest = -1;
    qint64 highest = 0;
    for (int row = 0; row < readings.size(); ++row) {
        const OdometerReading &reading = readings.at(row);
        const QDateTime local = readingTime(reading).toTimeZone(m_zone);
        m_readings->setItem(row, 0, cell(client::display::dateTime(local), reading.flagged));
        auto *km = cell(kmText(reading.readingKm), reading.flagged);
        km->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_readings->setItem(row, 1, km);
        m_readings->setItem(row, 2, cell(sourceText(reading.source)));
        m_readings->setItem(
            row, 3,
            cell(reading.flagged ? tr("⚑ Flagged: %1").arg(reading.flagReason) : QString(),
                 reading.flagged));
        // The list is newest first; the chart runs left to right in time.
        const qreal x = qreal(readingTime(reading).toMSecsSinceEpoch());
        line->append(x, qreal(reading.readingKm));
        if (reading.flagged)
            flagged->append(x, qreal(reading.readingKm));
        lowest = lowest < 0 ? reading.readingKm : std::min(lowest, reading.readingKm);
        highest = std::max(highest, reading.readingKm);
    }
    QList<QPointF> points = line->points();
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    line->replace(points);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(!flagged->points().isEmpty());
    chart->legend()->setAlignment(Qt::AlignBottom);
    line->setColor(theme::seriesColour(0));
    chart->addSeries(line);
    chart->addSeries(flagged);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yy"));
    auto *km = new QValueAxis;
    km->setLabelFormat(QStringLiteral("%d"));
    km->setTitleText(tr("km"));
    if (!points.isEmpty()) {
        // One reading (or one day's) still gets a day either side and room above and below.
        QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(points.first().x()));
        QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(points.last().x()));
        if (first.daysTo(last) < 1) {
            first = first.addDays(-1);
            last = last.addDays(1);
        }
        if (first.daysTo(last) < time->tickCount() - 1) {
            // Fewer days than ticks: a tick at each midnight, else half days repeat a date.
            first = first.date().startOfDay();
            last = last.date().addDays(1).startOfDay();
            time->setTickCount(int(first.daysTo(last)) + 1);
        }
        time->setRange(first, last);
        // Months over a long span, days over a short one.
        time->setFormat(first.daysTo(last) > kDaysShownAsDays ? QStringLiteral("MMM yy")
                                                              : QStringLiteral("d MMM"));
        const qint64 room = std::max(kChartKmRoom, (highest - lowest) / 10);
        km->setRange(qreal(std::max<qint64>(0, lowest - room)), qreal(highest + room));
        km->applyNiceNumbers();
    }
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(km, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(time);
        series->attachAxis(km);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void VehiclePage::loadPlans()
{
    const quint64 generation = m_generation;
    m_client->plans(m_vehicleId, this,
                    [this, generation](const client::ApiResult<QList<MaintenancePlan>> &r) {
                        if (generation != m_generation)
                            return;
                        m_planList = r ? *r : QList<MaintenancePlan>{};
                        showPlans();
                        emit plansLoaded();
                    });
}

void VehiclePage::showPlans()
{
    m_plans->setRowCount(int(m_planList.size()));
    for (int row = 0; row < m_planList.size(); ++row) {
        const MaintenancePlan &plan = m_planList.at(row);
        QStringList every;
        if (plan.everyKm)
            every << kmText(plan.everyKm);
        if (plan.everyDays)
            every << tr("%n day(s)", nullptr, *plan.everyDays);
        QString dueOn = dateText(plan.due.dueOn);
        if (!plan.due.dueOn.isValid() && plan.due.estimatedDueOn.isValid())
            dueOn = tr("about %1").arg(dateText(plan.due.estimatedDueOn));
        QString leftText = VehicleTableModel::leftText(plan.due.daysLeft, plan.due.kmLeft);
        if (plan.due.overdue)
            leftText = tr("⚠ OVERDUE (%1)").arg(leftText);
        auto *name = cell(plan.name, plan.due.overdue);
        name->setData(Qt::UserRole, plan.id);
        m_plans->setItem(row, PlanNameColumn, name);
        m_plans->setItem(row, PlanEveryColumn, cell(every.join(QStringLiteral(" / "))));
        m_plans->setItem(row, PlanDueOnColumn, cell(dueOn, plan.due.overdue));
        m_plans->setItem(row, PlanDueKmColumn, cell(kmText(plan.due.dueKm), plan.due.overdue));
        m_plans->setItem(row, PlanLeftColumn, cell(leftText, plan.due.overdue));
    }
    updateButtons();
}

void VehiclePage::loadServices()
{
    const quint64 generation = m_generation;
    m_client->serviceRecords(m_vehicleId, this,
                             [this, generation](const client::ApiResult<QList<ServiceRecord>> &r) {
                                 if (generation != m_generation)
                                     return;
                                 showServices(r ? *r : QList<ServiceRecord>{});
                                 emit servicesLoaded();
                             });
}

void VehiclePage::showServices(const QList<ServiceRecord> &records)
{
    m_serviceList = records;
    // Stable: records of one day keep the server's order (the newest first).
    std::stable_sort(
        m_serviceList.begin(), m_serviceList.end(),
        [](const ServiceRecord &a, const ServiceRecord &b) { return a.doneOn > b.doneOn; });
    const QSignalBlocker quiet(m_services);
    m_services->setRowCount(int(m_serviceList.size()));
    for (int row = 0; row < m_serviceList.size(); ++row) {
        const ServiceRecord &record = m_serviceList.at(row);
        QString planName;
        for (const MaintenancePlan &plan : std::as_const(m_planList)) {
            if (record.planId && plan.id == *record.planId)
                planName = plan.name;
        }
        m_services->setItem(row, 0, cell(dateText(record.doneOn)));
        m_services->setItem(row, 1, cell(kmText(record.odometerKm)));
        m_services->setItem(row, 2, cell(record.description));
        m_services->setItem(row, 3, cell(formatMoney(record.costMinor, record.currency)));
        m_services->setItem(row, 4, cell(record.vendor));
        m_services->setItem(row, 5, cell(planName));
        m_services->setItem(row, 6,
                            cell(record.mediaIds.isEmpty()
                                     ? QString()
                                     : tr("%n receipt(s)", nullptr, int(record.mediaIds.size()))));
    }
    forms::fitColumnsAround(m_services, kDescriptionColumn,
                            m_services->fontMetrics().averageCharWidth() * kWidestColumnChars);
    m_services->setCurrentCell(m_serviceList.isEmpty() ? -1 : 0, 0);
    showReceiptOf(m_serviceList.isEmpty() ? -1 : 0);
}

void VehiclePage::showReceiptOf(int row)
{
    m_receipt->clear();
    if (row < 0 || row >= m_serviceList.size()) {
        m_receiptList->setMediaIds({});
        m_receiptList->hide();
        return;
    }
    const ServiceRecord &record = m_serviceList.at(row);
    m_receiptList->setMediaIds(record.mediaIds);
    m_receiptList->setVisible(!record.mediaIds.isEmpty());
    if (record.mediaIds.isEmpty()) {
        m_receipt->setText(tr("No receipt"));
        return;
    }
    const qint64 mediaId = record.mediaIds.first();
    m_receipt->setText(tr("Loading the receipt…"));
    m_media->download(
        mediaId, m_receipt, [this, mediaId](const client::ApiResult<client::MediaContent> &result) {
            if (m_receiptList->mediaIds().value(0) != mediaId)
                return; // another record is chosen now
            if (!result) {
                m_receipt->setText(
                    tr("The receipt could not be loaded: %1").arg(result.error().message()));
                return;
            }
            const QImage image = QImage::fromData(result->bytes);
            if (image.isNull()) {
                m_receipt->setText(tr("Receipt (%1)").arg(result->contentType));
                return;
            }
            m_receipt->setPixmap(QPixmap::fromImage(image.scaled(
                kReceiptSide * 2, kReceiptSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        });
}

void VehiclePage::recordReading()
{
    if (!m_vehicle || m_readOnly)
        return;
    auto *dialog = new ReadingDialog(m_client, m_vehicleId, m_vehicle->odometerKm, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReadingDialog::readingRecorded, this, [this] {
        loadVehicle();
        loadReadings();
        loadPlans();
    });
    dialog->open();
}

void VehiclePage::addPlan()
{
    if (!m_vehicle || m_readOnly)
        return;
    auto *dialog = new PlanDialog(m_client, m_vehicleId, MaintenancePlan(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::planSaved, this, [this] {
        loadVehicle();
        loadPlans();
    });
    dialog->open();
}

void VehiclePage::editPlan()
{
    const int row = m_plans->currentRow();
    if (m_readOnly || row < 0 || row >= m_planList.size())
        return;
    auto *dialog = new PlanDialog(m_client, m_vehicleId, m_planList.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::planSaved, this, [this] {
        loadVehicle();
        loadPlans();
    });
    dialog->open();
}

void VehiclePage::removePlan()
{
    const int row = m_plans->currentRow();
    if (m_readOnly || row < 0 || row >= m_planList.size())
        return;
    const MaintenancePlan plan = m_planList.at(row);
    forms::askToConfirm(
        this,
        {.title = tr("Delete plan"),
         .question = tr("Delete the maintenance plan “%1”?").arg(plan.name),
         .confirmText = tr("Delete"),
         .objectName = QStringLiteral("removePlanQuestion"),
         .confirmObjectName = QStringLiteral("confirmRemovePlan"),
         .destructive = true},
        [this, plan] {
            m_client->removePlan(
                m_vehicleId, plan.id, this, [this](const client::ApiResult<client::Done> &result) {
                    if (!result) {
                        QMessageBox::warning(this, tr("Delete plan"), result.error().message());
                        return;
                    }
                    loadVehicle();
                    loadPlans();
                });
        });
}

void VehiclePage::recordService()
{
    if (!m_vehicle || m_readOnly)
        return;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    auto *dialog = new ServiceRecordDialog(m_client, m_vehicleId, m_currency, m_vehicle->odometerKm,
                                           m_planList, today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServiceRecordDialog::serviceRecorded, this, [this] {
        loadVehicle();
        loadReadings();
        loadPlans();
        loadServices();
    });
    dialog->open();
}

} // namespace fielddesk::fleet
