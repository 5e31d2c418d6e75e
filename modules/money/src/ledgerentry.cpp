#include "fielddesk/money/ledgerentry.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace fielddesk::money {

namespace {

// A person or thing sent as {id, name}, or as <member>_id and <member>_name.
void readNamed(const QJsonObject &o, const QString &member, qint64 *id, QString *name)
{
    const QJsonValue nested = o.value(member);
    if (nested.isObject()) {
        *id = nested.toObject().value(QStringLiteral("id")).toInteger();
        *name = nested.toObject().value(QStringLiteral("name")).toString();
        return;
    }
    *id = o.value(member + QStringLiteral("_id")).toInteger();
    *name = o.value(member + QStringLiteral("_name")).toString();
}

DateRange intersect(const DateRange &a, const DateRange &b)
{
    return {std::max(a.from, b.from), std::min(a.to, b.to)};
}

} // namespace

LedgerEntry LedgerEntry::fromJson(const QJsonObject &o, Ledger ledger)
{
    LedgerEntry entry;
    entry.id = o.value(QStringLiteral("id")).toInteger();
    readNamed(o, QStringLiteral("employee"), &entry.employeeId, &entry.employeeName);
    qint64 categoryId = 0;
    readNamed(
        o, ledger == Ledger::Expenses ? QStringLiteral("category") : QStringLiteral("spiff_type"),
        &categoryId, &entry.categoryName);
    if (categoryId != 0)
        entry.categoryId = categoryId;
    entry.amountMinor = o.value(QStringLiteral("amount_minor")).toInteger();
    entry.currency = o.value(QStringLiteral("currency")).toString();
    entry.status = o.value(QStringLiteral("status")).toString();
    // An expense's day, or the day a spiff was earned.
    QString day = o.value(QStringLiteral("date")).toString();
    if (day.isEmpty())
        day = o.value(QStringLiteral("earned_on")).toString();
    entry.date = QDate::fromString(day, Qt::ISODate);
    if (!entry.date.isValid()) {
        const QString submitted = o.value(QStringLiteral("submitted_at")).toString();
        entry.date = QDateTime::fromString(submitted, Qt::ISODateWithMs).date();
    }
    if (ledger == Ledger::Expenses) {
        const QString merchant = o.value(QStringLiteral("merchant")).toString();
        const QString description = o.value(QStringLiteral("description")).toString();
        entry.text = merchant.isEmpty() || description.isEmpty()
                         ? merchant + description
                         : merchant + QStringLiteral(" — ") + description;
    } else {
        entry.text = o.value(QStringLiteral("reason")).toString();
    }
    entry.overLimit = o.value(QStringLiteral("over_limit")).toBool();
    if (!o.value(QStringLiteral("corrects_id")).isNull() &&
        o.contains(QStringLiteral("corrects_id")))
        entry.correctsId = o.value(QStringLiteral("corrects_id")).toInteger();
    const QJsonArray media = o.value(QStringLiteral("media_ids")).toArray();
    for (const QJsonValue &id : media)
        entry.mediaIds << id.toInteger();
    entry.version = o.value(QStringLiteral("version")).toInteger(1);
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
