// Independent feasibility checker for routing solutions: recomputes distances, times and
// constraints from the raw instance. Must not depend on the solver (only on the data types).
#pragma once

#include <fielddesk/routing/plan.h>
#include <fielddesk/routing/problem.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace fielddesk::routing {

class FeasibilityChecker
{
public:
    // Checks routes of customer numbers against a Solomon instance text (its own parser,
    // DIMACS convention). Returns the violations (empty: feasible); *distanceTenths receives
    // the recomputed total distance in tenths.
    static QStringList checkSolomon(const QByteArray &instanceText,
                                    const std::vector<std::vector<int>> &routes,
                                    qint64 *distanceTenths = nullptr);

    // Checks a FieldDesk plan against its problem: every job once, skills, pinning, locking,
    // capacity, max jobs, windows, shift start and end, the break, reported travel.
    static QStringList checkPlan(const Problem &problem, const Plan &plan);

    // Travel seconds between two points under the problem's travel settings (haversine).
    static qint64 travelSeconds(const TravelSettings &travel, const GeoPoint &a, const GeoPoint &b);
};

} // namespace fielddesk::routing
