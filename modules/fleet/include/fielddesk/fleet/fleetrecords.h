// The fleet's records as the console reads them from the API (docs/fleet-api.md): vehicles with
// their latest odometer and next maintenance, odometer readings, maintenance plans, service
// records, the maintenance due list and who drives what on a day. Values only, read with
// fromJson. Part of fielddesk_fleet: QtCore only.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::fleet {

// The plan of a vehicle due first.
struct NextMaintenance
{
    qint64 planId = 0;
    QString name;
    QDate dueOn;
    std::optional<qint64> dueKm;
    QDate estimatedDueOn;
    bool overdue = false;

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
    int year = 0;
    QString fuel = QStringLiteral("diesel");   // petrol|diesel|electric|hybrid|other
    QString status = QStringLiteral("active"); // active|in_service|retired
    qint64 locationId = 0;
    QString notes;
    std::optional<qint64> odometerKm;
    QString odometerReadAt;
    std::optional<NextMaintenance> nextMaintenance;
    qint64 version = 0;

    // The API body of a new or changed vehicle (its editable fields).
    QJsonObject toJson() const;
    static Vehicle fromJson(const QJsonObject &o);
};

struct OdometerReading
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 readingKm = 0;
    QDateTime readAt;
    QString source; // manual|trip|service
    bool flagged = false;
    QString flagReason;

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
    QDate lastDoneOn;
    std::optional<qint64> dueKm;
    QDate dueOn;
    QDate estimatedDueOn;
    std::optional<qint64> kmLeft;
    std::optional<int> daysLeft;
    bool overdue = false;
    qint64 version = 0;

    // The API body of a new or changed plan (absent values as null).
    QJsonObject toJson() const;
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

    QJsonObject toJson() const;
    static ServiceRecord fromJson(const QJsonObject &o);
};

// One row of GET /maintenance/due.
struct DueItem
{
    qint64 vehicleId = 0;
    QString vehicleName;
    QString plate;
    qint64 planId = 0;
    QString planName;
    QDate dueOn;
    std::optional<qint64> dueKm;
    std::optional<qint64> odometerKm;
    QDate estimatedDueOn;
    std::optional<int> daysLeft;
    std::optional<qint64> kmLeft;
    bool overdue = false;

    static DueItem fromJson(const QJsonObject &o);
};

// Who drives a vehicle on a day: an assignment, or the technician's default vehicle filling a
// day without one (no id).
struct VehicleAssignment
{
    std::optional<qint64> id;
    qint64 vehicleId = 0;
    qint64 technicianId = 0;
    QDate date;
    bool isDefault = false;
    QString vehicleName;
    QString plate;
    QString technicianName;
    QString vehicleStatus;
    bool serviceOverdue = false;

    static VehicleAssignment fromJson(const QJsonObject &o);
};

} // namespace fielddesk::fleet
