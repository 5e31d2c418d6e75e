// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include "breakrule.h"
#include "geopoint.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::routing {

struct Technician
{
    QString id;
    QStringList skills;
    GeoPoint start;
    GeoPoint end;
    qint64 shiftStart = 0;
    qint64 shiftEnd = 0;
    std::optional<BreakRule> breakRule;
    std::optional<int> maxJobs;
    std::optional<int> capacity;
    // Index of the start/end location in TravelSettings::matrixS (default: i and T+i).
    std::optional<int> startIndex;
    std::optional<int> endIndex;
};

} // namespace fielddesk::routing
