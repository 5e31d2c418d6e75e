// The from= and to= parameters several lists take, read once: stored UTC timestamps, or a
// 422 naming the parameter that is not an ISO 8601 date-time with a zone.
#pragma once

#include "core/result.h"
#include "storage/listquery.h"

namespace fielddesk::server {

struct TimeRange
{
    QString from; // empty: open
    QString to;
};

Result<TimeRange> timeRangeOf(const ListQuery &query);

} // namespace fielddesk::server
