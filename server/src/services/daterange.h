// The from= and to= of lists and reports over calendar dates (an expense's date, the day a
// spiff was earned): YYYY-MM-DD, both days included; or ISO 8601 date-times with a zone, read
// on the tenant's clock (from's day included, to excluded: to=2026-12-01T00:00:00-07:00 ends
// with November 30 in Denver). A 422 names the parameter that is neither.
#pragma once

#include "core/result.h"

#include <QTimeZone>
#include <QUrlQuery>

namespace fielddesk::server {

struct DateRange
{
    QString from; // YYYY-MM-DD, included; empty: open
    QString to;   // YYYY-MM-DD, included; empty: open
};

Result<DateRange> dateRangeOf(const QUrlQuery &query, const QTimeZone &zone);

// Today's date on this clock, as YYYY-MM-DD.
QString todayOn(const QTimeZone &zone);

} // namespace fielddesk::server
