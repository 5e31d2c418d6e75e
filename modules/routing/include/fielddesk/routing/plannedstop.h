// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QString>

namespace fielddesk::routing {

// One stop of a technician's day: a job or the break. Times: seconds since the epoch, UTC.
struct PlannedStop
{
    QString job; // empty for the break
    bool isBreak = false;
    qint64 start = 0;
    qint64 end = 0;
};

} // namespace fielddesk::routing
