// The fleet's answers that only the server writes: the due list's envelope and what approving a
// critical repair did to a vehicle. The fleet's records themselves are domain types
// (fielddesk/domain/fleet.h), written and read through one description.
#pragma once

#include "fielddesk/domain/fleet.h"
#include "fielddesk/domain/jsonwriter.h"

#include <QList>
#include <QString>

namespace fielddesk::server {

struct MaintenanceDueList
{
    QList<MaintenanceDueItem> items;

    void writeJson(JsonWriter &w) const;
};

// What approving a critical repair did to its vehicle.
struct VehicleEffects
{
    qint64 vehicleId = 0;
    QString status;
    QList<VehicleAssignment> removedAssignments;

    void writeJson(JsonWriter &w) const;
};

} // namespace fielddesk::server
