// The fleet's rows as the API sends them (docs/fleet-api.md): vehicles, their odometer
// readings, maintenance plans and service records, and who drives which vehicle on a day.
// Plain values with their wire form; the due arithmetic lives in services/maintenancedue.h.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::server {

// active, in_service, retired.
QStringList allVehicleStatuses();
// petrol, diesel, electric, hybrid, other.
QStringList allVehicleFuels();
// manual, trip, service.
QStringList allOdometerSources();

// Where a maintenance plan stands on a day: its due point and how far away it is.
struct MaintenanceDue
{
    std::optional<qint64> dueKm;
    QDate dueOn;
    QDate estimatedDueOn; // when the vehicle is expected to reach dueKm
    std::optional<qint64> kmLeft;
    std::optional<qint64> daysLeft; // to the earlier of dueOn and estimatedDueOn
    bool overdue = false;

    // What names this due point for "notify once": a service moves it.
    QString duePoint() const;
};

// The plan due first, as a vehicle shows it.
struct NextMaintenance
{
    qint64 planId = 0;
    QString name;
    MaintenanceDue due;
};

struct Vehicle
{
    qint64 id = 0;
    QString name;
    QString plate;
    QString vin;
    QString make;
    QString model;
    std::optional<int> year; // unknown only for vehicles the migration made
    QString fuel = QStringLiteral("other");
    qint64 locationId = 0;
    QString status = QStringLiteral("active");
    QString notes;
    std::optional<qint64> odometerKm; // the latest reading by read_at
    QString odometerReadAt;
    std::optional<NextMaintenance> nextMaintenance;
    qint64 version = 1;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
};

// Plates compare ignoring case and spaces: "ab 12 cd" is "AB12CD".
QString plateKey(const QString &plate);

struct OdometerReading
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 readingKm = 0;
    QString readAt;
    QString source = QStringLiteral("manual");
    bool flagged = false;
    QString flagReason;
    std::optional<qint64> recordedByUserId;
    QString createdAt;

    void writeJson(JsonWriter &w) const;
};

struct MaintenancePlan
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QString name;
    std::optional<qint64> everyKm;
    std::optional<int> everyDays;
    std::optional<qint64> lastDoneKm;
    QString lastDoneOn; // YYYY-MM-DD or empty
    MaintenanceDue due; // computed for answers
    qint64 version = 1;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
};

struct ServiceRecord
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QString doneOn;
    qint64 odometerKm = 0;
    QString description;
    qint64 costMinor = 0;
    QString currency;
    QString vendor;
    std::optional<qint64> planId;
    QList<qint64> mediaIds;
    std::optional<qint64> readingId; // the odometer reading it recorded
    std::optional<qint64> createdByUserId;
    QString createdAt;

    void writeJson(JsonWriter &w) const;
};

// A vehicle driven by a technician on a day: assigned, or the technician's default vehicle
// (id 0 then).
struct VehicleAssignment
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 technicianId = 0;
    QString date; // YYYY-MM-DD
    QString source = QStringLiteral("assigned");
    QString vehicleName;
    QString plate;
    QString technicianName;
    QString vehicleStatus;
    qint64 locationId = 0; // the vehicle's
    bool serviceOverdue = false;

    void writeJson(JsonWriter &w) const;
    // {id, vehicle_id, technician_id, date}: what conflicts and removals name.
    void writeReference(JsonWriter &w) const;
};

// One line of GET /maintenance/due.
struct MaintenanceDueItem
{
    qint64 vehicleId = 0;
    QString vehicleName;
    QString plate;
    qint64 locationId = 0;
    qint64 planId = 0;
    QString planName;
    std::optional<qint64> odometerKm;
    MaintenanceDue due;

    void writeJson(JsonWriter &w) const;
};

struct MaintenanceDueList
{
    QList<MaintenanceDueItem> items;

    void writeJson(JsonWriter &w) const;
};

// What approving a critical repair did to its vehicle.
struct VehicleEffects
{
    qint64 vehicleId = 0;
    QString status;
    QList<VehicleAssignment> removedAssignments;

    void writeJson(JsonWriter &w) const;
};

} // namespace fielddesk::server
