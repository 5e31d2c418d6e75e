#include "services/technicianservice.h"
#include "services/availabilitywriter.h"

#include "events/eventnotifier.h"
#include "events/eventrepository.h"
#include "events/eventtypes.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/jobrepository.h"
#include "repositories/skillrepository.h"
#include "repositories/userrepository.h"
#include "repositories/vehiclerepository.h"
#include "services/assignmentservice.h"
#include "services/catalogservice.h"
#include "services/locationaccess.h"
#include "services/tenantsettings.h"

namespace fielddesk::server {

namespace {

Failure technicianNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such technician."));
}

// Applies the profile fields; returns the skill ids to link when skills were given.
Result<std::optional<QList<qint64>>> applyTechnicianFields(Database &db,
                                                           const Principal &caller,
                                                           Technician &t,
                                                           const TechnicianFields &fields)
{
    if (fields.locationId) {
        const qint64 locationId = *fields.locationId;
        if (!isUsableLocation(db, caller, locationId))
            return Failure::validation(QStringLiteral("location_id"),
                                       QStringLiteral("is not a location you manage"));
        t.locationId = locationId;
    }
    applyPatch(t.homeLatitude, fields.homeLatitude);
    applyPatch(t.homeLongitude, fields.homeLongitude);
    if (t.homeLatitude.has_value() != t.homeLongitude.has_value())
        return Failure::validation(QStringLiteral("home_latitude"),
                                   QStringLiteral("home_latitude and home_longitude go together"));
    applyPatch(t.shiftStart, fields.shiftStart);
    applyPatch(t.shiftEnd, fields.shiftEnd);
    applyPatch(t.breakEarliest, fields.breakEarliest);
    applyPatch(t.breakLatest, fields.breakLatest);
    applyPatch(t.breakMinutes, fields.breakMinutes);
    if (t.shiftStart == t.shiftEnd)
        return Failure::validation(QStringLiteral("shift_end"),
                                   QStringLiteral("must differ from shift_start"));
    if (t.breakMinutes > 0 && t.breakLatest < t.breakEarliest)
        return Failure::validation(QStringLiteral("break_latest"),
                                   QStringLiteral("must not be before break_earliest"));
    if (fields.workDays) {
        t.workDays.clear();
        for (const qint64 weekday : *fields.workDays) {
            const int day = static_cast<int>(weekday); // 1 to 7 (the schema)
            if (!t.workDays.contains(day))
                t.workDays.append(day);
        }
        std::sort(t.workDays.begin(), t.workDays.end());
    }
    applyPatch(t.maxJobs, fields.maxJobs);
    if (fields.vehicleId && fields.vehicleId->has_value()) {
        // A default vehicle of the technician's own location (what the day board offers).
        const std::optional<Vehicle> vehicle =
            VehicleRepository(db).find(caller.tenantId, **fields.vehicleId);
        if (!vehicle || vehicle->locationId != t.locationId)
            return Failure::validation(
                QStringLiteral("vehicle_id"),
                QStringLiteral("is not a vehicle of the technician's location"));
    }
    applyPatch(t.vehicleId, fields.vehicleId);
    applyPatch(t.active, fields.active);
    if (!fields.skills)
        return std::optional<QList<qint64>>();
    QStringList names = *fields.skills;
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    const Result<QList<qint64>> ids =
        skillIdsFor(db, caller.tenantId, names, QStringLiteral("skills"));
    if (!ids)
        return ids.failure();
    t.skills = names;
    return std::optional<QList<qint64>>(*ids);
}

QByteArray technicianData(const Technician &t)
{
    JsonWriter w(512);
    w.beginObject();
    w.key("technician");
    t.writeJson(w);
    w.endObject();
    return w.take();
}

} // namespace

void TechnicianSchedule::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.key("technician");
    technician.writeJson(w);
    w.field("date", date);
    w.field("working_day", shift.workingDay);
    w.field("shift_start", toTimestamp(shift.start));
    w.field("shift_end", toTimestamp(shift.end));
    int totalSeconds = 0;
    double totalKm = 0;
    w.key("jobs").beginArray();
    for (const Stop &stop : stops) {
        w.beginObject();
        w.key("job");
        stop.job.writeJson(w);
        w.field("travel_from_previous_s", stop.travelSeconds);
        w.field("travel_from_previous_km", std::round(stop.travelKm * 100) / 100);
        w.endObject();
        totalSeconds += stop.travelSeconds;
        totalKm += stop.travelKm;
    }
    w.endArray();
    w.key("availability").beginArray();
    for (const AvailabilityPeriod &p : availability)
        p.writeJson(w);
    w.endArray();
    w.field("travel_total_s", totalSeconds);
    w.field("travel_total_km", std::round(totalKm * 100) / 100);
    w.key("conflicts").beginArray();
    for (const AssignmentWarning &c : conflicts)
        c.writeJson(w);
    w.endArray();
    w.endObject();
}

Page<Technician> TechnicianService::list(const Principal &caller, const ListQuery &query)
{
    TechnicianScope scope;
    scope.locationIds = caller.visibleLocations();
    if (caller.role == Role::Employee)
        scope.userId = caller.userId;
    return TechnicianRepository(m_db).list(caller.tenantId, scope, query);
}

Result<Technician> TechnicianService::get(const Principal &caller, qint64 id)
{
    const std::optional<Technician> t = TechnicianRepository(m_db).find(caller.tenantId, id);
    if (!t || !caller.canAccessLocation(t->locationId) ||
        (caller.role == Role::Employee && t->userId != caller.userId))
        return technicianNotFound();
    return *t;
}

void TechnicianService::announce(const CallContext &call,
                                 const QString &type,
                                 qint64 locationId,
                                 const QByteArray &data)
{
    DomainEvent event;
    event.tenantId = call.principal.tenantId;
    event.locationId = locationId;
    event.type = type;
    event.source = QStringLiteral("fielddesk/resources");
    event.correlationId = call.requestId;
    event.dataJson = data;
    EventRepository(m_db).append(event);
}

Result<Technician> TechnicianService::create(const CallContext &call,
                                             const TechnicianFields &fields)
{
    const Principal &caller = call.principal;
    const std::optional<User> user =
        UserRepository(m_db).find(caller.tenantId, fields.userId.value_or(0));
    if (!user || user->role != Role::Employee || !user->active)
        return Failure::validation(
            QStringLiteral("user_id"),
            QStringLiteral("must be an active employee user of this tenant"));
    Technician t;
    t.userId = user->id;
    t.name = user->name;
    t.email = user->email;
    // The company's working week and shift, where the new technician's own are not given.
    const TenantSettings company = TenantSettings::of(m_db, caller.tenantId);
    if (!company.workDays.isEmpty())
        t.workDays = company.workDays;
    if (!company.shiftStart.isEmpty())
        t.shiftStart = company.shiftStart;
    if (!company.shiftEnd.isEmpty())
        t.shiftEnd = company.shiftEnd;
    try {
        Transaction tx(m_db);
        const Result<std::optional<QList<qint64>>> skills =
            applyTechnicianFields(m_db, caller, t, fields);
        if (!skills)
            return skills.failure();
        TechnicianRepository technicians(m_db);
        t = technicians.insert(caller.tenantId, t);
        if (*skills)
            SkillRepository(m_db).replaceLinks(SkillOwner::Technician, t.id, **skills);
        t = *technicians.find(caller.tenantId, t.id);
        AuditRepository(m_db).append(call.audit(QStringLiteral("technician.created"),
                                                QStringLiteral("technician"), t.id, t.locationId,
                                                {}, toJsonText(t)));
        announce(call, eventtype::technicianCreated(), t.locationId, technicianData(t));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return Failure::conflict(
                QStringLiteral("%1 already has a technician profile.").arg(user->name));
        throw;
    }
    m_events.notifyCommitted();
    return t;
}

Result<Technician>
TechnicianService::update(const CallContext &call, qint64 id, const TechnicianFields &fields)
{
    const Principal &caller = call.principal;
    TechnicianRepository technicians(m_db);
    Transaction tx(m_db);
    const std::optional<Technician> before = technicians.find(caller.tenantId, id);
    if (!before || !caller.canAccessLocation(before->locationId))
        return technicianNotFound();
    Technician after = *before;
    const Result<std::optional<QList<qint64>>> skills =
        applyTechnicianFields(m_db, caller, after, fields);
    if (!skills)
        return skills.failure();
    after.updatedAt = nowTimestamp();
    technicians.update(caller.tenantId, after);
    if (*skills)
        SkillRepository(m_db).replaceLinks(SkillOwner::Technician, id, **skills);
    after = *technicians.find(caller.tenantId, id);
    AuditRepository(m_db).append(call.audit(QStringLiteral("technician.updated"),
                                            QStringLiteral("technician"), id, after.locationId,
                                            toJsonText(*before), toJsonText(after)));
    announce(call, eventtype::technicianUpdated(), after.locationId, technicianData(after));
    tx.commit();
    m_events.notifyCommitted();
    return after;
}

Status TechnicianService::remove(const CallContext &call, qint64 id)
{
    const Principal &caller = call.principal;
    TechnicianRepository technicians(m_db);
    try {
        Transaction tx(m_db);
        const std::optional<Technician> before = technicians.find(caller.tenantId, id);
        if (!before || !caller.canAccessLocation(before->locationId))
            return technicianNotFound();
        technicians.remove(caller.tenantId, id);
        AuditRepository(m_db).append(call.audit(QStringLiteral("technician.deleted"),
                                                QStringLiteral("technician"), id,
                                                before->locationId, toJsonText(*before), {}));
        announce(call, eventtype::technicianDeleted(), before->locationId, technicianData(*before));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::ForeignKeyViolation)
            return Failure::conflict(QStringLiteral(
                "This technician has jobs; deactivate the profile instead (active: false)."));
        throw;
    }
    m_events.notifyCommitted();
    return Done{};
}

Result<QList<AvailabilityPeriod>> TechnicianService::availability(const Principal &caller,
                                                                  qint64 technicianId,
                                                                  const QString &from,
                                                                  const QString &to)
{
    const Result<Technician> t = get(caller, technicianId);
    if (!t)
        return t.failure();
    return TechnicianRepository(m_db).availability(technicianId, from, to);
}

Result<AvailabilityPeriod> TechnicianService::addAvailability(const CallContext &call,
                                                              qint64 technicianId,
                                                              const AvailabilityFields &fields)
{
    const Result<Technician> t = get(call.principal, technicianId);
    if (!t)
        return t.failure();
    // The schema requires both instants; checked here all the same rather than assumed.
    if (!fields.startsAt)
        return Failure::validation(QStringLiteral("starts_at"), QStringLiteral("is required"));
    if (!fields.endsAt)
        return Failure::validation(QStringLiteral("ends_at"), QStringLiteral("is required"));
    if (*fields.endsAt <= *fields.startsAt)
        return Failure::validation(QStringLiteral("ends_at"),
                                   QStringLiteral("must be after starts_at"));
    AvailabilityPeriod p;
    applyPatch(p.kind, fields.kind);
    p.startsAt = toTimestamp(*fields.startsAt);
    p.endsAt = toTimestamp(*fields.endsAt);
    applyPatch(p.reason, fields.reason);
    Transaction tx(m_db);
    p = AvailabilityWriter(m_db, call).add(*t, p);
    tx.commit();
    m_events.notifyCommitted();
    return p;
}

Status
TechnicianService::removeAvailability(const CallContext &call, qint64 technicianId, qint64 periodId)
{
    const Result<Technician> t = get(call.principal, technicianId);
    if (!t)
        return t.failure();
    TechnicianRepository technicians(m_db);
    Transaction tx(m_db);
    const std::optional<AvailabilityPeriod> before =
        technicians.findAvailability(call.principal.tenantId, technicianId, periodId);
    if (!before)
        return Failure::notFound(QStringLiteral("There is no such availability period."));
    AvailabilityWriter(m_db, call).remove(*t, *before);
    tx.commit();
    m_events.notifyCommitted();
    return Done{};
}

Result<TechnicianSchedule>
TechnicianService::schedule(const Principal &caller, qint64 technicianId, const QString &date)
{
    const Result<Technician> t = get(caller, technicianId);
    if (!t)
        return t.failure();
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid())
        return Failure::validation(QStringLiteral("date"),
                                   QStringLiteral("must be a date as YYYY-MM-DD"));
    const LocalClock clock = locationClock(m_db, caller.tenantId, t->locationId);
    const QTimeZone zone = clock.zone();
    TechnicianSchedule s;
    s.technician = *t;
    s.date = day.toString(Qt::ISODate);
    s.shift = shiftOn(*t, day, zone);
    const QString from = toTimestamp(day.startOfDay(zone));
    const QString to = toTimestamp(day.addDays(1).startOfDay(zone));
    const QList<Job> jobs = JobRepository(m_db).plannedFor(technicianId, from, to);
    s.availability = TechnicianRepository(m_db).availability(technicianId, from, to);

    const TravelModel travel = tenantTravel(m_db, caller.tenantId, m_travel);
    std::optional<std::pair<double, double>> previous;
    if (t->homeLatitude)
        previous = std::make_pair(*t->homeLatitude, *t->homeLongitude);
    for (const Job &job : jobs) {
        TechnicianSchedule::Stop stop{job, 0, 0};
        if (previous && job.latitude) {
            stop.travelKm =
                travel.roadKm(previous->first, previous->second, *job.latitude, *job.longitude);
            stop.travelSeconds = travel.seconds(stop.travelKm);
        }
        if (job.latitude)
            previous = std::make_pair(*job.latitude, *job.longitude);
        s.stops.append(stop);

        AssignmentCheck check{job, *t, clock, jobs, s.availability};
        for (const AssignmentWarning &w : checkAssignment(check)) {
            // An overlap shows once, on the later job of the pair.
            if (w.code == QLatin1String("overlap") && w.jobId && *w.jobId > job.id &&
                std::any_of(jobs.begin(), jobs.end(), [&](const Job &o) {
                    return o.id == *w.jobId && o.plannedStart > job.plannedStart;
                }))
                continue;
            AssignmentWarning conflict = w;
            conflict.message = QStringLiteral("Job #%1: %2").arg(job.id).arg(w.message);
            if (!conflict.jobId)
                conflict.jobId = job.id;
            s.conflicts.append(conflict);
        }
    }
    return s;
}

} // namespace fielddesk::server
