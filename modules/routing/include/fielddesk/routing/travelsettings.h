// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore and fielddesk_domain's travel model only: no widgets, no SQL, no server
// or console code.
#pragma once

#include "fielddesk/domain/travelmodel.h"

#include <vector>

namespace fielddesk::routing {

struct TravelSettings
{
    // Without a matrix: FieldDesk's one travel model (fielddesk::TravelModel).
    double speedKmh = TravelModel::kDefaultSpeedKmh;
    double roadFactor = TravelModel::kDefaultRoadFactor;
    // Optional full duration matrix in seconds, rows and columns: technician starts, technician
    // ends, then jobs (or the explicit indices above).
    std::vector<std::vector<double>> matrixS;
};

} // namespace fielddesk::routing
