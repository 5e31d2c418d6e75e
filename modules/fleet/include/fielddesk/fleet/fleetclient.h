// What the console asks of the fleet endpoints (docs/fleet-api.md): vehicles, their odometer
// readings, maintenance plans and service records, the maintenance due list and who drives
// what on a day, with the technicians and locations the day board needs. Typed answers; a
// refusal comes back as the server's ApiError (its detail says why).
// Part of fielddesk_fleet: QtCore and fielddesk_client, no widgets.
#pragma once

#include "fielddesk/client/apiresult.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/fleet/fleetrecords.h"

#include <QObject>

#include <functional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::fleet {

class FleetClient : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const client::ApiResult<T> &)>;

    static constexpr int kPageSize = 200;

    explicit FleetClient(client::ApiClient *api, QObject *parent = nullptr);

    client::ApiClient *api() const { return m_api; }

    // Each callback runs once, unless context is destroyed first.
    // Every vehicle matching the text (name, plate, make, model, VIN) and statuses (comma
    // list; empty: all), by name.
    void vehicles(const QString &search,
                  const QString &statuses,
                  QObject *context,
                  Callback<QList<Vehicle>> callback);
    void vehicle(qint64 vehicleId, QObject *context, Callback<Vehicle> callback);
    void createVehicle(const Vehicle &draft, QObject *context, Callback<Vehicle> callback);
    // PATCH with the vehicle's version (a stale one is refused).
    void updateVehicle(const Vehicle &vehicle, QObject *context, Callback<Vehicle> callback);

    // Newest first.
    void readings(qint64 vehicleId, QObject *context, Callback<QList<OdometerReading>> callback);
    void recordReading(qint64 vehicleId,
                       qint64 readingKm,
                       const QDateTime &readAt,
                       QObject *context,
                       Callback<OdometerReading> callback);

    void plans(qint64 vehicleId, QObject *context, Callback<QList<MaintenancePlan>> callback);
    // A new plan (id 0) or a change of one.
    void savePlan(qint64 vehicleId,
                  const MaintenancePlan &plan,
                  QObject *context,
                  Callback<MaintenancePlan> callback);
    void
    removePlan(qint64 vehicleId, qint64 planId, QObject *context, Callback<client::Done> callback);

    void
    serviceRecords(qint64 vehicleId, QObject *context, Callback<QList<ServiceRecord>> callback);
    void recordService(qint64 vehicleId,
                       const ServiceRecord &record,
                       QObject *context,
                       Callback<ServiceRecord> callback);

    // The plans overdue or due within those days or kilometres, most urgent first.
    void maintenanceDue(int withinDays,
                        int withinKm,
                        QObject *context,
                        Callback<QList<MaintenanceDueItem>> callback);

    // Who drives what on the day (assignments and the defaults filling the day).
    void assignments(const QDate &date,
                     std::optional<qint64> locationId,
                     QObject *context,
                     Callback<QList<VehicleAssignment>> callback);
    void assign(qint64 vehicleId,
                qint64 technicianId,
                const QDate &date,
                QObject *context,
                Callback<VehicleAssignment> callback);
    void unassign(qint64 assignmentId, QObject *context, Callback<client::Done> callback);

    void technicians(QObject *context, Callback<QList<Technician>> callback);
    void locations(QObject *context, Callback<QList<Location>> callback);
    // The tenant (its currency is what service costs are in unless they say otherwise).
    void tenant(QObject *context, Callback<Tenant> callback);

private:
    template<class T>
    void listAll(const QString &path, QObject *context, Callback<QList<T>> callback);
    void remove(const QString &path, QObject *context, Callback<client::Done> callback);

    client::ApiClient *m_api;
};

} // namespace fielddesk::fleet
