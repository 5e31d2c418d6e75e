#include "repositories/moneyreportrepository.h"

#include "storage/sqlfilter.h"

namespace fielddesk::server {

namespace {

// Where a report reads its entries: a table (or the tallies) and its columns.
struct ReportSource
{
    QString name;     // "expenses e"
    QString date;     // "e.spent_on"
    QString category; // "e.category_id"
    OwnedColumns owned;
    QString count; // "COUNT(*)"
    QString total; // "SUM(e.amount_minor)"
    QString having;
};

ReportSource tableOf(const MoneyReportQuery &query)
{
    const OwnedColumns owned{QStringLiteral("e.employee_id"), QStringLiteral("e.location_id"),
                             QStringLiteral("e.status")};
    const bool perEmployee = query.columns.contains(ReportColumn::Employee) ||
                             !query.employeeIds.isEmpty() || query.employeeScope;
    if (query.kind == MoneyKind::Expenses && !perEmployee)
        return {QStringLiteral("expense_tallies e"),
                QStringLiteral("e.spent_on"),
                QStringLiteral("e.category_id"),
                owned,
                QStringLiteral("CAST(SUM(e.entries) AS BIGINT)"),
                QStringLiteral("SUM(e.total_minor)"),
                QStringLiteral(" HAVING SUM(e.entries) > 0")};
    if (query.kind == MoneyKind::Expenses)
        return {QStringLiteral("expenses e"),
                QStringLiteral("e.spent_on"),
                QStringLiteral("e.category_id"),
                owned,
                QStringLiteral("COUNT(*)"),
                QStringLiteral("SUM(e.amount_minor)"),
                {}};
    return {QStringLiteral("spiffs e"),
            QStringLiteral("e.earned_on"),
            QStringLiteral("e.spiff_type_id"),
            owned,
            QStringLiteral("COUNT(*)"),
            QStringLiteral("SUM(e.amount_minor)"),
            {}};
}

QString expressionOf(ReportColumn column, const ReportSource &table)
{
    switch (column) {
    case ReportColumn::Employee:
        return table.owned.owner;
    case ReportColumn::Location:
        return table.owned.location;
    case ReportColumn::Category:
        return table.category;
    case ReportColumn::Day:
        return table.date;
    case ReportColumn::Month:
        return QStringLiteral("SUBSTR(%1, 1, 7)").arg(table.date);
    case ReportColumn::EntryStatus:
        return table.owned.status;
    }
    return {};
}

bool isIdColumn(ReportColumn column)
{
    return column == ReportColumn::Employee || column == ReportColumn::Location ||
           column == ReportColumn::Category;
}

} // namespace

QList<MoneyReportCell> MoneyReportRepository::aggregate(qint64 tenantId,
                                                        const MoneyReportQuery &query)
{
    const ReportSource table = tableOf(query);
    SqlFilter filter;
    filter.where(QStringLiteral("e.tenant_id = ?"), {tenantId});
    if (!query.fromDate.isEmpty())
        filter.where(table.date + QStringLiteral(" >= ?"), {query.fromDate});
    if (!query.toDate.isEmpty())
        filter.where(table.date + QStringLiteral(" <= ?"), {query.toDate});
    QVariantList statuses;
    for (const QString &status : query.statuses)
        statuses << status;
    filter.where(table.owned.status + QStringLiteral(" IN (") +
                     QStringList(statuses.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                     QLatin1Char(')'),
                 statuses);
    if (!query.locationIds.isEmpty())
        filter.whereIn(table.owned.location, query.locationIds);
    if (!query.employeeIds.isEmpty())
        filter.whereIn(table.owned.owner, query.employeeIds);
    if (!query.categoryIds.isEmpty())
        filter.whereIn(table.category, query.categoryIds);
    if (query.locationScope)
        filter.whereIn(table.owned.location, *query.locationScope);
    if (query.employeeScope)
        filter.where(table.owned.owner + QStringLiteral(" = ?"), {*query.employeeScope});

    QStringList groups;
    for (const ReportColumn column : query.columns)
        groups << expressionOf(column, table);
    groups << QStringLiteral("e.currency");
    const QString grouped = groups.join(QStringLiteral(", "));
    SqlQuery q(m_db, QStringLiteral("SELECT %1, %2, CAST(%3 AS BIGINT) FROM %4%5 GROUP BY %1%6")
                         .arg(grouped, table.count, table.total, table.name, filter.clause(),
                              table.having));
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<MoneyReportCell> cells;
    const int keys = int(query.columns.size());
    while (q.next()) {
        MoneyReportCell cell;
        for (int i = 0; i < keys; ++i)
            cell.keys << (isIdColumn(query.columns.at(i)) ? QVariant(q.integer(i))
                                                          : QVariant(q.text(i)));
        cell.currency = q.text(keys);
        cell.count = q.integer(keys + 1);
        cell.totalMinor = q.integer(keys + 2);
        cells.append(cell);
    }
    return cells;
}

QHash<qint64, QString> MoneyReportRepository::namesOf(qint64 tenantId,
                                                      ReportColumn column,
                                                      MoneyKind kind,
                                                      const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    if (ids.isEmpty())
        return names;
    QString table = QStringLiteral("users");
    if (column == ReportColumn::Location)
        table = QStringLiteral("locations");
    else if (column == ReportColumn::Category)
        table = kind == MoneyKind::Expenses ? QStringLiteral("expense_categories")
                                            : QStringLiteral("spiff_types");
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).whereIn(QStringLiteral("id"), ids);
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM ") + table + filter.clause());
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    while (q.next())
        names.insert(q.integer(0), q.text(1));
    return names;
}

} // namespace fielddesk::server
