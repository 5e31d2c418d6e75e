// SQL for the expense and spiff reports: grouped counts and integer sums, exact on both
// engines (SUM over BIGINT, cast back to BIGINT), one query per report plus one per named
// dimension for the names. Expense reports that neither group nor filter by employee read
// expense_tallies (per day, location, category, status and currency; migration 17), the
// others the entries themselves.
#pragma once

#include "repositories/decisionscope.h"
#include "storage/database.h"

#include <QHash>
#include <QVariantList>

namespace fielddesk::server {

enum class MoneyKind { Expenses, Spiffs };

// What a report groups by, as stored: the employee, the location, the category or spiff
// type, the entry's date (day; weeks are folded from days by the service), its month, its
// status.
enum class ReportColumn { Employee, Location, Category, Day, Month, EntryStatus };

struct MoneyReportQuery
{
    MoneyKind kind = MoneyKind::Expenses;
    QList<ReportColumn> columns; // in the order asked, without repeats
    QString fromDate;            // YYYY-MM-DD, included; empty: open
    QString toDate;              // YYYY-MM-DD, included
    QStringList statuses;        // never empty
    QList<qint64> locationIds;   // empty: any
    QList<qint64> employeeIds;
    QList<qint64> categoryIds; // expense categories or spiff types
    // Who the caller may report on: these locations (managers), this employee (everyone but
    // managers and admins); neither: everything (admins).
    std::optional<QList<qint64>> locationScope;
    std::optional<qint64> employeeScope;
};

// One group of one currency: the values of `columns` in order (ids as integers, texts as
// text), how many entries, their total.
struct MoneyReportCell
{
    QVariantList keys;
    QString currency;
    qint64 count = 0;
    qint64 totalMinor = 0;
};

class MoneyReportRepository
{
public:
    explicit MoneyReportRepository(Database &db)
        : m_db(db)
    {}

    QList<MoneyReportCell> aggregate(qint64 tenantId, const MoneyReportQuery &query);
    // id -> name of the users, locations, expense categories or spiff types named.
    QHash<qint64, QString>
    namesOf(qint64 tenantId, ReportColumn column, MoneyKind kind, const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace fielddesk::server
