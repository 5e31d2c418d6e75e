// When maintenance falls due (docs/fleet-api.md), the one place it is computed: a plan's due
// distance and date, the day the vehicle is expected to reach the distance at its recent
// daily distance, what is left and whether it is overdue; which plans count as due within a
// window; which comes first. Pure: the callers read the rows and the day.
#pragma once

#include "repositories/fleetrecords.h"

#include <QDateTime>

#include <optional>

namespace fielddesk::server {

struct MaintenanceDueRule
{
    // Readings of this many days before today give the recent daily distance.
    static constexpr int kTrendDays = 90;
    // A plan counts as falling due (and its managers are told) this close to its due point.
    static constexpr int kNoticeDays = 7;
    static constexpr qint64 kNoticeKm = 500;

    // Recent daily distance from the readings of the last kTrendDays, oldest first:
    // (last - first) / days between them; nullopt with fewer than two readings or less than
    // a day apart.
    struct Reading
    {
        QDateTime at;
        qint64 km = 0;
    };
    static std::optional<double> dailyDistance(const QList<Reading> &recentReadings);

    // Where the plan stands `today` with the vehicle at `odometerKm` (nullopt: no reading)
    // driving `kmPerDay`.
    static MaintenanceDue dueOf(const MaintenancePlan &plan,
                                std::optional<qint64> odometerKm,
                                std::optional<double> kmPerDay,
                                const QDate &today);

    // Overdue, or due within `days` days (by due_on or estimated_due_on) or `km` kilometres.
    static bool dueWithin(const MaintenanceDue &due, int days, qint64 km);
    // Whether the managers should hear of it (dueWithin kNoticeDays / kNoticeKm).
    static bool fallsDue(const MaintenanceDue &due)
    {
        return dueWithin(due, kNoticeDays, kNoticeKm);
    }
    // Most urgent first: overdue, then fewest days left, then fewest kilometres left.
    static bool moreUrgent(const MaintenanceDue &a, const MaintenanceDue &b);
};

} // namespace fielddesk::server
