// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QtGlobal>

namespace fielddesk::routing {

// Times are seconds since the Unix epoch, UTC.
struct TimeWindow
{
    qint64 start = 0;
    qint64 end = 0;
};

} // namespace fielddesk::routing
