// The fleet's rules (docs/fleet-api.md): who sees and changes which vehicle; odometer readings
// that only ever go up in read_at order (a lower reading after a higher one is refused naming
// both; a jump of more than 2,000 km a day is kept but flagged); maintenance plans, service
// records that reset their plan and record a reading, what is due (services/maintenancedue.h)
// and the notification to the location's managers when a plan falls due. Every change is
// audited.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "repositories/fleetrecords.h"
#include "services/callcontext.h"
#include "storage/page.h"

#include <QDateTime>

namespace fielddesk::server {

class EventNotifier;
class Transaction;

struct VehicleFields
{
    Patch<QString> name;
    Patch<QString> plate;
    NullablePatch<QString> vin;
    Patch<QString> make;
    Patch<QString> model;
    Patch<int> year;
    Patch<QString> fuel;
    Patch<qint64> locationId;
    Patch<QString> status;
    NullablePatch<QString> notes;
};

struct VehicleUpdate
{
    VehicleFields fields;
    std::optional<qint64> expectedVersion;
};

struct OdometerEntry
{
    qint64 readingKm = 0;
    QDateTime readAt;
    QString source = QStringLiteral("manual");
};

struct MaintenancePlanFields
{
    Patch<QString> name;
    NullablePatch<qint64> everyKm;
    NullablePatch<int> everyDays;
    NullablePatch<qint64> lastDoneKm;
    NullablePatch<QDate> lastDoneOn;
    std::optional<qint64> expectedVersion;
};

struct ServiceRecordDraft
{
    QDate doneOn;
    qint64 odometerKm = 0;
    QString description;
    qint64 costMinor = 0;
    std::optional<QString> currency; // default: the tenant's
    QString vendor;
    std::optional<qint64> planId;
    QList<qint64> mediaIds;
};

class VehicleService
{
public:
    static constexpr qint64 kMostKmPerDay = 2000; // more is flagged for review
    static constexpr int kMostSecondsAhead = 5 * 60;

    VehicleService(Database &db, EventNotifier &events)
        : m_db(db)
        , m_events(events)
    {}

    Result<Page<Vehicle>> list(const Principal &caller, const ListQuery &query);
    Result<Vehicle> get(const Principal &caller, qint64 id);
    Result<Vehicle> create(const CallContext &call, const VehicleFields &fields);
    Result<Vehicle> update(const CallContext &call, qint64 id, const VehicleUpdate &update);
    Status remove(const CallContext &call, qint64 id);

    // from/to: UTC timestamps or empty.
    Result<Page<OdometerReading>> readings(const Principal &caller,
                                           qint64 vehicleId,
                                           const QString &from,
                                           const QString &to,
                                           const ListQuery &query);
    Result<OdometerReading>
    recordReading(const CallContext &call, qint64 vehicleId, const OdometerEntry &entry);
    Status removeReading(const CallContext &call, qint64 vehicleId, qint64 id);

    Result<Page<MaintenancePlan>>
    plans(const Principal &caller, qint64 vehicleId, const ListQuery &query);
    Result<MaintenancePlan> plan(const Principal &caller, qint64 vehicleId, qint64 id);
    Result<MaintenancePlan>
    createPlan(const CallContext &call, qint64 vehicleId, const MaintenancePlanFields &fields);
    Result<MaintenancePlan> updatePlan(const CallContext &call,
                                       qint64 vehicleId,
                                       qint64 id,
                                       const MaintenancePlanFields &fields);
    Status removePlan(const CallContext &call, qint64 vehicleId, qint64 id);

    Result<Page<ServiceRecord>>
    records(const Principal &caller, qint64 vehicleId, const ListQuery &query);
    Result<ServiceRecord> record(const Principal &caller, qint64 vehicleId, qint64 id);
    Result<ServiceRecord>
    createRecord(const CallContext &call, qint64 vehicleId, const ServiceRecordDraft &draft);
    Status removeRecord(const CallContext &call, qint64 vehicleId, qint64 id);

    // What is overdue or due within the days or kilometres, most urgent first.
    Result<MaintenanceDueList>
    due(const Principal &caller, int withinDays, qint64 withinKm, std::optional<qint64> locationId);

    // Tells the managers of every vehicle's location about plans that fell due since they
    // were last told (the hourly check); how many notices it raised.
    int noticeDueEverywhere();

    // The vehicle's plans as of today on its clock, with their due points.
    static QList<MaintenancePlan>
    plansWithDue(Database &db, qint64 tenantId, const Vehicle &vehicle);
    // Approving a critical repair: the vehicle goes in_service and loses its assignments from
    // today on (inside the caller's transaction, audited).
    static VehicleEffects sendToService(Database &db, const CallContext &call, qint64 vehicleId);
    // Raises maintenance.due to the vehicle's location's managers for its plans that fell due
    // and were not noticed at that due point yet (inside the caller's transaction); how many.
    static int noticeDue(Database &db, const CallContext &call, const Vehicle &vehicle);
    // Whether the caller may see this vehicle: 404 otherwise.
    static Result<Vehicle> visibleVehicle(Database &db, const Principal &caller, qint64 id);

private:
    Result<Vehicle> editable(const Principal &caller, qint64 id);
    // An employee's vehicle of the day of `at` (assigned, or the default one): 404 for a
    // vehicle they never drive, 403 naming the day for one they see but did not drive then.
    Result<Vehicle> vehicleDrivenOn(const Principal &caller, qint64 vehicleId, const QDateTime &at);
    std::optional<Failure> checkVehicle(const Principal &caller, const Vehicle &vehicle);
    // The monotonic rule and the jump flag, then the insert and its audit row; `field` is what
    // a 422 names.
    Result<OdometerReading> addReading(const CallContext &call,
                                       const Vehicle &vehicle,
                                       const OdometerEntry &entry,
                                       const QString &field);
    // Raises what fell due with this change (noticeDue), commits and wakes the event hub.
    void commitNoticing(Transaction &tx, const CallContext &call, qint64 vehicleId);
    Vehicle withNextMaintenance(qint64 tenantId, Vehicle vehicle);
    MaintenancePlan withDue(qint64 tenantId, const Vehicle &vehicle, MaintenancePlan plan);

    Database &m_db;
    EventNotifier &m_events;
};

} // namespace fielddesk::server
