// "Send plans for this day" on the whole board, offscreen, against a real fielddesk-server with
// the demo week (whose evening runs count as done, so nothing goes out unless asked): offered
// only while one location shows; the question names the location and the day; once accepted,
// the notice says how many plans and reminders went, a technician with jobs that day finds
// their plan among their notifications, and sending again says there is nothing new.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/dispatchboard/jobfilterbar.h"

#include "demoboardsignin.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolBar>

namespace tst_sendplans_gui {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::dispatchboard::DispatchBoard;

namespace {

constexpr int kTimeout = 30000;

bool isPlannedWork(const JobRecord &record)
{
    return record.isPlanned() && record.job.technicianId &&
           (record.job.status == JobStatus::Scheduled ||
            record.job.status == JobStatus::Dispatched);
}

} // namespace

class TestSendPlansGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_timeZone = startDemoAndSignInDispatcher(m_server, m_api, &error);
        QVERIFY2(m_timeZone.isValid(), qPrintable(error));
        m_board = std::make_unique<DispatchBoard>(&m_api);
        m_board->resize(1600, 1000);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
        m_board->start(m_timeZone, QStringLiteral("send-plans-test"));
        waitForLoad();
        m_action = m_board->findChild<QAction *>(QStringLiteral("sendPlansAction"));
        QVERIFY(m_action);
    }

    void offeredWhileOneLocationShows()
    {
        // The demo dispatcher sees two locations: all of them show, so no one location's.
        QComboBox *locations = m_board->filterBar()->locationBox();
        QTRY_VERIFY_WITH_TIMEOUT(locations->count() == 3, kTimeout);
        locations->setCurrentIndex(locations->findData(qint64(0)));
        QVERIFY(!m_action->isEnabled());

        // The next weekday with its technicians' jobs (the demo plans three days ahead).
        m_day = nextDemoWeekday(m_timeZone);
        m_board->showDay(m_day);
        waitForLoad();
        m_locationId = busiestLocation();
        QVERIFY(m_locationId != 0);
        locations->setCurrentIndex(locations->findData(m_locationId));
        QVERIFY(m_action->isEnabled());
        m_locationName = locations->currentText();
        QVERIFY(m_action->toolTip().contains(m_locationName));

        // No shortcut: Tab reaches the button, after the day count.
        auto *toolBar = m_board->findChild<QToolBar *>(QStringLiteral("boardToolBar"));
        QVERIFY(toolBar);
        QWidget *button = toolBar->widgetForAction(m_action);
        QVERIFY(button && button->isVisible());
        QAccessibleInterface *named = QAccessible::queryAccessibleInterface(button);
        QVERIFY(named && !named->text(QAccessible::Name).isEmpty());
        m_board->daysBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_board->daysBox(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), button);
    }

    void sendingSaysWhatWentAndTheTechniciansGetTheirPlans()
    {
        QMessageBox *question = ask();
        QVERIFY(question);
        // The question names what goes out where.
        QVERIFY2(question->text().contains(m_locationName), qPrintable(question->text()));
        QVERIFY2(question->text().contains(client::display::weekdayDayMonth(m_day)),
                 qPrintable(question->text()));
        screenshot(question, QStringLiteral("send-plans-question"));
        const QString notice = confirm(question);
        const QRegularExpressionMatch sent =
            QRegularExpression(QStringLiteral("^Sent (\\d+) plan")).match(notice);
        QVERIFY2(sent.hasMatch(), qPrintable(notice));
        QVERIFY2(sent.captured(1).toInt() > 0, qPrintable(notice));
        screenshot(m_board.get(), QStringLiteral("send-plans-sent"));

        // A technician of the location with jobs that day has their plan in the bell.
        const QString email = technicianWithWork();
        QVERIFY(!email.isEmpty());
        TestHttpClient technician(m_server.baseUrl());
        QCOMPARE(technician.login(email, kDemoPassword).status, 200);
        const TestReply notifications = technician.get(QStringLiteral("/api/v1/notifications"));
        QCOMPARE(notifications.status, 200);
        bool planned = false;
        for (const QJsonValue &notification : notifications.results())
            planned |= notification[QLatin1String("kind")].toString() == QLatin1String("day.plan");
        QVERIFY2(planned, notifications.body.constData());
    }

    void sendingAgainSendsNothingNew()
    {
        QMessageBox *question = ask();
        QVERIFY(question);
        QCOMPARE(confirm(question), QStringLiteral("Nothing new to send."));
    }

    void keepingTheQuestionSendsNothing()
    {
        QMessageBox *question = ask();
        QVERIFY(question);
        m_board->notice()->hide();
        question->reject();
        QTRY_VERIFY(!m_board->findChild<QMessageBox *>(QStringLiteral("sendPlansQuestion")));
        QTest::qWait(200);
        QVERIFY(!m_board->notice()->isVisible());
        QVERIFY(m_action->isEnabled());
    }

private:
    DispatchStore *store() const { return m_board->session()->store(); }

    void waitForLoad()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_board->session()->loader()->isLoading() && store()->technicianCount() > 0, kTimeout);
    }

    // The location with the most planned jobs on the day shown.
    qint64 busiestLocation() const
    {
        QHash<qint64, int> planned;
        for (int row = 0; row < store()->jobCount(); ++row) {
            if (isPlannedWork(store()->jobAt(row)))
                ++planned[store()->jobAt(row).job.locationId];
        }
        qint64 busiest = 0;
        for (auto it = planned.cbegin(); it != planned.cend(); ++it) {
            if (busiest == 0 || it.value() > planned.value(busiest))
                busiest = it.key();
        }
        return busiest;
    }

    // The email of a technician of the location with planned work on the day shown.
    QString technicianWithWork() const
    {
        for (int row = 0; row < store()->technicianCount(); ++row) {
            const TechnicianRecord &technician = store()->technicianAt(row);
            if (technician.technician.locationId != m_locationId)
                continue;
            for (const int jobRow : technician.jobRows) {
                if (isPlannedWork(store()->jobAt(jobRow)))
                    return technician.technician.email;
            }
        }
        return {};
    }

    // The toolbar's button clicked; the question it opens.
    QMessageBox *ask()
    {
        auto *toolBar = m_board->findChild<QToolBar *>(QStringLiteral("boardToolBar"));
        QWidget *button = toolBar ? toolBar->widgetForAction(m_action) : nullptr;
        if (!button || !button->isVisible() || !m_action->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox *question = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                question = m_board->findChild<QMessageBox *>(QStringLiteral("sendPlansQuestion"));
                return question && question->isVisible();
            },
            kTimeout);
        if (!shown)
            return nullptr;
        return question;
    }

    // Confirms; the notice once the server answered.
    QString confirm(QMessageBox *question)
    {
        auto *send = question->findChild<QPushButton *>(QStringLiteral("confirmSendPlans"));
        if (!send)
            return {};
        m_board->notice()->hide();
        QTest::mouseClick(send, Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return m_board->notice()->isVisible(); }, kTimeout))
            return {};
        return m_board->notice()->text();
    }

    DemoServer m_server;
    client::ApiClient m_api;
    QTimeZone m_timeZone;
    std::unique_ptr<DispatchBoard> m_board;
    QAction *m_action = nullptr;
    QDate m_day;
    qint64 m_locationId = 0;
    QString m_locationName;
};

FIELDDESK_GUI_TEST_MAIN(TestSendPlansGui)
} // namespace tst_sendplans_gui
#include "tst_sendplans_gui.moc"
