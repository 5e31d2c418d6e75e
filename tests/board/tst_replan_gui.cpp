// A technician who cannot work, re-planned from the board, offscreen, against a real
// fielddesk-server with the demo week: the time off dialog offers "Record and re-plan N jobs"
// for the jobs it collides with (the same jobs the server has on that technician then), the
// proposal shows in the auto-route strip and the timeline's compare mode with none of those
// jobs left on the absent technician and everyone else's jobs where they were, Apply leaves
// the server as proposed, one Ctrl+Z puts every job back; the time off's own menu on the
// timeline offers the same re-plan again, and so does an approved time off's job opened on
// the board from another day. Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/dispatchboard/autoroutepanel.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/dispatchboard/timeoffdialog.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/timeline/timelineview.h"

#include "contextmenu.h"
#include "demoboardsignin.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace tst_replan_gui {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::dispatchboard::DispatchBoard;

namespace {

constexpr int kTimeout = 30000;
constexpr int kPlanTimeout = 60000;

// A job as the server has it now: its technician (0: none) and planned start.
struct ServerJob
{
    qint64 technicianId = 0;
    qint64 startMs = kNoTime;
};

} // namespace

class TestReplanGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_zone = startDemoAndSignInDispatcher(m_server, m_api, &error);
        QVERIFY2(m_zone.isValid(), qPrintable(error));
        m_http = std::make_unique<TestHttpClient>(m_server.baseUrl());
        m_http->setToken(m_api.accessToken());

        m_board = std::make_unique<DispatchBoard>(&m_api);
        m_board->resize(1600, 1000);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        m_board->start(m_zone, QStringLiteral("replan-test"));
        waitForLoad();
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->feed()->state() ==
                                     client::LiveEventFeed::State::Connected,
                                 kTimeout);
        // The next weekday: technicians at work, jobs booked, nothing under way yet.
        m_day = nextDemoWeekday(m_zone);
        m_board->showDay(m_day);
        waitForLoad();
    }

    void aSickTechniciansDayIsReplannedFromTheTimeOffDialog()
    {
        pickTechnician();
        QVERIFY2(m_technicianId != 0, "no technician with two jobs among working colleagues");
        const QDateTime from(m_day, QTime(6, 0), m_zone);
        const QDateTime to(m_day, QTime(22, 0), m_zone);
        m_before = serverJobs();
        // What the server has on the technician that day: the jobs the re-plan is about.
        QSet<qint64> theirs;
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            if (it->technicianId == m_technicianId)
                theirs.insert(it.key());
        }
        QVERIFY(theirs.size() >= 2);

        QPointer<dispatchboard::TimeOffDialog> dialog =
            m_board->openTimeOff(m_technicianId, from, to);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->reasonEdit()->setText(QStringLiteral("Sick"));
        QPushButton *replan = dialog->saveAndReplanButton();
        QVERIFY(replan->isVisible());
        QVERIFY2(replan->text().contains(QString::number(theirs.size())),
                 qPrintable(replan->text()));
        QCOMPARE(QSet<qint64>(dialog->replan().jobIds.cbegin(), dialog->replan().jobIds.cend()),
                 theirs);
        guitest::screenshot(dialog, QStringLiteral("replan-time-off-dialog"));
        // A period without jobs offers no re-plan.
        dialog->fromEdit()->setDateTime(QDateTime(m_day.addDays(-1), QTime(1, 0)));
        dialog->toEdit()->setDateTime(QDateTime(m_day.addDays(-1), QTime(2, 0)));
        QVERIFY(!replan->isVisible());
        dialog->fromEdit()->setDateTime(QDateTime(m_day, from.time()));
        dialog->toEdit()->setDateTime(QDateTime(m_day, to.time()));
        QVERIFY(replan->isVisible());

        AutoRouteSession *session = m_board->session()->autoRoute();
        QTest::mouseClick(replan, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeout);
        // The time off is recorded, then the proposal arrives.
        const QJsonArray periods =
            m_http->get(QStringLiteral("/api/v1/technicians/%1/availability").arg(m_technicianId))
                .results();
        int recorded = 0;
        for (const QJsonValue &period : periods) {
            recorded += period[QLatin1String("reason")].toString() == QStringLiteral("Sick") &&
                        timestampMs(period[QLatin1String("starts_at")].toString()) ==
                            from.toMSecsSinceEpoch();
        }
        QCOMPARE(recorded, 1);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AutoRouteSession::State::Previewing,
                                  kPlanTimeout);
        dispatchboard::AutoRoutePanel *panel = m_board->autoRoutePanel();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->titleLabel()->text().contains(m_technicianName),
                 qPrintable(panel->titleLabel()->text()));
        QVERIFY(m_board->timeline()->isComparing());
        const RoutingProposal proposal = session->preview()->proposal();
        verifyNothingLeftOnTheTechnician(proposal, theirs);
        if (QTest::currentTestFailed())
            return;
        scrollToTechnician();
        guitest::screenshot(m_board.get(), QStringLiteral("replan-preview"));

        QSignalSpy applied(session, &AutoRouteSession::applied);
        QVERIFY(panel->applyButton()->isEnabled());
        QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kTimeout);
        QVERIFY(!m_board->timeline()->isComparing());
        const QHash<qint64, ServerJob> after = serverJobs();
        for (const qint64 jobId : theirs)
            QVERIFY2(after.value(jobId).technicianId != m_technicianId,
                     qPrintable(QString::number(jobId)));
        for (const ProposedRoute &route : proposal.routes) {
            for (const ProposedJob &job : route.jobs) {
                QCOMPARE(after.value(job.jobId).technicianId, route.technicianId);
                QCOMPARE(after.value(job.jobId).startMs, job.startMs);
            }
        }
        guitest::screenshot(m_board.get(), QStringLiteral("replan-applied"));

        // One undo puts every job back where it was.
        QUndoStack *stack = m_board->session()->flow()->undoStack();
        QVERIFY(stack->canUndo());
        stack->undo();
        QTRY_VERIFY_WITH_TIMEOUT(m_board->session()->flow()->isIdle(), kTimeout);
        const QHash<qint64, ServerJob> undone = serverJobs();
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            QCOMPARE(undone.value(it.key()).technicianId, it->technicianId);
            QCOMPARE(undone.value(it.key()).startMs, it->startMs);
        }
        m_theirs = theirs;
    }

    void theTimeOffsMenuOffersTheReplanAgain()
    {
        QVERIFY(!m_theirs.isEmpty());
        // The board hears of the time off, and the undone jobs are back on the row.
        QTRY_VERIFY_WITH_TIMEOUT(!store()->technician(m_technicianId)->availability.isEmpty(),
                                 kTimeout);
        const auto allBack = [this] {
            return std::all_of(m_theirs.cbegin(), m_theirs.cend(), [this](qint64 jobId) {
                const JobRecord *record = store()->job(jobId);
                return record && record->job.technicianId.value_or(0) == m_technicianId;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allBack(), kTimeout);
        timeline::TimelineView *view = m_board->timeline();
        const qint64 atMs = QDateTime(m_day, QTime(6, 30), m_zone).toMSecsSinceEpoch();
        scrollToTechnician();
        view->scrollToTime(atMs);
        const int row = view->rowOfTechnician(m_technicianId);
        const QPoint inside(view->xForTime(atMs), view->rowRect(row).center().y());
        QVERIFY(view->viewport()->rect().contains(inside));
        QCOMPARE(view->jobAt(inside), qint64(0));
        QString text;
        QVERIFY(guitest::chooseFromContextMenu(view->viewport(), inside,
                                               QStringLiteral("replanTimeOffAction"), &text));
        QVERIFY2(text.contains(QString::number(m_theirs.size())), qPrintable(text));
        AutoRouteSession *session = m_board->session()->autoRoute();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AutoRouteSession::State::Previewing,
                                  kPlanTimeout);
        verifyNothingLeftOnTheTechnician(session->preview()->proposal(), m_theirs);
        // Discarded: nothing changes on the server.
        QTest::mouseClick(m_board->autoRoutePanel()->discardButton(), Qt::LeftButton);
        QCOMPARE(session->state(), AutoRouteSession::State::Idle);
        const QHash<qint64, ServerJob> now = serverJobs();
        for (const qint64 jobId : std::as_const(m_theirs))
            QCOMPARE(now.value(jobId).technicianId, m_technicianId);
    }

    void anApprovedTimeOffsJobsAreReplannedFromTheirDay()
    {
        // What approvals' "Re-plan N jobs" asks of the board: from another day, one of the
        // jobs under the time off.
        QVERIFY(!m_theirs.isEmpty());
        m_board->showDay(m_day.addDays(1));
        waitForLoad();
        const qint64 jobId = *m_theirs.cbegin();
        m_board->replanTimeOffOver(jobId, m_day);
        AutoRouteSession *session = m_board->session()->autoRoute();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AutoRouteSession::State::Previewing,
                                  kPlanTimeout);
        QCOMPARE(store()->day(), m_day);
        QCOMPARE(m_board->selectedJobIds(), QList<qint64>{jobId});
        verifyNothingLeftOnTheTechnician(session->preview()->proposal(), m_theirs);
        QTest::mouseClick(m_board->autoRoutePanel()->discardButton(), Qt::LeftButton);
        QCOMPARE(session->state(), AutoRouteSession::State::Idle);
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

    // The technician with the most scheduled jobs of the day among at least two colleagues at
    // work in the same location (so that someone may take their jobs).
    void pickTechnician()
    {
        QHash<qint64, int> working;
        for (int row = 0; row < store()->technicianCount(); ++row) {
            const TechnicianRecord &record = store()->technicianAt(row);
            if (record.shift.isValid())
                ++working[record.technician.locationId];
        }
        int most = 1;
        for (int row = 0; row < store()->technicianCount(); ++row) {
            const TechnicianRecord &record = store()->technicianAt(row);
            if (!record.shift.isValid() || working.value(record.technician.locationId) < 3 ||
                !record.availability.isEmpty())
                continue;
            int scheduled = 0;
            for (const int jobRow : record.jobRows) {
                const JobRecord &job = store()->jobAt(jobRow);
                scheduled += job.isPlanned() && job.job.status == JobStatus::Scheduled ? 1 : 0;
            }
            if (scheduled > most && scheduled == int(record.jobRows.size())) {
                most = scheduled;
                m_technicianId = record.technician.id;
                m_technicianName = record.technician.name;
                m_locationId = record.technician.locationId;
            }
        }
    }

    void scrollToTechnician()
    {
        timeline::TimelineView *view = m_board->timeline();
        const int row = view->rowOfTechnician(m_technicianId);
        view->verticalScrollBar()->setValue(std::max(0, row - 3) *
                                            timeline::TimelineView::kRowHeight);
    }

    // The day's jobs of the location as the server has them now.
    QHash<qint64, ServerJob> serverJobs()
    {
        QHash<qint64, ServerJob> jobs;
        for (const QJsonValue &value :
             m_http
                 ->get(QStringLiteral("/api/v1/jobs?limit=500&date=%1&location_id=%2")
                           .arg(m_day.toString(Qt::ISODate))
                           .arg(m_locationId))
                 .results()) {
            const QJsonObject job = value.toObject();
            jobs.insert(job.value(QLatin1String("id")).toInteger(),
                        {job.value(QLatin1String("technician_id")).toInteger(),
                         timestampMs(job.value(QLatin1String("planned_start")).toString())});
        }
        return jobs;
    }

    // Every one of the technician's jobs goes to someone else or is left out with a reason;
    // nobody else's job moves.
    void verifyNothingLeftOnTheTechnician(const RoutingProposal &proposal,
                                          const QSet<qint64> &theirs)
    {
        QSet<qint64> accounted;
        for (const ProposedRoute &route : proposal.routes) {
            for (const ProposedJob &job : route.jobs) {
                if (theirs.contains(job.jobId)) {
                    QVERIFY2(route.technicianId != m_technicianId,
                             qPrintable(QStringLiteral("job %1 stays").arg(job.jobId)));
                    accounted.insert(job.jobId);
                } else {
                    QCOMPARE(route.technicianId, m_before.value(job.jobId).technicianId);
                    QCOMPARE(job.startMs, m_before.value(job.jobId).startMs);
                }
            }
        }
        for (const LeftOutJob &job : proposal.leftOut) {
            QVERIFY2(theirs.contains(job.jobId),
                     qPrintable(QStringLiteral("another's job %1 left out").arg(job.jobId)));
            QVERIFY(!job.reason.isEmpty());
            accounted.insert(job.jobId);
        }
        QCOMPARE(accounted, theirs);
    }

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<TestHttpClient> m_http;
    QTimeZone m_zone;
    std::unique_ptr<DispatchBoard> m_board;
    QDate m_day;
    qint64 m_technicianId = 0;
    QString m_technicianName;
    qint64 m_locationId = 0;
    QHash<qint64, ServerJob> m_before;
    QSet<qint64> m_theirs;
};

int runTest(int argc, char *argv[])
{
    QTemporaryDir home;
    guitest::isolate(home);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QApplication::setApplicationName(QStringLiteral("FieldDesk"));
    TestReplanGui test;
    return QTest::qExec(&test, argc, argv);
}

FIELDDESK_TEST_FUNCTION(runTest)
} // namespace tst_replan_gui

#include "tst_replan_gui.moc"
