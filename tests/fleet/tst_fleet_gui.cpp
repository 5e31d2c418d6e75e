// The fleet workspace offscreen against a real fielddesk-server with the demo data, signed in
// as the manager: the vehicles grid is the server's; a new vehicle without a name is refused
// at the field with what was typed kept; one reading's chart names each day once; a reading
// out of order is refused with the server's words naming both readings; a service history
// shows what was done readably, with the latest receipt whole; a technician dragged with the mouse
// onto a vehicle of the day board drives it that day (the server has the assignment); a second
// driver dragged onto the same vehicle is refused with the first driver's name and the board keeps
// the first; an overdue plan is in the due list marked overdue and opens its vehicle; a dispatcher
// sees the workspace with nothing to change. Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/attachments/attachmentsbox.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/fleet/dayboard.h"
#include "fielddesk/fleet/dayboardview.h"
#include "fielddesk/fleet/fleetworkspace.h"
#include "fielddesk/fleet/maintenanceduepane.h"
#include "fielddesk/fleet/readingdialog.h"
#include "fielddesk/fleet/servicerecorddialog.h"
#include "fielddesk/fleet/vehicledialog.h"
#include "fielddesk/fleet/vehiclepage.h"
#include "fielddesk/fleet/vehicletablemodel.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/theme/palette.h"

#include "demoboardsignin.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

namespace tst_fleet_gui {

using namespace fielddesk;
using fleet::DayBoard;
using fleet::DayBoardView;
using fleet::FleetWorkspace;
using fleet::MaintenanceDuePane;
using fleet::VehiclePage;

namespace {

constexpr int kTimeout = 20000;
// A day after the demo's planned assignments: only the technicians' default vehicles fill it.
constexpr int kBoardDaysAhead = 40;

void click(QWidget *widget, QPoint at = {})
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
}

// A double-click as the mouse makes it: press, release, then the second press (a double-click
// event) and its release; an item view opens only what the first press was on.
void doubleClick(QWidget *widget, QPoint at)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, at);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, at);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, at);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, at);
}

// Drags with the mouse from one point of the widget to another, as a user does.
void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, from + QPoint(QApplication::startDragDistance() + 5, 0));
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

class TestFleetGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theGridIsTheServers();
    void aVehicleWithoutANameIsRefusedAtTheField();
    void aReadingOutOfOrderNamesBothReadings();
    void aServiceHistoryWithItsReceipt();
    void aTechnicianIsDraggedOntoAVehicle();
    void aSecondDriverIsRefusedWithTheReason();
    void anAssignmentIsRemovedWithDel();
    void theDueListShowsAnOverdueVehicle();
    void aServiceIsDatedTodayWhereTheVehicleIs();
    void todayOnTheDayBoardIsTheCompanysToday();
    void aServiceForThePlanIsRecordedWithItsReceipt();
    void aDispatcherOnlyLooks();

private:
    DayBoard *board() const { return m_workspace->dayBoard(); }
    DayBoardView *view() const { return board()->view(); }
    // The board on that day of the first location, loaded.
    bool showBoardOn(FleetWorkspace *workspace, const QDate &date) const;
    // Scrolls the board so that the vehicle's card is on screen.
    static void bringIntoView(DayBoard *dayBoard, qint64 vehicleId);
    qint64 createVehicle(const QString &name, const QString &plate);
    // A technician on the board other than `not`, painted on screen; 0: none.
    qint64 someTechnician(DayBoardView *view, qint64 notThisOne) const;
    QJsonArray assignmentsOf(qint64 vehicleId, const QDate &date)
    {
        return m_http
            ->get(QStringLiteral("/api/v1/vehicle-assignments?date=%1&vehicle_id=%2")
                      .arg(isoDate(date))
                      .arg(vehicleId))
            .results();
    }

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<TestHttpClient> m_http;
    std::unique_ptr<FleetWorkspace> m_workspace;
    QTimeZone m_zone;
    QDate m_day;
    qint64 m_locationId = 0;
    qint64 m_vehicleId = 0; // the test's own vehicles at m_locationId, active, with no driver
    qint64 m_spareVehicleId = 0;
    qint64 m_driverId = 0;
};

void TestFleetGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttpClient>(m_server.baseUrl());
    const TestReply login = m_http->login(QStringLiteral("manager@demo.local"), kDemoPassword);
    QCOMPARE(login.status, 200);
    m_zone = tenantTimeZoneOf(login);
    QVERIFY(m_zone.isValid());
    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setAccessToken(m_http->token());
    m_day = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date().addDays(kBoardDaysAhead);

    // A location of the manager's with two technicians or more, and two vehicles of the test's
    // own there (whatever the demo made of its fleet): one with a reading.
    QHash<qint64, int> technicians;
    for (const QJsonValue &t :
         m_http->get(QStringLiteral("/api/v1/technicians?active=true&limit=500")).results())
        ++technicians[t[QLatin1String("location_id")].toInteger()];
    for (auto it = technicians.cbegin(); it != technicians.cend() && !m_locationId; ++it) {
        if (it.value() >= 2)
            m_locationId = it.key();
    }
    QVERIFY2(m_locationId != 0, "no location with two technicians");
    m_vehicleId = createVehicle(QStringLiteral("A-Team van 1"), QStringLiteral("FLT 0001"));
    m_spareVehicleId = createVehicle(QStringLiteral("A-Team van 2"), QStringLiteral("FLT 0002"));
    QVERIFY(m_vehicleId && m_spareVehicleId);
    const TestReply reading =
        m_http->post(QStringLiteral("/api/v1/vehicles/%1/odometer").arg(m_vehicleId),
                     {{QStringLiteral("reading_km"), 12000},
                      {QStringLiteral("read_at"),
                       QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs)}});
    QCOMPARE(reading.status, 201);

    m_workspace = std::make_unique<FleetWorkspace>(&m_api);
    m_workspace->resize(1500, 1150);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QSignalSpy vehicles(m_workspace.get(), &FleetWorkspace::vehiclesLoaded);
    QSignalSpy fleet(m_workspace.get(), &FleetWorkspace::fleetLoaded);
    m_workspace->start(false, m_zone);
    QVERIFY(vehicles.wait(kTimeout));
    QVERIFY(fleet.size() == 1 || fleet.wait(kTimeout));
}

qint64 TestFleetGui::createVehicle(const QString &name, const QString &plate)
{
    const TestReply created = m_http->post(QStringLiteral("/api/v1/vehicles"),
                                           {{QStringLiteral("name"), name},
                                            {QStringLiteral("plate"), plate},
                                            {QStringLiteral("make"), QStringLiteral("Ford")},
                                            {QStringLiteral("model"), QStringLiteral("Transit")},
                                            {QStringLiteral("year"), 2022},
                                            {QStringLiteral("fuel"), QStringLiteral("diesel")},
                                            {QStringLiteral("location_id"), m_locationId}});
    if (created.status != 201)
        qWarning("POST /vehicles answered %d: %s", created.status, created.body.constData());
    return created.status == 201 ? created.id() : 0;
}

void TestFleetGui::theGridIsTheServers()
{
    const QJsonArray server =
        m_http
            ->get(
                QStringLiteral("/api/v1/vehicles?status=active,in_service&ordering=name&limit=500"))
            .results();
    QVERIFY(server.size() > 0);
    fleet::VehicleTableModel *model = m_workspace->vehicleModel();
    QCOMPARE(model->rowCount(), int(server.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject vehicle = server.at(row).toObject();
        QCOMPARE(model->vehicleAt(row).id, vehicle[QLatin1String("id")].toInteger());
        QCOMPARE(model->index(row, fleet::VehicleTableModel::PlateColumn).data().toString(),
                 vehicle[QLatin1String("plate")].toString());
        const QJsonObject next = vehicle[QLatin1String("next_maintenance")].toObject();
        const bool overdue = next[QLatin1String("overdue")].toBool();
        const QModelIndex nextCell =
            model->index(row, fleet::VehicleTableModel::NextMaintenanceColumn);
        QCOMPARE(nextCell.data(fleet::VehicleTableModel::kOverdueRole).toBool(), overdue);
        // Overdue says so in words, not in colour alone.
        QCOMPARE(nextCell.data().toString().contains(QLatin1String("OVERDUE")), overdue);
        if (overdue)
            QCOMPARE(nextCell.data(Qt::ForegroundRole).value<QColor>(),
                     theme::colour(theme::Colour::DangerText));
    }
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-vehicles"));
}

void TestFleetGui::aVehicleWithoutANameIsRefusedAtTheField()
{
    click(m_workspace->newButton());
    auto *dialog = m_workspace->findChild<fleet::VehicleDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->plateEdit(), QStringLiteral("TEST 42"));
    QTest::keyClicks(dialog->makeEdit(), QStringLiteral("Ford"));
    QTest::keyClicks(dialog->modelEdit(), QStringLiteral("Transit"));
    click(dialog->saveButton());
    QLabel *nameMessage = dialog->marks().message(QStringLiteral("name"));
    QVERIFY(nameMessage);
    QTRY_VERIFY_WITH_TIMEOUT(nameMessage->isVisible(), kTimeout);
    QVERIFY(!nameMessage->text().isEmpty());
    QVERIFY(dialog->isVisible()); // still open, with what was typed
    QCOMPARE(dialog->plateEdit()->text(), QStringLiteral("TEST 42"));
    guitest::screenshot(dialog, QStringLiteral("fleet-vehicle-refused"));
    // Named now: saved and in the grid.
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Van Test"));
    QSignalSpy saved(dialog, &fleet::VehicleDialog::vehicleSaved);
    click(dialog->saveButton());
    QVERIFY(saved.wait(kTimeout));
    const qint64 id = saved.first().first().value<fielddesk::Vehicle>().id;
    QVERIFY(id != 0);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/vehicles/%1").arg(id))
                 .json()[QLatin1String("plate")]
                 .toString(),
             QStringLiteral("TEST 42"));
    QVERIFY(m_workspace->vehicleModel()->rowOf(id) >= 0);
}

void TestFleetGui::aReadingOutOfOrderNamesBothReadings()
{
    // The test's vehicle with its reading.
    fleet::VehicleTableModel *model = m_workspace->vehicleModel();
    const int row = model->rowOf(m_vehicleId);
    QVERIFY(row >= 0);
    QCOMPARE(model->vehicleAt(row).odometerKm, std::optional<qint64>(12000));
    const fielddesk::Vehicle vehicle = model->vehicleAt(row);
    QTableView *table = m_workspace->vehicleTable();
    const QModelIndex index = model->index(row, 0);
    table->scrollTo(index);
    VehiclePage *page = m_workspace->vehiclePage();
    QSignalSpy loaded(page, &VehiclePage::vehicleLoaded);
    QSignalSpy readings(page, &VehiclePage::readingsLoaded);
    doubleClick(table->viewport(), table->visualRect(index).center());
    QVERIFY(loaded.wait(kTimeout));
    QVERIFY(m_workspace->isShowingVehicle());
    QVERIFY(readings.size() == 1 || readings.wait(kTimeout));
    const QJsonArray server =
        m_http->get(QStringLiteral("/api/v1/vehicles/%1/odometer?limit=500").arg(vehicle.id))
            .results();
    QCOMPARE(page->readingTable()->rowCount(), int(server.size()));
    auto *line = qobject_cast<QXYSeries *>(page->chartView()->chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), int(server.size()));
    // One reading: the time axis still names each day it shows once ("2 Dec", "3 Dec", not
    // "3 Dec" twice for two half days). The labels as the chart's scene paints them.
    QChartView *chart = page->chartView();
    QTRY_VERIFY(chart->isVisible());
    const qreal plotBottom = chart->chart()->plotArea().bottom();
    QStringList dayLabels;
    for (const QGraphicsItem *item : chart->scene()->items()) {
        const auto *label = dynamic_cast<const QGraphicsTextItem *>(item);
        if (label && label->isVisible() && label->sceneBoundingRect().top() >= plotBottom)
            dayLabels << label->toPlainText();
    }
    QVERIFY2(dayLabels.size() >= 2, qPrintable(dayLabels.join(QStringLiteral(", "))));
    QCOMPARE(QSet<QString>(dayLabels.cbegin(), dayLabels.cend()).size(), dayLabels.size());
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-vehicle-page"));

    click(page->recordReadingButton());
    auto *dialog = page->findChild<fleet::ReadingDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Lower than the latest reading, now: out of order.
    dialog->kmSpin()->setValue(int(*vehicle.odometerKm / 2));
    click(dialog->saveButton());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->isVisible(), kTimeout);
    // The server's words name both readings: the one refused and the latest.
    QString message = dialog->messageLabel()->text();
    for (const QChar separator : {QChar(u','), QChar(u'.'), QChar(u'\u00a0'), QChar(u'\u202f')})
        message.remove(separator);
    QVERIFY2(message.contains(QString::number(*vehicle.odometerKm)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(*vehicle.odometerKm / 2)), qPrintable(message));
    QVERIFY(dialog->isVisible());
    guitest::screenshot(dialog, QStringLiteral("fleet-reading-refused"));
    dialog->reject();
    click(page->backButton());
    QVERIFY(!m_workspace->isShowingVehicle());
}

void TestFleetGui::aServiceHistoryWithItsReceipt()
{
    // A demo vehicle whose latest service record has a receipt.
    fleet::VehicleTableModel *model = m_workspace->vehicleModel();
    int row = 0;
    QJsonArray records;
    for (; row < model->rowCount(); ++row) {
        records = m_http
                      ->get(QStringLiteral("/api/v1/vehicles/%1/service-records?limit=500")
                                .arg(model->vehicleAt(row).id))
                      .results();
        QDate latest;
        bool withReceipt = false;
        for (const QJsonValue &record : std::as_const(records)) {
            const QDate done =
                QDate::fromString(record[QLatin1String("done_on")].toString(), Qt::ISODate);
            if (!latest.isValid() || done > latest) {
                latest = done;
                withReceipt = !record[QLatin1String("media_ids")].toArray().isEmpty();
            }
        }
        if (withReceipt)
            break;
    }
    QVERIFY2(row < model->rowCount(), "no vehicle with a receipt for its latest service");
    QTableView *table = m_workspace->vehicleTable();
    const QModelIndex index = model->index(row, 0);
    table->scrollTo(index);
    VehiclePage *page = m_workspace->vehiclePage();
    QSignalSpy services(page, &VehiclePage::servicesLoaded);
    doubleClick(table->viewport(), table->visualRect(index).center());
    QVERIFY(services.wait(kTimeout));
    QVERIFY(m_workspace->isShowingVehicle());
    QCOMPARE(page->serviceTable()->rowCount(), int(records.size()));
    // The latest record is chosen and its receipt shown (an image) or named (a PDF).
    QTRY_VERIFY_WITH_TIMEOUT(!page->receiptLabel()->pixmap().isNull() ||
                                 page->receiptLabel()->text().startsWith(QLatin1String("Receipt")),
                             kTimeout);
    // What was done is what the history is read for: its column shows the latest record's
    // description whole (or 20 characters of a long one), beside the other columns.
    const QTableWidget *history = page->serviceTable();
    const QString description = history->item(0, 2)->text();
    const QFontMetrics metrics(history->font());
    const int needed =
        std::min(metrics.horizontalAdvance(description), 20 * metrics.averageCharWidth()) +
        2 * metrics.averageCharWidth();
    QVERIFY2(history->horizontalHeader()->sectionSize(2) >= needed,
             qPrintable(QStringLiteral("\"%1\" in %2 px")
                            .arg(description)
                            .arg(history->horizontalHeader()->sectionSize(2))));
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-vehicle-service-history"));
    click(page->backButton());
    QVERIFY(!m_workspace->isShowingVehicle());
}

bool TestFleetGui::showBoardOn(FleetWorkspace *workspace, const QDate &date) const
{
    workspace->tabs()->setCurrentIndex(FleetWorkspace::DayBoardTab);
    DayBoard *dayBoard = workspace->dayBoard();
    QSignalSpy loaded(dayBoard, &DayBoard::boardLoaded);
    dayBoard->setLocation(m_locationId);
    dayBoard->setDate(date);
    dayBoard->reload(); // the last call's answer is the one shown
    return loaded.wait(kTimeout);
}

void TestFleetGui::bringIntoView(DayBoard *dayBoard, qint64 vehicleId)
{
    const QRect card = dayBoard->view()->vehicleRect(vehicleId);
    dayBoard->scrollArea()->ensureVisible(card.center().x(), card.center().y(), card.width(),
                                          card.height());
    QCoreApplication::processEvents();
}

qint64 TestFleetGui::someTechnician(DayBoardView *boardView, qint64 notThisOne) const
{
    const QRect visible = boardView->visibleRegion().boundingRect();
    QList<qint64> candidates = boardView->freeTechnicians();
    for (qint64 vehicleId : boardView->boardGeometry().driverChips.keys())
        candidates.append(boardView->driverOf(vehicleId)->technicianId);
    for (qint64 technicianId : candidates) {
        const QRect at = boardView->technicianRect(technicianId);
        if (technicianId != notThisOne && !at.isEmpty() && visible.contains(at))
            return technicianId;
    }
    return 0;
}

void TestFleetGui::aTechnicianIsDraggedOntoAVehicle()
{
    // Today, as the demo planned it (for the pictures).
    QVERIFY(
        showBoardOn(m_workspace.get(), QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date()));
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-day-board-today"));
    QVERIFY(showBoardOn(m_workspace.get(), m_day));
    QVERIFY(!view()->vehicleRect(m_vehicleId).isEmpty());
    QVERIFY(!view()->driverOf(m_vehicleId));
    bringIntoView(board(), m_vehicleId);
    m_driverId = someTechnician(view(), 0);
    QVERIFY2(m_driverId != 0, "no technician on the board");
    QVERIFY(assignmentsOf(m_vehicleId, m_day).isEmpty());

    QSignalSpy loaded(board(), &DayBoard::boardLoaded);
    drag(view(), view()->technicianRect(m_driverId).center(),
         view()->vehicleRect(m_vehicleId).center());
    QVERIFY(loaded.wait(kTimeout));

    // The server has it, and the board shows it.
    const QJsonArray assignments = assignmentsOf(m_vehicleId, m_day);
    QCOMPARE(assignments.size(), 1);
    const QJsonObject assignment = assignments.first().toObject();
    QCOMPARE(assignment[QLatin1String("technician_id")].toInteger(), m_driverId);
    QCOMPARE(assignment[QLatin1String("source")].toString(), QStringLiteral("assigned"));
    QVERIFY(assignment[QLatin1String("id")].toInteger() > 0);
    const auto driver = view()->driverOf(m_vehicleId);
    QVERIFY(driver);
    QCOMPARE(driver->technicianId, m_driverId);
    QVERIFY(!driver->isDefault());
    QVERIFY(!board()->messageLabel()->isVisible());
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-day-board"));
}

void TestFleetGui::aSecondDriverIsRefusedWithTheReason()
{
    QVERIFY(m_vehicleId != 0 && m_driverId != 0);
    const QString firstDriver = view()->driverOf(m_vehicleId)->technicianName;
    QVERIFY(!firstDriver.isEmpty());
    const qint64 second = someTechnician(view(), m_driverId);
    QVERIFY2(second != 0, "no second technician on the board");

    QSignalSpy refused(board(), &DayBoard::changeRefused);
    drag(view(), view()->technicianRect(second).center(),
         view()->vehicleRect(m_vehicleId).center());
    QVERIFY(refused.wait(kTimeout));
    QVERIFY(board()->messageLabel()->isVisible());
    QVERIFY2(board()->messageLabel()->text().contains(firstDriver),
             qPrintable(board()->messageLabel()->text()));
    // The board and the server both still have the first driver.
    QCOMPARE(view()->driverOf(m_vehicleId)->technicianId, m_driverId);
    const QJsonArray assignments = assignmentsOf(m_vehicleId, m_day);
    QCOMPARE(assignments.size(), 1);
    QCOMPARE(assignments.first()[QLatin1String("technician_id")].toInteger(), m_driverId);
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-day-board-refused"));
}

void TestFleetGui::anAssignmentIsRemovedWithDel()
{
    QVERIFY(m_vehicleId != 0 && view()->driverOf(m_vehicleId));
    // The card is chosen with a click (beside the driver, not on them) and Del removes it.
    const QRect card = view()->vehicleRect(m_vehicleId);
    click(view(), card.topLeft() + QPoint(card.width() / 2, DayBoardView::kLineHeight));
    QCOMPARE(view()->chosenVehicle(), m_vehicleId);
    QSignalSpy loaded(board(), &DayBoard::boardLoaded);
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(loaded.wait(kTimeout));
    QVERIFY(assignmentsOf(m_vehicleId, m_day).isEmpty());
    QVERIFY(!view()->driverOf(m_vehicleId));
}

void TestFleetGui::theDueListShowsAnOverdueVehicle()
{
    QVERIFY(m_vehicleId != 0);
    // Every 30 days, last done 60 days ago: overdue whatever the demo made of the vehicle.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    const TestReply plan =
        m_http->post(QStringLiteral("/api/v1/vehicles/%1/maintenance-plans").arg(m_vehicleId),
                     {{QStringLiteral("name"), QStringLiteral("Brake check (test)")},
                      {QStringLiteral("every_days"), 30},
                      {QStringLiteral("last_done_on"), isoDate(today.addDays(-60))}});
    QCOMPARE(plan.status, 201);
    QVERIFY(plan.json()[QLatin1String("overdue")].toBool());

    m_workspace->tabs()->setCurrentIndex(FleetWorkspace::DueTab);
    MaintenanceDuePane *due = m_workspace->duePane();
    QSignalSpy loaded(due, &MaintenanceDuePane::loaded);
    due->reload();
    QVERIFY(loaded.wait(kTimeout));
    const int row = due->rowOf(m_vehicleId, plan.id());
    QVERIFY(row >= 0);
    QTableWidget *table = due->table();
    QTableWidgetItem *state = table->item(row, MaintenanceDuePane::StateColumn);
    QVERIFY(state->text().contains(QLatin1String("OVERDUE")));
    QVERIFY(state->data(MaintenanceDuePane::kOverdueRole).toBool());
    QCOMPARE(table->item(row, MaintenanceDuePane::PlanColumn)->foreground().color(),
             theme::colour(theme::Colour::DangerText));
    QCOMPARE(table->item(row, MaintenanceDuePane::PlanColumn)->text(),
             QStringLiteral("Brake check (test)"));
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-maintenance-due"));

    // A double-click opens the vehicle.
    table->scrollToItem(state);
    QSignalSpy opened(m_workspace->vehiclePage(), &VehiclePage::vehicleLoaded);
    QSignalSpy plans(m_workspace->vehiclePage(), &VehiclePage::plansLoaded);
    doubleClick(
        table->viewport(),
        table->visualItemRect(table->item(row, MaintenanceDuePane::VehicleColumn)).center());
    QVERIFY(opened.wait(kTimeout));
    QVERIFY(m_workspace->isShowingVehicle());
    QCOMPARE(m_workspace->vehiclePage()->vehicle()->id, m_vehicleId);
    QVERIFY(plans.size() > 0 || plans.wait(kTimeout));
    bool listed = false;
    QTableWidget *planTable = m_workspace->vehiclePage()->planTable();
    for (int r = 0; r < planTable->rowCount(); ++r) {
        if (planTable->item(r, VehiclePage::PlanNameColumn)->text() ==
            QLatin1String("Brake check (test)")) {
            listed = true;
            QVERIFY(planTable->item(r, VehiclePage::PlanLeftColumn)
                        ->text()
                        .contains(QLatin1String("OVERDUE")));
        }
    }
    QVERIFY(listed);
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-vehicle-overdue-plan"));
    click(m_workspace->vehiclePage()->backButton());
}

// The day a service is done defaults to today where the vehicle is, and cannot be later (the
// server refuses it): not the computer's date, which may already be tomorrow there. Fourteen
// hours ahead of UTC and twelve behind: their dates always differ, so at least one of them
// differs from this computer's.
void TestFleetGui::aServiceIsDatedTodayWhereTheVehicleIs()
{
    QVERIFY(m_vehicleId != 0);
    VehiclePage *page = m_workspace->vehiclePage();
    QSignalSpy plansLoaded(page, &VehiclePage::plansLoaded);
    m_workspace->openVehicle(m_vehicleId);
    QVERIFY(plansLoaded.wait(kTimeout));
    // Recording waits for the vehicle (its odometer): the button says when it can be used.
    QTRY_VERIFY_WITH_TIMEOUT(page->recordServiceButton()->isEnabled(), kTimeout);
    for (const char *zoneId : {"Pacific/Kiritimati", "Etc/GMT+12"}) {
        const QTimeZone zone(zoneId);
        QVERIFY(zone.isValid());
        page->setTimeZone(zone);
        click(page->recordServiceButton());
        QPointer<fleet::ServiceRecordDialog> dialog =
            page->findChild<fleet::ServiceRecordDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QDate there = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
        QCOMPARE(dialog->doneOnEdit()->date(), there);
        QCOMPARE(dialog->doneOnEdit()->maximumDate(), there);
        dialog->reject();
        QTRY_VERIFY(dialog.isNull()); // closed and deleted: the next one is found afresh
    }
    page->setTimeZone(m_zone);
    click(page->backButton());
}

// "Today" on who-drives-what is today in the company's time zone, not the computer's date
// (the same two zones as above: at least one of them is another day than here); Alt+Left,
// Alt+Right and Ctrl+T step through the days.
void TestFleetGui::todayOnTheDayBoardIsTheCompanysToday()
{
    QWidget *shownBefore = m_workspace->tabs()->currentWidget();
    m_workspace->tabs()->setCurrentWidget(board());
    QTRY_VERIFY(board()->todayButton()->isVisible());
    for (const char *zoneId : {"Pacific/Kiritimati", "Etc/GMT+12"}) {
        const QTimeZone zone(zoneId);
        board()->setTimeZone(zone);
        board()->setDate(QDate(2020, 1, 1));
        click(board()->todayButton());
        QCOMPARE(board()->date(), QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
        QCOMPARE(board()->dateEdit()->date(), board()->date());
    }
    board()->setTimeZone(m_zone);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    QCOMPARE(board()->date(), today);
    // The dispatch board's keys step through the days here too (in the active window).
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    // (A button's shortcut clicks it as animateClick() does: released 100 ms later.)
    QTest::keyClick(m_workspace.get(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(board()->date(), today.addDays(1));
    QTest::keyClick(m_workspace.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(board()->date(), today);
    QTest::keyClick(m_workspace.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(board()->date(), today.addDays(-1));
    QTest::keyClick(m_workspace.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(board()->date(), today);
    m_workspace->tabs()->setCurrentWidget(shownBefore);
}

void TestFleetGui::aServiceForThePlanIsRecordedWithItsReceipt()
{
    QVERIFY(m_vehicleId != 0);
    VehiclePage *page = m_workspace->vehiclePage();
    QSignalSpy plansLoaded(page, &VehiclePage::plansLoaded);
    m_workspace->openVehicle(m_vehicleId);
    QVERIFY(!page->recordServiceButton()->isEnabled()); // nothing of the vehicle arrived yet
    QVERIFY(plansLoaded.wait(kTimeout));
    // Recording waits for the vehicle (its odometer): the button says when it can be used.
    QTRY_VERIFY_WITH_TIMEOUT(page->recordServiceButton()->isEnabled(), kTimeout);
    QTemporaryDir files;
    const QString receipt = files.filePath(QStringLiteral("brakes.png"));
    QImage image(120, 160, QImage::Format_RGB32);
    image.fill(Qt::white);
    QVERIFY(image.save(receipt));

    click(page->recordServiceButton());
    auto *dialog = page->findChild<fleet::ServiceRecordDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->odometerSpin()->setValue(12100);
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Brake pads and check"));
    QTest::keyClicks(dialog->costEdit(), QStringLiteral("89.50"));
    const int planIndex = dialog->planBox()->findText(QStringLiteral("Brake check (test)"));
    QVERIFY(planIndex > 0);
    dialog->planBox()->setCurrentIndex(planIndex);
    dialog->receipts()->addFiles({receipt});
    QSignalSpy services(page, &VehiclePage::servicesLoaded);
    QSignalSpy plans(page, &VehiclePage::plansLoaded);
    click(dialog->saveButton());
    QVERIFY(services.wait(kTimeout));
    QVERIFY(plans.size() > 0 || plans.wait(kTimeout));

    // The server has the record with its receipt and plan, and the plan is done again.
    const QJsonArray records =
        m_http->get(QStringLiteral("/api/v1/vehicles/%1/service-records").arg(m_vehicleId))
            .results();
    QCOMPARE(records.size(), 1);
    const QJsonObject record = records.first().toObject();
    QCOMPARE(record[QLatin1String("cost_minor")].toInteger(), 8950);
    QCOMPARE(record[QLatin1String("odometer_km")].toInteger(), 12100);
    QCOMPARE(record[QLatin1String("media_ids")].toArray().size(), 1);
    QVERIFY(record[QLatin1String("plan_id")].toInteger() > 0);
    QCOMPARE(page->serviceTable()->rowCount(), 1);
    QTableWidget *planTable = page->planTable();
    for (int r = 0; r < planTable->rowCount(); ++r)
        QVERIFY(!planTable->item(r, VehiclePage::PlanLeftColumn)
                     ->text()
                     .contains(QLatin1String("OVERDUE")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->receiptLabel()->pixmap().isNull(), kTimeout);
    guitest::screenshot(m_workspace.get(), QStringLiteral("fleet-service-recorded"));
    click(page->backButton());
}

void TestFleetGui::aDispatcherOnlyLooks()
{
    TestHttpClient dispatcherHttp(m_server.baseUrl());
    QCOMPARE(dispatcherHttp.login(QStringLiteral("dispatcher@demo.local"), kDemoPassword).status,
             200);
    client::ApiClient dispatcherApi;
    dispatcherApi.setBaseUrl(m_server.baseUrl());
    dispatcherApi.setAccessToken(dispatcherHttp.token());
    FleetWorkspace workspace(&dispatcherApi);
    workspace.resize(1500, 1150);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    QSignalSpy vehicles(&workspace, &FleetWorkspace::vehiclesLoaded);
    QSignalSpy fleet(&workspace, &FleetWorkspace::fleetLoaded);
    workspace.start(true, m_zone);
    QVERIFY(vehicles.wait(kTimeout));
    QVERIFY(fleet.size() == 1 || fleet.wait(kTimeout));
    QVERIFY(workspace.vehicleModel()->rowCount() > 0); // dispatchers read the fleet
    QVERIFY(!workspace.newButton()->isVisible());
    QVERIFY(!workspace.editButton()->isVisible());

    // The vehicle page: nothing to record or change.
    QSignalSpy loaded(workspace.vehiclePage(), &VehiclePage::vehicleLoaded);
    workspace.openVehicle(workspace.vehicleModel()->vehicleAt(0).id);
    QVERIFY(loaded.wait(kTimeout));
    VehiclePage *page = workspace.vehiclePage();
    QVERIFY(page->isVisible());
    for (QPushButton *button :
         {page->editButton(), page->recordReadingButton(), page->addPlanButton(),
          page->editPlanButton(), page->removePlanButton(), page->recordServiceButton()})
        QVERIFY2(!button->isVisible(), qPrintable(button->objectName()));
    QVERIFY(page->backButton()->isVisible());
    guitest::screenshot(&workspace, QStringLiteral("fleet-dispatcher-vehicle"));
    click(page->backButton());

    // The day board: a drag changes nothing (and asks the server nothing).
    QVERIFY(showBoardOn(&workspace, m_day.addDays(1)));
    DayBoardView *boardView = workspace.dayBoard()->view();
    const qint64 vehicleId = m_spareVehicleId;
    QVERIFY(!boardView->driverOf(vehicleId));
    bringIntoView(workspace.dayBoard(), vehicleId);
    const qint64 technicianId = someTechnician(boardView, 0);
    QVERIFY(vehicleId != 0 && technicianId != 0);
    QSignalSpy boardLoaded(workspace.dayBoard(), &DayBoard::boardLoaded);
    QSignalSpy refused(workspace.dayBoard(), &DayBoard::changeRefused);
    QSignalSpy dropped(boardView, &DayBoardView::technicianDropped);
    drag(boardView, boardView->technicianRect(technicianId).center(),
         boardView->vehicleRect(vehicleId).center());
    QCOMPARE(dropped.size(), 0);
    QVERIFY(!boardLoaded.wait(500));
    QCOMPARE(refused.size(), 0);
    QVERIFY(!boardView->driverOf(vehicleId));
    QVERIFY(assignmentsOf(vehicleId, m_day.addDays(1)).isEmpty());
    guitest::screenshot(&workspace, QStringLiteral("fleet-dispatcher-board"));
}

FIELDDESK_TEST_MAIN(TestFleetGui)
} // namespace tst_fleet_gui
#include "tst_fleet_gui.moc"
