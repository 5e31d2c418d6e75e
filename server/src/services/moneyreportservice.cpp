#include "services/moneyreportservice.h"

#include "fielddesk/domain/money.h"
#include "repositories/tenantrepository.h"
#include "services/daterange.h"

#include <QMap>

#include <algorithm>

namespace fielddesk::server {

namespace {

// A dimension as the API names it and how it is stored and shown.
struct Dimension
{
    QString name;        // "category", "type", "week", …
    ReportColumn column; // what the SQL groups by
    QByteArray idKey;    // "category_id" (named dimensions), or the key itself ("week")
    QByteArray nameKey;  // "category_name"; empty for the others
};

QList<Dimension> dimensionsOf(MoneyKind kind)
{
    QList<Dimension> dims{
        {QStringLiteral("employee"), ReportColumn::Employee, "employee_id", "employee_name"},
        {QStringLiteral("location"), ReportColumn::Location, "location_id", "location_name"},
        {QStringLiteral("day"), ReportColumn::Day, "day", {}},
        {QStringLiteral("week"), ReportColumn::Day, "week", {}},
        {QStringLiteral("month"), ReportColumn::Month, "month", {}},
        {QStringLiteral("status"), ReportColumn::EntryStatus, "status", {}}};
    if (kind == MoneyKind::Expenses)
        dims.insert(2, {QStringLiteral("category"), ReportColumn::Category, "category_id",
                        "category_name"});
    else
        dims.insert(2, {QStringLiteral("type"), ReportColumn::Category, "spiff_type_id",
                        "spiff_type_name"});
    return dims;
}

QStringList statusesOf(MoneyKind kind)
{
    return kind == MoneyKind::Expenses ? allExpenseStatuses() : allSpiffStatuses();
}

// "Approved and later": what was granted.
QStringList defaultStatuses(MoneyKind kind)
{
    return kind == MoneyKind::Expenses
               ? QStringList{QStringLiteral("approved"), QStringLiteral("reimbursed")}
               : QStringList{QStringLiteral("approved"), QStringLiteral("paid")};
}

// 2026-11-30 -> "2026-W49" (ISO 8601: the week's year may differ from the date's).
QString isoWeekOf(const QString &day)
{
    int year = 0;
    const int week = QDate::fromString(day, Qt::ISODate).weekNumber(&year);
    return QStringLiteral("%1-W%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(week, 2, 10, QLatin1Char('0'));
}

Result<QList<qint64>> idsOf(const QUrlQuery &query, const QString &name)
{
    QList<qint64> ids;
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.isEmpty())
        return ids;
    for (const QString &part : value.split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return Failure::validation(name, QStringLiteral("must be ids separated by commas"));
        ids << id;
    }
    return ids;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Result<MoneyReport>
MoneyReportService::report(const Principal &caller, MoneyKind kind, const QUrlQuery &query)
{
    // The parameters it reads are the route's (reportroutes.cpp): others never reach it.
    MoneyReport report;
    report.kind = kind;
    MoneyReportQuery sql;
    sql.kind = kind;
    const QList<Dimension> allDims = dimensionsOf(kind);
    QList<Dimension> dims;
    const QString groupBy = query.queryItemValue(QStringLiteral("group_by"), QUrl::FullyDecoded);
    for (const QString &part : groupBy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        const auto dim = std::find_if(allDims.cbegin(), allDims.cend(),
                                      [&name](const Dimension &d) { return d.name == name; });
        QStringList names;
        for (const Dimension &d : allDims)
            names << d.name;
        if (dim == allDims.cend())
            return Failure::validation(QStringLiteral("group_by"),
                                       QStringLiteral("\"%1\" is not one of %2")
                                           .arg(name, names.join(QStringLiteral(", "))));
        if (report.groupBy.contains(name))
            return Failure::validation(QStringLiteral("group_by"),
                                       QStringLiteral("names \"%1\" twice").arg(name));
        report.groupBy << name;
        dims << *dim;
    }
    if (dims.size() > 2)
        return Failure::validation(QStringLiteral("group_by"),
                                   QStringLiteral("groups by one or two dimensions"));
    for (const Dimension &dim : std::as_const(dims)) {
        if (!sql.columns.contains(dim.column))
            sql.columns << dim.column;
    }

    const std::optional<Tenant> tenant = TenantRepository(m_db).find(caller.tenantId);
    const Result<DateRange> range =
        dateRangeOf(query, QTimeZone(tenant ? tenant->timeZone.toUtf8() : QByteArray("UTC")));
    if (!range)
        return range.failure();
    sql.fromDate = report.from = range->from;
    sql.toDate = report.to = range->to;

    const QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    for (const QString &part : status.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!statusesOf(kind).contains(part.trimmed()))
            return Failure::validation(QStringLiteral("status"),
                                       QStringLiteral("\"%1\" is not one of %2")
                                           .arg(part, statusesOf(kind).join(QStringLiteral(", "))));
        if (!report.statuses.contains(part.trimmed()))
            report.statuses << part.trimmed();
    }
    if (report.statuses.isEmpty())
        report.statuses = defaultStatuses(kind);
    sql.statuses = report.statuses;
    const QString categoryFilter = kind == MoneyKind::Expenses ? QStringLiteral("category_id")
                                                               : QStringLiteral("spiff_type_id");
    for (const auto &[name, target] : {std::pair{QStringLiteral("location_id"), &sql.locationIds},
                                       std::pair{QStringLiteral("employee_id"), &sql.employeeIds},
                                       std::pair{categoryFilter, &sql.categoryIds}}) {
        const Result<QList<qint64>> ids = idsOf(query, name);
        if (!ids)
            return ids.failure();
        *target = *ids;
    }
    // Admins report on everything, managers on their locations, everyone else on themselves.
    if (caller.role == Role::Manager && !caller.isCustomerKey())
        sql.locationScope = caller.locationIds;
    else if (!caller.isAdmin())
        sql.employeeScope = caller.isCustomerKey() ? -1 : caller.userId;

    MoneyReportRepository repository(m_db);
    const QList<MoneyReportCell> cells = repository.aggregate(caller.tenantId, sql);

    // The names of the named dimensions, once each.
    QMap<int, QHash<qint64, QString>> names; // by ReportColumn
    for (const Dimension &dim : std::as_const(dims)) {
        if (dim.nameKey.isEmpty() || names.contains(int(dim.column)))
            continue;
        const int index = int(sql.columns.indexOf(dim.column));
        QList<qint64> ids;
        for (const MoneyReportCell &cell : cells)
            ids << cell.keys.at(index).toLongLong();
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        names.insert(int(dim.column), repository.namesOf(caller.tenantId, dim.column, kind, ids));
    }

    // Each cell's keys as the report groups them (days fold into weeks), merged exactly.
    struct Group
    {
        QStringList sortKey;
        MoneyReportRow row;
    };
    QMap<QStringList, Group> groups;
    QMap<QString, CurrencyTotal> totals;
    const QStringList statusOrder = statusesOf(kind);
    for (const MoneyReportCell &cell : cells) {
        Group group;
        QStringList identity;
        for (const Dimension &dim : std::as_const(dims)) {
            const QVariant raw = cell.keys.at(sql.columns.indexOf(dim.column));
            if (!dim.nameKey.isEmpty()) {
                const qint64 id = raw.toLongLong();
                const QString name = names.value(int(dim.column)).value(id);
                group.row.keys << ReportKey{dim.idKey, id} << ReportKey{dim.nameKey, name};
                identity << QString::number(id);
                group.sortKey << name.toCaseFolded()
                              << QStringLiteral("%1").arg(id, 20, 10, QLatin1Char('0'));
            } else if (dim.name == QLatin1String("week")) {
                const QString week = isoWeekOf(raw.toString());
                group.row.keys << ReportKey{dim.idKey, week};
                identity << week;
                group.sortKey << week;
            } else if (dim.name == QLatin1String("status")) {
                group.row.keys << ReportKey{dim.idKey, raw.toString()};
                identity << raw.toString();
                group.sortKey << QString::number(statusOrder.indexOf(raw.toString()));
            } else {
                group.row.keys << ReportKey{dim.idKey, raw.toString()};
                identity << raw.toString();
                group.sortKey << raw.toString();
            }
        }
        group.sortKey << cell.currency;
        identity << cell.currency;
        Group &merged = groups[group.sortKey + identity];
        if (merged.row.currency.isEmpty()) {
            merged = group;
            merged.row.currency = cell.currency;
        }
        merged.row.count += cell.count;
        merged.row.totalMinor += cell.totalMinor;
        CurrencyTotal &total = totals[cell.currency];
        total.currency = cell.currency;
        total.count += cell.count;
        total.totalMinor += cell.totalMinor;
    }
    for (const Group &group : std::as_const(groups))
        report.rows << group.row;
    for (const CurrencyTotal &total : std::as_const(totals))
        report.currencyTotals << total;
    return report;
}

void MoneyReport::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.key("currency_totals").beginArray();
    for (const CurrencyTotal &total : currencyTotals) {
        w.beginObject()
            .field("currency", total.currency)
            .field("count", total.count)
            .field("total_minor", total.totalMinor)
            .endObject();
    }
    w.endArray();
    w.key("rows").beginArray();
    for (const MoneyReportRow &row : rows) {
        w.beginObject();
        for (const auto &[key, value] : row.keys) {
            if (value.typeId() == QMetaType::LongLong)
                w.field(std::string_view(key.constData(), key.size()), value.toLongLong());
            else
                w.field(std::string_view(key.constData(), key.size()), value.toString());
        }
        w.field("count", row.count)
            .field("total_minor", row.totalMinor)
            .field("currency", row.currency);
        w.endObject();
    }
    w.endArray();
    w.key("group_by").beginArray();
    for (const QString &name : groupBy)
        w.value(name);
    w.endArray();
    w.key("from");
    from.isEmpty() ? w.nullValue() : w.value(from);
    w.key("to");
    to.isEmpty() ? w.nullValue() : w.value(to);
    w.key("status").beginArray();
    for (const QString &status : statuses)
        w.value(status);
    w.endArray();
    w.endObject();
}

QByteArray MoneyReport::toCsv() const
{
    // The header comes from the dimensions, so an empty report still names its columns.
    QStringList header;
    for (const QString &name : groupBy) {
        for (const Dimension &dim : dimensionsOf(kind)) {
            if (dim.name != name)
                continue;
            header << QString::fromLatin1(dim.idKey);
            if (!dim.nameKey.isEmpty())
                header << QString::fromLatin1(dim.nameKey);
        }
    }
    header << QStringLiteral("currency") << QStringLiteral("count") << QStringLiteral("total");
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const MoneyReportRow &row : rows) {
        QStringList fields;
        for (const auto &[key, value] : row.keys)
            fields << csvField(value.toString());
        fields << row.currency << QString::number(row.count)
               << decimalText(row.totalMinor, row.currency);
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace fielddesk::server
