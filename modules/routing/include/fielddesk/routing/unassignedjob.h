// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QString>

namespace fielddesk::routing {

struct UnassignedJob
{
    QString job;
    QString reason; // for a dispatcher: "no technician has skill insulation"
};

} // namespace fielddesk::routing
