#include "fielddesk/board/absencereplan.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/domain/timestamps.h"

#include <algorithm>

namespace fielddesk::board {

AbsenceReplan AbsenceReplan::of(const DispatchStore &store,
                                qint64 technicianId,
                                const QDateTime &from,
                                const QDateTime &to,
                                std::optional<QDate> day)
{
    AbsenceReplan replan;
    const TechnicianRecord *technician = store.technician(technicianId);
    if (!technician || to <= from)
        return replan;
    const QTimeZone zone = store.timeZone();
    if (!day) {
        const QList<qint64> colliding = store.plannedJobsOverlapping(
            technicianId, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
        if (colliding.isEmpty())
            return replan;
        const qint64 firstStartMs =
            std::max(store.job(colliding.first())->plannedStartMs, from.toMSecsSinceEpoch());
        day = QDateTime::fromMSecsSinceEpoch(firstStartMs, zone).date();
    }
    const QDateTime dayStart = day->startOfDay(zone);
    const QDateTime dayEnd = day->addDays(1).startOfDay(zone);
    const QDateTime clippedFrom = std::max(from, dayStart);
    const QDateTime clippedTo = std::min(to, dayEnd);
    if (clippedTo <= clippedFrom)
        return replan;
    replan.unavailable = {technicianId, technician->technician.name, clippedFrom.toUTC(),
                          clippedTo.toUTC()};
    replan.locationId = technician->technician.locationId;
    replan.day = *day;
    replan.jobIds = store.plannedJobsOverlapping(technicianId, clippedFrom.toMSecsSinceEpoch(),
                                                 clippedTo.toMSecsSinceEpoch());
    return replan;
}

AbsenceReplan AbsenceReplan::of(const DispatchStore &store,
                                qint64 technicianId,
                                const AvailabilityPeriod &period,
                                QDate day)
{
    const std::optional<QDateTime> from = parseTimestamp(period.startsAt);
    const std::optional<QDateTime> to = parseTimestamp(period.endsAt);
    if (!from || !to)
        return {};
    return of(store, technicianId, *from, *to, day);
}

RoutingClient::PlanRequest AbsenceReplan::request(double timeLimitS) const
{
    RoutingClient::PlanRequest request;
    request.locationId = locationId;
    request.date = day;
    request.jobIds = jobIds;
    request.timeLimitS = timeLimitS;
    request.unavailable = unavailable;
    return request;
}

} // namespace fielddesk::board
