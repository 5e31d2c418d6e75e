// The approvals inbox offscreen against a real fielddesk-server with the demo month: it lists
// what awaits the manager; a request is approved with the keyboard, three more with one bulk
// confirmation, one rejected with a comment (refused without); a decision made elsewhere
// leaves the list; approving a time off that collides with an assigned job names the job and
// opens it on the board; an attachment opens in the viewer. Every decision is checked on the
// server. Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/approvals/approvalsworkspace.h"
#include "fielddesk/approvals/attachmentviewer.h"
#include "fielddesk/approvals/moneyinbox.h"
#include "fielddesk/approvals/rejectdialog.h"
#include "fielddesk/approvals/requestdetailsview.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/money/ledgertablemodel.h"
#include "fielddesk/moneyview/ledgerentryview.h"
#include "fielddesk/requests/requestfilterproxy.h"
#include "fielddesk/requests/requesttablemodel.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace tst_approvals_gui {

using namespace fielddesk;
using approvals::ApprovalsWorkspace;
using requests::RequestTableModel;

namespace {

constexpr int kTimeout = 20000;
const QString kEmployee = QStringLiteral("inbox-tech@demo.local");

// Runs `answer` on the modal dialog named `objectName` as soon as it shows (from a timer, since
// the code under test waits in the dialog's exec()).
void whenDialogShows(const QString &objectName, std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

} // namespace

class TestApprovalsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inboxListsWhatAwaitsTheManager();
    void requestersAreNamedWhole();
    void approveWithTheKeyboard();
    void bulkApproveThreeWithOneConfirmation();
    void rejectNeedsAComment();
    void aDecisionMadeElsewhereLeavesTheList();
    void requestsArriveAndLeaveLive();
    void timeOffConflictsOpenOnTheBoard();
    void shortcutsAreListedFromTheActions();
    void expensesAreApprovedRejectedAndReimbursed();
    void cleanupTestCase();

private:
    qint64 fileSuggestion(const QString &title);
    QString statusOnServer(qint64 requestId);
    QRect rowRect(qint64 requestId) const;
    void clickRow(qint64 requestId, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<TestHttpClient> m_admin;
    std::unique_ptr<TestHttpClient> m_manager;
    std::unique_ptr<TestHttpClient> m_employee;
    std::unique_ptr<ApprovalsWorkspace> m_inbox;
    qint64 m_managerId = 0;
    qint64 m_location = 0;
    qint64 m_technicianId = 0;
};

void TestApprovalsGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_admin = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
    m_manager = std::make_unique<TestHttpClient>(m_server.baseUrl());
    const TestReply login = m_manager->login(QStringLiteral("manager@demo.local"), demo::kPassword);
    QCOMPARE(login.status, 200);
    const QJsonObject user = login.json().value(QLatin1String("user")).toObject();
    m_managerId = user.value(QLatin1String("id")).toVariant().toLongLong();
    m_location =
        user.value(QLatin1String("location_ids")).toArray().first().toVariant().toLongLong();
    QVERIFY(m_managerId > 0 && m_location > 0);

    // An employee of the manager's location with a technician record (time off needs one).
    const TestReply created =
        m_admin->post(QStringLiteral("/api/v1/users"),
                      {{QStringLiteral("email"), kEmployee},
                       {QStringLiteral("name"), QStringLiteral("Inge Inbox")},
                       {QStringLiteral("role"), QStringLiteral("employee")},
                       {QStringLiteral("password"), demo::kPassword},
                       {QStringLiteral("location_ids"), QJsonArray{m_location}}});
    QCOMPARE(created.status, 201);
    const TestReply technician = m_admin->post(
        QStringLiteral("/api/v1/technicians"),
        {{QStringLiteral("user_id"), created.id()}, {QStringLiteral("location_id"), m_location}});
    QCOMPARE(technician.status, 201);
    m_technicianId = technician.id();
    m_employee = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_employee->login(kEmployee, demo::kPassword).status, 200);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(fileSuggestion(QStringLiteral("Inbox idea %1").arg(i)) > 0);

    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setAccessToken(m_manager->token());
    m_inbox = std::make_unique<ApprovalsWorkspace>(&m_api);
    m_inbox->resize(1300, 800);
    m_inbox->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inbox.get()));
    QSignalSpy loaded(m_inbox.get(), &ApprovalsWorkspace::loaded);
    m_inbox->start(m_managerId);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeout);
    guitest::screenshot(m_inbox.get(), QStringLiteral("approvals-inbox"));
}

void TestApprovalsGui::requestersAreNamedWhole()
{
    // The demo's longest names ("Patricia Richardson") were cut to "Patricia Rich…".
    const QTableView *list = m_inbox->list();
    const QFontMetrics metrics(list->font());
    const int width = list->horizontalHeader()->sectionSize(RequestTableModel::RequesterColumn);
    QVERIFY(list->model()->rowCount() > 0);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString name =
            list->model()->index(row, RequestTableModel::RequesterColumn).data().toString();
        QVERIFY2(width > metrics.horizontalAdvance(name) + metrics.averageCharWidth(),
                 qPrintable(QStringLiteral("\"%1\" in %2 px").arg(name).arg(width)));
    }
}

qint64 TestApprovalsGui::fileSuggestion(const QString &title)
{
    return m_employee
        ->post(QStringLiteral("/api/v1/requests"),
               {{QStringLiteral("kind"), QStringLiteral("suggestion")},
                {QStringLiteral("details"),
                 QJsonObject{{QStringLiteral("title"), title},
                             {QStringLiteral("text"), QStringLiteral("Filed by the inbox test")}}}})
        .id();
}

QString TestApprovalsGui::statusOnServer(qint64 requestId)
{
    return m_admin->get(QStringLiteral("/api/v1/requests/%1").arg(requestId))
        .json()
        .value(QLatin1String("status"))
        .toString();
}

QRect TestApprovalsGui::rowRect(qint64 requestId) const
{
    const int sourceRow = m_inbox->model()->rowOf(requestId);
    if (sourceRow < 0)
        return {};
    const QModelIndex index =
        m_inbox->proxy()->mapFromSource(m_inbox->model()->index(sourceRow, 0));
    QTableView *list = m_inbox->list();
    list->scrollTo(index);
    return list->visualRect(list->model()->index(index.row(), RequestTableModel::SummaryColumn));
}

void TestApprovalsGui::clickRow(qint64 requestId, Qt::KeyboardModifiers modifiers)
{
    // The offscreen platform has no window manager to give the focus back after a dialog.
    m_inbox->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_inbox.get()));
    const QRect rect = rowRect(requestId);
    QVERIFY2(rect.isValid(), "the request is not in the list");
    QTest::mouseClick(m_inbox->list()->viewport(), Qt::LeftButton, modifiers, rect.center());
}

void TestApprovalsGui::inboxListsWhatAwaitsTheManager()
{
    const TestReply server = m_manager->get(
        QStringLiteral("/api/v1/requests?awaiting_me=true&status=submitted&limit=500"));
    QCOMPARE(server.status, 200);
    const QJsonArray results = server.results();
    QCOMPARE(m_inbox->model()->rowCount(), results.size());
    for (const QJsonValue &value : results)
        QVERIFY(m_inbox->model()->rowOf(value.toObject().value(QLatin1String("id")).toInteger()) >=
                0);
    // The longest waiting first.
    const QDateTime first =
        m_inbox->proxy()->index(0, 0).data(RequestTableModel::SubmittedAtRole).toDateTime();
    const QDateTime last = m_inbox->proxy()
                               ->index(m_inbox->proxy()->rowCount() - 1, 0)
                               .data(RequestTableModel::SubmittedAtRole)
                               .toDateTime();
    QVERIFY(first <= last);
}

void TestApprovalsGui::approveWithTheKeyboard()
{
    const qint64 id = fileSuggestion(QStringLiteral("Keyboard idea"));
    m_inbox->requestChanged(id); // as the live event does
    QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->rowOf(id) >= 0, kTimeout);

    clickRow(id);
    QCOMPARE(m_inbox->selectedRequestIds(), QList<qint64>{id});
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->details()->requestId(), std::optional<qint64>(id), kTimeout);
    QSignalSpy decided(m_inbox.get(), &ApprovalsWorkspace::decided);
    QTest::keyClick(m_inbox->list(), Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, kTimeout);
    QCOMPARE(decided.at(0).at(0).toInt(), 1);
    QCOMPARE(m_inbox->model()->rowOf(id), -1);
    QCOMPARE(statusOnServer(id), QStringLiteral("approved"));
    // The focus stays in the list, on the next request, for the next key.
    QVERIFY(m_inbox->list()->hasFocus());
    QCOMPARE(m_inbox->selectedRequestIds().size(), 1);
}

void TestApprovalsGui::bulkApproveThreeWithOneConfirmation()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids << fileSuggestion(QStringLiteral("Bulk idea %1").arg(i));
        m_inbox->requestChanged(ids.last());
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->rowOf(ids.last()) >= 0 &&
                                 m_inbox->model()->rowOf(ids.first()) >= 0,
                             kTimeout);
    clickRow(ids.at(0));
    clickRow(ids.at(1), Qt::ControlModifier);
    clickRow(ids.at(2), Qt::ControlModifier);
    QList<qint64> selected = m_inbox->selectedRequestIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, ids);

    int confirmations = 0;
    whenDialogShows(QStringLiteral("bulkApproveConfirmation"), [&confirmations](QWidget *box) {
        ++confirmations;
        QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(QLatin1String("3")));
        QTest::keyClick(box, Qt::Key_Return); // the default button approves
    });
    QSignalSpy decided(m_inbox.get(), &ApprovalsWorkspace::decided);
    QTest::keyClick(m_inbox->list(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, kTimeout);
    QCOMPARE(confirmations, 1);
    QCOMPARE(decided.at(0).at(0).toInt(), 3);
    for (const qint64 id : ids) {
        QCOMPARE(m_inbox->model()->rowOf(id), -1);
        QCOMPARE(statusOnServer(id), QStringLiteral("approved"));
    }
}

void TestApprovalsGui::rejectNeedsAComment()
{
    const qint64 id = fileSuggestion(QStringLiteral("Idea to reject"));
    m_inbox->requestChanged(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->rowOf(id) >= 0, kTimeout);
    clickRow(id);

    bool refusedEmpty = false;
    whenDialogShows(QStringLiteral("rejectDialog"), [&refusedEmpty](QWidget *dialog) {
        auto *reject = dialog->findChild<QPushButton *>(QStringLiteral("rejectButton"));
        refusedEmpty = !reject->isEnabled();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("rejectComment")),
                         QStringLiteral("Not this quarter"));
        QTest::mouseClick(reject, Qt::LeftButton);
    });
    QSignalSpy decided(m_inbox.get(), &ApprovalsWorkspace::decided);
    QTest::keyClick(m_inbox->list(), Qt::Key_R);
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, kTimeout);
    QVERIFY2(refusedEmpty, "the dialog let a rejection without a comment through");
    QCOMPARE(decided.at(0).at(1).toInt(), 1);
    const QJsonObject onServer = m_admin->get(QStringLiteral("/api/v1/requests/%1").arg(id)).json();
    QCOMPARE(onServer.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(onServer.value(QLatin1String("decision_comment")).toString(),
             QStringLiteral("Not this quarter"));
}

void TestApprovalsGui::aDecisionMadeElsewhereLeavesTheList()
{
    const qint64 id = fileSuggestion(QStringLiteral("Decided elsewhere"));
    m_inbox->requestChanged(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->rowOf(id) >= 0, kTimeout);
    const TestReply approved = m_admin->post(QStringLiteral("/api/v1/requests/%1/approve").arg(id),
                                             {{QStringLiteral("expected_version"), 1}});
    QCOMPARE(approved.status, 200);
    m_inbox->requestChanged(id);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->model()->rowOf(id), -1, kTimeout);
}

void TestApprovalsGui::requestsArriveAndLeaveLive()
{
    // The session's live events, as the console gives them to the inbox.
    client::LiveEventFeed feed;
    m_inbox->followEvents(&feed);
    const QByteArray token = m_manager->token();
    feed.start(m_server.baseUrl(), [token] { return token; });
    QTRY_VERIFY_WITH_TIMEOUT(feed.state() == client::LiveEventFeed::State::Connected, kTimeout);

    // Filed by the employee: it appears without anyone asking.
    const qint64 id = fileSuggestion(QStringLiteral("Arrives live"));
    QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->rowOf(id) >= 0, kTimeout);
    // Decided by the admin in another console: it leaves.
    QCOMPARE(m_admin
                 ->post(QStringLiteral("/api/v1/requests/%1/approve").arg(id),
                        {{QStringLiteral("expected_version"), 1}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->model()->rowOf(id), -1, kTimeout);
    feed.stop();
}

void TestApprovalsGui::timeOffConflictsOpenOnTheBoard()
{
    // A job assigned to the employee's technician record inside the time off they ask for.
    const QDateTime start =
        QDateTime(QDate::currentDate().addDays(40), QTime(16, 0), QTimeZone::utc());
    const TestReply job =
        m_admin->post(QStringLiteral("/api/v1/jobs"),
                      {{QStringLiteral("title"), QStringLiteral("Boiler service")},
                       {QStringLiteral("location_id"), m_location}});
    QCOMPARE(job.status, 201);
    QCOMPARE(m_admin
                 ->post(QStringLiteral("/api/v1/jobs/%1/assign").arg(job.id()),
                        {{QStringLiteral("technician_id"), m_technicianId},
                         {QStringLiteral("planned_start"), start.toString(Qt::ISODate)},
                         {QStringLiteral("expected_version"), 1},
                         {QStringLiteral("force"), true}})
                 .status,
             200);
    const qint64 timeOff =
        m_employee
            ->post(
                QStringLiteral("/api/v1/requests"),
                {{QStringLiteral("kind"), QStringLiteral("time_off")},
                 {QStringLiteral("details"),
                  QJsonObject{
                      {QStringLiteral("starts_at"), start.addSecs(-8 * 3600).toString(Qt::ISODate)},
                      {QStringLiteral("ends_at"), start.addDays(2).toString(Qt::ISODate)},
                      {QStringLiteral("type"), QStringLiteral("vacation")}}}})
            .id();
    QVERIFY(timeOff > 0);
    m_inbox->requestChanged(timeOff);
    QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->rowOf(timeOff) >= 0, kTimeout);
    clickRow(timeOff);

    QString conflictText;
    QString replanText;
    whenDialogShows(QStringLiteral("timeOffConflicts"), [&conflictText, &replanText](QWidget *box) {
        conflictText = qobject_cast<QMessageBox *>(box)->text();
        if (auto *replan = box->findChild<QPushButton *>(QStringLiteral("replanConflictsButton")))
            replanText = replan->text();
        QTest::keyClick(box, Qt::Key_Return); // the default: open on the board
    });
    QSignalSpy toOpen(m_inbox.get(), &ApprovalsWorkspace::jobsToOpen);
    QTest::keyClick(m_inbox->list(), Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(toOpen.size(), 1, kTimeout);
    QVERIFY2(conflictText.contains(QLatin1String("Boiler service")), qPrintable(conflictText));
    QVERIFY2(replanText.contains(QLatin1String("1")), qPrintable(replanText)); // offered too
    QCOMPARE(toOpen.at(0).at(0).value<QList<qint64>>(), QList<qint64>{job.id()});
    QCOMPARE(toOpen.at(0).at(1).toDateTime(), start);
    QCOMPARE(statusOnServer(timeOff), QStringLiteral("approved"));
}

void TestApprovalsGui::shortcutsAreListedFromTheActions()
{
    QString listed;
    whenDialogShows(QStringLiteral("approvalsShortcuts"), [&listed](QWidget *box) {
        listed = qobject_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    m_inbox->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_inbox.get()));
    QTest::keyClick(m_inbox->list(), Qt::Key_F1);
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), kTimeout);
    for (const QAction *action : m_inbox->actions()) {
        QVERIFY2(listed.contains(action->text().toHtmlEscaped()), qPrintable(action->text()));
        QVERIFY(listed.contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void TestApprovalsGui::expensesAreApprovedRejectedAndReimbursed()
{
    // The employee files two expenses with a receipt at the manager's location.
    const TestReply category =
        m_admin->post(QStringLiteral("/api/v1/expense-categories"),
                      {{QStringLiteral("name"), QStringLiteral("Inbox tolls")},
                       {QStringLiteral("code"), QStringLiteral("INBOXTOLL")},
                       {QStringLiteral("requires_receipt"), true},
                       {QStringLiteral("limit_minor"), 1000}});
    QCOMPARE(category.status, 201);
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    png += "inbox receipt";
    const TestReply receipt = m_employee->send("POST", QStringLiteral("/api/v1/media"), png,
                                               {{"Content-Type", "image/png"}});
    QCOMPARE(receipt.status, 201);
    QList<qint64> ids;
    for (const qint64 amount : {qint64(650), qint64(4200)}) {
        const TestReply filed = m_employee->post(
            QStringLiteral("/api/v1/expenses"),
            {{QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
             {QStringLiteral("category_id"), category.id()},
             {QStringLiteral("amount_minor"), amount},
             {QStringLiteral("description"), QStringLiteral("Toll road %1").arg(amount)},
             {QStringLiteral("media_ids"), QJsonArray{receipt.id()}}});
        QCOMPARE(filed.status, 201);
        ids << filed.id();
    }

    // The money tab lists both, the one over the limit marked as such.
    m_inbox->tabs()->setCurrentWidget(m_inbox->moneyInbox());
    approvals::MoneyInbox *money = m_inbox->moneyInbox();
    QSignalSpy loaded(money, &approvals::MoneyInbox::loaded);
    money->reload();
    QVERIFY(loaded.wait(kTimeout));
    const int cheap = money->model()->rowOf(money::Ledger::Expenses, ids.at(0));
    const int dear = money->model()->rowOf(money::Ledger::Expenses, ids.at(1));
    QVERIFY(cheap >= 0 && dear >= 0);
    QVERIFY(!money->model()->entryAt(cheap)->overLimit);
    QVERIFY(money->model()->entryAt(dear)->overLimit);
    QVERIFY(money->model()
                ->index(dear, money::LedgerTableModel::AmountColumn)
                .data()
                .toString()
                .contains(QStringLiteral("over limit")));

    // Select the cheap one where it is painted: its amount and its receipt beside it.
    const auto selectExpense = [&](qint64 id) {
        QTableView *list = money->list();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const auto *proxy = static_cast<const QSortFilterProxyModel *>(list->model());
            const money::LedgerEntry *entry =
                money->model()->entryAt(proxy->mapToSource(index).row());
            if (entry->ledger == money::Ledger::Expenses && entry->id == id) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualRect(index).center());
                return true;
            }
        }
        return false;
    };
    QVERIFY(selectExpense(ids.at(0)));
    QTRY_VERIFY(money->details()->detailsLabel()->text().contains(QStringLiteral("6.50")));
    QTRY_VERIFY_WITH_TIMEOUT(
        money->details()->receiptLabel()->pixmap().isNull() == false ||
            money->details()->receiptLabel()->text().contains(QStringLiteral("Receipt")),
        kTimeout);

    // A approves it: the server has it approved, the list no longer has it.
    QSignalSpy steps(money, &approvals::MoneyInbox::stepsTaken);
    m_inbox->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_inbox.get()));
    money->list()->setFocus();
    QTRY_VERIFY(money->list()->hasFocus());
    QTest::keyClick(money->list(), Qt::Key_A);
    QVERIFY(steps.wait(kTimeout));
    QCOMPARE(steps.last().at(0).toInt(), 1);
    QCOMPARE(m_manager->get(QStringLiteral("/api/v1/expenses/%1").arg(ids.at(0)))
                 .json()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("approved"));
    QCOMPARE(money->model()->rowOf(money::Ledger::Expenses, ids.at(0)), -1);

    // The dear one is rejected with a comment.
    QVERIFY(selectExpense(ids.at(1)));
    money->rejectSelected(QStringLiteral("Over the toll limit, take the free road"));
    QVERIFY(steps.wait(kTimeout));
    const QJsonObject rejected =
        m_manager->get(QStringLiteral("/api/v1/expenses/%1").arg(ids.at(1))).json();
    QCOMPARE(rejected.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.value(QLatin1String("decision_comment")).toString(),
             QStringLiteral("Over the toll limit, take the free road"));

    // To settle: the approved one is reimbursed.
    money->showToSettle(true);
    QVERIFY(loaded.wait(kTimeout));
    QVERIFY(money->settleButton()->isVisible());
    QVERIFY(!money->approveButton()->isVisible());
    QVERIFY(selectExpense(ids.at(0)));
    money->settleButton()->click();
    QVERIFY(steps.wait(kTimeout));
    QCOMPARE(m_manager->get(QStringLiteral("/api/v1/expenses/%1").arg(ids.at(0)))
                 .json()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("reimbursed"));
    guitest::screenshot(m_inbox.get(), QStringLiteral("approvals-money"));
    money->showToSettle(false);
    m_inbox->tabs()->setCurrentIndex(0);
}

void TestApprovalsGui::cleanupTestCase()
{
    m_inbox.reset();
    QCOMPARE(m_server.stop(), 0);
}

FIELDDESK_GUI_TEST_MAIN(TestApprovalsGui)
} // namespace tst_approvals_gui
#include "tst_approvals_gui.moc"
