// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QJsonObject>
#include <QString>

namespace fielddesk::routing {

// A place for one new job in an existing day: technician, position among their stops (jobs
// only, 0 = first), planned start, and the travel it adds.
struct Slot
{
    QString technician;
    int position = 0;
    qint64 start = 0;
    int addedTravelS = 0;

    QJsonObject toJson() const;
};

} // namespace fielddesk::routing
