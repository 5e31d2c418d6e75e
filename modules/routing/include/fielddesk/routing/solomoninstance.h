// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace fielddesk::routing {

// A Solomon VRPTW instance in the classic text format; node 0 is the depot.
struct SolomonInstance
{
    struct Node
    {
        int number = 0;
        double x = 0;
        double y = 0;
        int demand = 0;
        int ready = 0;
        int due = 0;
        int service = 0;
    };

    QString name;
    int vehicles = 0;
    int capacity = 0;
    std::vector<Node> nodes;

    static std::optional<SolomonInstance> fromText(const QByteArray &text,
                                                   QString *error = nullptr);
    static std::optional<SolomonInstance> fromFile(const QString &path, QString *error = nullptr);

    // Distance (= travel time) in tenths: floor(10 * euclidean), the DIMACS convention.
    int distanceTenths(int from, int to) const;
};

// The best known distances of a `bks.csv` (columns instance,vehicles,distance,...; a header
// line) by instance name: what a benchmark run and a test measure their gap against.
QHash<QString, double> solomonBestKnownDistances(const QByteArray &csv);

} // namespace fielddesk::routing
