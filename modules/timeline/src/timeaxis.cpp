#include "fielddesk/timeline/timeaxis.h"

#include <algorithm>
#include <cmath>

namespace fielddesk::timeline {

namespace {
constexpr double kFarOutside = 1e6; // pixels: keeps far instants within int range
}

int TimeAxis::xForTime(qint64 ms) const
{
    const double x = left + double(ms - startMs) * pixelsPerHour / kMsPerHour;
    return int(std::lround(std::clamp(x, -kFarOutside, kFarOutside)));
}

qint64 TimeAxis::timeAt(int x) const
{
    return startMs + qint64(std::llround((x - left) * kMsPerHour / pixelsPerHour));
}

} // namespace fielddesk::timeline
