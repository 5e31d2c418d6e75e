// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include "problem.h"

namespace fielddesk::routing {

// Makes realistic, reproducible FieldDesk days for tests and benchmarks: technicians with home
// bases, shifts, breaks, skills, some capacity and job limits; jobs clustered around towns with
// durations, windows (some with two), skills, priorities, demand, a few pinned or locked.
class DayGenerator
{
public:
    struct Settings
    {
        int technicians = 40;
        int jobs = 300;
        quint64 seed = 1;
        double radiusKm = 20.0;
    };

    static Problem generate(const Settings &settings);
};

} // namespace fielddesk::routing
