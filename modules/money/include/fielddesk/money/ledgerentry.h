// One expense or spiff as a report's drill-down lists it, and the list of entries behind one
// row of a report (EntryQuery: the report's filters narrowed to the row's keys). Part of
// fielddesk_money: QtCore only.
#pragma once

#include "fielddesk/money/report.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::money {

struct LedgerEntry
{
    Ledger ledger = Ledger::Expenses;
    qint64 id = 0;
    QDate date;
    qint64 employeeId = 0;
    QString employeeName;
    std::optional<qint64> categoryId; // the expense category or the spiff type
    QString categoryName;
    qint64 amountMinor = 0;
    QString currency;
    QString status;
    QString text;        // merchant and description, or the spiff's reason
    QString merchant;    // expenses only
    QString description; // an expense's description, a spiff's reason
    std::optional<qint64> jobId;
    bool overLimit = false;
    std::optional<qint64> correctsId;
    QList<qint64> mediaIds;
    qint64 locationId = 0;
    QString submittedAt;
    QString decidedByName;
    QString decidedAt;
    QString decisionComment;
    QString settledAt; // when an expense was reimbursed or a spiff paid
    qint64 version = 1;

    static LedgerEntry fromJson(const QJsonObject &o, Ledger ledger);
};

struct EntryQuery
{
    Ledger ledger = Ledger::Expenses;
    DateRange range;
    std::optional<qint64> locationId;
    std::optional<qint64> employeeId;
    std::optional<qint64> categoryId;
    QStringList statuses;

    // The entries a report's row sums: the report's filters and range, narrowed by the row's
    // keys (a month's row to that month, an employee's to that employee...).
    static EntryQuery forRow(const ReportQuery &report, const ReportRow &row);
    QString path(int limit, int offset) const;
};

// The days of an ISO week ("2026-W49"); nullopt for another text.
std::optional<DateRange> isoWeekRange(const QString &week);

} // namespace fielddesk::money
