#include "repositories/fleetrecords.h"

namespace fielddesk::server {

namespace {

void writeDate(JsonWriter &w, std::string_view key, const QDate &date)
{
    w.key(key);
    if (date.isValid())
        w.value(date.toString(Qt::ISODate));
    else
        w.nullValue();
}

void writeNullableText(JsonWriter &w, std::string_view key, const QString &text)
{
    w.key(key);
    if (text.isEmpty())
        w.nullValue();
    else
        w.value(text);
}

void writeDueMembers(JsonWriter &w, const MaintenanceDue &due)
{
    writeDate(w, "due_on", due.dueOn);
    w.field("due_km", due.dueKm);
    writeDate(w, "estimated_due_on", due.estimatedDueOn);
}

} // namespace

QStringList allVehicleStatuses()
{
    return {QStringLiteral("active"), QStringLiteral("in_service"), QStringLiteral("retired")};
}

QStringList allVehicleFuels()
{
    return {QStringLiteral("petrol"), QStringLiteral("diesel"), QStringLiteral("electric"),
            QStringLiteral("hybrid"), QStringLiteral("other")};
}

QStringList allOdometerSources()
{
    return {QStringLiteral("manual"), QStringLiteral("trip"), QStringLiteral("service")};
}

QString MaintenanceDue::duePoint() const
{
    return QStringLiteral("%1|%2").arg(dueKm ? QString::number(*dueKm) : QString(),
                                       dueOn.isValid() ? dueOn.toString(Qt::ISODate) : QString());
}

QString plateKey(const QString &plate)
{
    QString key;
    for (const QChar c : plate) {
        if (!c.isSpace())
            key += c.toUpper();
    }
    return key;
}

void Vehicle::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.field("plate", plate);
    writeNullableText(w, "vin", vin);
    w.field("make", make);
    w.field("model", model);
    w.field("year", year);
    w.field("fuel", fuel);
    w.field("location_id", locationId);
    w.field("status", status);
    w.field("notes", notes);
    w.field("odometer_km", odometerKm);
    writeNullableText(w, "odometer_read_at", odometerReadAt);
    w.key("next_maintenance");
    if (nextMaintenance) {
        w.beginObject();
        w.field("plan_id", nextMaintenance->planId);
        w.field("name", nextMaintenance->name);
        writeDueMembers(w, nextMaintenance->due);
        w.field("overdue", nextMaintenance->due.overdue);
        w.endObject();
    } else {
        w.nullValue();
    }
    w.field("version", version);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

void OdometerReading::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("vehicle_id", vehicleId);
    w.field("reading_km", readingKm);
    w.field("read_at", readAt);
    w.field("source", source);
    w.field("flagged", flagged);
    writeNullableText(w, "flag_reason", flagReason);
    w.field("recorded_by_user_id", recordedByUserId);
    w.field("created_at", createdAt);
    w.endObject();
}

void MaintenancePlan::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("vehicle_id", vehicleId);
    w.field("name", name);
    w.field("every_km", everyKm);
    w.field("every_days", everyDays);
    w.field("last_done_km", lastDoneKm);
    writeNullableText(w, "last_done_on", lastDoneOn);
    writeDueMembers(w, due);
    w.field("km_left", due.kmLeft);
    w.field("days_left", due.daysLeft);
    w.field("overdue", due.overdue);
    w.field("version", version);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

void ServiceRecord::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("vehicle_id", vehicleId);
    w.field("done_on", doneOn);
    w.field("odometer_km", odometerKm);
    w.field("description", description);
    w.field("cost_minor", costMinor);
    w.field("currency", currency);
    writeNullableText(w, "vendor", vendor);
    w.field("plan_id", planId);
    w.key("media_ids").beginArray();
    for (const qint64 media : mediaIds)
        w.value(media);
    w.endArray();
    w.field("created_by_user_id", createdByUserId);
    w.field("created_at", createdAt);
    w.endObject();
}

void VehicleAssignment::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.key("id");
    if (id > 0)
        w.value(id);
    else
        w.nullValue();
    w.field("vehicle_id", vehicleId);
    w.field("technician_id", technicianId);
    w.field("date", date);
    w.field("source", source);
    w.field("vehicle_name", vehicleName);
    w.field("plate", plate);
    w.field("technician_name", technicianName);
    w.field("vehicle_status", vehicleStatus);
    w.field("service_overdue", serviceOverdue);
    w.endObject();
}

void VehicleAssignment::writeReference(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("vehicle_id", vehicleId);
    w.field("technician_id", technicianId);
    w.field("date", date);
    w.endObject();
}

void MaintenanceDueItem::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("vehicle_id", vehicleId);
    w.field("vehicle_name", vehicleName);
    w.field("plate", plate);
    w.field("location_id", locationId);
    w.field("plan_id", planId);
    w.field("plan_name", planName);
    writeDueMembers(w, due);
    w.field("odometer_km", odometerKm);
    w.field("days_left", due.daysLeft);
    w.field("km_left", due.kmLeft);
    w.field("overdue", due.overdue);
    w.endObject();
}

void MaintenanceDueList::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("count", qint64(items.size()));
    w.key("results").beginArray();
    for (const MaintenanceDueItem &item : items)
        item.writeJson(w);
    w.endArray();
    w.endObject();
}

void VehicleEffects::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("vehicle_id", vehicleId);
    w.field("status", status);
    w.key("removed_assignments").beginArray();
    for (const VehicleAssignment &a : removedAssignments) {
        w.beginObject();
        w.field("id", a.id);
        w.field("technician_id", a.technicianId);
        w.field("date", a.date);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace fielddesk::server
