// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include "plannedstop.h"

#include <QList>
#include <QString>

namespace fielddesk::routing {

// One technician's day in order. `feasible` is false only for a day handed to
// Planner::evaluate that breaks a rule (its times are then the ones it came with).
struct PlannedRoute
{
    QString technician;
    QList<PlannedStop> stops;
    qint64 travelS = 0;
    bool feasible = true;
};

} // namespace fielddesk::routing
