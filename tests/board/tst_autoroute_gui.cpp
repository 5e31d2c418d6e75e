// Auto-route, best slot and the multi-day timeline on the whole board, offscreen, against a
// real fielddesk-server with the demo week: a proposal is previewed in the timeline's compare
// mode, discarding it changes nothing on the server, applying it leaves the server exactly
// as proposed and undo takes it back; a job that changed meanwhile stops the apply and the
// dispatcher may plan again; the best slot's suggestion is assigned as suggested; three days
// show the jobs of the other days. Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/techniciantablemodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/dispatchboard/autoroutedialog.h"
#include "fielddesk/dispatchboard/autoroutepanel.h"
#include "fielddesk/dispatchboard/bestslotdialog.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/timeline/timelineview.h"

#include "answeredrequests.h"
#include "demoboardsignin.h"
#include "guitestenvironment.h"
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

namespace tst_autoroute_gui {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::dispatchboard::DispatchBoard;

namespace {

const QString &kPassword = kDemoPassword;
constexpr int kTimeout = 30000;
constexpr int kPlanTimeout = 60000;
constexpr double kTimeLimitS = 2.0;

// Where a job is on the server: technician (0: none), planned start, version.
struct ServerPlace
{
    qint64 technicianId = 0;
    qint64 startMs = kNoTime;
    qint64 version = 0;
    bool operator==(const ServerPlace &) const = default;
};

} // namespace

class TestAutoRouteGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_timeZone = startDemoAndSignInDispatcher(m_server, m_api, &error);
        QVERIFY2(m_timeZone.isValid(), qPrintable(error));
        m_other = std::make_unique<TestHttpClient>(m_server.baseUrl());
        QCOMPARE(m_other->login(QStringLiteral("manager@demo.local"), kPassword).status, 200);

        m_board = std::make_unique<DispatchBoard>(&m_api);
        m_board->resize(1600, 1000);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        m_board->start(m_timeZone, QStringLiteral("route-test"));
        waitForLoad();
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->feed()->state() ==
                                     client::LiveEventFeed::State::Connected,
                                 kTimeout);
    }

    void multiDayViewShowsTheOtherDays()
    {
        // The demo runs from three days back to three days ahead, and its technicians mostly
        // work Monday to Friday: three weekdays in a row among those days all have planned
        // jobs (seven days in a row always hold three such weekdays).
        const QDate today = store()->day();
        QDate first = today.addDays(-3);
        while (isWeekend(first) || isWeekend(first.addDays(1)) || isWeekend(first.addDays(2)))
            first = first.addDays(1);
        QVERIFY(first.addDays(2) <= today.addDays(3));
        if (first != today) {
            m_board->showDay(first);
            waitForLoad();
        }
        QCOMPARE(store()->dayCount(), 1);
        const QSet<qint64> oneDay = plannedJobIds();
        m_board->daysBox()->setCurrentIndex(m_board->daysBox()->findData(3));
        waitForLoad();
        QCOMPARE(store()->dayCount(), 3);
        QCOMPARE(store()->lastDay(), first.addDays(2));
        // Every planned job of the third day (as the server lists it) is on the board.
        const QSet<qint64> thirdDay = serverPlannedJobIds(first.addDays(2));
        QVERIFY(!thirdDay.isEmpty());
        for (const qint64 id : thirdDay)
            QVERIFY2(store()->job(id), qPrintable(QStringLiteral("job %1 missing").arg(id)));
        QVERIFY(!oneDay.contains(*thirdDay.cbegin()));
        // ... and drawn as a bar on its technician's row, right of the day separators.
        const qint64 jobId = *thirdDay.cbegin();
        const JobRecord *record = store()->job(jobId);
        QCOMPARE(store()->dayIndexOf(record->plannedStartMs), 2);
        timeline::TimelineView *view = m_board->timeline();
        QVERIFY(view->pixelsPerHour() < timeline::TimelineView::kMinPixelsPerHour);
        view->ensureJobVisible(jobId);
        const QRect bar = view->barRect(jobId);
        QVERIFY(!bar.isEmpty());
        QVERIFY(bar.left() > view->xForTime(store()->dayStartMs(2)) - 1);
        screenshot(m_board.get(), QStringLiteral("multiday-3"));
        m_board->showDayCount(7);
        waitForLoad();
        QCOMPARE(store()->dayCount(), 7);
        QVERIFY(store()->jobCount() > oneDay.size());
        screenshot(m_board.get(), QStringLiteral("multiday-7"));

        // Back to one day: the other days' jobs are gone, the usual zoom is back.
        m_board->showDayCount(1);
        waitForLoad();
        QCOMPARE(store()->dayCount(), 1);
        QVERIFY(!store()->job(jobId));
        QCOMPARE(plannedJobIds(), oneDay);
        QVERIFY(view->pixelsPerHour() >= timeline::TimelineView::kMinPixelsPerHour);
    }

    void discardingAProposalChangesNothing()
    {
        // The next weekday (the demo plans three days ahead): nothing under way, the engine
        // may move anything, and technicians at work.
        m_day = nextDemoWeekday(m_timeZone);
        m_board->showDay(m_day);
        waitForLoad();
        m_locationId = busiestLocation();
        QVERIFY(m_locationId != 0);
        const QHash<qint64, ServerPlace> before = serverPlaces();
        QVERIFY(!before.isEmpty());

        planAndWaitForPreview();
        AutoRouteSession *session = m_board->session()->autoRoute();
        const RoutePreview *preview = session->preview();
        QVERIFY(preview->rowCount() > 0);
        QVERIFY(m_board->autoRoutePanel()->isVisible());
        QVERIFY(m_board->autoRoutePanel()->applyButton()->isVisible());
        QVERIFY(m_board->autoRoutePanel()->summaryLabel()->text().contains(
            RoutePreview::durationText(preview->proposal().totals.travelAfterS)));
        timeline::TimelineView *view = m_board->timeline();
        QVERIFY(view->isComparing());
        showFirstMovedJob();
        screenshot(m_board.get(), QStringLiteral("autoroute-preview"));

        // Escape discards (the panel's Discard does the same).
        QAction *leave = m_board->findChild<QAction *>(QStringLiteral("leaveAutoRouteAction"));
        QVERIFY(leave && leave->isEnabled());
        QCOMPARE(leave->shortcut(), QKeySequence(Qt::Key_Escape));
        leave->trigger();
        QCOMPARE(session->state(), AutoRouteSession::State::Idle);
        QVERIFY(!leave->isEnabled());
        QVERIFY(!view->isComparing());
        QVERIFY(!m_board->autoRoutePanel()->isVisible());
        QCOMPARE(serverPlaces(), before);
    }

    void applyingAProposalLeavesTheServerAsProposed()
    {
        const QHash<qint64, ServerPlace> before = serverPlaces();
        planAndWaitForPreview();
        AutoRouteSession *session = m_board->session()->autoRoute();
        const RoutingProposal proposal = session->preview()->proposal();
        QVERIFY(!proposal.changedJobIds().isEmpty());
        QSignalSpy applied(session, &AutoRouteSession::applied);
        m_board->autoRoutePanel()->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kTimeout);
        QCOMPARE(session->state(), AutoRouteSession::State::Idle);
        QVERIFY(!m_board->timeline()->isComparing());

        // The server: every job where the proposal put it, the left-out ones unassigned.
        const QHash<qint64, ServerPlace> after = serverPlaces();
        verifyAsProposed(proposal, after);
        // The board too.
        for (const ProposedRoute &route : proposal.routes) {
            for (const ProposedJob &job : route.jobs) {
                const JobRecord *record = store()->job(job.jobId);
                QVERIFY(record);
                QCOMPARE(record->job.technicianId.value_or(0), route.technicianId);
                QCOMPARE(record->plannedStartMs, job.startMs);
            }
        }
        screenshot(m_board.get(), QStringLiteral("autoroute-applied"));

        // Undo sends everything back (one batch, with versions), redo applies it again.
        QUndoStack *stack = m_board->session()->flow()->undoStack();
        QVERIFY(stack->canUndo());
        QVERIFY(stack->undoText().contains(QString::number(proposal.id)));
        stack->undo();
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->flow()->isIdle(), kTimeout);
        const QHash<qint64, ServerPlace> undone = serverPlaces();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(undone.value(it.key()).technicianId, it->technicianId);
            QCOMPARE(undone.value(it.key()).startMs, it->startMs);
        }
        stack->redo();
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->flow()->isIdle(), kTimeout);
        verifyAsProposed(proposal, serverPlaces());
    }

    void aJobChangedMeanwhileStopsTheApply()
    {
        // Back to the day as it was before the route (undo once more), so that there is
        // something to change again.
        QUndoStack *stack = m_board->session()->flow()->undoStack();
        QVERIFY(stack->canUndo());
        stack->undo();
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->flow()->isIdle(), kTimeout);
        planAndWaitForPreview();
        AutoRouteSession *session = m_board->session()->autoRoute();
        const QList<qint64> changed = session->preview()->proposal().changedJobIds();
        QVERIFY(!changed.isEmpty());
        // Another dispatcher changes one of the jobs the proposal moves.
        const qint64 jobId = changed.first();
        const ServerPlace place = serverPlaces().value(jobId);
        const TestReply patched =
            m_other->patch(QStringLiteral("/api/v1/jobs/%1").arg(jobId),
                           {{QStringLiteral("notes"), QStringLiteral("Gate code 4711")},
                            {QStringLiteral("expected_version"), place.version}});
        QCOMPARE(patched.status, 200);
        const QHash<qint64, ServerPlace> before = serverPlaces();
        QVERIFY(before.value(jobId).version > place.version);
        QTRY_COMPARE_WITH_TIMEOUT(store()->confirmedVersion(jobId), before.value(jobId).version,
                                  kTimeout);

        m_board->autoRoutePanel()->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AutoRouteSession::State::Conflict, kTimeout);
        QVERIFY(m_board->autoRoutePanel()->replanButton()->isVisible());
        QVERIFY(session->preview()->isActive()); // the proposal stays in sight
        const QString message = m_board->autoRoutePanel()->messageLabel()->text();
        QVERIFY2(message.contains(store()->job(jobId)->job.title), qPrintable(message));
        screenshot(m_board.get(), QStringLiteral("autoroute-conflict"));
        QCOMPARE(serverPlaces(), before); // all or nothing: nothing

        // Plan again: a fresh proposal, made on the changed job.
        m_board->autoRoutePanel()->replanButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AutoRouteSession::State::Previewing,
                                  kPlanTimeout);
        QCOMPARE(session->preview()->proposal().expectedVersions.value(jobId),
                 before.value(jobId).version);
        m_board->autoRoutePanel()->discardButton()->click();
        QCOMPARE(serverPlaces(), before);
    }

    void theActionAsksWhatToPlan()
    {
        // Ctrl+R: the dialog (location, time limit), then planning in the strip; Escape on the
        // preview is not needed: Discard leaves everything as it was.
        QAction *action = m_board->findChild<QAction *>(QStringLiteral("autoRouteAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        bool answered = false;
        QTimer::singleShot(0, this, [this, &answered] {
            auto *dialog = m_board->findChild<dispatchboard::AutoRouteDialog *>();
            if (!dialog)
                return;
            auto *location = dialog->findChild<QComboBox *>(QStringLiteral("autoRouteLocation"));
            location->setCurrentIndex(location->findData(m_locationId));
            dialog->findChild<QDoubleSpinBox *>()->setValue(1);
            answered = location->count() >= 2 && location->currentIndex() >= 0;
            dialog->accept();
        });
        const AnsweredRequests requests(&m_api);
        action->trigger();
        QVERIFY(answered);
        AutoRouteSession *session = m_board->session()->autoRoute();
        QCOMPARE(session->state(), AutoRouteSession::State::Planning);
        QCOMPARE(session->request().locationId, m_locationId);
        QCOMPARE(session->request().date, store()->day());
        QCOMPARE(session->request().timeLimitS, 1.0);
        screenshot(m_board.get(), QStringLiteral("autoroute-planning"));
        // Cancel: nothing is previewed, nothing changes.
        const QHash<qint64, ServerPlace> before = serverPlaces();
        m_board->autoRoutePanel()->cancelButton()->click();
        QCOMPARE(session->state(), AutoRouteSession::State::Idle);
        // The plan's answer still comes (or its request ends): it must change nothing.
        QTRY_COMPARE_WITH_TIMEOUT(requests.count(QStringLiteral("/api/v1/routing/plan")), 1,
                                  kTimeout);
        QCOMPARE(session->state(), AutoRouteSession::State::Idle);
        QVERIFY(!m_board->timeline()->isComparing());
        QCOMPARE(serverPlaces(), before);
    }

    void bestSlotAssignsTheSuggestion()
    {
        // Ctrl+B on the first unassigned job with a window that someone can take (the demo
        // day may hold jobs whose skills no free technician has: their dialog says so).
        QAction *action = m_board->findChild<QAction *>(QStringLiteral("bestSlotAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        qint64 jobId = 0;
        dispatchboard::BestSlotDialog *dialog = nullptr;
        for (int row = 0; row < store()->jobCount() && !dialog; ++row) {
            const JobRecord &record = store()->jobAt(row);
            if (record.job.technicianId || record.job.status != JobStatus::New ||
                !record.hasWindow() || store()->dayIndexOf(record.windowStartMs) != 0)
                continue;
            m_board->selectJob(record.job.id);
            action->trigger();
            auto *candidate = m_board->findChild<dispatchboard::BestSlotDialog *>();
            QVERIFY(candidate);
            QCOMPARE(candidate->jobId(), record.job.id);
            QTRY_VERIFY_WITH_TIMEOUT(candidate->isLoaded(), kTimeout);
            if (candidate->suggestions().isEmpty()) {
                candidate->reject();
                QTRY_VERIFY(!m_board->findChild<dispatchboard::BestSlotDialog *>());
                continue;
            }
            jobId = record.job.id;
            dialog = candidate;
        }
        QVERIFY2(dialog, "no unassigned job with a window on the day that someone can take");
        QCOMPARE(dialog->suggestionList()->topLevelItemCount(), int(dialog->suggestions().size()));
        screenshot(dialog, QStringLiteral("best-slot"));
        const BestSlot best = dialog->suggestions().first();
        QCOMPARE(dialog->chosen()->technicianId, best.technicianId);
        // Enter takes the selected (the best) suggestion.
        QTest::keyClick(dialog->suggestionList(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (auto *warnings = m_board->findChild<QMessageBox *>(
                        QStringLiteral("assignmentWarningsDialog"));
                    warnings && warnings->isVisible())
                    warnings->findChild<QPushButton *>(QStringLiteral("assignAnywayButton"))
                        ->click();
                return m_board->session()->flow()->isIdle() && store()->job(jobId) &&
                       !store()->job(jobId)->pending;
            }(),
            kTimeout);
        const ServerPlace place =
            serverPlaces(QStringLiteral("&location_id=%1").arg(store()->job(jobId)->job.locationId))
                .value(jobId);
        QCOMPARE(place.technicianId, best.technicianId);
        QCOMPARE(place.startMs, best.startMs);
        QVERIFY(m_board->session()->flow()->undoStack()->canUndo());

        // Another job (the first that someone can take): one click on the last suggestion.
        qint64 otherId = 0;
        dispatchboard::BestSlotDialog *second = nullptr;
        for (int row = 0; row < store()->jobCount() && !second; ++row) {
            const JobRecord &record = store()->jobAt(row);
            if (record.job.technicianId || record.job.status != JobStatus::New ||
                record.job.id == jobId || !record.hasWindow() ||
                store()->dayIndexOf(record.windowStartMs) != 0)
                continue;
            dispatchboard::BestSlotDialog *candidate = m_board->findBestSlot(record.job.id);
            QVERIFY(candidate);
            QTRY_VERIFY_WITH_TIMEOUT(candidate->isLoaded(), kTimeout);
            if (candidate->suggestions().isEmpty()) {
                candidate->reject();
                continue;
            }
            otherId = record.job.id;
            second = candidate;
        }
        QVERIFY2(second, "no second job that someone can take");
        const int last = int(second->suggestions().size()) - 1;
        const BestSlot chosen = second->suggestions().at(last);
        QTreeWidget *list = second->suggestionList();
        const QRect item = list->visualItemRect(list->topLevelItem(last));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (auto *warnings = m_board->findChild<QMessageBox *>(
                        QStringLiteral("assignmentWarningsDialog"));
                    warnings && warnings->isVisible())
                    warnings->findChild<QPushButton *>(QStringLiteral("assignAnywayButton"))
                        ->click();
                return m_board->session()->flow()->isIdle() && store()->job(otherId) &&
                       store()->job(otherId)->job.technicianId && !store()->job(otherId)->pending;
            }(),
            kTimeout);
        const ServerPlace otherPlace =
            serverPlaces(
                QStringLiteral("&location_id=%1").arg(store()->job(otherId)->job.locationId))
                .value(otherId);
        QCOMPARE(otherPlace.technicianId, chosen.technicianId);
        QCOMPARE(otherPlace.startMs, chosen.startMs);
    }

    void cleanupTestCase()
    {
        m_board.reset();
        m_server.stop();
    }

private:
    DispatchStore *store() const { return m_board->session()->store(); }

    void waitForLoad()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_board->session()->loader()->isLoading() && store()->technicianCount() > 0, kTimeout);
    }

    QSet<qint64> plannedJobIds() const
    {
        QSet<qint64> ids;
        for (int row = 0; row < store()->jobCount(); ++row) {
            if (store()->jobAt(row).isPlanned())
                ids.insert(store()->jobAt(row).job.id);
        }
        return ids;
    }

    QJsonArray serverJobs(const QString &query)
    {
        TestHttpClient http(m_server.baseUrl());
        http.setToken(m_api.accessToken());
        return http.get(QStringLiteral("/api/v1/jobs?limit=500") + query).results();
    }

    QSet<qint64> serverPlannedJobIds(QDate day)
    {
        QSet<qint64> ids;
        for (const QJsonValue &value :
             serverJobs(QStringLiteral("&date=") + day.toString(Qt::ISODate))) {
            const QJsonObject job = value.toObject();
            if (!job.value(QLatin1String("planned_start")).toString().isEmpty() &&
                dayOf(job.value(QLatin1String("planned_start")).toString()) == day)
                ids.insert(job.value(QLatin1String("id")).toInteger());
        }
        return ids;
    }

    QDate dayOf(const QString &timestamp) const
    {
        return QDateTime::fromMSecsSinceEpoch(timestampMs(timestamp), m_timeZone).date();
    }

    // The day's jobs of the location (or as query says) as the server has them now.
    QHash<qint64, ServerPlace> serverPlaces(const QString &query = {})
    {
        QHash<qint64, ServerPlace> places;
        const QString filter =
            query.isEmpty() ? QStringLiteral("&location_id=%1").arg(m_locationId) : query;
        for (const QJsonValue &value :
             serverJobs(QStringLiteral("&date=%1").arg(m_day.toString(Qt::ISODate)) + filter)) {
            const QJsonObject job = value.toObject();
            places.insert(job.value(QLatin1String("id")).toInteger(),
                          {job.value(QLatin1String("technician_id")).toInteger(),
                           timestampMs(job.value(QLatin1String("planned_start")).toString()),
                           job.value(QLatin1String("version")).toInteger()});
        }
        return places;
    }

    // The location where the day shown has the most to plan: jobs the engine may move, and
    // technicians at work that day (on a weekend most locations have jobs but nobody working).
    qint64 busiestLocation() const
    {
        QHash<qint64, int> working;
        for (int row = 0; row < store()->technicianCount(); ++row) {
            const TechnicianRecord &record = store()->technicianAt(row);
            if (record.shift.isValid())
                ++working[record.technician.locationId];
        }
        QHash<qint64, int> jobs;
        for (int row = 0; row < store()->jobCount(); ++row) {
            const JobRecord &record = store()->jobAt(row);
            if (working.contains(record.job.locationId) && !isTerminal(record.job.status))
                ++jobs[record.job.locationId];
        }
        const auto score = [&](qint64 location) {
            return std::min(jobs.value(location), 4 * working.value(location));
        };
        qint64 busiest = 0;
        for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
            if (busiest == 0 || score(it.key()) > score(busiest))
                busiest = it.key();
        }
        return busiest;
    }

    void planAndWaitForPreview()
    {
        AutoRouteSession *session = m_board->session()->autoRoute();
        QSignalSpy progress(session, &AutoRouteSession::progressChanged);
        RoutingClient::PlanRequest request;
        request.locationId = m_locationId;
        request.date = m_day;
        request.timeLimitS = kTimeLimitS;
        session->plan(request);
        QCOMPARE(session->state(), AutoRouteSession::State::Planning);
        QVERIFY(m_board->autoRoutePanel()->isVisible());
        QVERIFY(m_board->autoRoutePanel()->cancelButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AutoRouteSession::State::Previewing,
                                  kPlanTimeout);
        // The server's progress events reached the board (matched by the request's id):
        // the session itself only reports 0 and 1.
        bool fromServer = false;
        for (const QList<QVariant> &report : std::as_const(progress))
            fromServer = fromServer || (report.at(0).toDouble() > 0 && report.at(0).toDouble() < 1);
        QVERIFY(fromServer);
        qInfo("planned in %lld ms; %lld progress reports; %d change(s)",
              session->planningElapsedMs(), qint64(progress.size()),
              session->preview()->rowCount());
    }

    void showFirstMovedJob()
    {
        // A job the proposal moves from where it was: both its new bar and its outline show.
        const RoutePreview *preview = m_board->session()->autoRoute()->preview();
        timeline::TimelineView *view = m_board->timeline();
        for (const RoutePreview::Change &change : preview->changes()) {
            if (change.kind != RoutePreview::ChangeKind::Moved)
                continue;
            const int row = view->rowOfTechnician(*change.toTechnicianId);
            if (row < 0)
                continue;
            view->verticalScrollBar()->setValue(std::max(0, row - 3) *
                                                timeline::TimelineView::kRowHeight);
            view->scrollToTime(std::min(change.fromStartMs, change.toStartMs));
            // Its new technician selected: the map shows the proposed route.
            QAbstractItemModel *technicians = m_board->technicianTable()->model();
            for (int r = 0; r < technicians->rowCount(); ++r) {
                const QModelIndex index = technicians->index(r, 0);
                if (index.data(TechnicianTableModel::TechnicianIdRole).toLongLong() ==
                    *change.toTechnicianId)
                    m_board->technicianTable()->setCurrentIndex(index);
            }
            QVERIFY(!view->proposedBarRect(change.jobId).isEmpty());
            if (view->rowOfTechnician(*change.fromTechnicianId) >= 0 &&
                std::abs(view->rowOfTechnician(*change.fromTechnicianId) - row) < 10)
                QVERIFY(!view->outlineRect(change.jobId).isEmpty());
            return;
        }
    }

    void verifyAsProposed(const RoutingProposal &proposal, const QHash<qint64, ServerPlace> &now)
    {
        for (const ProposedRoute &route : proposal.routes) {
            for (const ProposedJob &job : route.jobs) {
                QVERIFY2(now.contains(job.jobId), qPrintable(QString::number(job.jobId)));
                QCOMPARE(now.value(job.jobId).technicianId, route.technicianId);
                QCOMPARE(now.value(job.jobId).startMs, job.startMs);
            }
        }
        for (const LeftOutJob &job : proposal.leftOut)
            QCOMPARE(now.value(job.jobId).technicianId, qint64(0));
    }

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<TestHttpClient> m_other;
    QTimeZone m_timeZone;
    std::unique_ptr<DispatchBoard> m_board;
    QDate m_day;
    qint64 m_locationId = 0;
};

FIELDDESK_GUI_TEST_MAIN(TestAutoRouteGui)
} // namespace tst_autoroute_gui

#include "tst_autoroute_gui.moc"
