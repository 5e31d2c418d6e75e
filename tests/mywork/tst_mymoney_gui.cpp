// "My work"'s expenses and spiffs offscreen against a real fielddesk-server with the demo data,
// signed in as the employee tech1@demo.local: the month's list and totals are the server's; an
// expense is filed from the dialog (opened by clicking New expense) with a pasted receipt after
// the category's rule stopped it without one; a dropped receipt and an amount over the limit
// are warned before sending and flagged after; a field the server refuses is marked and what
// was typed stays; a submitted expense is cancelled after confirmation; a spiff is claimed; a
// decision made elsewhere moves the totals; the month before is the server's month before.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures of what the test saw.

#include "fielddesk/attachments/attachmentsbox.h"
#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/userprofile.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/money/ledgertablemodel.h"
#include "fielddesk/moneyview/ledgerentryview.h"
#include "fielddesk/mywork/claimspiffdialog.h"
#include "fielddesk/mywork/mymoneypane.h"
#include "fielddesk/mywork/myworkworkspace.h"
#include "fielddesk/mywork/newexpensedialog.h"

#include "demoboardsignin.h"
#include "filedrop.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace tst_mymoney_gui {

using namespace fielddesk;
using namespace fielddesk::mywork;
using money::Ledger;
using money::LedgerEntry;
using money::LedgerTableModel;

namespace {

constexpr int kTimeout = 20000;
constexpr QSize kWindowSize{1300, 850};
const QString kUsd = QStringLiteral("USD");
// Categories of this test's own, so that their rules are known here.
const QString kMeals = QStringLiteral("Test meals");
constexpr qint64 kMealsLimit = 2500; // $25.00
const QString kMileage = QStringLiteral("Test mileage");

// What the server's list of one employee's entries of a month adds up to, by status.
struct ServerSums
{
    int count = 0;
    qint64 awaiting = 0;
    qint64 approved = 0;
    qint64 settled = 0;
};

} // namespace

class TestMyMoneyGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theMonthIsTheServersWithItsTotals();
    void aReceiptIsRequiredThenPasted();
    void aDroppedReceiptAndAnAmountOverTheLimit();
    void theServersRefusalIsShownAtTheField();
    void aSubmittedExpenseIsCancelled();
    void aSpiffIsClaimed();
    void aDecisionElsewhereMovesTheTotals();
    void theMonthBeforeIsTheServers();

private:
    MyMoneyPane *pane() const { return m_workspace->money(); }
    LedgerTableModel *model() const { return pane()->model(); }
    NewExpenseDialog *openExpenseDialogByClicking();
    // Sends the dialog and waits for the entry, or fails with what the dialog says.
    std::optional<LedgerEntry> submit(MoneyEntryDialog *dialog);
    ServerSums serverSums(Ledger ledger, QDate month) const;
    void compareTotalsWithServer();
    static void typeInto(QWidget *input, const QString &text);

    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_employee;
    std::unique_ptr<TestHttpClient> m_manager;
    client::ApiClient m_api;
    client::UserProfile m_user;
    std::unique_ptr<MyWorkWorkspace> m_workspace;
    QTemporaryDir m_files;
    QString m_receipt;
    qint64 m_mealsId = 0;
    qint64 m_filedId = 0;
};

void TestMyMoneyGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    TestHttpClient admin(m_server.baseUrl());
    QCOMPARE(admin.login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
    const TestReply meals = admin.post(QStringLiteral("/api/v1/expense-categories"),
                                       {{QStringLiteral("name"), kMeals},
                                        {QStringLiteral("code"), QStringLiteral("TMEALS")},
                                        {QStringLiteral("requires_receipt"), true},
                                        {QStringLiteral("limit_minor"), kMealsLimit}});
    QCOMPARE(meals.status, 201);
    m_mealsId = meals.id();
    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/expense-categories"),
                       {{QStringLiteral("name"), kMileage},
                        {QStringLiteral("code"), QStringLiteral("TMILES")},
                        {QStringLiteral("requires_receipt"), false}})
                 .status,
             201);

    m_employee = std::make_unique<TestHttpClient>(m_server.baseUrl());
    const TestReply login = m_employee->login(QStringLiteral("tech1@demo.local"), demo::kPassword);
    QCOMPARE(login.status, 200);
    m_manager = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_manager->login(QStringLiteral("manager@demo.local"), demo::kPassword).status, 200);

    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setAccessToken(m_employee->token());
    m_user = client::UserProfile::fromJson(login.json().value(QLatin1String("user")).toObject());
    m_workspace = std::make_unique<MyWorkWorkspace>(&m_api);
    m_workspace->resize(kWindowSize);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QSignalSpy loaded(pane(), &MyMoneyPane::loaded);
    m_workspace->start(m_user, tenantTimeZoneOf(login));
    QVERIFY(loaded.wait(kTimeout));
    // The tab is there to click.
    QTabWidget *tabs = m_workspace->tabs();
    tabs->setCurrentWidget(pane());
    QVERIFY(pane()->isVisible());
    // New expense waits for the categories and the tenant's currency.
    QTRY_VERIFY_WITH_TIMEOUT(pane()->newExpenseButton()->isEnabled(), kTimeout);
    QCOMPARE(pane()->tenantCurrency(), kUsd);

    QVERIFY(m_files.isValid());
    m_receipt = m_files.filePath(QStringLiteral("lunch.png"));
    QImage receipt(24, 32, QImage::Format_RGB32);
    receipt.fill(Qt::white);
    QVERIFY(receipt.save(m_receipt));
}

void TestMyMoneyGui::cleanup()
{
    const QList<QDialog *> dialogs = m_workspace->findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    QTRY_VERIFY(m_workspace->findChildren<QDialog *>().isEmpty());
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

ServerSums TestMyMoneyGui::serverSums(Ledger ledger, QDate month) const
{
    const QString path =
        QStringLiteral("/api/v1/%1?employee_id=%2&from=%3&to=%4&limit=500")
            .arg(ledger == Ledger::Expenses ? QStringLiteral("expenses") : QStringLiteral("spiffs"))
            .arg(m_user.id, month.toString(Qt::ISODate),
                 month.addMonths(1).addDays(-1).toString(Qt::ISODate));
    const TestReply reply = m_employee->get(path);
    ServerSums sums;
    const QJsonArray results = reply.results();
    for (const QJsonValue &value : results) {
        const QJsonObject o = value.toObject();
        const QString status = o.value(QLatin1String("status")).toString();
        const qint64 amount = o.value(QLatin1String("amount_minor")).toInteger();
        ++sums.count;
        if (status == QLatin1String("submitted"))
            sums.awaiting += amount;
        else if (status == QLatin1String("approved"))
            sums.approved += amount;
        else if (status == QLatin1String("reimbursed") || status == QLatin1String("paid"))
            sums.settled += amount;
    }
    return sums;
}

void TestMyMoneyGui::compareTotalsWithServer()
{
    // The totals line as painted: each ledger's awaiting, approved and settled sums, in the
    // locale's money, as the server's list adds them up.
    const QString totals = pane()->totalsLabel()->text();
    for (Ledger ledger : {Ledger::Expenses, Ledger::Spiffs}) {
        const ServerSums sums = serverSums(ledger, pane()->month());
        if (sums.awaiting + sums.approved + sums.settled == 0)
            continue;
        const QString parts =
            QStringLiteral("%1 awaiting approval · %2 approved · %3")
                .arg(formatMoney(sums.awaiting, kUsd), formatMoney(sums.approved, kUsd),
                     formatMoney(sums.settled, kUsd));
        QVERIFY2(totals.contains(parts.toHtmlEscaped()),
                 qPrintable(totals + QStringLiteral(" lacks ") + parts));
        QVERIFY(totals.contains(
            formatMoney(sums.awaiting + sums.approved + sums.settled, kUsd).toHtmlEscaped()));
    }
}

void TestMyMoneyGui::theMonthIsTheServersWithItsTotals()
{
    const QDate month = pane()->month();
    QCOMPARE(month, QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    QCOMPARE(model()->rowCount(),
             serverSums(Ledger::Expenses, month).count + serverSums(Ledger::Spiffs, month).count);
    for (const LedgerEntry &entry : model()->entries())
        QCOMPARE(entry.employeeId, m_user.id.toLongLong());
    QCOMPARE(pane()->monthLabel()->text(), QLocale().toString(month, QStringLiteral("MMMM yyyy")));
    compareTotalsWithServer();
    guitest::screenshot(m_workspace.get(), QStringLiteral("mymoney-month"));
}

NewExpenseDialog *TestMyMoneyGui::openExpenseDialogByClicking()
{
    QPushButton *button = pane()->newExpenseButton();
    if (!button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    NewExpenseDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] { return (dialog = m_workspace->findChild<NewExpenseDialog *>()) != nullptr; },
        kTimeout);
    if (!opened || !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

std::optional<LedgerEntry> TestMyMoneyGui::submit(MoneyEntryDialog *dialog)
{
    QSignalSpy filed(dialog, &MoneyEntryDialog::entryFiled);
    QPointer<MoneyEntryDialog> open(dialog);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    const bool answered = QTest::qWaitFor(
        [&] { return filed.size() == 1 || (open && !open->messageLabel()->isHidden()); }, kTimeout);
    if (!answered || filed.size() != 1) {
        qWarning() << "not filed:" << (open ? open->messageLabel()->text() : QString());
        return std::nullopt;
    }
    return filed.at(0).at(0).value<LedgerEntry>();
}

void TestMyMoneyGui::typeInto(QWidget *input, const QString &text)
{
    input->setFocus();
    QTest::keyClicks(input, text);
}

void TestMyMoneyGui::aReceiptIsRequiredThenPasted()
{
    const ServerSums before = serverSums(Ledger::Expenses, pane()->month());
    NewExpenseDialog *dialog = openExpenseDialogByClicking();
    QVERIFY(dialog);
    dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findText(kMeals));
    // The rules show as soon as the category is chosen.
    QVERIFY(dialog->rulesLabel()->text().contains(QStringLiteral("Needs a receipt")));
    QVERIFY(dialog->rulesLabel()->text().contains(formatMoney(kMealsLimit, kUsd)));
    const QString amount = QLocale().toString(18.40, 'f', 2);
    typeInto(dialog->amountEdit(), amount);
    typeInto(dialog->merchantEdit(), QStringLiteral("Sam's Diner"));
    typeInto(dialog->descriptionEdit(), QStringLiteral("Lunch between two jobs"));
    QVERIFY(dialog->overLimitLabel()->isHidden());

    // Without a receipt the rule stops it here, and the server gets nothing.
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QVERIFY(!dialog->receipts()->list()->messageLabel()->isHidden());
    QVERIFY(dialog->receipts()->list()->messageLabel()->text().contains(kMeals));
    QVERIFY(!dialog->isSubmitting());
    QCOMPARE(serverSums(Ledger::Expenses, pane()->month()).count, before.count);
    guitest::screenshot(dialog, QStringLiteral("mymoney-receipt-required"));

    // A receipt pasted from the clipboard (Ctrl+V outside a text field).
    QImage scan(40, 60, QImage::Format_RGB32);
    scan.fill(Qt::lightGray);
    QApplication::clipboard()->setImage(scan);
    QTRY_VERIFY(dialog->receipts()->pasteButton()->isEnabled());
    dialog->categoryBox()->setFocus();
    QTest::keyClick(dialog->categoryBox(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(dialog->receipts()->list()->count(), 1);
    QCOMPARE(dialog->receipts()->list()->attachments().first().contentType,
             QStringLiteral("image/png"));
    QVERIFY(dialog->rulesLabel()->text().contains(QStringLiteral("attached")));

    const std::optional<LedgerEntry> entry = submit(dialog);
    QVERIFY(entry);
    QCOMPARE(entry->amountMinor, 1840);
    QCOMPARE(entry->status, QStringLiteral("submitted"));
    QCOMPARE(entry->mediaIds.size(), 1);
    QVERIFY(!entry->overLimit);
    m_filedId = entry->id;

    // The server has it with the pasted image as its receipt.
    const TestReply stored = m_employee->get(QStringLiteral("/api/v1/expenses/%1").arg(entry->id));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json().value(QLatin1String("category_id")).toInteger(), m_mealsId);
    QCOMPARE(stored.json().value(QLatin1String("merchant")).toString(),
             QStringLiteral("Sam's Diner"));
    const TestReply media =
        m_employee->get(QStringLiteral("/api/v1/media/%1").arg(entry->mediaIds.first()));
    QCOMPARE(media.status, 200);
    QCOMPARE(QImage::fromData(media.body).size(), scan.size());

    // Listed, selected, shown with its receipt; the totals are the server's.
    QCOMPARE(pane()->selectedEntry()->id, entry->id);
    QTRY_VERIFY(pane()->details()->detailsLabel()->text().contains(QStringLiteral("Sam")));
    QTRY_VERIFY_WITH_TIMEOUT(!pane()->details()->receiptLabel()->pixmap().isNull(), kTimeout);
    QVERIFY(pane()->cancelButton()->isEnabled());
    QCOMPARE(serverSums(Ledger::Expenses, pane()->month()).awaiting, before.awaiting + 1840);
    compareTotalsWithServer();
    guitest::screenshot(m_workspace.get(), QStringLiteral("mymoney-filed"));
}

void TestMyMoneyGui::aDroppedReceiptAndAnAmountOverTheLimit()
{
    NewExpenseDialog *dialog = openExpenseDialogByClicking();
    QVERIFY(dialog);
    dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findText(kMeals));
    typeInto(dialog->amountEdit(), QLocale().toString(31.00, 'f', 2));
    // Warned before sending: over the limit, allowed.
    QVERIFY(!dialog->overLimitLabel()->isHidden());
    QVERIFY(dialog->overLimitLabel()->text().contains(formatMoney(3100, kUsd)));
    typeInto(dialog->descriptionEdit(), QStringLiteral("Team dinner"));
    QVERIFY(guitest::dropFiles(dialog, {m_receipt}));
    QCOMPARE(dialog->receipts()->list()->count(), 1);
    QCOMPARE(dialog->receipts()->list()->attachments().first().fileName,
             QStringLiteral("lunch.png"));
    guitest::screenshot(dialog, QStringLiteral("mymoney-over-limit"));

    const std::optional<LedgerEntry> entry = submit(dialog);
    QVERIFY(entry);
    // Flagged after: by the server, and in the list.
    QVERIFY(entry->overLimit);
    const TestReply stored = m_employee->get(QStringLiteral("/api/v1/expenses/%1").arg(entry->id));
    QVERIFY(stored.json().value(QLatin1String("over_limit")).toBool());
    const int row = model()->rowOf(Ledger::Expenses, entry->id);
    QVERIFY(row >= 0);
    QVERIFY(model()
                ->index(row, LedgerTableModel::AmountColumn)
                .data()
                .toString()
                .contains(QStringLiteral("over limit")));
}

void TestMyMoneyGui::theServersRefusalIsShownAtTheField()
{
    const int before = serverSums(Ledger::Expenses, pane()->month()).count;
    NewExpenseDialog *dialog = openExpenseDialogByClicking();
    QVERIFY(dialog);
    dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findText(kMileage));
    QVERIFY(dialog->rulesLabel()->text().contains(QStringLiteral("No receipt needed")));
    typeInto(dialog->amountEdit(), QLocale().toString(12.00, 'f', 2));
    // The server takes at most 200 characters of merchant; the form lets it decide.
    const QString tooLong(201, QLatin1Char('m'));
    dialog->merchantEdit()->setText(tooLong);
    typeInto(dialog->descriptionEdit(), QStringLiteral("Drive to the depot"));
    QVERIFY(!submit(dialog));
    QCOMPARE(dialog->wrongFields(), QStringList{QStringLiteral("merchant")});
    QVERIFY(!dialog->errorLabel(QStringLiteral("merchant"))->isHidden());
    QVERIFY(dialog->merchantEdit()->hasFocus());
    // What was typed stays, and nothing reached the server.
    QCOMPARE(dialog->merchantEdit()->text(), tooLong);
    QCOMPARE(dialog->descriptionEdit()->toPlainText(), QStringLiteral("Drive to the depot"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(serverSums(Ledger::Expenses, pane()->month()).count, before);
    guitest::screenshot(dialog, QStringLiteral("mymoney-refused"));

    // Corrected, it goes through: no receipt needed here.
    dialog->merchantEdit()->setText(QStringLiteral("Depot"));
    const std::optional<LedgerEntry> entry = submit(dialog);
    QVERIFY(entry);
    QVERIFY(entry->mediaIds.isEmpty());
    QCOMPARE(entry->amountMinor, 1200);
}

void TestMyMoneyGui::aSubmittedExpenseIsCancelled()
{
    QVERIFY(m_filedId != 0);
    pane()->selectEntry(Ledger::Expenses, m_filedId);
    QCOMPARE(pane()->selectedEntry()->id, m_filedId);
    QTest::mouseClick(pane()->cancelButton(), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_workspace->findChild<QMessageBox *>(
                     QStringLiteral("cancelEntryConfirmation"))));
    QSignalSpy cancelled(pane(), &MyMoneyPane::entryCancelled);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmCancelEntryButton")),
                      Qt::LeftButton);
    QVERIFY(cancelled.wait(kTimeout));
    const TestReply stored = m_employee->get(QStringLiteral("/api/v1/expenses/%1").arg(m_filedId));
    QCOMPARE(stored.json().value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    const int row = model()->rowOf(Ledger::Expenses, m_filedId);
    QCOMPARE(model()->entryAt(row)->status, QStringLiteral("cancelled"));
    QVERIFY(!pane()->cancelButton()->isEnabled());
    compareTotalsWithServer();
}

void TestMyMoneyGui::aSpiffIsClaimed()
{
    QTRY_VERIFY_WITH_TIMEOUT(pane()->claimSpiffButton()->isEnabled(), kTimeout);
    QTest::mouseClick(pane()->claimSpiffButton(), Qt::LeftButton);
    ClaimSpiffDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_workspace->findChild<ClaimSpiffDialog *>()));
    // The kind's usual amount is offered.
    const TestReply types = m_employee->get(QStringLiteral("/api/v1/spiff-types?limit=500"));
    qint64 defaultAmount = -1;
    const QString kind = dialog->typeBox()->currentText();
    for (const QJsonValue &type : types.results()) {
        if (type.toObject().value(QLatin1String("name")).toString() == kind)
            defaultAmount =
                type.toObject().value(QLatin1String("default_amount_minor")).toInteger();
    }
    QVERIFY(defaultAmount > 0);
    QCOMPARE(parseMoney(dialog->amountEdit()->text(), kUsd), defaultAmount);
    typeInto(dialog->reasonEdit(), QStringLiteral("Sold a maintenance plan to Mrs. Ortiz"));
    const std::optional<LedgerEntry> entry = submit(dialog);
    QVERIFY(entry);
    QCOMPARE(entry->ledger, Ledger::Spiffs);
    QCOMPARE(entry->amountMinor, defaultAmount);
    QCOMPARE(entry->employeeId, m_user.id.toLongLong());
    const TestReply stored = m_employee->get(QStringLiteral("/api/v1/spiffs/%1").arg(entry->id));
    QCOMPARE(stored.json().value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(stored.json().value(QLatin1String("reason")).toString(),
             QStringLiteral("Sold a maintenance plan to Mrs. Ortiz"));
    QVERIFY(model()->rowOf(Ledger::Spiffs, entry->id) >= 0);
    compareTotalsWithServer();
}

void TestMyMoneyGui::aDecisionElsewhereMovesTheTotals()
{
    // The manager approves the over-limit dinner; the notification reaches the pane.
    const TestReply open = m_employee->get(
        QStringLiteral("/api/v1/expenses?employee_id=%1&status=submitted&category_id=%2")
            .arg(m_user.id)
            .arg(m_mealsId));
    const QJsonArray results = open.results();
    QCOMPARE(results.size(), 1);
    const qint64 id = results.first().toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(m_manager->post(QStringLiteral("/api/v1/expenses/%1/approve").arg(id), {}).status,
             200);
    QSignalSpy loaded(pane(), &MyMoneyPane::loaded);
    pane()->entryChanged(Ledger::Expenses, id);
    QVERIFY(loaded.wait(kTimeout));
    const int row = model()->rowOf(Ledger::Expenses, id);
    QCOMPARE(model()->entryAt(row)->status, QStringLiteral("approved"));
    QVERIFY(serverSums(Ledger::Expenses, pane()->month()).approved >= 3100);
    compareTotalsWithServer();
}

void TestMyMoneyGui::theMonthBeforeIsTheServers()
{
    QSignalSpy loaded(pane(), &MyMoneyPane::loaded);
    auto *previous = pane()->findChild<QToolButton *>(QStringLiteral("previousMonthButton"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QVERIFY(loaded.wait(kTimeout));
    const QDate month =
        QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-1);
    QCOMPARE(pane()->month(), month);
    const int count =
        serverSums(Ledger::Expenses, month).count + serverSums(Ledger::Spiffs, month).count;
    // The demo has a month of this employee's money before this one.
    QVERIFY(count > 0);
    QCOMPARE(model()->rowCount(), count);
    for (const LedgerEntry &entry : model()->entries()) {
        QCOMPARE(entry.date.month(), month.month());
        QCOMPARE(entry.employeeId, m_user.id.toLongLong());
    }
    compareTotalsWithServer();
    guitest::screenshot(m_workspace.get(), QStringLiteral("mymoney-month-before"));

    // Back to this month.
    auto *thisMonth = pane()->findChild<QToolButton *>(QStringLiteral("thisMonthButton"));
    QTest::mouseClick(thisMonth, Qt::LeftButton);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(pane()->month(), month.addMonths(1));
}

FIELDDESK_GUI_TEST_MAIN(TestMyMoneyGui)
} // namespace tst_mymoney_gui
#include "tst_mymoney_gui.moc"
