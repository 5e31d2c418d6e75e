// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

namespace fielddesk::routing {

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

} // namespace fielddesk::routing
