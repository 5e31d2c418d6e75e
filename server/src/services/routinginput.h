// Turns the stored day of one location into the routing engine's problem: the technicians
// working that day (shift, home base, break, time off) and the jobs to plan (unassigned jobs
// of the day, the selected technicians' scheduled jobs; jobs already under way stay locked
// with their technician). Also the day as it stands, to compare a proposal against.
#pragma once

#include "core/result.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/routing/plan.h"
#include "fielddesk/routing/problem.h"
#include "services/assignmentrules.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace fielddesk::server {

struct Principal;

struct RoutingInput
{
    routing::Problem problem;
    routing::Plan current;    // the technicians' days as assigned now (order by planned start)
    QHash<QString, Job> jobs; // by routing id (the job id as text)
    QHash<QString, Technician> technicians; // by routing id (the technician id as text)
    QDate day;
    QTimeZone zone;
    qint64 locationId = 0;
};

struct RoutingScope
{
    qint64 locationId = 0;
    QDate day;
    std::optional<QList<qint64>> technicianIds; // nullopt: every active technician there
    std::optional<QList<qint64>> jobIds;        // nullopt: every plannable job of the day
    std::optional<qint64> extraJobId;           // a job to include whatever its day (slots)
    // A technician out of work for a while (sick, called away) that is not time off on record:
    // their shift that day is shortened as time off would shorten it.
    std::optional<AvailabilityPeriod> unavailable;
};

Result<RoutingInput> buildRoutingInput(Database &db,
                                       const Principal &caller,
                                       const RoutingScope &scope,
                                       const TravelModel &travel);

} // namespace fielddesk::server
