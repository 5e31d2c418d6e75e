// A report from the server's JSON to what the console shows: the query's path, the rows and
// totals read back, the table (sorted, totals kept last), the charts' sums in minor units, the
// entries behind a row, and the date presets.

#include "fielddesk/money/ledgerentry.h"
#include "fielddesk/money/ledgertotals.h"
#include "fielddesk/money/report.h"
#include "fielddesk/money/reportchartdata.h"
#include "fielddesk/money/reporttablemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace tst_reportmodels {

using namespace fielddesk::money;

namespace {

const QLocale kUs(QLocale::English, QLocale::UnitedStates);

ReportQuery monthByCategory()
{
    ReportQuery query;
    query.range = {QDate(2026, 9, 1), QDate(2026, 11, 30)};
    query.groupBy = {Dimension::Month, Dimension::Category};
    return query;
}

// Three months of fuel and meals in USD, one lodging in EUR, a correction making meals of
// October negative.
QJsonObject monthByCategoryAnswer()
{
    const auto row = [](const char *month, qint64 category, const char *name, qint64 count,
                        qint64 total, const char *currency) {
        return QJsonObject{{QStringLiteral("month"), QLatin1String(month)},
                           {QStringLiteral("category_id"), category},
                           {QStringLiteral("category_name"), QLatin1String(name)},
                           {QStringLiteral("count"), count},
                           {QStringLiteral("total_minor"), total},
                           {QStringLiteral("currency"), QLatin1String(currency)}};
    };
    return QJsonObject{
        {QStringLiteral("currency_totals"),
         QJsonArray{QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")},
                                {QStringLiteral("count"), 9},
                                {QStringLiteral("total_minor"), 52325}},
                    QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                {QStringLiteral("count"), 1},
                                {QStringLiteral("total_minor"), 12000}}}},
        {QStringLiteral("rows"), QJsonArray{row("2026-09", 1, "Fuel", 2, 12050, "USD"),
                                            row("2026-09", 2, "Meals", 1, 1875, "USD"),
                                            row("2026-10", 1, "Fuel", 3, 30000, "USD"),
                                            row("2026-10", 2, "Meals", 2, -500, "USD"),
                                            row("2026-11", 1, "Fuel", 1, 8900, "USD"),
                                            row("2026-11", 3, "Lodging", 1, 12000, "EUR")}}};
}

} // namespace

class TestReportModels : public QObject
{
    Q_OBJECT

private slots:
    void theQueryAsksTheServersParameters()
    {
        ReportQuery query = monthByCategory();
        query.locationId = 2;
        query.statuses = {QStringLiteral("approved")};
        const QUrl url(query.path());
        QCOMPARE(url.path(), QStringLiteral("/api/v1/reports/expenses"));
        const QUrlQuery items(url);
        QCOMPARE(items.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-09-01"));
        QCOMPARE(items.queryItemValue(QStringLiteral("to")), QStringLiteral("2026-11-30"));
        QCOMPARE(items.queryItemValue(QStringLiteral("group_by"), QUrl::FullyDecoded),
                 QStringLiteral("month,category"));
        QCOMPARE(items.queryItemValue(QStringLiteral("location_id")), QStringLiteral("2"));
        QCOMPARE(items.queryItemValue(QStringLiteral("status")), QStringLiteral("approved"));
        QVERIFY(!items.hasQueryItem(QStringLiteral("employee_id")));

        // Spiffs group and filter by type.
        query.ledger = Ledger::Spiffs;
        query.categoryId = 4;
        const QUrl spiffs(query.path());
        QCOMPARE(spiffs.path(), QStringLiteral("/api/v1/reports/spiffs"));
        QCOMPARE(QUrlQuery(spiffs).queryItemValue(QStringLiteral("group_by"), QUrl::FullyDecoded),
                 QStringLiteral("month,type"));
        QCOMPARE(QUrlQuery(spiffs).queryItemValue(QStringLiteral("spiff_type_id")),
                 QStringLiteral("4"));
    }

    void theAnswerIsReadWithItsKeys()
    {
        const Report report = Report::fromJson(monthByCategoryAnswer(), monthByCategory());
        QCOMPARE(report.rows.size(), 6);
        const ReportRow &first = report.rows.first();
        QCOMPARE(first.keys.size(), 2);
        QCOMPARE(first.key(Dimension::Month)->text, QStringLiteral("2026-09"));
        QCOMPARE(first.key(Dimension::Category)->id, std::optional<qint64>(1));
        QCOMPARE(first.key(Dimension::Category)->text, QStringLiteral("Fuel"));
        QCOMPARE(first.totalMinor, 12050);
        QVERIFY(!first.key(Dimension::Employee));
        QCOMPARE(report.currencies(), (QStringList{QStringLiteral("USD"), QStringLiteral("EUR")}));
    }

    void theTableKeepsTotalsLastWhateverTheSort()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(kUs);
        model.setReport(Report::fromJson(monthByCategoryAnswer(), monthByCategory()));
        QCOMPARE(model.columnCount(), 4); // month, category, entries, total
        QCOMPARE(model.rowCount(), 6 + 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Category"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("September 2026"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("$120.50"));
        QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("($5.00)"));
        QCOMPARE(model.index(6, 0).data().toString(), QStringLiteral("Total USD"));
        QCOMPARE(model.index(6, 3).data().toString(), QStringLiteral("$523.25"));
        QCOMPARE(model.index(7, 3).data().toString(),
                 QStringLiteral("EUR") + QChar(0xA0) + QStringLiteral("120.00"));
        QVERIFY(model.index(6, 0).data(ReportTableModel::IsTotalRole).toBool());

        model.sort(model.totalColumn(), Qt::DescendingOrder);
        QCOMPARE(model.groupAt(0)->totalMinor, 30000);
        QCOMPARE(model.groupAt(5)->totalMinor, -500);
        QVERIFY(!model.groupAt(6));
        QCOMPARE(model.index(6, 0).data().toString(), QStringLiteral("Total USD"));
        model.sort(1, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Fuel"));
        QCOMPARE(model.index(5, 1).data().toString(), QStringLiteral("Meals"));
        QCOMPARE(model.index(7, 0).data().toString(), QStringLiteral("Total EUR"));
    }

    void theChartsSumInMinorUnitsPerCurrency()
    {
        const Report report = Report::fromJson(monthByCategoryAnswer(), monthByCategory());
        const StackedBars bars = stackedBarsOf(report, QStringLiteral("USD"), kUs);
        QCOMPARE(bars.barDimension, Dimension::Month);
        QCOMPARE(bars.stackDimension, std::optional<Dimension>(Dimension::Category));
        QCOMPARE(bars.bars,
                 (QStringList{QStringLiteral("September 2026"), QStringLiteral("October 2026"),
                              QStringLiteral("November 2026")}));
        QCOMPARE(bars.stacks.size(), 2); // no lodging in USD
        QCOMPARE(bars.stacks.at(0).label, QStringLiteral("Fuel"));
        QCOMPARE(bars.stacks.at(0).valuesMinor, (QList<qint64>{12050, 30000, 8900}));
        QCOMPARE(bars.stacks.at(1).valuesMinor, (QList<qint64>{1875, -500, 0}));
        QCOMPARE(bars.highestBarMinor(), 29500);
        // Every bar's stacks add up to the table's rows of that month.
        qint64 all = 0;
        for (const BarStack &stack : bars.stacks)
            for (const qint64 value : stack.valuesMinor)
                all += value;
        QCOMPARE(all, 52325);

        const PieShares pie = pieSharesOf(report, QStringLiteral("USD"), kUs);
        QCOMPARE(pie.dimension, Dimension::Category);
        QCOMPARE(pie.slices.size(), 2);
        QCOMPARE(pie.slices.at(0).label, QStringLiteral("Fuel"));
        QCOMPARE(pie.slices.at(0).totalMinor, 50950);
        QCOMPARE(pie.slices.at(1).totalMinor, 1375);
        const PieShares euros = pieSharesOf(report, QStringLiteral("EUR"), kUs);
        QCOMPARE(euros.slices.size(), 1);
        QCOMPARE(euros.slices.at(0).label, QStringLiteral("Lodging"));
    }

    void aRowsEntriesAreTheReportNarrowedToItsKeys()
    {
        ReportQuery report = monthByCategory();
        report.employeeId = 7;
        const Report answer = Report::fromJson(monthByCategoryAnswer(), report);
        const EntryQuery october = EntryQuery::forRow(report, answer.rows.at(2));
        QCOMPARE(october.range, (DateRange{QDate(2026, 10, 1), QDate(2026, 10, 31)}));
        QCOMPARE(october.categoryId, std::optional<qint64>(1));
        QCOMPARE(october.employeeId, std::optional<qint64>(7));
        QCOMPARE(october.statuses, defaultReportStatuses(Ledger::Expenses));
        const QUrlQuery items{QUrl(october.path(50, 100))};
        QCOMPARE(QUrl(october.path(50, 100)).path(), QStringLiteral("/api/v1/expenses"));
        QCOMPARE(items.queryItemValue(QStringLiteral("category_id")), QStringLiteral("1"));
        QCOMPARE(items.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-10-01"));
        QCOMPARE(items.queryItemValue(QStringLiteral("to")), QStringLiteral("2026-10-31"));
        QCOMPARE(items.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded),
                 QStringLiteral("approved,reimbursed"));
        QCOMPARE(items.queryItemValue(QStringLiteral("offset")), QStringLiteral("100"));

        // A week across the report's end is cut at the end.
        ReportQuery weekly = report;
        weekly.groupBy = {Dimension::Week};
        ReportRow lastWeek;
        lastWeek.keys = {ReportKey{Dimension::Week, std::nullopt, QStringLiteral("2026-W49")}};
        QCOMPARE(isoWeekRange(QStringLiteral("2026-W49")),
                 std::optional<DateRange>(DateRange{QDate(2026, 11, 30), QDate(2026, 12, 6)}));
        QCOMPARE(EntryQuery::forRow(weekly, lastWeek).range,
                 (DateRange{QDate(2026, 11, 30), QDate(2026, 11, 30)}));
        QCOMPARE(isoWeekRange(QStringLiteral("2026-W01"))->from, QDate(2025, 12, 29));
        QVERIFY(!isoWeekRange(QStringLiteral("2026-11")));
    }

    void anEntryIsReadFromTheServersJson()
    {
        const QJsonObject expense = QJsonDocument::fromJson(R"({
            "id": 12, "date": "2026-11-03", "category_id": 1, "category_name": "Fuel",
            "amount_minor": 4599, "currency": "USD", "merchant": "Shell",
            "description": "Van 3", "status": "approved",
            "employee": {"id": 5, "name": "Taylor Tech"}, "over_limit": true,
            "media_ids": [3, 4], "corrects_id": null, "version": 2})")
                                        .object();
        const LedgerEntry entry = LedgerEntry::fromJson(expense, Ledger::Expenses);
        QCOMPARE(entry.id, 12);
        QCOMPARE(entry.date, QDate(2026, 11, 3));
        QCOMPARE(entry.employeeName, QStringLiteral("Taylor Tech"));
        QCOMPARE(entry.categoryName, QStringLiteral("Fuel"));
        QCOMPARE(entry.amountMinor, 4599);
        QCOMPARE(entry.text, QStringLiteral("Shell — Van 3"));
        QVERIFY(entry.overLimit);
        QVERIFY(!entry.correctsId);
        QCOMPARE(entry.mediaIds, (QList<qint64>{3, 4}));
        QCOMPARE(entry.version, 2);
    }

    void presetsCoverWholeMonthsQuartersAndYears()
    {
        const QDate today(2026, 12, 2);
        QCOMPARE(rangeOf(PeriodPreset::ThisMonth, today),
                 std::optional<DateRange>({QDate(2026, 12, 1), QDate(2026, 12, 31)}));
        QCOMPARE(rangeOf(PeriodPreset::LastMonth, today),
                 std::optional<DateRange>({QDate(2026, 11, 1), QDate(2026, 11, 30)}));
        QCOMPARE(rangeOf(PeriodPreset::ThisQuarter, today),
                 std::optional<DateRange>({QDate(2026, 10, 1), QDate(2026, 12, 31)}));
        QCOMPARE(rangeOf(PeriodPreset::LastQuarter, today),
                 std::optional<DateRange>({QDate(2026, 7, 1), QDate(2026, 9, 30)}));
        QCOMPARE(rangeOf(PeriodPreset::LastMonth, QDate(2027, 1, 15)),
                 std::optional<DateRange>({QDate(2026, 12, 1), QDate(2026, 12, 31)}));
        QCOMPARE(rangeOf(PeriodPreset::LastYear, today),
                 std::optional<DateRange>({QDate(2025, 1, 1), QDate(2025, 12, 31)}));
        QVERIFY(!rangeOf(PeriodPreset::Custom, today));
    }

    void ledgerTotalsFollowTheStatuses()
    {
        const auto entry = [](Ledger ledger, qint64 amount, const char *currency,
                              const char *status) {
            LedgerEntry e;
            e.ledger = ledger;
            e.amountMinor = amount;
            e.currency = QLatin1String(currency);
            e.status = QLatin1String(status);
            return e;
        };
        const QList<LedgerTotal> totals = ledgerTotals({
            entry(Ledger::Spiffs, 5000, "USD", "paid"),
            entry(Ledger::Expenses, 1840, "USD", "submitted"),
            entry(Ledger::Expenses, 3100, "USD", "approved"),
            entry(Ledger::Expenses, -600, "USD", "approved"), // a correction
            entry(Ledger::Expenses, 999, "USD", "rejected"),
            entry(Ledger::Expenses, 777, "USD", "cancelled"),
            entry(Ledger::Expenses, 1200, "EUR", "reimbursed"),
            entry(Ledger::Spiffs, 2500, "USD", "submitted"),
        });
        QCOMPARE(totals.size(), 3);
        // Expenses first, currencies in order; rejected and cancelled count nowhere.
        QCOMPARE(totals.at(0).ledger, Ledger::Expenses);
        QCOMPARE(totals.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(totals.at(0).settledMinor, 1200);
        QCOMPARE(totals.at(0).count, 1);
        QCOMPARE(totals.at(1).currency, QStringLiteral("USD"));
        QCOMPARE(totals.at(1).awaitingMinor, 1840);
        QCOMPARE(totals.at(1).approvedMinor, 2500);
        QCOMPARE(totals.at(1).settledMinor, 0);
        QCOMPARE(totals.at(1).totalMinor(), 4340);
        QCOMPARE(totals.at(1).count, 3);
        QCOMPARE(totals.at(2).ledger, Ledger::Spiffs);
        QCOMPARE(totals.at(2).awaitingMinor, 2500);
        QCOMPARE(totals.at(2).settledMinor, 5000);
        QVERIFY(ledgerTotals({entry(Ledger::Expenses, 100, "USD", "rejected")}).isEmpty());
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestReportModels)
} // namespace tst_reportmodels
#include "tst_reportmodels.moc"
