// The reports workspace offscreen against a real fielddesk-server with the demo money: an
// expense an employee filed with a receipt and the manager approved shows in this month's
// report by category (table, totals, bars and pie), its row opens the entries it sums, the CSV
// export is the server's report, the PDF has pages whose text holds the totals, and the
// choices come back for the same user. Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/money/reporttablemodel.h"
#include "fielddesk/reports/reportchartpane.h"
#include "fielddesk/reports/reportentriesdialog.h"
#include "fielddesk/reports/reportsettingsbar.h"
#include "fielddesk/reports/reportsworkspace.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace tst_reports_gui {

using namespace fielddesk;
using money::Dimension;
using money::PeriodPreset;
using reports::ReportsWorkspace;

namespace {

constexpr int kTimeout = 20000;
constexpr qint64 kAmount = 123457; // $1,234.57: no demo row has it
const QString kCategory = QStringLiteral("Report test parking");

// A PNG-looking receipt (the server checks the magic bytes).
QByteArray receipt()
{
    QByteArray bytes("\x89PNG\r\n\x1A\n", 8);
    bytes += QByteArray("report test receipt");
    return bytes;
}

} // namespace

class TestReportsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theMonthsReportShowsTheApprovedExpense();
    void aRowOpensTheEntriesItSums();
    void csvExportIsTheServersReport();
    void pdfHoldsTheChartsTableAndTotals();
    void choicesComeBackForTheSameUser();
    void cleanupTestCase();

private:
    void showReportOf(ReportsWorkspace &workspace);
    int tableRowOf(const QString &label) const;

    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_manager;
    client::ApiClient m_api;
    std::unique_ptr<ReportsWorkspace> m_workspace;
    QTemporaryDir m_files;
    qint64 m_managerId = 0;
    qint64 m_expenseId = 0;
    QTimeZone m_zone;
    QJsonObject m_serverReport; // the server's own answer for the same choices
};

void TestReportsGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    TestHttpClient admin(m_server.baseUrl());
    QCOMPARE(admin.login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
    m_manager = std::make_unique<TestHttpClient>(m_server.baseUrl());
    const TestReply login = m_manager->login(QStringLiteral("manager@demo.local"), demo::kPassword);
    QCOMPARE(login.status, 200);
    m_managerId =
        login.json().value(QLatin1String("user")).toObject().value(QLatin1String("id")).toInteger();
    m_zone = QTimeZone(login.json()
                           .value(QLatin1String("tenant"))
                           .toObject()
                           .value(QLatin1String("time_zone"))
                           .toString()
                           .toUtf8());
    QVERIFY(m_zone.isValid());

    // A category of its own, so that the row is this test's alone.
    const TestReply category = admin.post(QStringLiteral("/api/v1/expense-categories"),
                                          {{QStringLiteral("name"), kCategory},
                                           {QStringLiteral("code"), QStringLiteral("RTPARK")},
                                           {QStringLiteral("requires_receipt"), true}});
    QCOMPARE(category.status, 201);

    // tech1 files it today with a receipt; the manager approves it.
    TestHttpClient employee(m_server.baseUrl());
    QCOMPARE(employee.login(QStringLiteral("tech1@demo.local"), demo::kPassword).status, 200);
    const TestReply uploaded = employee.send("POST", QStringLiteral("/api/v1/media"), receipt(),
                                             {{"Content-Type", "image/png"}});
    QCOMPARE(uploaded.status, 201);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    const TestReply filed = employee.post(
        QStringLiteral("/api/v1/expenses"),
        {{QStringLiteral("date"), today.toString(Qt::ISODate)},
         {QStringLiteral("category_id"), category.id()},
         {QStringLiteral("amount_minor"), kAmount},
         {QStringLiteral("merchant"), QStringLiteral("City garage")},
         {QStringLiteral("description"), QStringLiteral("Parking at the Lakewood job")},
         {QStringLiteral("media_ids"), QJsonArray{uploaded.id()}}});
    QCOMPARE(filed.status, 201);
    m_expenseId = filed.id();
    const TestReply approved =
        m_manager->post(QStringLiteral("/api/v1/expenses/%1/approve").arg(m_expenseId), {});
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(QLatin1String("status")).toString(), QStringLiteral("approved"));

    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setAccessToken(m_manager->token());
    m_workspace = std::make_unique<ReportsWorkspace>(&m_api);
    m_workspace->resize(1400, 850);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    QVERIFY(m_files.isValid());
}

void TestReportsGui::showReportOf(ReportsWorkspace &workspace)
{
    QSignalSpy shown(&workspace, &ReportsWorkspace::reportShown);
    workspace.start(m_managerId, QStringLiteral("Morgan Manager"), m_zone);
    QVERIFY(shown.wait(kTimeout));
    // This month by category, approved and later, chosen as a manager would.
    reports::ReportSettingsBar *bar = workspace.settingsBar();
    bar->periodBox()->setCurrentIndex(bar->periodBox()->findData(int(PeriodPreset::ThisMonth)));
    bar->groupBox(0)->setCurrentIndex(bar->groupBox(0)->findData(int(Dimension::Category)));
    bar->groupBox(1)->setCurrentIndex(0); // nothing
    QTRY_VERIFY_WITH_TIMEOUT(
        !workspace.isLoading() && workspace.model()->report().query == bar->query(), kTimeout);
}

int TestReportsGui::tableRowOf(const QString &label) const
{
    const QAbstractItemModel *model = m_workspace->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == label)
            return row;
    }
    return -1;
}

void TestReportsGui::theMonthsReportShowsTheApprovedExpense()
{
    showReportOf(*m_workspace);
    const money::ReportQuery query = m_workspace->settingsBar()->query();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    QCOMPARE(query.range.from, QDate(today.year(), today.month(), 1));
    QCOMPARE(query.groupBy, QList<Dimension>{Dimension::Category});

    // The table as painted: the category's row with one entry and the amount.
    const int row = tableRowOf(kCategory);
    QVERIFY2(row >= 0, "the new category's row is missing");
    const QAbstractItemModel *model = m_workspace->table()->model();
    const QString amount = formatMoney(kAmount, QStringLiteral("USD"));
    QCOMPARE(model->index(row, 1).data().toString(), QLocale().toString(1));
    QCOMPARE(model->index(row, 2).data().toString(), amount);
    QVERIFY(m_workspace->table()->visualRect(model->index(row, 0)).isValid());

    // First shown A to Z by the grouping, as the header's indicator says.
    QCOMPARE(m_workspace->table()->horizontalHeader()->sortIndicatorSection(), 0);
    QCOMPARE(m_workspace->table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    for (int r = 1; r < tableRowOf(QStringLiteral("Total")); ++r)
        QVERIFY(QString::localeAwareCompare(model->index(r - 1, 0).data().toString(),
                                            model->index(r, 0).data().toString()) <= 0);

    // The totals row says what the server sums for the same choices.
    const TestReply server = m_manager->get(query.path());
    QCOMPARE(server.status, 200);
    m_serverReport = server.json();
    const QJsonObject usd =
        m_serverReport.value(QLatin1String("currency_totals")).toArray().first().toObject();
    const int totalRow = tableRowOf(QStringLiteral("Total"));
    QVERIFY(totalRow > row);
    QCOMPARE(model->index(totalRow, 2).data().toString(),
             formatMoney(usd.value(QLatin1String("total_minor")).toInteger(),
                         usd.value(QLatin1String("currency")).toString()));
    QVERIFY(usd.value(QLatin1String("total_minor")).toInteger() >= kAmount);

    // The charts: a bar stack and a pie slice for the category, in minor units.
    const reports::ReportChartPane *charts = m_workspace->charts();
    QCOMPARE(charts->currency(), QStringLiteral("USD"));
    bool inPie = false;
    for (const money::PieSlice &slice : charts->pie().slices)
        inPie = inPie || (slice.label == kCategory && slice.totalMinor == kAmount);
    QVERIFY(inPie);
    qint64 barSum = 0;
    for (const money::BarStack &stack : charts->bars().stacks)
        for (const qint64 value : stack.valuesMinor)
            barSum += value;
    QCOMPARE(barSum, usd.value(QLatin1String("total_minor")).toInteger());
    QVERIFY(charts->barView()->chart()->series().size() == 1);
    QVERIFY(charts->pieView()->chart()->series().size() == 1);
    guitest::screenshot(m_workspace.get(), QStringLiteral("reports-month-by-category"));
}

void TestReportsGui::aRowOpensTheEntriesItSums()
{
    const int row = tableRowOf(kCategory);
    QVERIFY(row >= 0);
    // Click where the row is painted, then Enter.
    QTableView *table = m_workspace->table();
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table->currentIndex().row(), row);
    QTest::keyClick(table, Qt::Key_Return);
    reports::ReportEntriesDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_workspace->findChild<reports::ReportEntriesDialog *>()),
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kTimeout);
    QCOMPARE(dialog->entries().size(), 1);
    QCOMPARE(dialog->entries().first().id, m_expenseId);
    QCOMPARE(dialog->entries().first().amountMinor, kAmount);
    QCOMPARE(dialog->table()->rowCount(), 1);
    QVERIFY(dialog->table()->item(0, 3)->text().contains(QStringLiteral("City garage")));
    QVERIFY(!dialog->stateLabel()->text().contains(QStringLiteral("changed")));
    guitest::screenshot(dialog, QStringLiteral("reports-entries"));
    dialog->reject();
    // A total row opens nothing.
    QVERIFY(!m_workspace->openEntries(tableRowOf(QStringLiteral("Total"))));
}

void TestReportsGui::csvExportIsTheServersReport()
{
    const QString file = m_files.filePath(QStringLiteral("month.csv"));
    QSignalSpy exported(m_workspace.get(), &ReportsWorkspace::csvExported);
    m_workspace->exportCsv(file);
    QVERIFY(exported.wait(kTimeout));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.first().trimmed(), QByteArray("category_id,category_name,currency,count,total"));
    bool found = false;
    for (const QByteArray &line : lines) {
        if (line.contains(kCategory.toUtf8()))
            found = line.trimmed().endsWith(",USD,1," +
                                            decimalText(kAmount, QStringLiteral("USD")).toUtf8());
    }
    QVERIFY2(found, "the category's line is missing or wrong");
    // One line per row of the server's report (and the header).
    const int rows = int(m_serverReport.value(QLatin1String("rows")).toArray().size());
    int dataLines = 0;
    for (const QByteArray &line : lines)
        dataLines += line.trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(dataLines, rows + 1);
}

void TestReportsGui::pdfHoldsTheChartsTableAndTotals()
{
    const QString file = m_files.filePath(QStringLiteral("month.pdf"));
    QVERIFY(m_workspace->exportPdf(file));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(file), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() >= 1);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char('\n');
    // Text read back from a PDF has plain spaces where the amounts had no-break ones.
    const auto plain = [](QString amount) { return amount.replace(QChar(0xA0), QLatin1Char(' ')); };
    text = plain(text);
    QVERIFY2(text.contains(QStringLiteral("Expense report")), qPrintable(text.left(300)));
    QVERIFY(text.contains(kCategory));
    const QJsonObject usd =
        m_serverReport.value(QLatin1String("currency_totals")).toArray().first().toObject();
    const QString total = plain(
        formatMoney(usd.value(QLatin1String("total_minor")).toInteger(), QStringLiteral("USD")));
    QVERIFY2(text.contains(total), qPrintable(total));
    QVERIFY(text.contains(plain(formatMoney(kAmount, QStringLiteral("USD")))));

    // The first page as printed: the chart's colours are on it (text and rules are grey).
    const QImage page = pdf.render(0, (pdf.pagePointSize(0) * 1.5).toSize());
    QVERIFY(!page.isNull());
    int coloured = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2)
            coloured += page.pixelColor(x, y).hsvSaturation() > 120 ? 1 : 0;
    }
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
    const QString dir = qEnvironmentVariable("FIELDDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        page.save(QDir(dir).filePath(QStringLiteral("reports-pdf-page1.png")));
}

void TestReportsGui::choicesComeBackForTheSameUser()
{
    // Spiffs by month and type for last quarter; a new workspace for the same user shows it.
    reports::ReportSettingsBar *bar = m_workspace->settingsBar();
    bar->ledgerBox()->setCurrentIndex(bar->ledgerBox()->findData(int(money::Ledger::Spiffs)));
    bar->periodBox()->setCurrentIndex(bar->periodBox()->findData(int(PeriodPreset::LastQuarter)));
    bar->groupBox(0)->setCurrentIndex(bar->groupBox(0)->findData(int(Dimension::Month)));
    bar->groupBox(1)->setCurrentIndex(bar->groupBox(1)->findData(int(Dimension::Category)));
    const money::ReportQuery chosen = bar->query();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_workspace->isLoading() && m_workspace->model()->report().query == chosen, kTimeout);
    QCOMPARE(m_workspace->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Type"));
    guitest::screenshot(m_workspace.get(), QStringLiteral("reports-spiffs-by-month"));
    m_workspace->stop();

    ReportsWorkspace again(&m_api);
    QSignalSpy shown(&again, &ReportsWorkspace::reportShown);
    again.start(m_managerId, QStringLiteral("Morgan Manager"), m_zone);
    QVERIFY(shown.wait(kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(!again.isLoading(), kTimeout);
    QCOMPARE(again.settingsBar()->query(), chosen);
    QCOMPARE(again.model()->report().query, chosen);
    again.stop();
}

void TestReportsGui::cleanupTestCase()
{
    m_workspace.reset();
    QCOMPARE(m_server.stop(), 0);
}

FIELDDESK_GUI_TEST_MAIN(TestReportsGui)
} // namespace tst_reports_gui
#include "tst_reports_gui.moc"
