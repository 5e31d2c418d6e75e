#include "services/timerange.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

Result<TimeRange> timeRangeOf(const ListQuery &query)
{
    TimeRange range;
    for (const char *name : {"from", "to"}) {
        const QString value = query.raw.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        if (value.isEmpty())
            continue;
        const std::optional<QDateTime> t = parseTimestamp(value);
        if (!t)
            return Failure::validation(QLatin1String(name),
                                       QStringLiteral("must be an ISO 8601 date-time with a zone"));
        (name[0] == 'f' ? range.from : range.to) = toTimestamp(*t);
    }
    return range;
}

} // namespace fielddesk::server
