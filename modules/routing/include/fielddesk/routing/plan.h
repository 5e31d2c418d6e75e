// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include "plannedroute.h"
#include "unassignedjob.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::routing {

// The engine's answer: ordered stops per technician, jobs left out with reasons, the cost.
struct Plan
{
    QList<PlannedRoute> routes;
    QList<UnassignedJob> unassigned;
    int served = 0;
    int servedPriority = 0;
    qint64 travelS = 0;
    double elapsedS = 0;
    qint64 iterations = 0;

    QJsonObject toJson() const;
    static std::optional<Plan> fromJson(const QJsonObject &json, QString *error = nullptr);
    const PlannedRoute *routeOf(const QString &technician) const;
};

} // namespace fielddesk::routing
