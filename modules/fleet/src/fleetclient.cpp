#include "fielddesk/fleet/fleetclient.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apirequest.h"
#include "fielddesk/client/pagedlist.h"
#include "fielddesk/domain/timestamps.h"

#include <QUrlQuery>

namespace fielddesk::fleet {

namespace {

QString vehiclePath(qint64 vehicleId)
{
    return QStringLiteral("/api/v1/vehicles/%1").arg(vehicleId);
}

} // namespace

FleetClient::FleetClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

template<class T>
void FleetClient::listAll(const QString &path, QObject *context, Callback<QList<T>> callback)
{
    const QChar joiner = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    client::listEveryPage<T>(
        m_api,
        [path, joiner](int limit, int offset) {
            return path + joiner + QStringLiteral("limit=%1&offset=%2").arg(limit).arg(offset);
        },
        kPageSize, context, std::move(callback));
}

void FleetClient::remove(const QString &path, QObject *context, Callback<client::Done> callback)
{
    m_api->send(client::ApiRequest::remove(path), context,
                [callback = std::move(callback)](const client::ApiResponse &r) {
                    callback(r.ok() ? client::ApiResult<client::Done>(client::Done{})
                                    : client::ApiResult<client::Done>(*r.error));
                });
}

void FleetClient::vehicles(const QString &search,
                           const QString &statuses,
                           QObject *context,
                           Callback<QList<Vehicle>> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ordering"), QStringLiteral("name"));
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("search"), search.trimmed());
    if (!statuses.isEmpty())
        query.addQueryItem(QStringLiteral("status"), statuses);
    listAll<Vehicle>(QStringLiteral("/api/v1/vehicles?") + query.toString(QUrl::FullyEncoded),
                     context, std::move(callback));
}

void FleetClient::vehicle(qint64 vehicleId, QObject *context, Callback<Vehicle> callback)
{
    m_api->get(vehiclePath(vehicleId), context,
               client::readingRecord<Vehicle>(std::move(callback)));
}

void FleetClient::createVehicle(const Vehicle &draft, QObject *context, Callback<Vehicle> callback)
{
    m_api->post(QStringLiteral("/api/v1/vehicles"), vehicleBody(draft), context,
                client::readingRecord<Vehicle>(std::move(callback)));
}

void FleetClient::updateVehicle(const Vehicle &vehicle,
                                QObject *context,
                                Callback<Vehicle> callback)
{
    QJsonObject body = vehicleBody(vehicle);
    body.insert(QStringLiteral("expected_version"), vehicle.version);
    m_api->send(client::ApiRequest::patch(vehiclePath(vehicle.id), body), context,
                client::readingRecord<Vehicle>(std::move(callback)));
}

void FleetClient::readings(qint64 vehicleId,
                           QObject *context,
                           Callback<QList<OdometerReading>> callback)
{
    listAll<OdometerReading>(vehiclePath(vehicleId) + QStringLiteral("/odometer?ordering=-read_at"),
                             context, std::move(callback));
}

void FleetClient::recordReading(qint64 vehicleId,
                                qint64 readingKm,
                                const QDateTime &readAt,
                                QObject *context,
                                Callback<OdometerReading> callback)
{
    const QJsonObject body{{QStringLiteral("reading_km"), readingKm},
                           {QStringLiteral("read_at"), toTimestamp(readAt)},
                           {QStringLiteral("source"), QStringLiteral("manual")}};
    m_api->post(vehiclePath(vehicleId) + QStringLiteral("/odometer"), body, context,
                client::readingRecord<OdometerReading>(std::move(callback)));
}

void FleetClient::plans(qint64 vehicleId,
                        QObject *context,
                        Callback<QList<MaintenancePlan>> callback)
{
    listAll<MaintenancePlan>(vehiclePath(vehicleId) + QStringLiteral("/maintenance-plans"), context,
                             std::move(callback));
}

void FleetClient::savePlan(qint64 vehicleId,
                           const MaintenancePlan &plan,
                           QObject *context,
                           Callback<MaintenancePlan> callback)
{
    const QString plans = vehiclePath(vehicleId) + QStringLiteral("/maintenance-plans");
    if (plan.id == 0) {
        m_api->post(plans, planBody(plan), context,
                    client::readingRecord<MaintenancePlan>(std::move(callback)));
        return;
    }
    m_api->send(
        client::ApiRequest::patch(plans + QStringLiteral("/%1").arg(plan.id), planBody(plan)),
        context, client::readingRecord<MaintenancePlan>(std::move(callback)));
}

void FleetClient::removePlan(qint64 vehicleId,
                             qint64 planId,
                             QObject *context,
                             Callback<client::Done> callback)
{
    remove(vehiclePath(vehicleId) + QStringLiteral("/maintenance-plans/%1").arg(planId), context,
           std::move(callback));
}

void FleetClient::serviceRecords(qint64 vehicleId,
                                 QObject *context,
                                 Callback<QList<ServiceRecord>> callback)
{
    listAll<ServiceRecord>(vehiclePath(vehicleId) + QStringLiteral("/service-records"), context,
                           std::move(callback));
}

void FleetClient::recordService(qint64 vehicleId,
                                const ServiceRecord &record,
                                QObject *context,
                                Callback<ServiceRecord> callback)
{
    m_api->post(vehiclePath(vehicleId) + QStringLiteral("/service-records"),
                serviceRecordBody(record), context,
                client::readingRecord<ServiceRecord>(std::move(callback)));
}

void FleetClient::maintenanceDue(int withinDays,
                                 int withinKm,
                                 QObject *context,
                                 Callback<QList<MaintenanceDueItem>> callback)
{
    m_api->get(QStringLiteral("/api/v1/maintenance/due?within_days=%1&within_km=%2")
                   .arg(withinDays)
                   .arg(withinKm),
               context, client::readingResults<MaintenanceDueItem>(std::move(callback)));
}

void FleetClient::assignments(const QDate &date,
                              std::optional<qint64> locationId,
                              QObject *context,
                              Callback<QList<VehicleAssignment>> callback)
{
    QString path =
        QStringLiteral("/api/v1/vehicle-assignments?date=%1").arg(date.toString(Qt::ISODate));
    if (locationId)
        path += QStringLiteral("&location_id=%1").arg(*locationId);
    // One answer holds the whole range: no paged list (the server takes no limit or offset).
    m_api->get(path, context, client::readingResults<VehicleAssignment>(std::move(callback)));
}

void FleetClient::assign(qint64 vehicleId,
                         qint64 technicianId,
                         const QDate &date,
                         QObject *context,
                         Callback<VehicleAssignment> callback)
{
    const QJsonObject body{{QStringLiteral("vehicle_id"), vehicleId},
                           {QStringLiteral("technician_id"), technicianId},
                           {QStringLiteral("date"), date.toString(Qt::ISODate)}};
    m_api->post(QStringLiteral("/api/v1/vehicle-assignments"), body, context,
                client::readingRecord<VehicleAssignment>(std::move(callback)));
}

void FleetClient::unassign(qint64 assignmentId, QObject *context, Callback<client::Done> callback)
{
    remove(QStringLiteral("/api/v1/vehicle-assignments/%1").arg(assignmentId), context,
           std::move(callback));
}

void FleetClient::technicians(QObject *context, Callback<QList<Technician>> callback)
{
    listAll<Technician>(QStringLiteral("/api/v1/technicians?active=true"), context,
                        std::move(callback));
}

void FleetClient::locations(QObject *context, Callback<QList<Location>> callback)
{
    listAll<Location>(QStringLiteral("/api/v1/locations"), context, std::move(callback));
}

void FleetClient::tenant(QObject *context, Callback<Tenant> callback)
{
    m_api->get(QStringLiteral("/api/v1/tenants/current"), context,
               client::readingRecord<Tenant>(std::move(callback)));
}

} // namespace fielddesk::fleet
