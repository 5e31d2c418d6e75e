#include "fielddesk/money/report.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace fielddesk::money {

namespace {

// The member names of a key in a report's row.
struct KeyMembers
{
    QString id;   // empty: the key is a text
    QString text; // the name for keys with an id, else the text itself
};

KeyMembers membersOf(Dimension dimension, Ledger ledger)
{
    switch (dimension) {
    case Dimension::Employee:
        return {QStringLiteral("employee_id"), QStringLiteral("employee_name")};
    case Dimension::Location:
        return {QStringLiteral("location_id"), QStringLiteral("location_name")};
    case Dimension::Category:
        return ledger == Ledger::Expenses
                   ? KeyMembers{QStringLiteral("category_id"), QStringLiteral("category_name")}
                   : KeyMembers{QStringLiteral("spiff_type_id"), QStringLiteral("spiff_type_name")};
    case Dimension::Day:
        return {{}, QStringLiteral("day")};
    case Dimension::Week:
        return {{}, QStringLiteral("week")};
    case Dimension::Month:
        return {{}, QStringLiteral("month")};
    case Dimension::Status:
        return {{}, QStringLiteral("status")};
    }
    return {};
}

} // namespace

QList<Dimension> allDimensions()
{
    return {Dimension::Employee, Dimension::Location, Dimension::Category, Dimension::Day,
            Dimension::Week,     Dimension::Month,    Dimension::Status};
}

QString dimensionName(Dimension dimension, Ledger ledger)
{
    switch (dimension) {
    case Dimension::Employee:
        return QStringLiteral("employee");
    case Dimension::Location:
        return QStringLiteral("location");
    case Dimension::Category:
        return ledger == Ledger::Expenses ? QStringLiteral("category") : QStringLiteral("type");
    case Dimension::Day:
        return QStringLiteral("day");
    case Dimension::Week:
        return QStringLiteral("week");
    case Dimension::Month:
        return QStringLiteral("month");
    case Dimension::Status:
        return QStringLiteral("status");
    }
    return {};
}

std::optional<Dimension> dimensionNamed(const QString &name)
{
    if (name == QLatin1String("type"))
        return Dimension::Category;
    for (const Dimension dimension : allDimensions()) {
        if (dimensionName(dimension, Ledger::Expenses) == name)
            return dimension;
    }
    return std::nullopt;
}

bool isPeriod(Dimension dimension)
{
    return dimension == Dimension::Day || dimension == Dimension::Week ||
           dimension == Dimension::Month;
}

QList<PeriodPreset> allPeriodPresets()
{
    return {PeriodPreset::ThisMonth,   PeriodPreset::LastMonth, PeriodPreset::ThisQuarter,
            PeriodPreset::LastQuarter, PeriodPreset::ThisYear,  PeriodPreset::LastYear,
            PeriodPreset::Custom};
}

std::optional<DateRange> rangeOf(PeriodPreset preset, QDate today)
{
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    switch (preset) {
    case PeriodPreset::ThisMonth:
        return DateRange{month, month.addMonths(1).addDays(-1)};
    case PeriodPreset::LastMonth:
        return DateRange{month.addMonths(-1), month.addDays(-1)};
    case PeriodPreset::ThisQuarter:
        return DateRange{quarter, quarter.addMonths(3).addDays(-1)};
    case PeriodPreset::LastQuarter:
        return DateRange{quarter.addMonths(-3), quarter.addDays(-1)};
    case PeriodPreset::ThisYear:
        return DateRange{year, year.addYears(1).addDays(-1)};
    case PeriodPreset::LastYear:
        return DateRange{year.addYears(-1), year.addDays(-1)};
    case PeriodPreset::Custom:
        return std::nullopt;
    }
    return std::nullopt;
}

QStringList defaultReportStatuses(Ledger ledger)
{
    return {QStringLiteral("approved"),
            ledger == Ledger::Expenses ? QStringLiteral("reimbursed") : QStringLiteral("paid")};
}

void addLedgerFilters(QUrlQuery &query,
                      Ledger ledger,
                      const DateRange &range,
                      std::optional<qint64> locationId,
                      std::optional<qint64> employeeId,
                      std::optional<qint64> categoryId,
                      const QStringList &statuses)
{
    query.addQueryItem(QStringLiteral("from"), range.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), range.to.toString(Qt::ISODate));
    if (locationId)
        query.addQueryItem(QStringLiteral("location_id"), QString::number(*locationId));
    if (employeeId)
        query.addQueryItem(QStringLiteral("employee_id"), QString::number(*employeeId));
    if (categoryId)
        query.addQueryItem(ledger == Ledger::Expenses ? QStringLiteral("category_id")
                                                      : QStringLiteral("spiff_type_id"),
                           QString::number(*categoryId));
    if (!statuses.isEmpty())
        query.addQueryItem(QStringLiteral("status"), statuses.join(QLatin1Char(',')));
}

QString ReportQuery::path() const
{
    QUrlQuery query;
    addLedgerFilters(query, ledger, range, locationId, employeeId, categoryId, statuses);
    QStringList names;
    for (const Dimension dimension : groupBy)
        names << dimensionName(dimension, ledger);
    query.addQueryItem(QStringLiteral("group_by"), names.join(QLatin1Char(',')));
    const QString resource =
        ledger == Ledger::Expenses ? QStringLiteral("expenses") : QStringLiteral("spiffs");
    return QStringLiteral("/api/v1/reports/") + resource + QLatin1Char('?') +
           query.toString(QUrl::FullyEncoded);
}

const ReportKey *ReportRow::key(Dimension dimension) const
{
    for (const ReportKey &k : keys) {
        if (k.dimension == dimension)
            return &k;
    }
    return nullptr;
}

Report Report::fromJson(const QJsonObject &json, const ReportQuery &query)
{
    Report report;
    report.query = query;
    const QJsonArray totals = json.value(QStringLiteral("currency_totals")).toArray();
    for (const QJsonValue &value : totals) {
        const QJsonObject o = value.toObject();
        report.currencyTotals.append({o.value(QStringLiteral("currency")).toString(),
                                      o.value(QStringLiteral("count")).toInteger(),
                                      o.value(QStringLiteral("total_minor")).toInteger()});
    }
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        ReportRow row;
        for (const Dimension dimension : query.groupBy) {
            const KeyMembers members = membersOf(dimension, query.ledger);
            ReportKey key{dimension, std::nullopt, o.value(members.text).toString()};
            if (!members.id.isEmpty() && !o.value(members.id).isNull())
                key.id = o.value(members.id).toInteger();
            row.keys.append(key);
        }
        row.count = o.value(QStringLiteral("count")).toInteger();
        row.totalMinor = o.value(QStringLiteral("total_minor")).toInteger();
        row.currency = o.value(QStringLiteral("currency")).toString();
        report.rows.append(row);
    }
    return report;
}

QStringList Report::currencies() const
{
    QList<CurrencyTotal> sorted = currencyTotals;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const CurrencyTotal &a, const CurrencyTotal &b) { return a.count > b.count; });
    QStringList codes;
    for (const CurrencyTotal &total : sorted)
        codes << total.currency;
    return codes;
}

} // namespace fielddesk::money
