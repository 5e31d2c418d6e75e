#include "fielddesk/money/ledgerentry.h"

#include "fielddesk/domain/money.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace fielddesk::money {

namespace {

DateRange intersect(const DateRange &a, const DateRange &b)
{
    return {std::max(a.from, b.from), std::min(a.to, b.to)};
}

} // namespace

LedgerEntry LedgerEntry::fromJson(const QJsonObject &o, Ledger ledger)
{
    // The wire form is read once, by the domain types; a ledger entry is what both share.
    LedgerEntry entry;
    entry.ledger = ledger;
    if (ledger == Ledger::Expenses) {
        const Expense expense = Expense::fromJson(o);
        entry.id = expense.id;
        entry.date = QDate::fromString(expense.date, Qt::ISODate);
        entry.employeeId = expense.employeeId;
        entry.employeeName = expense.employeeName;
        entry.categoryId = expense.categoryId;
        entry.categoryName = expense.categoryName;
        entry.amountMinor = expense.amountMinor;
        entry.currency = expense.currency;
        entry.status = expense.status;
        entry.text = expense.merchant.isEmpty() || expense.description.isEmpty()
                         ? expense.merchant + expense.description
                         : expense.merchant + QStringLiteral(" — ") + expense.description;
        entry.merchant = expense.merchant;
        entry.description = expense.description;
        entry.jobId = expense.jobId;
        entry.overLimit = expense.overLimit;
        entry.correctsId = expense.correctsId;
        entry.mediaIds = expense.mediaIds;
        entry.locationId = expense.locationId;
        entry.submittedAt = expense.submittedAt;
        entry.decidedByName = expense.decidedByName;
        entry.decidedAt = expense.decidedAt;
        entry.decisionComment = expense.decisionComment;
        entry.settledAt = expense.reimbursedAt;
        entry.version = expense.version;
    } else {
        const Spiff spiff = Spiff::fromJson(o);
        entry.id = spiff.id;
        entry.date = QDate::fromString(spiff.earnedOn, Qt::ISODate);
        entry.employeeId = spiff.employeeId;
        entry.employeeName = spiff.employeeName;
        entry.categoryId = spiff.spiffTypeId;
        entry.categoryName = spiff.spiffTypeName;
        entry.amountMinor = spiff.amountMinor;
        entry.currency = spiff.currency;
        entry.status = spiff.status;
        entry.text = spiff.reason;
        entry.description = spiff.reason;
        entry.jobId = spiff.jobId;
        entry.locationId = spiff.locationId;
        entry.submittedAt = spiff.submittedAt;
        entry.decidedByName = spiff.decidedByName;
        entry.decidedAt = spiff.decidedAt;
        entry.decisionComment = spiff.decisionComment;
        entry.settledAt = spiff.paidAt;
        entry.version = spiff.version;
    }
    return entry;
}

std::optional<DateRange> isoWeekRange(const QString &week)
{
    const QStringList parts = week.split(QStringLiteral("-W"));
    bool yearOk = false;
    bool weekOk = false;
    const int year = parts.value(0).toInt(&yearOk);
    const int number = parts.value(1).toInt(&weekOk);
    if (parts.size() != 2 || !yearOk || !weekOk || number < 1 || number > 53)
        return std::nullopt;
    // 4 January is always in week 1.
    const QDate january4(year, 1, 4);
    const QDate monday = january4.addDays(1 - january4.dayOfWeek()).addDays(7 * (number - 1));
    return DateRange{monday, monday.addDays(6)};
}

EntryQuery EntryQuery::forRow(const ReportQuery &report, const ReportRow &row)
{
    EntryQuery query{report.ledger,     report.range,      report.locationId,
                     report.employeeId, report.categoryId, report.statuses};
    if (query.statuses.isEmpty())
        query.statuses = defaultReportStatuses(report.ledger);
    for (const ReportKey &key : row.keys) {
        switch (key.dimension) {
        case Dimension::Employee:
            query.employeeId = key.id;
            break;
        case Dimension::Location:
            query.locationId = key.id;
            break;
        case Dimension::Category:
            query.categoryId = key.id;
            break;
        case Dimension::Day: {
            const QDate day = QDate::fromString(key.text, Qt::ISODate);
            query.range = intersect(query.range, {day, day});
            break;
        }
        case Dimension::Week:
            if (const auto week = isoWeekRange(key.text))
                query.range = intersect(query.range, *week);
            break;
        case Dimension::Month: {
            const QDate first = QDate::fromString(key.text + QStringLiteral("-01"), Qt::ISODate);
            query.range = intersect(query.range, {first, first.addMonths(1).addDays(-1)});
            break;
        }
        case Dimension::Status:
            query.statuses = {key.text};
            break;
        }
    }
    return query;
}

QString EntryQuery::path(int limit, int offset) const
{
    QUrlQuery query;
    addLedgerFilters(query, ledger, range, locationId, employeeId, categoryId, statuses);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return (ledger == Ledger::Expenses ? QStringLiteral("/api/v1/expenses?")
                                       : QStringLiteral("/api/v1/spiffs?")) +
           query.toString(QUrl::FullyEncoded);
}

} // namespace fielddesk::money
