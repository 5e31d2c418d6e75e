// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QtGlobal>

namespace fielddesk::routing {

// A break of durationS seconds that must start between earliest and latest, wherever the
// technician is (on site while waiting, or on the road).
struct BreakRule
{
    qint64 earliest = 0;
    qint64 latest = 0;
    int durationS = 0;
};

} // namespace fielddesk::routing
