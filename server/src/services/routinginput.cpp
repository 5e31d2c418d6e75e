#include "services/routinginput.h"

#include "auth/principal.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/jobrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/technicianrepository.h"
#include "services/assignmentservice.h"

#include <QSet>

#include <algorithm>

namespace fielddesk::server {

namespace {

qint64 epoch(const QString &timestamp)
{
    const std::optional<QDateTime> t = parseTimestamp(timestamp);
    return t ? t->toSecsSinceEpoch() : 0;
}

qint64 localEpoch(const QDate &day, const QString &hhmm, const QTimeZone &zone)
{
    return QDateTime(day, QTime::fromString(hhmm, QStringLiteral("HH:mm")), zone)
        .toSecsSinceEpoch();
}

// Time off shortens the shift from the side it touches; a period in the middle of the day
// keeps the longer part (the engine knows one break, not arbitrary gaps).
void applyTimeOff(routing::Technician &t, const QList<AvailabilityPeriod> &periods)
{
    for (const AvailabilityPeriod &p : periods) {
        const qint64 from = epoch(p.startsAt);
        const qint64 to = epoch(p.endsAt);
        if (to <= t.shiftStart || from >= t.shiftEnd)
            continue;
        if (from <= t.shiftStart)
            t.shiftStart = std::min(to, t.shiftEnd);
        else if (to >= t.shiftEnd)
            t.shiftEnd = std::max(from, t.shiftStart);
        else if (from - t.shiftStart >= t.shiftEnd - to)
            t.shiftEnd = from;
        else
            t.shiftStart = to;
    }
}

} // namespace

Result<RoutingInput> buildRoutingInput(Database &db,
                                       const Principal &caller,
                                       const RoutingScope &scope,
                                       const TravelModel &travel)
{
    const std::optional<Location> location =
        LocationRepository(db).find(caller.tenantId, scope.locationId);
    if (!location || !caller.canAccessLocation(scope.locationId))
        return Failure::validation(QStringLiteral("location_id"),
                                   QStringLiteral("is not a location you can plan for"));
    RoutingInput input;
    input.locationId = scope.locationId;
    input.day = scope.day;
    const LocalClock clock = locationClock(db, caller.tenantId, scope.locationId);
    input.zone = clock.zone();
    // The engine knows no zones: its reasons read the windows on the location's clock (with
    // the date where a window is not on the planned day).
    input.problem.windowText = [clock, day = scope.day](qint64 start, qint64 end) {
        return clock.span(QDateTime::fromSecsSinceEpoch(start, Qt::UTC),
                          QDateTime::fromSecsSinceEpoch(end, Qt::UTC), day);
    };
    input.problem.travel.speedKmh = travel.speedKmh;
    input.problem.travel.roadFactor = travel.roadFactor;
    const routing::GeoPoint depot{location->latitude.value_or(0), location->longitude.value_or(0)};
    const QDateTime dayStart(scope.day, QTime(0, 0), input.zone);
    const QString from = toTimestamp(dayStart);
    const QString to = toTimestamp(QDateTime(scope.day.addDays(1), QTime(0, 0), input.zone));

    TechnicianRepository technicians(db);
    for (const Technician &t : technicians.activeAt(caller.tenantId, {scope.locationId})) {
        if (scope.technicianIds && !scope.technicianIds->contains(t.id))
            continue;
        const ShiftTimes shift = shiftOn(t, scope.day, input.zone);
        if (!shift.workingDay)
            continue;
        routing::Technician r;
        r.id = QString::number(t.id);
        r.skills = t.skills;
        r.start = t.homeLatitude ? routing::GeoPoint{*t.homeLatitude, *t.homeLongitude} : depot;
        r.end = r.start;
        r.shiftStart = shift.start.toSecsSinceEpoch();
        r.shiftEnd = shift.end.toSecsSinceEpoch();
        if (t.breakMinutes > 0) {
            r.breakRule = routing::BreakRule{localEpoch(scope.day, t.breakEarliest, input.zone),
                                             localEpoch(scope.day, t.breakLatest, input.zone),
                                             t.breakMinutes * 60};
        }
        r.maxJobs = t.maxJobs;
        QList<AvailabilityPeriod> off = technicians.availability(t.id, from, to);
        if (scope.unavailable && scope.unavailable->technicianId == t.id)
            off.append(*scope.unavailable);
        applyTimeOff(r, off);
        if (r.shiftEnd <= r.shiftStart)
            continue; // off all day
        input.problem.technicians.append(r);
        input.technicians.insert(r.id, t);
    }

    QList<Job> candidates =
        JobRepository(db).overlapping(caller.tenantId, {scope.locationId}, from, to);
    if (scope.extraJobId && std::none_of(candidates.begin(), candidates.end(),
                                         [&](const Job &j) { return j.id == *scope.extraJobId; })) {
        if (const std::optional<Job> extra =
                JobRepository(db).find(caller.tenantId, *scope.extraJobId))
            candidates.append(*extra);
    }
    if (scope.jobIds) {
        // A chosen id the plan cannot find at all is the caller's mistake, not a job to leave
        // out without a word: none of that number, another tenant's, another location's. (One
        // of this location on another day is simply not part of this day's plan.)
        QSet<qint64> found;
        for (const Job &job : std::as_const(candidates))
            found.insert(job.id);
        QStringList unknown;
        for (const qint64 id : *scope.jobIds) {
            if (found.contains(id))
                continue;
            const std::optional<Job> job = JobRepository(db).find(caller.tenantId, id);
            if (!job || job->locationId != scope.locationId)
                unknown << QString::number(id);
        }
        if (!unknown.isEmpty())
            return Failure::validation(QStringLiteral("job_ids"),
                                       QStringLiteral("are not jobs of this location: %1")
                                           .arg(unknown.join(QStringLiteral(", "))));
    }
    QHash<QString, QList<std::pair<QString, QString>>> assignedNow; // technician -> (start, job)
    for (const Job &job : candidates) {
        if (isTerminal(job.status))
            continue;
        QString technician = job.technicianId ? QString::number(*job.technicianId) : QString();
        const bool underWay = job.status == JobStatus::Dispatched ||
                              job.status == JobStatus::EnRoute || job.status == JobStatus::OnSite;
        const bool selected =
            !scope.jobIds || scope.jobIds->contains(job.id) || job.id == scope.extraJobId;
        if (!technician.isEmpty() && !input.technicians.contains(technician)) {
            // Another technician's day is not part of this plan, unless the job was chosen and
            // its technician does not work that day at all (away): then it is anyone's.
            const bool away =
                scope.unavailable && scope.unavailable->technicianId == *job.technicianId;
            if (!(away && selected && !underWay))
                continue;
            technician.clear();
        }
        if (technician.isEmpty() && !selected)
            continue;
        routing::Job r;
        r.id = QString::number(job.id);
        r.location = job.latitude ? routing::GeoPoint{*job.latitude, *job.longitude} : depot;
        r.durationS = job.durationMin * 60;
        if (!job.windowStart.isEmpty())
            r.windows.append({epoch(job.windowStart), epoch(job.windowEnd)});
        r.skills = job.requiredSkills;
        r.priority = job.priority;
        if (!technician.isEmpty() && (underWay || !selected)) {
            // Under way or not chosen for re-planning: stays with its technician, at its time.
            r.pinnedTechnician = technician;
            r.locked = true;
            const qint64 start = epoch(job.plannedStart);
            r.windows = {routing::TimeWindow{start, start}};
        }
        input.problem.jobs.append(r);
        input.jobs.insert(r.id, job);
        if (!technician.isEmpty())
            assignedNow[technician].append({job.plannedStart, r.id});
    }
    for (auto it = assignedNow.begin(); it != assignedNow.end(); ++it) {
        std::sort(it->begin(), it->end());
        routing::PlannedRoute route;
        route.technician = it.key();
        for (const auto &[start, jobId] : *it) {
            routing::PlannedStop stop;
            stop.job = jobId;
            route.stops.append(stop);
        }
        input.current.routes.append(route);
    }
    return input;
}

} // namespace fielddesk::server
