// The dispatch board offscreen against a real fielddesk-server with the demo day: a job made
// by the test, dropped from the job grid on a technician's row, is assigned on the server
// (warnings overridden on purpose in the dialog), undo and redo go to the server, a change
// made meanwhile by another dispatcher snaps the board back and says who made it, and changes
// by others arrive live. Set FIELDDESK_SCREENSHOT_DIR to keep pictures of the board.

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobfilterproxy.h"
#include "fielddesk/board/jobtablemodel.h"
#include "fielddesk/board/techniciantablemodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/dispatchboard/jobfilterbar.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/timeline/timelineview.h"

#include "demoboardsignin.h"
#include "guitestenvironment.h"
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace tst_dispatchboard_gui {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::dispatchboard::DispatchBoard;

namespace {

const QString &kPassword = kDemoPassword;
constexpr int kTimeout = 30000;
constexpr double kServerSpeedKmh = 27.0;
constexpr double kServerRoadFactor = 1.45;

} // namespace

class TestDispatchBoardGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        // Travel settings other than the defaults: the board must estimate as the server does.
        m_timeZone = startDemoAndSignInDispatcher(
            m_server, m_api, &error,
            {QStringLiteral("FIELDDESK_TRAVEL_SPEED_KMH=%1").arg(kServerSpeedKmh),
             QStringLiteral("FIELDDESK_TRAVEL_ROAD_FACTOR=%1").arg(kServerRoadFactor)});
        QVERIFY2(m_timeZone.isValid(), qPrintable(error));
        m_other = std::make_unique<TestHttpClient>(m_server.baseUrl());
        const TestReply other = m_other->login(QStringLiteral("manager@demo.local"), kPassword);
        QCOMPARE(other.status, 200);
        m_otherName = other.json()
                          .value(QLatin1String("user"))
                          .toObject()
                          .value(QLatin1String("name"))
                          .toString();

        m_board = std::make_unique<DispatchBoard>(&m_api);
        m_board->resize(1600, 1000);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        m_board->start(m_timeZone, QStringLiteral("gui-test"));
        QTRY_VERIFY_WITH_TIMEOUT(!loader()->isLoading() && store()->technicianCount() > 0,
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->feed()->state() ==
                                     client::LiveEventFeed::State::Connected,
                                 kTimeout);
        findCandidate();
        QVERIFY2(m_jobId != 0, "no job to assign");
        screenshot(m_board.get(), QStringLiteral("board-loaded"));
    }

    void eachTechnicianShowsTheVehicleTheServerSaysTheyDrive()
    {
        // The day's drivers as the server tells a manager, and the technicians' table as the
        // dispatcher sees it: each driver's row names their vehicle.
        const QJsonArray drivers = m_other
                                       ->get(QStringLiteral("/api/v1/vehicle-assignments?date=%1")
                                                 .arg(store()->day().toString(Qt::ISODate)))
                                       .results();
        QVERIFY(!drivers.isEmpty()); // the demo's technicians drive every day
        const QAbstractItemModel *table = m_board->technicianTable()->model();
        const auto vehicleShownFor = [table](const QString &technician) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->index(row, board::TechnicianTableModel::NameColumn).data().toString() ==
                    technician)
                    return table->index(row, board::TechnicianTableModel::VehicleColumn)
                        .data()
                        .toString();
            }
            return QString();
        };
        int compared = 0;
        for (const QJsonValue &value : drivers) {
            const QJsonObject driver = value.toObject();
            if (store()->rowOfTechnician(driver.value(QLatin1String("technician_id")).toInteger()) <
                0)
                continue; // another location's
            const QString technician = driver.value(QLatin1String("technician_name")).toString();
            const QString vehicle = driver.value(QLatin1String("vehicle_name")).toString();
            QTRY_VERIFY2_WITH_TIMEOUT(vehicleShownFor(technician).contains(vehicle),
                                      qPrintable(technician + QStringLiteral(": ") + vehicle),
                                      kTimeout);
            ++compared;
        }
        QVERIFY(compared > 0);
    }

    void theJobGridShowsEachAddressesStreet()
    {
        // A fresh layout: At risk, the last column, must not take the address's room.
        const QTableView *grid = m_board->jobTable();
        const QHeaderView *header = grid->horizontalHeader();
        const QFontMetrics metrics(grid->font());
        QVERIFY(grid->model()->rowCount() >= 10);
        for (int row = 0; row < 10; ++row) {
            const QString address =
                grid->model()->index(row, board::JobTableModel::AddressColumn).data().toString();
            const QString street = address.section(QLatin1Char(','), 0, 0);
            const int width = header->sectionSize(board::JobTableModel::AddressColumn);
            QVERIFY2(width > metrics.horizontalAdvance(street) + 2 * metrics.averageCharWidth(),
                     qPrintable(QStringLiteral("\"%1\" in %2 px").arg(street).arg(width)));
        }
    }

    void travelGapsAreTheServersEstimate()
    {
        // The board estimates travel with the server's settings, not defaults of its own...
        QCOMPARE(store()->travelModel().speedKmh, kServerSpeedKmh);
        QCOMPARE(store()->travelModel().roadFactor, kServerRoadFactor);
        // ...so every travel gap of the day is the one the server's schedule answers. On a
        // weekend few technicians work: the weekday before (the demo goes three days back).
        const QDate shown = store()->day();
        QDate day = shown;
        while (day.dayOfWeek() >= 6)
            day = day.addDays(-1);
        if (day != shown) {
            m_board->showDay(day);
            QTRY_VERIFY_WITH_TIMEOUT(!loader()->isLoading() && store()->day() == day, kTimeout);
        }
        int compared = 0;
        for (int row = 0; row < store()->technicianCount(); ++row) {
            const TechnicianRecord &technician = store()->technicianAt(row);
            if (technician.jobRows.size() < 2)
                continue;
            const TestReply schedule =
                m_other->get(QStringLiteral("/api/v1/technicians/%1/schedule?date=%2")
                                 .arg(technician.technician.id)
                                 .arg(store()->day().toString(Qt::ISODate)));
            QCOMPARE(schedule.status, 200);
            for (const QJsonValue &stop : schedule.json().value(QLatin1String("jobs")).toArray()) {
                const qint64 jobId = stop.toObject()
                                         .value(QLatin1String("job"))
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toInteger();
                const JobRecord *record = store()->job(jobId);
                QVERIFY2(record, qPrintable(QString::number(jobId)));
                QCOMPARE(record->travelBeforeSec,
                         stop.toObject().value(QLatin1String("travel_from_previous_s")).toInt());
                ++compared;
            }
        }
        QVERIFY2(compared >= 5, qPrintable(QString::number(compared)));
        if (day != shown) {
            m_board->showDay(shown);
            QTRY_VERIFY_WITH_TIMEOUT(!loader()->isLoading() && store()->day() == shown, kTimeout);
        }
    }

    void dropFromTheGridAssignsOnTheServer()
    {
        const JobRecord *record = store()->job(m_jobId);
        QVERIFY(record && !record->job.technicianId);
        // The drag from the job grid: its MIME data for the job's row.
        m_board->filterBar()->searchEdit()->setText(QString());
        const int storeRow = store()->rowOfJob(m_jobId);
        const QModelIndex sourceIndex = m_board->jobProxy()->sourceModel()->index(storeRow, 0);
        const QModelIndex proxyIndex = m_board->jobProxy()->mapFromSource(sourceIndex);
        QVERIFY(proxyIndex.isValid());
        std::unique_ptr<QMimeData> mime(m_board->jobProxy()->mimeData({proxyIndex}));
        QVERIFY(mime);

        timeline::TimelineView *timeline = m_board->timeline();
        const int row = timeline->rowOfTechnician(m_technicianId);
        QVERIFY(row >= 0);
        timeline->verticalScrollBar()->setValue(row * timeline::TimelineView::kRowHeight);
        timeline->scrollToTime(m_startMs);
        const QPoint target(timeline->xForTime(m_startMs) + 1, timeline->rowRect(row).center().y());
        QDragEnterEvent enter(target, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(timeline->viewport(), &enter);
        QDropEvent drop(target, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(timeline->viewport(), &drop);

        // At once: on the technician's row, pending.
        QVERIFY(store()->job(m_jobId)->pending);
        QCOMPARE(store()->job(m_jobId)->job.technicianId, m_technicianId);
        screenshot(m_board.get(), QStringLiteral("board-pending"));
        settleOverridingWarnings();
        QCOMPARE(store()->job(m_jobId)->job.technicianId, m_technicianId);
        QCOMPARE(store()->job(m_jobId)->plannedStartMs, m_startMs);

        const QJsonObject onServer = serverJob(m_jobId);
        QCOMPARE(onServer.value(QLatin1String("technician_id")).toInteger(), m_technicianId);
        QCOMPARE(timestampMs(onServer.value(QLatin1String("planned_start")).toString()), m_startMs);
        QCOMPARE(onServer.value(QLatin1String("status")).toString(), QStringLiteral("scheduled"));
        m_board->selectJob(m_jobId);
        screenshot(m_board.get(), QStringLiteral("board-assigned"));
    }

    void undoAndRedoGoToTheServer()
    {
        QUndoStack *stack = m_board->session()->flow()->undoStack();
        QVERIFY(stack->canUndo());
        stack->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!store()->job(m_jobId)->pending, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(serverJob(m_jobId).value(QLatin1String("technician_id")).isNull(),
                                 kTimeout);
        QVERIFY(!store()->job(m_jobId)->job.technicianId);
        stack->redo();
        settleOverridingWarnings();
        QCOMPARE(serverJob(m_jobId).value(QLatin1String("technician_id")).toInteger(),
                 m_technicianId);
    }

    void aChangeByAnotherDispatcherSnapsBack()
    {
        // The live feed would tell the board at once; without it, the board's version is old.
        m_board->session()->feed()->stop();
        const qint64 version = serverJob(m_jobId).value(QLatin1String("version")).toInteger();
        const TestReply unassigned =
            m_other->post(QStringLiteral("/api/v1/jobs/%1/unassign").arg(m_jobId),
                          {{QStringLiteral("expected_version"), version}});
        QCOMPARE(unassigned.status, 200);
        QVERIFY(store()->job(m_jobId)->job.technicianId); // the board does not know yet

        // The dispatcher drags the bar an hour later.
        m_board->session()->flow()->assign(
            m_jobId, m_technicianId,
            QDateTime::fromMSecsSinceEpoch(m_startMs + 3600 * 1000, m_timeZone));
        QTRY_VERIFY_WITH_TIMEOUT(m_board->notice()->isVisible(), kTimeout);
        const QString notice = m_board->notice()->text();
        QVERIFY2(notice.contains(m_otherName), qPrintable(notice));
        QVERIFY(!store()->job(m_jobId)->pending);
        QVERIFY(!store()->job(m_jobId)->job.technicianId); // snapped back to the server's state
        QVERIFY(serverJob(m_jobId).value(QLatin1String("technician_id")).isNull());
        screenshot(m_board.get(), QStringLiteral("board-conflict"));
    }

    void changesByOthersArriveLive()
    {
        m_board->session()->feed()->start(m_server.baseUrl(),
                                          [this] { return m_api.accessToken(); });
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->feed()->state() ==
                                     client::LiveEventFeed::State::Connected,
                                 kTimeout);
        const QJsonObject job = serverJob(m_jobId);
        QElapsedTimer sinceRequest;
        sinceRequest.start();
        const TestReply assigned = m_other->post(
            QStringLiteral("/api/v1/jobs/%1/assign").arg(m_jobId),
            {{QStringLiteral("technician_id"), m_technicianId},
             {QStringLiteral("planned_start"),
              toTimestamp(QDateTime::fromMSecsSinceEpoch(m_startMs))},
             {QStringLiteral("expected_version"), job.value(QLatin1String("version"))},
             {QStringLiteral("force"), true}});
        QCOMPARE(assigned.status, 200);
        const qint64 answered = sinceRequest.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(store()->job(m_jobId)->job.technicianId == m_technicianId, 5000);
        // The bar: visible in the other console within 200 ms.
        qInfo("live update on the board %lld ms after the other client sent its change "
              "(its answer came after %lld ms)",
              sinceRequest.elapsed(), answered);
    }

    void dispatchesAndRecalls()
    {
        QCOMPARE(store()->job(m_jobId)->job.status, JobStatus::Scheduled);
        m_board->session()->flow()->changeStatus({m_jobId}, JobStatus::Dispatched);
        settleOverridingWarnings();
        QCOMPARE(serverJob(m_jobId).value(QLatin1String("status")).toString(),
                 QStringLiteral("dispatched"));
        m_board->session()->flow()->undoStack()->undo();
        settleOverridingWarnings();
        QCOMPARE(serverJob(m_jobId).value(QLatin1String("status")).toString(),
                 QStringLiteral("scheduled"));
        QCOMPARE(store()->job(m_jobId)->job.status, JobStatus::Scheduled);
    }

    void filtersAndSearch()
    {
        const int all = m_board->jobProxy()->rowCount();
        QVERIFY(all > 0);
        m_board->filterBar()->unassignedBox()->setChecked(true);
        const int unassigned = m_board->jobProxy()->rowCount();
        QVERIFY(unassigned < all);
        m_board->filterBar()->unassignedBox()->setChecked(false);
        const QString title = store()->job(m_jobId)->job.title;
        m_board->filterBar()->searchEdit()->setText(title);
        QVERIFY(m_board->jobProxy()->rowCount() >= 1);
        QVERIFY(m_board->jobProxy()->rowCount() < all);
        m_board->filterBar()->searchEdit()->clear();
        QCOMPARE(m_board->jobProxy()->rowCount(), all);

        // A filter saved by name comes back.
        m_board->filterBar()->unassignedBox()->setChecked(true);
        m_board->filterBar()->saveFilter(QStringLiteral("Backlog / today"));
        m_board->filterBar()->unassignedBox()->setChecked(false);
        QCOMPARE(m_board->jobProxy()->rowCount(), all);
        QCOMPARE(m_board->filterBar()->savedFilterNames(),
                 QStringList{QStringLiteral("Backlog / today")});
        QVERIFY(m_board->filterBar()->applySavedFilter(QStringLiteral("Backlog / today")));
        QCOMPARE(m_board->jobProxy()->rowCount(), unassigned);
        m_board->filterBar()->deleteSavedFilter(QStringLiteral("Backlog / today"));
        QVERIFY(m_board->filterBar()->savedFilterNames().isEmpty());
        m_board->filterBar()->unassignedBox()->setChecked(false);
    }

    void assignsFromTheKeyboard()
    {
        // Another unassigned job of the same location, made here (the demo day need not have
        // one), reaches the board live: select it, select the technician, Ctrl+Enter.
        const JobRecord &first = *store()->job(m_jobId);
        const TestReply created =
            m_other->post(QStringLiteral("/api/v1/jobs"),
                          {{QStringLiteral("title"), QStringLiteral("Keyboard assignment")},
                           {QStringLiteral("location_id"), first.job.locationId},
                           {QStringLiteral("window_start"), first.job.windowStart},
                           {QStringLiteral("window_end"), first.job.windowEnd}});
        QVERIFY2(created.status == 201, created.body.constData());
        const qint64 jobId = created.id();
        QTRY_VERIFY_WITH_TIMEOUT(store()->job(jobId), kTimeout);
        QCOMPARE(store()->job(jobId)->job.status, JobStatus::New);
        m_board->selectJob(jobId);
        QTableView *technicians = m_board->technicianTable();
        for (int row = 0; row < technicians->model()->rowCount(); ++row) {
            const QModelIndex index = technicians->model()->index(row, 0);
            if (index.data(TechnicianTableModel::TechnicianIdRole).toLongLong() == m_technicianId)
                technicians->setCurrentIndex(index);
        }
        QAction *assign = m_board->findChild<QAction *>(QStringLiteral("assignAction"));
        QVERIFY(assign);
        QCOMPARE(assign->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        assign->trigger();
        const qint64 saved = m_jobId;
        m_jobId = jobId;
        settleOverridingWarnings();
        m_jobId = saved;
        QCOMPARE(serverJob(jobId).value(QLatin1String("technician_id")).toInteger(),
                 m_technicianId);
    }

    void namesLocations()
    {
        const QModelIndex location =
            m_board->technicianTable()->model()->index(0, TechnicianTableModel::LocationColumn);
        bool isNumber = true;
        QTRY_VERIFY_WITH_TIMEOUT((location.data().toString().toLongLong(&isNumber), !isNumber),
                                 kTimeout);
        const int all = m_board->jobProxy()->rowCount();
        QComboBox *locations = m_board->filterBar()->locationBox();
        QVERIFY(locations->count() > 2); // "All" and the demo tenant's locations
        locations->setCurrentIndex(1);
        QVERIFY(m_board->jobProxy()->rowCount() < all);
        locations->setCurrentIndex(0);
        QCOMPARE(m_board->jobProxy()->rowCount(), all);
    }

    void keepsTheLayoutPerUser()
    {
        QSettings().remove(QStringLiteral("Board/gui-test"));
        // Hiding a dock and closing the console (the board goes with the main window)...
        auto *mapDock = m_board->findChild<QDockWidget *>(QStringLiteral("mapDock"));
        QVERIFY(mapDock);
        mapDock->hide();
        m_board.reset();
        QVERIFY(!QSettings().value(QStringLiteral("Board/gui-test/state")).toByteArray().isEmpty());
        // ... and the next board for the same dispatcher has it hidden too.
        m_board = std::make_unique<DispatchBoard>(&m_api);
        m_board->resize(1600, 1000);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        m_board->start(m_timeZone, QStringLiteral("gui-test"));
        QVERIFY(m_board->findChild<QDockWidget *>(QStringLiteral("mapDock"))->isHidden());
        QVERIFY(m_board->findChild<QDockWidget *>(QStringLiteral("jobsDock"))->isVisible());
    }

    void openingAJobOfAnotherDaySelectsItOnceThatDayIsIn()
    {
        // As the approvals inbox does for a time off's conflicts: the board is on another day.
        const QDate jobDay = store()->day();
        m_board->showDay(jobDay.addDays(3));
        QTRY_VERIFY_WITH_TIMEOUT(!loader()->isLoading() && store()->day() == jobDay.addDays(3),
                                 kTimeout);
        m_board->openJob(m_jobId, jobDay);
        QTRY_COMPARE_WITH_TIMEOUT(m_board->selectedJobIds(), QList<qint64>{m_jobId}, kTimeout);
        QCOMPARE(store()->day(), jobDay);
    }

    void cleanupTestCase()
    {
        m_board.reset();
        m_server.stop();
    }

private:
    DispatchStore *store() const { return m_board->session()->store(); }
    DispatchLoader *loader() const { return m_board->session()->loader(); }

    QJsonObject serverJob(qint64 id)
    {
        TestHttpClient http(m_server.baseUrl());
        http.setToken(m_api.accessToken());
        return http.get(QStringLiteral("/api/v1/jobs/%1").arg(id)).json();
    }

    // The assignment settles; a warnings dialog on the way is answered "assign anyway".
    void settleOverridingWarnings()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                if (auto *dialog = m_board->findChild<QMessageBox *>(
                        QStringLiteral("assignmentWarningsDialog"));
                    dialog && dialog->isVisible()) {
                    screenshot(dialog, QStringLiteral("board-warnings"));
                    dialog->findChild<QPushButton *>(QStringLiteral("assignAnywayButton"))->click();
                }
                return m_board->session()->flow()->isIdle() && !store()->job(m_jobId)->pending;
            }(),
            kTimeout);
    }

    // A technician who works on a day of the demo week, and an unassigned job made here at
    // that technician's location with a window in the shift (the demo data need not have one).
    void findCandidate()
    {
        qint64 locationId = 0;
        qint64 shiftStartMs = kNoTime;
        for (int attempt = 0; attempt < 7 && m_technicianId == 0; ++attempt) {
            if (attempt > 0) {
                m_board->showDay(store()->day().addDays(1));
                QTRY_VERIFY_WITH_TIMEOUT(!loader()->isLoading(), kTimeout);
            }
            for (int t = 0; t < store()->technicianCount() && m_technicianId == 0; ++t) {
                const TechnicianRecord &technician = store()->technicianAt(t);
                if (technician.technician.active && technician.shift.isValid()) {
                    m_technicianId = technician.technician.id;
                    locationId = technician.technician.locationId;
                    shiftStartMs = technician.shift.startMs;
                }
            }
        }
        QVERIFY2(m_technicianId != 0, "no technician works this week");
        // An hour into the shift, on the five-minute grid; the window is three hours long.
        const qint64 step = 5 * 60 * 1000;
        m_startMs = (shiftStartMs + 3600 * 1000 + step - 1) / step * step;
        const auto timestamp = [](qint64 ms) {
            return toTimestamp(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
        };
        const TestReply created =
            m_other->post(QStringLiteral("/api/v1/jobs"),
                          {{QStringLiteral("title"), QStringLiteral("Board test job")},
                           {QStringLiteral("location_id"), locationId},
                           {QStringLiteral("duration_min"), 60},
                           {QStringLiteral("window_start"), timestamp(m_startMs)},
                           {QStringLiteral("window_end"), timestamp(m_startMs + 3 * 3600 * 1000)}});
        QVERIFY2(created.status == 201, created.body.constData());
        m_jobId = created.id();
        QTRY_VERIFY_WITH_TIMEOUT(store()->job(m_jobId), kTimeout);
    }

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<TestHttpClient> m_other;
    QString m_otherName;
    QTimeZone m_timeZone;
    std::unique_ptr<DispatchBoard> m_board;
    qint64 m_jobId = 0;
    qint64 m_technicianId = 0;
    qint64 m_startMs = 0;
};

FIELDDESK_GUI_TEST_MAIN(TestDispatchBoardGui)
} // namespace tst_dispatchboard_gui

#include "tst_dispatchboard_gui.moc"
