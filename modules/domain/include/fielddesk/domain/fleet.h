// The fleet as the API sends it (docs/fleet-api.md): vehicles with their latest odometer and
// next maintenance, odometer readings, maintenance plans and service records, the maintenance
// due list and who drives which vehicle on a day. writeJson is the wire form (server side),
// fromJson reads it back (console); both walk one description (jsonform.h). The due
// arithmetic lives in the server's MaintenanceDueRule. Depends on QtCore only.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

// active, in_service, retired.
QStringList allVehicleStatuses();
// petrol, diesel, electric, hybrid, other.
QStringList allVehicleFuels();
// manual, trip, service.
QStringList allOdometerSources();

// Plates compare ignoring case and spaces: "ab 12 cd" is "AB12CD".
QString plateKey(const QString &plate);

// Where a maintenance plan stands on a day: its due point and how far away it is. Written as
// members of the object that holds it (a plan, a due list's line, a vehicle's next maintenance).
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

    void writeJsonMembers(JsonWriter &w) const;
    static MaintenanceDue fromJson(const QJsonObject &o);
};

// The plan of a vehicle due first.
struct NextMaintenance
{
    qint64 planId = 0;
    QString name;
    MaintenanceDue due;

    void writeJson(JsonWriter &w) const;
    static NextMaintenance fromJson(const QJsonObject &o);
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
    std::optional<qint64> odometerKm; // the latest reading by read_at (read-only)
    QString odometerReadAt;
    std::optional<NextMaintenance> nextMaintenance; // read-only
    qint64 version = 1;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Vehicle fromJson(const QJsonObject &o);
};

struct OdometerReading
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 readingKm = 0;
    QString readAt; // ISO 8601 UTC
    QString source = QStringLiteral("manual");
    bool flagged = false;
    QString flagReason;
    std::optional<qint64> recordedByUserId;
    QString createdAt;

    void writeJson(JsonWriter &w) const;
    static OdometerReading fromJson(const QJsonObject &o);
};

struct MaintenancePlan
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QString name;
    std::optional<qint64> everyKm;
    std::optional<int> everyDays;
    std::optional<qint64> lastDoneKm;
    QDate lastDoneOn;   // invalid: never (null)
    MaintenanceDue due; // worked out for answers
    qint64 version = 1;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static MaintenancePlan fromJson(const QJsonObject &o);
};

struct ServiceRecord
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QDate doneOn;
    qint64 odometerKm = 0;
    QString description;
    qint64 costMinor = 0;
    QString currency;
    QString vendor;
    std::optional<qint64> planId;
    QList<qint64> mediaIds;
    std::optional<qint64> readingId; // the odometer reading it recorded (not sent)
    std::optional<qint64> createdByUserId;
    QString createdAt;

    void writeJson(JsonWriter &w) const;
    static ServiceRecord fromJson(const QJsonObject &o);
};

// A vehicle driven by a technician on a day: assigned, or the technician's default vehicle
// filling a day without an assignment (id 0, null on the wire; source "default").
struct VehicleAssignment
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 technicianId = 0;
    QDate date;
    QString source = QStringLiteral("assigned");
    QString vehicleName;
    QString plate;
    QString technicianName;
    QString vehicleStatus;
    qint64 locationId = 0; // the vehicle's (not sent)
    bool serviceOverdue = false;

    bool isDefault() const { return source == QLatin1String("default"); }

    void writeJson(JsonWriter &w) const;
    static VehicleAssignment fromJson(const QJsonObject &o);
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
    static MaintenanceDueItem fromJson(const QJsonObject &o);
};

} // namespace fielddesk
