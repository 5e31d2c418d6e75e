// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace fielddesk::routing {

// A solution under the DIMACS convention: routes of customer numbers, depot omitted.
struct SolomonSolution
{
    QString instance;
    std::vector<std::vector<int>> routes;
    qint64 distanceTenths = 0;
    double elapsedS = 0;
    qint64 iterations = 0;
    int unserved = 0; // customers the engine could not place (0 for any feasible instance)

    double distance() const { return static_cast<double>(distanceTenths) / 10.0; }
    QJsonObject toJson() const;
};

} // namespace fielddesk::routing
