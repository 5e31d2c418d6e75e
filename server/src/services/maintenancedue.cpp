#include "services/maintenancedue.h"

#include <cmath>
#include <limits>

namespace fielddesk::server {

namespace {

constexpr double kTrendSecondsPerDay = 86400.0;

} // namespace

std::optional<double> MaintenanceDueRule::dailyDistance(const QList<Reading> &recentReadings)
{
    if (recentReadings.size() < 2)
        return std::nullopt;
    const Reading &first = recentReadings.first();
    const Reading &last = recentReadings.last();
    const double days = double(first.at.secsTo(last.at)) / kTrendSecondsPerDay;
    if (days < 1.0)
        return std::nullopt;
    return double(last.km - first.km) / days;
}

MaintenanceDue MaintenanceDueRule::dueOf(const MaintenancePlan &plan,
                                         std::optional<qint64> odometerKm,
                                         std::optional<double> kmPerDay,
                                         const QDate &today)
{
    MaintenanceDue due;
    if (plan.everyKm)
        due.dueKm = plan.lastDoneKm.value_or(0) + *plan.everyKm;
    const QDate &lastDone = plan.lastDoneOn;
    if (plan.everyDays && lastDone.isValid())
        due.dueOn = lastDone.addDays(*plan.everyDays);
    if (due.dueKm && odometerKm) {
        due.kmLeft = *due.dueKm - *odometerKm;
        if (*due.kmLeft <= 0)
            due.estimatedDueOn = today;
        else if (kmPerDay && *kmPerDay > 0)
            due.estimatedDueOn = today.addDays(qint64(std::ceil(double(*due.kmLeft) / *kmPerDay)));
    }
    QDate first = due.dueOn;
    if (due.estimatedDueOn.isValid() && (!first.isValid() || due.estimatedDueOn < first))
        first = due.estimatedDueOn;
    if (first.isValid())
        due.daysLeft = today.daysTo(first);
    due.overdue = (due.dueOn.isValid() && due.dueOn < today) || (due.kmLeft && *due.kmLeft <= 0);
    return due;
}

bool MaintenanceDueRule::dueWithin(const MaintenanceDue &due, int days, qint64 km)
{
    return due.overdue || (due.daysLeft && *due.daysLeft <= days) ||
           (due.kmLeft && *due.kmLeft <= km);
}

bool MaintenanceDueRule::moreUrgent(const MaintenanceDue &a, const MaintenanceDue &b)
{
    if (a.overdue != b.overdue)
        return a.overdue;
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    const qint64 aDays = a.daysLeft.value_or(kNever);
    const qint64 bDays = b.daysLeft.value_or(kNever);
    if (aDays != bDays)
        return aDays < bDays;
    return a.kmLeft.value_or(kNever) < b.kmLeft.value_or(kNever);
}

} // namespace fielddesk::server
