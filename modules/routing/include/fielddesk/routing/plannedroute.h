// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include "plannedstop.h"

#include <QList>
#include <QString>

namespace fielddesk::routing {

struct PlannedRoute
{
    QString technician;
    QList<PlannedStop> stops;
    qint64 travelS = 0;
};

} // namespace fielddesk::routing
