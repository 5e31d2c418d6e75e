// The expense and spiff reports: counts and totals grouped by one or two of employee,
// location, category (expenses) or type (spiffs), day, week, month and status, one row per
// group and currency, with the totals per currency; as JSON or as RFC 4180 CSV with amounts
// in major units. Managers report on their locations, admins on everything, everyone else on
// themselves (services/moneyvisibility.h). Sums are integers, exact on both engines.
#pragma once

#include "core/result.h"
#include "repositories/moneyreportrepository.h"
#include "services/callcontext.h"

#include <QUrlQuery>

namespace fielddesk::server {

// A group's key as the API names it: ("month", "2026-11"), ("category_id", 3),
// ("category_name", "Fuel").
using ReportKey = std::pair<QByteArray, QVariant>;

struct MoneyReportRow
{
    QList<ReportKey> keys;
    QString currency;
    qint64 count = 0;
    qint64 totalMinor = 0;
};

struct CurrencyTotal
{
    QString currency;
    qint64 count = 0;
    qint64 totalMinor = 0;
};

struct MoneyReport
{
    MoneyKind kind = MoneyKind::Expenses;
    QStringList groupBy; // as asked: "month", "category"
    QString from;        // YYYY-MM-DD or empty
    QString to;
    QStringList statuses;
    QList<CurrencyTotal> currencyTotals; // by currency code
    QList<MoneyReportRow> rows;          // in the order of the groups' keys, then currency

    // {currency_totals: [{currency, count, total_minor}], rows: [{keys…, count, total_minor,
    // currency}], group_by, from, to, status}
    void writeJson(JsonWriter &w) const;
    // One header row (the keys' names, currency, count, total), one row per group and
    // currency; amounts in major units as decimal text; CRLF line ends.
    QByteArray toCsv() const;
};

class MoneyReportService
{
public:
    explicit MoneyReportService(Database &db)
        : m_db(db)
    {}

    Result<MoneyReport> report(const Principal &caller, MoneyKind kind, const QUrlQuery &query);

private:
    Database &m_db;
};

} // namespace fielddesk::server
