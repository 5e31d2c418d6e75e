// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <vector>

namespace fielddesk::routing {

struct TravelSettings
{
    double speedKmh = 40.0;
    double roadFactor = 1.3;
    // Optional full duration matrix in seconds, rows and columns: technician starts, technician
    // ends, then jobs (or the explicit indices above).
    std::vector<std::vector<double>> matrixS;
};

} // namespace fielddesk::routing
