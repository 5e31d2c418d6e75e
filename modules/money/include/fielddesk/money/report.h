// Expense and spiff reports as the console asks for them and reads them: what to group by and
// filter on (ReportQuery: the server's query), the answer (Report: totals per currency and one
// row per group and currency), and the date ranges people pick (this month, last quarter...).
// Part of fielddesk_money: QtCore only; amounts are integers in minor units.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace fielddesk::money {

// Which ledger: employees' expenses or their spiffs (bonuses).
enum class Ledger { Expenses, Spiffs };

// What rows are grouped by (the server's group_by values; Category is "type" for spiffs).
enum class Dimension { Employee, Location, Category, Day, Week, Month, Status };

QList<Dimension> allDimensions();
// The server's name of a dimension in that ledger: "employee", "category" or "type", "month"…
QString dimensionName(Dimension dimension, Ledger ledger);
std::optional<Dimension> dimensionNamed(const QString &name);
bool isPeriod(Dimension dimension);

struct DateRange
{
    QDate from; // both days included
    QDate to;
    bool operator==(const DateRange &) const = default;
};

// The ranges the report offers besides a custom one.
enum class PeriodPreset {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisYear,
    LastYear,
    Custom
};
QList<PeriodPreset> allPeriodPresets();
// The range of a preset as seen on `today`; Custom has none.
std::optional<DateRange> rangeOf(PeriodPreset preset, QDate today);

// The filters reports and entry lists share, added to a query as the server names them
// (from, to, location_id, employee_id, category_id or spiff_type_id, status).
void addLedgerFilters(QUrlQuery &query,
                      Ledger ledger,
                      const DateRange &range,
                      std::optional<qint64> locationId,
                      std::optional<qint64> employeeId,
                      std::optional<qint64> categoryId,
                      const QStringList &statuses);

// The statuses a report counts when it names none: approved and later.
QStringList defaultReportStatuses(Ledger ledger);

struct ReportQuery
{
    Ledger ledger = Ledger::Expenses;
    DateRange range;
    QList<Dimension> groupBy; // one or two
    std::optional<qint64> locationId;
    std::optional<qint64> employeeId;
    std::optional<qint64> categoryId; // a spiff type for spiffs
    QStringList statuses;             // empty: the server's default (approved and later)

    // GET path of the report (JSON, or CSV with Accept: text/csv).
    QString path() const;
    bool operator==(const ReportQuery &) const = default;
};

// One value a row is grouped by: an id with its name (employee, location, category), or a
// text (the day, week or month in ISO form, the status).
struct ReportKey
{
    Dimension dimension = Dimension::Employee;
    std::optional<qint64> id;
    QString text;
};

struct ReportRow
{
    QList<ReportKey> keys; // in the order of the query's groupBy
    qint64 count = 0;
    qint64 totalMinor = 0;
    QString currency;

    // The key of that dimension, or nullptr when the row is not grouped by it.
    const ReportKey *key(Dimension dimension) const;
};

struct CurrencyTotal
{
    QString currency;
    qint64 count = 0;
    qint64 totalMinor = 0;
};

struct Report
{
    ReportQuery query;
    QList<CurrencyTotal> currencyTotals;
    QList<ReportRow> rows;

    // The server's answer to `query`.
    static Report fromJson(const QJsonObject &json, const ReportQuery &query);
    // The currencies of the report, the one with most entries first.
    QStringList currencies() const;
};

} // namespace fielddesk::money
