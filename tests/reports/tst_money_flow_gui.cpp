// An expense's whole way through the console, offscreen against a real fielddesk-server with
// the demo data: the employee tech1@demo.local files it in My work with a dropped receipt; the
// manager finds it in the approvals inbox, selects it where it is painted and approves it with
// A; the month's report by category shows it in its table and pie, and the server's CSV has its
// line; the employee's My work shows it approved, with the month's approved total grown by it.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures of what the test saw.

#include "fielddesk/approvals/approvalsworkspace.h"
#include "fielddesk/approvals/moneyinbox.h"
#include "fielddesk/attachments/attachmentsbox.h"
#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/userprofile.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/money/ledgertablemodel.h"
#include "fielddesk/money/ledgertotals.h"
#include "fielddesk/money/reporttablemodel.h"
#include "fielddesk/moneyview/ledgerentryview.h"
#include "fielddesk/mywork/mymoneypane.h"
#include "fielddesk/mywork/myworkworkspace.h"
#include "fielddesk/mywork/newexpensedialog.h"
#include "fielddesk/reports/reportchartpane.h"
#include "fielddesk/reports/reportsettingsbar.h"
#include "fielddesk/reports/reportsworkspace.h"

#include "demoboardsignin.h"
#include "filedrop.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace tst_money_flow_gui {

using namespace fielddesk;
using money::Ledger;

namespace {

constexpr int kTimeout = 20000;
const QString kCategory = QStringLiteral("Flow test parking");
constexpr qint64 kAmount = 7777; // $77.77: no demo row has it
const QString kUsd = QStringLiteral("USD");

QJsonObject userOf(const TestReply &login)
{
    return login.json().value(QLatin1String("user")).toObject();
}

} // namespace

class TestMoneyFlowGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theEmployeeFilesAnExpenseWithAReceipt();
    void theManagerApprovesItInTheInbox();
    void theMonthsReportShowsIt();
    void theEmployeeSeesItApproved();

private:
    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_employee;
    std::unique_ptr<TestHttpClient> m_manager;
    client::ApiClient m_employeeApi;
    client::ApiClient m_managerApi;
    client::UserProfile m_employeeUser;
    qint64 m_managerId = 0;
    QTimeZone m_zone;
    QTemporaryDir m_files;
    qint64 m_expenseId = 0;
    qint64 m_approvedBefore = 0;
    std::unique_ptr<mywork::MyWorkWorkspace> m_myWork;
};

void TestMoneyFlowGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    TestHttpClient admin(m_server.baseUrl());
    QCOMPARE(admin.login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/expense-categories"),
                       {{QStringLiteral("name"), kCategory},
                        {QStringLiteral("code"), QStringLiteral("FLOWPARK")},
                        {QStringLiteral("requires_receipt"), true}})
                 .status,
             201);
    m_employee = std::make_unique<TestHttpClient>(m_server.baseUrl());
    const TestReply employeeLogin =
        m_employee->login(QStringLiteral("tech1@demo.local"), demo::kPassword);
    QCOMPARE(employeeLogin.status, 200);
    m_employeeUser = client::UserProfile::fromJson(userOf(employeeLogin));
    m_zone = tenantTimeZoneOf(employeeLogin);
    m_manager = std::make_unique<TestHttpClient>(m_server.baseUrl());
    const TestReply managerLogin =
        m_manager->login(QStringLiteral("manager@demo.local"), demo::kPassword);
    QCOMPARE(managerLogin.status, 200);
    m_managerId = userOf(managerLogin).value(QLatin1String("id")).toInteger();

    m_employeeApi.setBaseUrl(m_server.baseUrl());
    m_employeeApi.setAccessToken(m_employee->token());
    m_managerApi.setBaseUrl(m_server.baseUrl());
    m_managerApi.setAccessToken(m_manager->token());
    QVERIFY(m_files.isValid());
}

void TestMoneyFlowGui::theEmployeeFilesAnExpenseWithAReceipt()
{
    m_myWork = std::make_unique<mywork::MyWorkWorkspace>(&m_employeeApi);
    m_myWork->resize(1300, 850);
    m_myWork->show();
    QVERIFY(QTest::qWaitForWindowActive(m_myWork.get()));
    mywork::MyMoneyPane *pane = m_myWork->money();
    QSignalSpy loaded(pane, &mywork::MyMoneyPane::loaded);
    m_myWork->start(m_employeeUser, m_zone);
    QVERIFY(loaded.wait(kTimeout));
    m_myWork->tabs()->setCurrentWidget(pane);
    for (const money::LedgerTotal &total : money::ledgerTotals(pane->model()->entries())) {
        if (total.ledger == Ledger::Expenses && total.currency == kUsd)
            m_approvedBefore = total.approvedMinor;
    }

    QTRY_VERIFY_WITH_TIMEOUT(pane->newExpenseButton()->isEnabled(), kTimeout);
    QTest::mouseClick(pane->newExpenseButton(), Qt::LeftButton);
    mywork::NewExpenseDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_myWork->findChild<mywork::NewExpenseDialog *>()));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findText(kCategory));
    QVERIFY(dialog->categoryBox()->currentIndex() >= 0);
    dialog->amountEdit()->setFocus();
    QTest::keyClicks(dialog->amountEdit(), QLocale().toString(77.77, 'f', 2));
    dialog->descriptionEdit()->setFocus();
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Garage at the Lakewood job"));

    // The receipt dropped onto the dialog, as from a file manager.
    const QString receipt = m_files.filePath(QStringLiteral("garage.png"));
    QImage image(30, 50, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    QVERIFY(image.save(receipt));
    QVERIFY(guitest::dropFiles(dialog, {receipt}));
    QCOMPARE(dialog->receipts()->list()->count(), 1);

    QSignalSpy filed(pane, &mywork::MyMoneyPane::entryFiled);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QVERIFY(filed.wait(kTimeout));
    const auto entry = filed.at(0).at(0).value<money::LedgerEntry>();
    QCOMPARE(entry.amountMinor, kAmount);
    QCOMPARE(entry.mediaIds.size(), 1);
    m_expenseId = entry.id;
    guitest::screenshot(m_myWork.get(), QStringLiteral("flow-filed"));
}

void TestMoneyFlowGui::theManagerApprovesItInTheInbox()
{
    QVERIFY(m_expenseId != 0);
    approvals::ApprovalsWorkspace inbox(&m_managerApi);
    inbox.resize(1300, 800);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowActive(&inbox));
    QSignalSpy started(&inbox, &approvals::ApprovalsWorkspace::loaded);
    inbox.start(m_managerId);
    QVERIFY(started.wait(kTimeout));
    approvals::MoneyInbox *money = inbox.moneyInbox();
    inbox.tabs()->setCurrentWidget(money);
    QSignalSpy loaded(money, &approvals::MoneyInbox::loaded);
    money->reload();
    QVERIFY(loaded.wait(kTimeout));

    // Select it where it is painted, then A.
    QTableView *list = money->list();
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(list->model());
    const int sourceRow = money->model()->rowOf(Ledger::Expenses, m_expenseId);
    QVERIFY(sourceRow >= 0);
    const QModelIndex index = proxy->mapFromSource(money->model()->index(sourceRow, 0));
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QTRY_VERIFY(money->details()->detailsLabel()->text().contains(formatMoney(kAmount, kUsd)));
    QSignalSpy steps(money, &approvals::MoneyInbox::stepsTaken);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_A);
    QVERIFY(steps.wait(kTimeout));
    QCOMPARE(steps.last().at(0).toInt(), 1);
    QCOMPARE(m_manager->get(QStringLiteral("/api/v1/expenses/%1").arg(m_expenseId))
                 .json()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("approved"));
    guitest::screenshot(&inbox, QStringLiteral("flow-approved"));
}

void TestMoneyFlowGui::theMonthsReportShowsIt()
{
    reports::ReportsWorkspace workspace(&m_managerApi);
    workspace.resize(1400, 850);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    QSignalSpy shown(&workspace, &reports::ReportsWorkspace::reportShown);
    workspace.start(m_managerId, QStringLiteral("Morgan Manager"), m_zone);
    QVERIFY(shown.wait(kTimeout));
    reports::ReportSettingsBar *bar = workspace.settingsBar();
    bar->periodBox()->setCurrentIndex(
        bar->periodBox()->findData(int(money::PeriodPreset::ThisMonth)));
    bar->groupBox(0)->setCurrentIndex(bar->groupBox(0)->findData(int(money::Dimension::Category)));
    bar->groupBox(1)->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(
        !workspace.isLoading() && workspace.model()->report().query == bar->query(), kTimeout);

    // The table as shown: the category's row with one entry and the amount.
    const QAbstractItemModel *table = workspace.table()->model();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, 0).data().toString() == kCategory)
            row = r;
    }
    QVERIFY2(row >= 0, "the category's row is missing");
    QCOMPARE(table->index(row, 1).data().toString(), QLocale().toString(1));
    QCOMPARE(table->index(row, 2).data().toString(), formatMoney(kAmount, kUsd));
    // The pie has its slice.
    bool inPie = false;
    for (const money::PieSlice &slice : workspace.charts()->pie().slices)
        inPie = inPie || (slice.label == kCategory && slice.totalMinor == kAmount);
    QVERIFY(inPie);

    // The CSV export has its line, as the server writes it.
    const QString file = m_files.filePath(QStringLiteral("flow.csv"));
    QSignalSpy exported(&workspace, &reports::ReportsWorkspace::csvExported);
    workspace.exportCsv(file);
    QVERIFY(exported.wait(kTimeout));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    bool found = false;
    for (const QByteArray &line : csv.readAll().split('\n')) {
        if (line.contains(kCategory.toUtf8()))
            found = line.trimmed().endsWith(",USD,1," + decimalText(kAmount, kUsd).toUtf8());
    }
    QVERIFY2(found, "the category's CSV line is missing or wrong");
    guitest::screenshot(&workspace, QStringLiteral("flow-report"));
}

void TestMoneyFlowGui::theEmployeeSeesItApproved()
{
    mywork::MyMoneyPane *pane = m_myWork->money();
    QSignalSpy loaded(pane, &mywork::MyMoneyPane::loaded);
    // What the decision's notification does in the application.
    pane->entryChanged(Ledger::Expenses, m_expenseId);
    QVERIFY(loaded.wait(kTimeout));
    const int row = pane->model()->rowOf(Ledger::Expenses, m_expenseId);
    QVERIFY(row >= 0);
    QCOMPARE(pane->model()->entryAt(row)->status, QStringLiteral("approved"));
    qint64 approved = 0;
    for (const money::LedgerTotal &total : money::ledgerTotals(pane->model()->entries())) {
        if (total.ledger == Ledger::Expenses && total.currency == kUsd)
            approved = total.approvedMinor;
    }
    QCOMPARE(approved, m_approvedBefore + kAmount);
    QVERIFY(pane->totalsLabel()->text().contains(formatMoney(approved, kUsd).toHtmlEscaped()));
    // The selected entry says who approved it.
    QCOMPARE(pane->selectedEntry()->id, m_expenseId);
    QTRY_VERIFY(pane->details()->detailsLabel()->text().contains(QStringLiteral("Approved by")));
}

FIELDDESK_GUI_TEST_MAIN(TestMoneyFlowGui)
} // namespace tst_money_flow_gui
#include "tst_money_flow_gui.moc"
