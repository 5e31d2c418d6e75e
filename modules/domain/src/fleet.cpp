#include "fielddesk/domain/fleet.h"

#include "jsonform.h"

namespace fielddesk {

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

QString plateKey(const QString &plate)
{
    QString key;
    for (const QChar c : plate) {
        if (!c.isSpace())
            key += c.toUpper();
    }
    return key;
}

QString MaintenanceDue::duePoint() const
{
    return QStringLiteral("%1|%2").arg(dueKm ? QString::number(*dueKm) : QString(),
                                       dueOn.isValid() ? dueOn.toString(Qt::ISODate) : QString());
}

// The JSON forms (jsonform.h), members in the order they are sent.
constexpr jsonform::Form kMaintenanceDueForm{
    field<"due_on", &MaintenanceDue::dueOn>,
    field<"due_km", &MaintenanceDue::dueKm>,
    field<"estimated_due_on", &MaintenanceDue::estimatedDueOn>,
    field<"km_left", &MaintenanceDue::kmLeft>,
    field<"days_left", &MaintenanceDue::daysLeft>,
    field<"overdue", &MaintenanceDue::overdue>,
};

void MaintenanceDue::writeJsonMembers(JsonWriter &w) const
{
    kMaintenanceDueForm.writeMembers(w, *this);
}

MaintenanceDue MaintenanceDue::fromJson(const QJsonObject &o)
{
    return kMaintenanceDueForm.read(o);
}

constexpr jsonform::Form kNextMaintenanceForm{
    field<"plan_id", &NextMaintenance::planId>,
    field<"name", &NextMaintenance::name>,
    spliced<&NextMaintenance::due>,
};
FIELDDESK_JSON_FROM_FORM(NextMaintenance, kNextMaintenanceForm)

constexpr jsonform::Form kVehicleForm{
    field<"id", &Vehicle::id>,
    field<"name", &Vehicle::name>,
    field<"plate", &Vehicle::plate>,
    textOrNull<"vin", &Vehicle::vin>,
    field<"make", &Vehicle::make>,
    field<"model", &Vehicle::model>,
    field<"year", &Vehicle::year>,
    field<"fuel", &Vehicle::fuel>,
    field<"location_id", &Vehicle::locationId>,
    field<"status", &Vehicle::status>,
    field<"notes", &Vehicle::notes>,
    field<"odometer_km", &Vehicle::odometerKm>,
    textOrNull<"odometer_read_at", &Vehicle::odometerReadAt>,
    field<"next_maintenance", &Vehicle::nextMaintenance>,
    field<"version", &Vehicle::version>,
    field<"created_at", &Vehicle::createdAt>,
    field<"updated_at", &Vehicle::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Vehicle, kVehicleForm)

constexpr jsonform::Form kOdometerReadingForm{
    field<"id", &OdometerReading::id>,
    field<"vehicle_id", &OdometerReading::vehicleId>,
    field<"reading_km", &OdometerReading::readingKm>,
    field<"read_at", &OdometerReading::readAt>,
    field<"source", &OdometerReading::source>,
    field<"flagged", &OdometerReading::flagged>,
    textOrNull<"flag_reason", &OdometerReading::flagReason>,
    field<"recorded_by_user_id", &OdometerReading::recordedByUserId>,
    field<"created_at", &OdometerReading::createdAt>,
};
FIELDDESK_JSON_FROM_FORM(OdometerReading, kOdometerReadingForm)

constexpr jsonform::Form kMaintenancePlanForm{
    field<"id", &MaintenancePlan::id>,
    field<"vehicle_id", &MaintenancePlan::vehicleId>,
    field<"name", &MaintenancePlan::name>,
    field<"every_km", &MaintenancePlan::everyKm>,
    field<"every_days", &MaintenancePlan::everyDays>,
    field<"last_done_km", &MaintenancePlan::lastDoneKm>,
    field<"last_done_on", &MaintenancePlan::lastDoneOn>,
    spliced<&MaintenancePlan::due>,
    field<"version", &MaintenancePlan::version>,
    field<"created_at", &MaintenancePlan::createdAt>,
    field<"updated_at", &MaintenancePlan::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(MaintenancePlan, kMaintenancePlanForm)

constexpr jsonform::Form kServiceRecordForm{
    field<"id", &ServiceRecord::id>,
    field<"vehicle_id", &ServiceRecord::vehicleId>,
    field<"done_on", &ServiceRecord::doneOn>,
    field<"odometer_km", &ServiceRecord::odometerKm>,
    field<"description", &ServiceRecord::description>,
    field<"cost_minor", &ServiceRecord::costMinor>,
    field<"currency", &ServiceRecord::currency>,
    textOrNull<"vendor", &ServiceRecord::vendor>,
    field<"plan_id", &ServiceRecord::planId>,
    field<"media_ids", &ServiceRecord::mediaIds>,
    field<"created_by_user_id", &ServiceRecord::createdByUserId>,
    field<"created_at", &ServiceRecord::createdAt>,
};
FIELDDESK_JSON_FROM_FORM(ServiceRecord, kServiceRecordForm)

constexpr jsonform::Form kVehicleAssignmentForm{
    idOrNull<"id", &VehicleAssignment::id>,
    field<"vehicle_id", &VehicleAssignment::vehicleId>,
    field<"technician_id", &VehicleAssignment::technicianId>,
    field<"date", &VehicleAssignment::date>,
    field<"source", &VehicleAssignment::source>,
    field<"vehicle_name", &VehicleAssignment::vehicleName>,
    field<"plate", &VehicleAssignment::plate>,
    field<"technician_name", &VehicleAssignment::technicianName>,
    field<"vehicle_status", &VehicleAssignment::vehicleStatus>,
    field<"service_overdue", &VehicleAssignment::serviceOverdue>,
};
FIELDDESK_JSON_FROM_FORM(VehicleAssignment, kVehicleAssignmentForm)

constexpr jsonform::Form kVehicleAssignmentReferenceForm{
    field<"id", &VehicleAssignment::id>,
    field<"vehicle_id", &VehicleAssignment::vehicleId>,
    field<"technician_id", &VehicleAssignment::technicianId>,
    field<"date", &VehicleAssignment::date>,
};

void VehicleAssignment::writeReference(JsonWriter &w) const
{
    kVehicleAssignmentReferenceForm.write(w, *this);
}

constexpr jsonform::Form kMaintenanceDueItemForm{
    field<"vehicle_id", &MaintenanceDueItem::vehicleId>,
    field<"vehicle_name", &MaintenanceDueItem::vehicleName>,
    field<"plate", &MaintenanceDueItem::plate>,
    field<"location_id", &MaintenanceDueItem::locationId>,
    field<"plan_id", &MaintenanceDueItem::planId>,
    field<"plan_name", &MaintenanceDueItem::planName>,
    field<"odometer_km", &MaintenanceDueItem::odometerKm>,
    spliced<&MaintenanceDueItem::due>,
};
FIELDDESK_JSON_FROM_FORM(MaintenanceDueItem, kMaintenanceDueItemForm)

} // namespace fielddesk
