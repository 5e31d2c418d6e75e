// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include "geopoint.h"
#include "timewindow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::routing {

struct Job
{
    QString id;
    GeoPoint location;
    int durationS = 0;
    QList<TimeWindow> windows; // service must start inside one of them; empty: any time
    QStringList skills;
    int priority = 1; // 1..5
    int demand = 0;
    QString pinnedTechnician;       // only this technician may do it
    bool locked = false;            // stays with the pinned technician and is always planned
    std::optional<int> matrixIndex; // default: 2T+j
};

} // namespace fielddesk::routing
