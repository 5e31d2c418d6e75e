#include "fielddesk/fleet/fleetrecords.h"

#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QJsonValue>

namespace fielddesk::fleet {

namespace {

QString textOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

std::optional<qint64> optionalInteger(const QJsonObject &o, const char *key)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toInteger();
}

std::optional<int> optionalInt(const QJsonObject &o, const char *key)
{
    const auto value = optionalInteger(o, key);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

QDate dateOf(const QJsonObject &o, const char *key)
{
    return QDate::fromString(textOf(o, key), Qt::ISODate);
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

NextMaintenance NextMaintenance::fromJson(const QJsonObject &o)
{
    NextMaintenance next;
    next.planId = o.value(QLatin1String("plan_id")).toInteger();
    next.name = textOf(o, "name");
    next.dueOn = dateOf(o, "due_on");
    next.dueKm = optionalInteger(o, "due_km");
    next.estimatedDueOn = dateOf(o, "estimated_due_on");
    next.overdue = o.value(QLatin1String("overdue")).toBool();
    return next;
}

QJsonObject Vehicle::toJson() const
{
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("plate"), plate},
                     {QStringLiteral("make"), make},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("year"), year},
                     {QStringLiteral("fuel"), fuel},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("location_id"), locationId}};
    if (!vin.isEmpty())
        body.insert(QStringLiteral("vin"), vin);
    return body;
}

Vehicle Vehicle::fromJson(const QJsonObject &o)
{
    Vehicle v;
    v.id = o.value(QLatin1String("id")).toInteger();
    v.name = textOf(o, "name");
    v.plate = textOf(o, "plate");
    v.vin = textOf(o, "vin");
    v.make = textOf(o, "make");
    v.model = textOf(o, "model");
    v.year = o.value(QLatin1String("year")).toInt();
    v.fuel = textOf(o, "fuel");
    v.status = textOf(o, "status");
    v.locationId = o.value(QLatin1String("location_id")).toInteger();
    v.notes = textOf(o, "notes");
    v.odometerKm = optionalInteger(o, "odometer_km");
    v.odometerReadAt = textOf(o, "odometer_read_at");
    const QJsonValue next = o.value(QLatin1String("next_maintenance"));
    if (next.isObject())
        v.nextMaintenance = NextMaintenance::fromJson(next.toObject());
    v.version = o.value(QLatin1String("version")).toInteger();
    return v;
}

OdometerReading OdometerReading::fromJson(const QJsonObject &o)
{
    OdometerReading r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.vehicleId = o.value(QLatin1String("vehicle_id")).toInteger();
    r.readingKm = o.value(QLatin1String("reading_km")).toInteger();
    r.readAt = parseTimestamp(textOf(o, "read_at")).value_or(QDateTime());
    r.source = textOf(o, "source");
    r.flagged = o.value(QLatin1String("flagged")).toBool();
    r.flagReason = textOf(o, "flag_reason");
    return r;
}

QJsonObject MaintenancePlan::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("every_km"), orNull(everyKm)},
            {QStringLiteral("every_days"),
             everyDays ? QJsonValue(*everyDays) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_done_km"), orNull(lastDoneKm)},
            {QStringLiteral("last_done_on"), orNull(lastDoneOn)}};
}

MaintenancePlan MaintenancePlan::fromJson(const QJsonObject &o)
{
    MaintenancePlan p;
    p.id = o.value(QLatin1String("id")).toInteger();
    p.vehicleId = o.value(QLatin1String("vehicle_id")).toInteger();
    p.name = textOf(o, "name");
    p.everyKm = optionalInteger(o, "every_km");
    p.everyDays = optionalInt(o, "every_days");
    p.lastDoneKm = optionalInteger(o, "last_done_km");
    p.lastDoneOn = dateOf(o, "last_done_on");
    p.dueKm = optionalInteger(o, "due_km");
    p.dueOn = dateOf(o, "due_on");
    p.estimatedDueOn = dateOf(o, "estimated_due_on");
    p.kmLeft = optionalInteger(o, "km_left");
    p.daysLeft = optionalInt(o, "days_left");
    p.overdue = o.value(QLatin1String("overdue")).toBool();
    p.version = o.value(QLatin1String("version")).toInteger();
    return p;
}

QJsonObject ServiceRecord::toJson() const
{
    QJsonArray media;
    for (qint64 mediaId : mediaIds)
        media.append(mediaId);
    QJsonObject body{{QStringLiteral("done_on"), doneOn.toString(Qt::ISODate)},
                     {QStringLiteral("odometer_km"), odometerKm},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("cost_minor"), costMinor},
                     {QStringLiteral("media_ids"), media}};
    if (!currency.isEmpty())
        body.insert(QStringLiteral("currency"), currency);
    if (!vendor.isEmpty())
        body.insert(QStringLiteral("vendor"), vendor);
    if (planId)
        body.insert(QStringLiteral("plan_id"), *planId);
    return body;
}

ServiceRecord ServiceRecord::fromJson(const QJsonObject &o)
{
    ServiceRecord s;
    s.id = o.value(QLatin1String("id")).toInteger();
    s.vehicleId = o.value(QLatin1String("vehicle_id")).toInteger();
    s.doneOn = dateOf(o, "done_on");
    s.odometerKm = o.value(QLatin1String("odometer_km")).toInteger();
    s.description = textOf(o, "description");
    s.costMinor = o.value(QLatin1String("cost_minor")).toInteger();
    s.currency = textOf(o, "currency");
    s.vendor = textOf(o, "vendor");
    s.planId = optionalInteger(o, "plan_id");
    for (const QJsonValue &mediaId : o.value(QLatin1String("media_ids")).toArray())
        s.mediaIds.append(mediaId.toInteger());
    return s;
}

DueItem DueItem::fromJson(const QJsonObject &o)
{
    DueItem d;
    d.vehicleId = o.value(QLatin1String("vehicle_id")).toInteger();
    d.vehicleName = textOf(o, "vehicle_name");
    d.plate = textOf(o, "plate");
    d.planId = o.value(QLatin1String("plan_id")).toInteger();
    d.planName = textOf(o, "plan_name");
    d.dueOn = dateOf(o, "due_on");
    d.dueKm = optionalInteger(o, "due_km");
    d.odometerKm = optionalInteger(o, "odometer_km");
    d.estimatedDueOn = dateOf(o, "estimated_due_on");
    d.daysLeft = optionalInt(o, "days_left");
    d.kmLeft = optionalInteger(o, "km_left");
    d.overdue = o.value(QLatin1String("overdue")).toBool();
    return d;
}

VehicleAssignment VehicleAssignment::fromJson(const QJsonObject &o)
{
    VehicleAssignment a;
    a.id = optionalInteger(o, "id");
    a.vehicleId = o.value(QLatin1String("vehicle_id")).toInteger();
    a.technicianId = o.value(QLatin1String("technician_id")).toInteger();
    a.date = dateOf(o, "date");
    a.isDefault = textOf(o, "source") == QLatin1String("default");
    a.vehicleName = textOf(o, "vehicle_name");
    a.plate = textOf(o, "plate");
    a.technicianName = textOf(o, "technician_name");
    a.vehicleStatus = textOf(o, "vehicle_status");
    a.serviceOverdue = o.value(QLatin1String("service_overdue")).toBool();
    return a;
}

} // namespace fielddesk::fleet
