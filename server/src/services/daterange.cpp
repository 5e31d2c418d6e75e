#include "services/daterange.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

Result<DateRange> dateRangeOf(const QUrlQuery &query, const QTimeZone &zone)
{
    DateRange range;
    for (const bool isFrom : {true, false}) {
        const QString name = isFrom ? QStringLiteral("from") : QStringLiteral("to");
        const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
        if (value.isEmpty())
            continue;
        QDate day;
        if (value.size() == 10) {
            day = QDate::fromString(value, Qt::ISODate);
        } else if (const std::optional<QDateTime> t = parseTimestamp(value)) {
            // An instant: its day on the tenant's clock; an end instant is excluded.
            day = (isFrom ? *t : t->addMSecs(-1)).toTimeZone(zone).date();
        }
        // Four-digit years only: an instant early on January 1st of year 1 is in year 0 (-1
        // to Qt) west of Greenwich, and the range's days compare as text.
        if (!day.isValid() || day.year() < 1 || day.year() > 9999)
            return Failure::validation(
                name, QStringLiteral("must be a date (YYYY-MM-DD) or an ISO 8601 date-time with "
                                     "a zone"));
        (isFrom ? range.from : range.to) = day.toString(Qt::ISODate);
    }
    return range;
}

QString todayOn(const QTimeZone &zone)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date().toString(Qt::ISODate);
}

} // namespace fielddesk::server
