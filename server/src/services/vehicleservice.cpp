#include "services/vehicleservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/maintenancerepository.h"
#include "repositories/odometerrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "repositories/vehicleassignmentrepository.h"
#include "repositories/vehiclerepository.h"
#include "services/approvalrules.h"
#include "services/assignmentservice.h"
#include "services/attachmentvisibility.h"
#include "services/locationaccess.h"
#include "services/maintenancedue.h"
#include "services/notificationservice.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fielddesk::server {

namespace {

constexpr int kOldestYear = 1950;
constexpr int kReadingSecondsPerDay = 86400;
const QTime kServiceReadingTime(12, 0);

Failure noVehicle(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no vehicle #%1.").arg(id));
}

QDate vehicleToday(const LocalClock &clock)
{
    return clock.local(QDateTime::currentDateTimeUtc()).date();
}

LocalClock vehicleClock(Database &db, qint64 tenantId, const Vehicle &vehicle)
{
    return locationClock(db, tenantId, vehicle.locationId);
}

void appendAudit(Database &db,
                 const CallContext &call,
                 const QString &action,
                 const QString &objectType,
                 qint64 id,
                 qint64 locationId,
                 const QByteArray &before,
                 const QByteArray &after)
{
    AuditRepository(db).append(call.audit(action, objectType, id, locationId, before, after));
}

// Whether the technician drives the vehicle that day: assigned to it, or (with no assignment
// of their own and nobody assigned to it) it is their default vehicle and on the road.
bool drivesOn(Database &db, const Technician &technician, const Vehicle &vehicle, const QDate &date)
{
    VehicleAssignmentRepository assignments(db);
    if (const std::optional<VehicleAssignment> own =
            assignments.ofTechnicianOn(technician.id, date))
        return own->vehicleId == vehicle.id;
    return technician.vehicleId == vehicle.id && vehicle.status == QLatin1String("active") &&
           !assignments.ofVehicleOn(vehicle.id, date);
}

// The vehicles an employee sees: their default vehicle and the one they drive today.
QList<qint64> vehiclesDrivenBy(Database &db, const Principal &caller)
{
    QList<qint64> ids;
    const std::optional<Technician> technician =
        TechnicianRepository(db).findByUser(caller.tenantId, caller.userId);
    if (!technician)
        return ids;
    if (technician->vehicleId)
        ids << *technician->vehicleId;
    const QDate today = vehicleToday(locationClock(db, caller.tenantId, technician->locationId));
    if (const std::optional<VehicleAssignment> own =
            VehicleAssignmentRepository(db).ofTechnicianOn(technician->id, today))
        ids << own->vehicleId;
    return ids;
}

QByteArray readingReference(const OdometerReading &r)
{
    JsonWriter w(128);
    w.beginObject()
        .field("id", r.id)
        .field("reading_km", r.readingKm)
        .field("read_at", r.readAt)
        .endObject();
    return w.take();
}

// A distance as people read it in the server's words: "137,276 km" (thousands grouped, as the
// console shows them).
QString kmText(qint64 km)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(km) + QStringLiteral(" km");
}

// 422 naming `field`: the new reading does not fit between the readings around it.
Failure outOfOrder(const QString &field,
                   const LocalClock &clock,
                   const OdometerEntry &entry,
                   const OdometerReading &other,
                   bool otherIsEarlier)
{
    const QString otherAt = clock.dateTime(parseTimestamp(other.readAt).value());
    const QString message =
        otherIsEarlier ? QStringLiteral("must not be lower than the earlier reading of %1 at %2")
                             .arg(kmText(other.readingKm), otherAt)
                       : QStringLiteral("must not be higher than the later reading of %1 at %2")
                             .arg(kmText(other.readingKm), otherAt);
    Failure f = Failure::validation(field, message);
    f.detail =
        QStringLiteral("A reading of %1 at %2 %3: odometer readings only go up.")
            .arg(kmText(entry.readingKm), clock.dateTime(entry.readAt),
                 otherIsEarlier ? QStringLiteral("is lower than the earlier reading of %1 at %2")
                                      .arg(kmText(other.readingKm), otherAt)
                                : QStringLiteral("is higher than the later reading of %1 at %2")
                                      .arg(kmText(other.readingKm), otherAt));
    f.extensions.append({"conflicting_reading", readingReference(other)});
    return f;
}

// 409 /problems/conflict naming the vehicle that has the plate already.
Failure plateTaken(const Vehicle &other)
{
    return Failure::conflict(QStringLiteral("The plate %1 is %2's already (vehicle #%3).")
                                 .arg(other.plate, other.name)
                                 .arg(other.id));
}

ApprovalSubject subjectOf(const QString &noun, qint64 id, qint64 version, QByteArray current)
{
    return {.noun = noun, .id = id, .version = version, .currentJson = std::move(current)};
}

// "due on Tue 11 May 2027 or at 137,276 km", and how far past (or from) the distance it is, so
// that a manager reads why an overdue plan with a date months away is overdue.
QString dueWording(const MaintenanceDue &due)
{
    QStringList parts;
    if (due.dueOn.isValid())
        parts << QStringLiteral("on %1").arg(LocalClock::day(due.dueOn));
    if (due.dueKm)
        parts << QStringLiteral("at %1").arg(kmText(*due.dueKm));
    QString wording = parts.join(QStringLiteral(" or "));
    if (due.kmLeft && *due.kmLeft < 0)
        wording += QStringLiteral(" (%1 past it)").arg(kmText(-*due.kmLeft));
    else if (due.kmLeft)
        wording += QStringLiteral(" (%1 to go)").arg(kmText(*due.kmLeft));
    return wording;
}

// Removes a row of a vehicle the caller sees: find() reads it, remove(vehicle, row) deletes
// it and writes its audit row; 404 naming `what` when there is none.
template<typename T, typename Find, typename Remove>
Status removeOfVehicle(Database &db,
                       const CallContext &call,
                       qint64 vehicleId,
                       const char *what,
                       qint64 id,
                       Find find,
                       Remove remove)
{
    Transaction tx(db);
    const Result<Vehicle> vehicle = VehicleService::visibleVehicle(db, call.principal, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    const std::optional<T> before = find();
    if (!before)
        return Failure::notFound(QStringLiteral("There is no %1 #%2 of vehicle #%3.")
                                     .arg(QLatin1String(what))
                                     .arg(id)
                                     .arg(vehicleId));
    remove(*vehicle, *before);
    tx.commit();
    return Done{};
}

} // namespace

Result<Vehicle> VehicleService::visibleVehicle(Database &db, const Principal &caller, qint64 id)
{
    if (caller.isCustomerKey())
        return noVehicle(id);
    const std::optional<Vehicle> vehicle = VehicleRepository(db).find(caller.tenantId, id);
    if (!vehicle || !caller.canAccessLocation(vehicle->locationId))
        return noVehicle(id);
    if (caller.role == Role::Employee && !vehiclesDrivenBy(db, caller).contains(id))
        return noVehicle(id);
    return *vehicle;
}

QList<MaintenancePlan>
VehicleService::plansWithDue(Database &db, qint64 tenantId, const Vehicle &vehicle)
{
    const QDate today = vehicleToday(vehicleClock(db, tenantId, vehicle));
    const QString since =
        toTimestamp(QDateTime::currentDateTimeUtc().addDays(-MaintenanceDueRule::kTrendDays));
    QList<MaintenanceDueRule::Reading> recent;
    for (const OdometerReading &r : OdometerRepository(db).since(vehicle.id, since))
        recent.append({parseTimestamp(r.readAt).value_or(QDateTime()), r.readingKm});
    const std::optional<double> kmPerDay = MaintenanceDueRule::dailyDistance(recent);
    QList<MaintenancePlan> plans = MaintenanceRepository(db).plansOf({vehicle.id});
    for (MaintenancePlan &plan : plans)
        plan.due = MaintenanceDueRule::dueOf(plan, vehicle.odometerKm, kmPerDay, today);
    return plans;
}

Vehicle VehicleService::withNextMaintenance(qint64 tenantId, Vehicle vehicle)
{
    vehicle.nextMaintenance.reset();
    for (const MaintenancePlan &plan : plansWithDue(m_db, tenantId, vehicle)) {
        if (!plan.due.dueOn.isValid() && !plan.due.dueKm)
            continue; // nothing to be due by yet
        if (!vehicle.nextMaintenance ||
            MaintenanceDueRule::moreUrgent(plan.due, vehicle.nextMaintenance->due))
            vehicle.nextMaintenance = NextMaintenance{plan.id, plan.name, plan.due};
    }
    return vehicle;
}

MaintenancePlan
VehicleService::withDue(qint64 tenantId, const Vehicle &vehicle, MaintenancePlan plan)
{
    for (const MaintenancePlan &p : plansWithDue(m_db, tenantId, vehicle)) {
        if (p.id == plan.id)
            plan.due = p.due;
    }
    return plan;
}

Result<Page<Vehicle>> VehicleService::list(const Principal &caller, const ListQuery &query)
{
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("Vehicles are not open to API keys."));
    std::optional<QList<qint64>> only;
    if (caller.role == Role::Employee)
        only = vehiclesDrivenBy(m_db, caller);
    Page<Vehicle> page =
        VehicleRepository(m_db).list(caller.tenantId, caller.visibleLocations(), only, query);
    for (Vehicle &v : page.items)
        v = withNextMaintenance(caller.tenantId, v);
    return page;
}

Result<Vehicle> VehicleService::get(const Principal &caller, qint64 id)
{
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, id);
    if (!vehicle)
        return vehicle;
    return withNextMaintenance(caller.tenantId, *vehicle);
}

std::optional<Failure> VehicleService::checkVehicle(const Principal &caller, const Vehicle &vehicle)
{
    if (!isUsableLocation(m_db, caller, vehicle.locationId))
        return Failure::validation(QStringLiteral("location_id"),
                                   QStringLiteral("is not one of your locations"));
    const int nextYear = QDate::currentDate().year() + 1;
    if (vehicle.year && (*vehicle.year < kOldestYear || *vehicle.year > nextYear))
        return Failure::validation(
            QStringLiteral("year"),
            QStringLiteral("must be from %1 to %2").arg(kOldestYear).arg(nextYear));
    if (plateKey(vehicle.plate).isEmpty())
        return Failure::validation(QStringLiteral("plate"), QStringLiteral("must not be blank"));
    if (const std::optional<Vehicle> other =
            VehicleRepository(m_db).findByPlate(caller.tenantId, vehicle.plate, vehicle.id))
        return plateTaken(*other);
    return std::nullopt;
}

namespace {

void applyVehicleFields(Vehicle &v, const VehicleFields &fields)
{
    applyPatch(v.name, fields.name);
    applyPatch(v.plate, fields.plate);
    if (fields.vin)
        v.vin = fields.vin->value_or(QString());
    applyPatch(v.make, fields.make);
    applyPatch(v.model, fields.model);
    if (fields.year)
        v.year = *fields.year;
    applyPatch(v.fuel, fields.fuel);
    applyPatch(v.locationId, fields.locationId);
    applyPatch(v.status, fields.status);
    if (fields.notes)
        v.notes = fields.notes->value_or(QString());
    v.plate = v.plate.trimmed();
}

} // namespace

Result<Vehicle> VehicleService::create(const CallContext &call, const VehicleFields &fields)
{
    const Principal &caller = call.principal;
    Vehicle vehicle;
    applyVehicleFields(vehicle, fields);
    if (std::optional<Failure> wrong = checkVehicle(caller, vehicle))
        return *wrong;
    try {
        Transaction tx(m_db);
        vehicle = VehicleRepository(m_db).insert(caller.tenantId, vehicle);
        appendAudit(m_db, call, QStringLiteral("vehicle.created"), QStringLiteral("vehicle"),
                    vehicle.id, vehicle.locationId, {}, toJsonText(vehicle));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() != DatabaseError::Kind::UniqueViolation)
            throw;
        const std::optional<Vehicle> other =
            VehicleRepository(m_db).findByPlate(caller.tenantId, vehicle.plate, 0);
        if (!other)
            throw;
        return plateTaken(*other);
    }
    return vehicle;
}

Result<Vehicle>
VehicleService::update(const CallContext &call, qint64 id, const VehicleUpdate &update)
{
    const Principal &caller = call.principal;
    try {
        Transaction tx(m_db);
        VehicleRepository vehicles(m_db);
        const std::optional<Vehicle> before = vehicles.findForUpdate(caller.tenantId, id);
        if (!before || !caller.canAccessLocation(before->locationId))
            return noVehicle(id);
        if (update.expectedVersion && *update.expectedVersion != before->version)
            return approval::staleVersion(
                subjectOf(QStringLiteral("vehicle"), id, before->version, toJsonText(*before)),
                *update.expectedVersion);
        Vehicle after = *before;
        applyVehicleFields(after, update.fields);
        if (std::optional<Failure> wrong = checkVehicle(caller, after))
            return *wrong;
        after.updatedAt = nowTimestamp();
        if (!vehicles.update(caller.tenantId, after, before->version))
            return approval::staleVersion(
                subjectOf(QStringLiteral("vehicle"), id, before->version, toJsonText(*before)),
                before->version);
        appendAudit(m_db, call, QStringLiteral("vehicle.updated"), QStringLiteral("vehicle"), id,
                    after.locationId, toJsonText(*before), toJsonText(after));
        commitNoticing(tx, call, id);
        return withNextMaintenance(caller.tenantId, after);
    } catch (const DatabaseError &e) {
        if (e.kind() != DatabaseError::Kind::UniqueViolation)
            throw;
        return Failure::conflict(QStringLiteral("That plate is another vehicle's already."));
    }
}

Status VehicleService::remove(const CallContext &call, qint64 id)
{
    const Principal &caller = call.principal;
    Transaction tx(m_db);
    VehicleRepository vehicles(m_db);
    const std::optional<Vehicle> before = vehicles.findForUpdate(caller.tenantId, id);
    if (!before || !caller.canAccessLocation(before->locationId))
        return noVehicle(id);
    if (vehicles.hasHistory(id))
        return Failure::conflict(
            QStringLiteral("%1 has odometer readings, service records or assignments: retire it "
                           "instead (status retired).")
                .arg(before->name));
    vehicles.remove(caller.tenantId, id);
    appendAudit(m_db, call, QStringLiteral("vehicle.deleted"), QStringLiteral("vehicle"), id,
                before->locationId, toJsonText(*before), {});
    tx.commit();
    return Done{};
}

Result<Page<OdometerReading>> VehicleService::readings(const Principal &caller,
                                                       qint64 vehicleId,
                                                       const QString &from,
                                                       const QString &to,
                                                       const ListQuery &query)
{
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    return OdometerRepository(m_db).list(caller.tenantId, vehicleId, from, to, query);
}

Result<OdometerReading> VehicleService::addReading(const CallContext &call,
                                                   const Vehicle &vehicle,
                                                   const OdometerEntry &entry,
                                                   const QString &field)
{
    OdometerRepository readings(m_db);
    const LocalClock clock = vehicleClock(m_db, call.principal.tenantId, vehicle);
    const QString readAt = toTimestamp(entry.readAt);
    const std::optional<OdometerReading> earlier = readings.before(vehicle.id, readAt);
    if (earlier && entry.readingKm < earlier->readingKm)
        return outOfOrder(field, clock, entry, *earlier, true);
    const std::optional<OdometerReading> later = readings.after(vehicle.id, readAt);
    if (later && entry.readingKm > later->readingKm)
        return outOfOrder(field, clock, entry, *later, false);

    OdometerReading reading;
    reading.vehicleId = vehicle.id;
    reading.readingKm = entry.readingKm;
    reading.readAt = readAt;
    reading.source = entry.source;
    if (call.principal.userId > 0)
        reading.recordedByUserId = call.principal.userId;
    if (earlier) {
        // A gap shorter than a day counts as one day.
        const double days =
            std::max(1.0, double(parseTimestamp(earlier->readAt).value().secsTo(entry.readAt)) /
                              kReadingSecondsPerDay);
        const qint64 distance = entry.readingKm - earlier->readingKm;
        if (double(distance) > double(kMostKmPerDay) * days) {
            reading.flagged = true;
            reading.flagReason =
                QStringLiteral("%1 in %2 day(s) since the reading of %3 at %4: more than %5 a day")
                    .arg(kmText(distance), QString::number(std::round(days * 10) / 10),
                         kmText(earlier->readingKm),
                         clock.dateTime(parseTimestamp(earlier->readAt).value()),
                         kmText(kMostKmPerDay));
        }
    }
    reading = readings.insert(call.principal.tenantId, reading);
    appendAudit(m_db, call, QStringLiteral("odometer.recorded"), QStringLiteral("vehicle"),
                vehicle.id, vehicle.locationId, {}, toJsonText(reading));
    return reading;
}

Result<Vehicle>
VehicleService::vehicleDrivenOn(const Principal &caller, qint64 vehicleId, const QDateTime &at)
{
    const std::optional<Vehicle> vehicle = VehicleRepository(m_db).find(caller.tenantId, vehicleId);
    if (!vehicle || !caller.canAccessLocation(vehicle->locationId))
        return noVehicle(vehicleId);
    const std::optional<Technician> technician =
        TechnicianRepository(m_db).findByUser(caller.tenantId, caller.userId);
    const QDate day = vehicleClock(m_db, caller.tenantId, *vehicle).local(at).date();
    if (technician && drivesOn(m_db, *technician, *vehicle, day))
        return *vehicle;
    // A vehicle they never drive stays unseen; one they see is refused with the reason.
    if (!visibleVehicle(m_db, caller, vehicleId))
        return noVehicle(vehicleId);
    return Failure::forbidden(
        QStringLiteral("You do not drive %1 on %2.").arg(vehicle->name, LocalClock::day(day)));
}

Result<OdometerReading>
VehicleService::recordReading(const CallContext &call, qint64 vehicleId, const OdometerEntry &entry)
{
    const Principal &caller = call.principal;
    if (entry.readAt > QDateTime::currentDateTimeUtc().addSecs(kMostSecondsAhead))
        return Failure::validation(QStringLiteral("read_at"),
                                   QStringLiteral("must not be more than 5 minutes ahead"));
    Transaction tx(m_db);
    VehicleRepository(m_db).findForUpdate(caller.tenantId, vehicleId); // one reading at a time
    // A technician records the vehicle driven on the reading's day, which need not be today's.
    const Result<Vehicle> vehicle = caller.role == Role::Employee
                                        ? vehicleDrivenOn(caller, vehicleId, entry.readAt)
                                        : visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    const Result<OdometerReading> reading =
        addReading(call, *vehicle, entry, QStringLiteral("reading_km"));
    if (!reading)
        return reading;
    commitNoticing(tx, call, vehicleId);
    return reading;
}

Status VehicleService::removeReading(const CallContext &call, qint64 vehicleId, qint64 id)
{
    OdometerRepository readings(m_db);
    return removeOfVehicle<OdometerReading>(
        m_db, call, vehicleId, "reading", id,
        [&] { return readings.find(call.principal.tenantId, vehicleId, id); },
        [&](const Vehicle &vehicle, const OdometerReading &reading) {
            readings.remove(call.principal.tenantId, id);
            appendAudit(m_db, call, QStringLiteral("odometer.deleted"), QStringLiteral("vehicle"),
                        vehicleId, vehicle.locationId, toJsonText(reading), {});
        });
}

Result<Page<MaintenancePlan>>
VehicleService::plans(const Principal &caller, qint64 vehicleId, const ListQuery &query)
{
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    Page<MaintenancePlan> page =
        MaintenanceRepository(m_db).plans(caller.tenantId, vehicleId, query);
    const QList<MaintenancePlan> withDues = plansWithDue(m_db, caller.tenantId, *vehicle);
    for (MaintenancePlan &plan : page.items) {
        for (const MaintenancePlan &p : withDues) {
            if (p.id == plan.id)
                plan.due = p.due;
        }
    }
    return page;
}

Result<MaintenancePlan> VehicleService::plan(const Principal &caller, qint64 vehicleId, qint64 id)
{
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    const std::optional<MaintenancePlan> plan =
        MaintenanceRepository(m_db).findPlan(caller.tenantId, vehicleId, id);
    if (!plan)
        return Failure::notFound(QStringLiteral("There is no maintenance plan #%1 of vehicle #%2.")
                                     .arg(id)
                                     .arg(vehicleId));
    return withDue(caller.tenantId, *vehicle, *plan);
}

namespace {

std::optional<Failure> applyPlanFields(MaintenancePlan &plan, const MaintenancePlanFields &fields)
{
    applyPatch(plan.name, fields.name);
    if (fields.everyKm)
        plan.everyKm = *fields.everyKm;
    if (fields.everyDays)
        plan.everyDays = *fields.everyDays;
    if (fields.lastDoneKm)
        plan.lastDoneKm = *fields.lastDoneKm;
    if (fields.lastDoneOn)
        plan.lastDoneOn = fields.lastDoneOn->value_or(QDate());
    if (!plan.everyKm && !plan.everyDays)
        return Failure::validation(
            {{QStringLiteral("every_km"), QStringLiteral("every_km or every_days is required")},
             {QStringLiteral("every_days"), QStringLiteral("every_km or every_days is required")}});
    return std::nullopt;
}

Failure noPlan(qint64 id, qint64 vehicleId)
{
    return Failure::notFound(
        QStringLiteral("There is no maintenance plan #%1 of vehicle #%2.").arg(id).arg(vehicleId));
}

} // namespace

Result<MaintenancePlan> VehicleService::createPlan(const CallContext &call,
                                                   qint64 vehicleId,
                                                   const MaintenancePlanFields &fields)
{
    const Principal &caller = call.principal;
    Transaction tx(m_db);
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    MaintenancePlan plan;
    plan.vehicleId = vehicleId;
    if (std::optional<Failure> wrong = applyPlanFields(plan, fields))
        return *wrong;
    plan = MaintenanceRepository(m_db).insertPlan(caller.tenantId, plan);
    appendAudit(m_db, call, QStringLiteral("maintenance_plan.created"),
                QStringLiteral("maintenance_plan"), plan.id, vehicle->locationId, {},
                toJsonText(plan));
    commitNoticing(tx, call, vehicleId);
    return withDue(caller.tenantId, *vehicle, plan);
}

Result<MaintenancePlan> VehicleService::updatePlan(const CallContext &call,
                                                   qint64 vehicleId,
                                                   qint64 id,
                                                   const MaintenancePlanFields &fields)
{
    const Principal &caller = call.principal;
    Transaction tx(m_db);
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    MaintenanceRepository maintenance(m_db);
    const std::optional<MaintenancePlan> before =
        maintenance.findPlan(caller.tenantId, vehicleId, id);
    if (!before)
        return noPlan(id, vehicleId);
    const auto stale = [&] {
        return approval::staleVersion(
            subjectOf(QStringLiteral("maintenance plan"), id, before->version, toJsonText(*before)),
            fields.expectedVersion.value_or(before->version));
    };
    if (fields.expectedVersion && *fields.expectedVersion != before->version)
        return stale();
    MaintenancePlan after = *before;
    if (std::optional<Failure> wrong = applyPlanFields(after, fields))
        return *wrong;
    after.updatedAt = nowTimestamp();
    if (!maintenance.updatePlan(caller.tenantId, after, before->version))
        return stale();
    appendAudit(m_db, call, QStringLiteral("maintenance_plan.updated"),
                QStringLiteral("maintenance_plan"), id, vehicle->locationId, toJsonText(*before),
                toJsonText(after));
    commitNoticing(tx, call, vehicleId);
    return withDue(caller.tenantId, *vehicle, after);
}

Status VehicleService::removePlan(const CallContext &call, qint64 vehicleId, qint64 id)
{
    MaintenanceRepository maintenance(m_db);
    return removeOfVehicle<MaintenancePlan>(
        m_db, call, vehicleId, "maintenance plan", id,
        [&] { return maintenance.findPlan(call.principal.tenantId, vehicleId, id); },
        [&](const Vehicle &vehicle, const MaintenancePlan &plan) {
            maintenance.removePlan(call.principal.tenantId, id);
            appendAudit(m_db, call, QStringLiteral("maintenance_plan.deleted"),
                        QStringLiteral("maintenance_plan"), id, vehicle.locationId,
                        toJsonText(plan), {});
        });
}

Result<Page<ServiceRecord>>
VehicleService::records(const Principal &caller, qint64 vehicleId, const ListQuery &query)
{
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    return MaintenanceRepository(m_db).records(caller.tenantId, vehicleId, query);
}

Result<ServiceRecord> VehicleService::record(const Principal &caller, qint64 vehicleId, qint64 id)
{
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    const std::optional<ServiceRecord> record =
        MaintenanceRepository(m_db).findRecord(caller.tenantId, vehicleId, id);
    if (!record)
        return Failure::notFound(QStringLiteral("There is no service record #%1 of vehicle #%2.")
                                     .arg(id)
                                     .arg(vehicleId));
    return *record;
}

Result<ServiceRecord> VehicleService::createRecord(const CallContext &call,
                                                   qint64 vehicleId,
                                                   const ServiceRecordDraft &draft)
{
    const Principal &caller = call.principal;
    Transaction tx(m_db);
    VehicleRepository(m_db).findForUpdate(caller.tenantId, vehicleId); // one reading at a time
    const Result<Vehicle> vehicle = visibleVehicle(m_db, caller, vehicleId);
    if (!vehicle)
        return vehicle.failure();
    // Its reading is recorded at noon that day: a future day would block the real readings
    // before it.
    if (draft.doneOn > vehicleToday(vehicleClock(m_db, caller.tenantId, *vehicle)))
        return Failure::validation(QStringLiteral("done_on"),
                                   QStringLiteral("must not be after today"));
    MaintenanceRepository maintenance(m_db);
    std::optional<MaintenancePlan> plan;
    if (draft.planId) {
        plan = maintenance.findPlan(caller.tenantId, vehicleId, *draft.planId);
        if (!plan)
            return Failure::validation(QStringLiteral("plan_id"),
                                       QStringLiteral("is not a maintenance plan of this vehicle"));
    }
    ServiceRecord record;
    record.vehicleId = vehicleId;
    record.doneOn = draft.doneOn;
    record.odometerKm = draft.odometerKm;
    record.description = draft.description;
    record.costMinor = draft.costMinor;
    if (draft.currency) {
        record.currency = *draft.currency;
    } else {
        const std::optional<Tenant> tenant = TenantRepository(m_db).find(caller.tenantId);
        record.currency = tenant ? tenant->currency : QStringLiteral("USD");
    }
    if (!isCurrencyCode(record.currency))
        return Failure::validation(QStringLiteral("currency"),
                                   QStringLiteral("is not an ISO 4217 currency code"));
    record.vendor = draft.vendor;
    record.planId = draft.planId;
    record.mediaIds = draft.mediaIds;
    if (caller.userId > 0)
        record.createdByUserId = caller.userId;
    if (std::optional<Failure> wrong = checkOwnUploads(m_db, caller, draft.mediaIds))
        return *wrong;

    const LocalClock clock = vehicleClock(m_db, caller.tenantId, *vehicle);
    const Result<OdometerReading> reading =
        addReading(call, *vehicle,
                   {draft.odometerKm, clock.instantAt(draft.doneOn, kServiceReadingTime),
                    QStringLiteral("service")},
                   QStringLiteral("odometer_km"));
    if (!reading)
        return reading.failure();
    record.readingId = reading->id;
    record = maintenance.insertRecord(caller.tenantId, record);
    appendAudit(m_db, call, QStringLiteral("service_record.created"),
                QStringLiteral("service_record"), record.id, vehicle->locationId, {},
                toJsonText(record));
    // Resets its plan unless the plan was done later already.
    if (plan && (!plan->lastDoneOn.isValid() || plan->lastDoneOn <= record.doneOn)) {
        MaintenancePlan after = *plan;
        after.lastDoneOn = record.doneOn;
        after.lastDoneKm = record.odometerKm;
        after.updatedAt = nowTimestamp();
        maintenance.updatePlan(caller.tenantId, after, plan->version);
        appendAudit(m_db, call, QStringLiteral("maintenance_plan.updated"),
                    QStringLiteral("maintenance_plan"), after.id, vehicle->locationId,
                    toJsonText(*plan), toJsonText(after));
    }
    commitNoticing(tx, call, vehicleId);
    return record;
}

Status VehicleService::removeRecord(const CallContext &call, qint64 vehicleId, qint64 id)
{
    MaintenanceRepository maintenance(m_db);
    return removeOfVehicle<ServiceRecord>(
        m_db, call, vehicleId, "service record", id,
        [&] { return maintenance.findRecord(call.principal.tenantId, vehicleId, id); },
        [&](const Vehicle &vehicle, const ServiceRecord &record) {
            maintenance.removeRecord(call.principal.tenantId, id);
            appendAudit(m_db, call, QStringLiteral("service_record.deleted"),
                        QStringLiteral("service_record"), id, vehicle.locationId,
                        toJsonText(record), {});
        });
}

Result<MaintenanceDueList> VehicleService::due(const Principal &caller,
                                               int withinDays,
                                               qint64 withinKm,
                                               std::optional<qint64> locationId)
{
    if (locationId && !caller.canAccessLocation(*locationId))
        return Failure::validation(QStringLiteral("location_id"),
                                   QStringLiteral("is not one of your locations"));
    MaintenanceDueList list;
    for (const Vehicle &vehicle : VehicleRepository(m_db).inService(
             caller.tenantId, caller.visibleLocations(), locationId)) {
        for (const MaintenancePlan &plan : plansWithDue(m_db, caller.tenantId, vehicle)) {
            if (!MaintenanceDueRule::dueWithin(plan.due, withinDays, withinKm))
                continue;
            list.items.append({.vehicleId = vehicle.id,
                               .vehicleName = vehicle.name,
                               .plate = vehicle.plate,
                               .locationId = vehicle.locationId,
                               .planId = plan.id,
                               .planName = plan.name,
                               .odometerKm = vehicle.odometerKm,
                               .due = plan.due});
        }
    }
    std::stable_sort(list.items.begin(), list.items.end(),
                     [](const MaintenanceDueItem &a, const MaintenanceDueItem &b) {
                         return MaintenanceDueRule::moreUrgent(a.due, b.due);
                     });
    return list;
}

int VehicleService::noticeDue(Database &db, const CallContext &call, const Vehicle &vehicle)
{
    if (vehicle.status == QLatin1String("retired"))
        return 0;
    const qint64 tenantId = call.principal.tenantId;
    MaintenanceRepository maintenance(db);
    QList<qint64> managers;
    int raised = 0;
    for (const MaintenancePlan &plan : plansWithDue(db, tenantId, vehicle)) {
        if (!MaintenanceDueRule::fallsDue(plan.due) ||
            !maintenance.noteNotice(plan.id, plan.due.duePoint()))
            continue;
        if (managers.isEmpty())
            managers = UserRepository(db).activeManagersAt(tenantId, vehicle.locationId);
        Notification n;
        n.kind = QStringLiteral("maintenance.due");
        n.title = plan.due.overdue
                      ? QStringLiteral("%1: %2 is overdue").arg(vehicle.name, plan.name)
                      : QStringLiteral("%1: %2 falls due").arg(vehicle.name, plan.name);
        n.body = QStringLiteral("%1 (%2) is due %3.")
                     .arg(plan.name, vehicle.plate, dueWording(plan.due));
        n.objectType = QStringLiteral("vehicle");
        n.objectId = vehicle.id;
        NotificationService::raise(db, call, managers, n);
        ++raised;
    }
    return raised;
}

void VehicleService::commitNoticing(Transaction &tx, const CallContext &call, qint64 vehicleId)
{
    if (const std::optional<Vehicle> vehicle =
            VehicleRepository(m_db).find(call.principal.tenantId, vehicleId))
        noticeDue(m_db, call, *vehicle);
    tx.commit();
    m_events.notifyCommitted();
}

int VehicleService::noticeDueEverywhere()
{
    int raised = 0;
    for (const auto &[tenantId, vehicleId] : MaintenanceRepository(m_db).plannedVehicles()) {
        Transaction tx(m_db);
        tx.describeNoJobChanged(); // a vehicle's maintenance notice
        const std::optional<Vehicle> vehicle = VehicleRepository(m_db).find(tenantId, vehicleId);
        if (!vehicle)
            continue;
        CallContext call;
        call.principal.tenantId = tenantId;
        call.principal.name = QStringLiteral("FieldDesk");
        raised += noticeDue(m_db, call, *vehicle);
        tx.commit();
    }
    if (raised > 0)
        m_events.notifyCommitted();
    return raised;
}

VehicleEffects
VehicleService::sendToService(Database &db, const CallContext &call, qint64 vehicleId)
{
    const qint64 tenantId = call.principal.tenantId;
    VehicleRepository vehicles(db);
    VehicleEffects effects;
    effects.vehicleId = vehicleId;
    const std::optional<Vehicle> before = vehicles.findForUpdate(tenantId, vehicleId);
    if (!before)
        return effects;
    effects.status = before->status;
    if (before->status == QLatin1String("active")) {
        Vehicle after = *before;
        after.status = QStringLiteral("in_service");
        after.updatedAt = nowTimestamp();
        vehicles.update(tenantId, after, before->version);
        appendAudit(db, call, QStringLiteral("vehicle.updated"), QStringLiteral("vehicle"),
                    vehicleId, after.locationId, toJsonText(*before), toJsonText(after));
        effects.status = after.status;
    }
    const QDate today = vehicleToday(vehicleClock(db, tenantId, *before));
    effects.removedAssignments =
        VehicleAssignmentRepository(db).removeFrom(tenantId, vehicleId, today);
    for (const VehicleAssignment &a : std::as_const(effects.removedAssignments)) {
        JsonWriter w(128);
        a.writeReference(w);
        appendAudit(db, call, QStringLiteral("vehicle_assignment.deleted"),
                    QStringLiteral("vehicle_assignment"), a.id, a.locationId, w.take(), {});
    }
    return effects;
}

} // namespace fielddesk::server
