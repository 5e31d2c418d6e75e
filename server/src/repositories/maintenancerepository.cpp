#include "repositories/maintenancerepository.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/mediarepository.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const QString kRecordMediaLinks = QStringLiteral("service_record_media");
const QString kRecordMediaKey = QStringLiteral("service_record_id");

const Table<MaintenancePlan> &planTable()
{
    static const Table<MaintenancePlan> table(
        QStringLiteral("maintenance_plans"),
        {column(QStringLiteral("id"), &MaintenancePlan::id, ColumnWrite::Never),
         column(QStringLiteral("vehicle_id"), &MaintenancePlan::vehicleId, ColumnWrite::OnInsert),
         column(QStringLiteral("name"), &MaintenancePlan::name),
         column(QStringLiteral("every_km"), &MaintenancePlan::everyKm),
         column(QStringLiteral("every_days"), &MaintenancePlan::everyDays),
         column(QStringLiteral("last_done_km"), &MaintenancePlan::lastDoneKm),
         column(QStringLiteral("last_done_on"), &MaintenancePlan::lastDoneOn),
         column(QStringLiteral("version"), &MaintenancePlan::version),
         column(QStringLiteral("created_at"), &MaintenancePlan::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &MaintenancePlan::updatedAt)},
        QStringLiteral("p"));
    return table;
}

const Table<ServiceRecord> &recordTable()
{
    static const Table<ServiceRecord> table(
        QStringLiteral("service_records"),
        {column(QStringLiteral("id"), &ServiceRecord::id, ColumnWrite::Never),
         column(QStringLiteral("vehicle_id"), &ServiceRecord::vehicleId, ColumnWrite::OnInsert),
         column(QStringLiteral("done_on"), &ServiceRecord::doneOn),
         column(QStringLiteral("odometer_km"), &ServiceRecord::odometerKm),
         column(QStringLiteral("description"), &ServiceRecord::description),
         column(QStringLiteral("cost_minor"), &ServiceRecord::costMinor),
         column(QStringLiteral("currency"), &ServiceRecord::currency),
         column(QStringLiteral("vendor"), &ServiceRecord::vendor),
         column(QStringLiteral("plan_id"), &ServiceRecord::planId),
         textColumn(QStringLiteral("media_ids"), &ServiceRecord::mediaIds, mediaIdsFromJson,
                    mediaIdsJson),
         column(QStringLiteral("reading_id"), &ServiceRecord::readingId),
         column(QStringLiteral("created_by"), &ServiceRecord::createdByUserId,
                ColumnWrite::OnInsert),
         column(QStringLiteral("created_at"), &ServiceRecord::createdAt, ColumnWrite::OnInsert)},
        QStringLiteral("s"));
    return table;
}

} // namespace

const ListSpec &MaintenanceRepository::planListSpec()
{
    const Table<MaintenancePlan> &table = planTable();
    static const ListSpec spec{table.orderable({QStringLiteral("name"), QStringLiteral("id")}),
                               QStringLiteral("name"),
                               {},
                               {},
                               {},
                               table.qualified(QStringLiteral("id"))};
    return spec;
}

const ListSpec &MaintenanceRepository::recordListSpec()
{
    const Table<ServiceRecord> &table = recordTable();
    static const ListSpec spec{table.orderable({QStringLiteral("done_on"), QStringLiteral("id")}),
                               QStringLiteral("-done_on"),
                               {},
                               {table.filter(QStringLiteral("plan_id"), FilterType::Integer)},
                               {},
                               table.qualified(QStringLiteral("id"))};
    return spec;
}

std::optional<MaintenancePlan>
MaintenanceRepository::findPlan(qint64 tenantId, qint64 vehicleId, qint64 id)
{
    return planTable().findWhere(
        m_db, QStringLiteral("p.tenant_id = ? AND p.vehicle_id = ? AND p.id = ?"),
        {tenantId, vehicleId, id});
}

Page<MaintenancePlan>
MaintenanceRepository::plans(qint64 tenantId, qint64 vehicleId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("p.tenant_id = ? AND p.vehicle_id = ?"), {tenantId, vehicleId})
        .apply(query, planListSpec());
    return planTable().page(m_db, filter, query);
}

QList<MaintenancePlan> MaintenanceRepository::plansOf(const QList<qint64> &vehicleIds)
{
    if (vehicleIds.isEmpty())
        return {};
    SqlFilter filter;
    filter.whereIn(QStringLiteral("p.vehicle_id"), vehicleIds);
    return planTable().all(m_db, filter, QStringLiteral("p.vehicle_id, p.id"));
}

MaintenancePlan MaintenanceRepository::insertPlan(qint64 tenantId, MaintenancePlan plan)
{
    plan.createdAt = plan.updatedAt = nowTimestamp();
    plan.version = 1;
    plan.id = planTable().insert(m_db, plan, {{QStringLiteral("tenant_id"), tenantId}});
    return plan;
}

bool MaintenanceRepository::updatePlan(qint64 tenantId, MaintenancePlan &plan, qint64 version)
{
    plan.version = version + 1;
    return planTable().updateAtVersion(m_db, plan, tenantId, version);
}

void MaintenanceRepository::removePlan(qint64 tenantId, qint64 id)
{
    planTable().remove(m_db, tenantId, id);
}

std::optional<ServiceRecord>
MaintenanceRepository::findRecord(qint64 tenantId, qint64 vehicleId, qint64 id)
{
    return recordTable().findWhere(
        m_db, QStringLiteral("s.tenant_id = ? AND s.vehicle_id = ? AND s.id = ?"),
        {tenantId, vehicleId, id});
}

Page<ServiceRecord>
MaintenanceRepository::records(qint64 tenantId, qint64 vehicleId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("s.tenant_id = ? AND s.vehicle_id = ?"), {tenantId, vehicleId})
        .apply(query, recordListSpec());
    return recordTable().page(m_db, filter, query);
}

ServiceRecord MaintenanceRepository::insertRecord(qint64 tenantId, ServiceRecord record)
{
    record.createdAt = nowTimestamp();
    record.id = recordTable().insert(m_db, record, {{QStringLiteral("tenant_id"), tenantId}});
    MediaRepository(m_db).link(kRecordMediaLinks, kRecordMediaKey, record.id, record.mediaIds);
    return record;
}

void MaintenanceRepository::removeRecord(qint64 tenantId, qint64 id)
{
    recordTable().remove(m_db, tenantId, id);
}

bool MaintenanceRepository::anyRecordWithMedia(qint64 tenantId,
                                               const std::optional<QList<qint64>> &visibleLocations,
                                               qint64 mediaId)
{
    SqlFilter filter;
    filter.where(QStringLiteral("s.tenant_id = ? AND m.media_id = ?"), {tenantId, mediaId});
    if (visibleLocations)
        filter.whereIn(QStringLiteral("v.location_id"), *visibleLocations);
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM service_records s JOIN service_record_media m "
                                    "ON m.service_record_id = s.id JOIN vehicles v ON v.id = "
                                    "s.vehicle_id") +
                         filter.clause() + QStringLiteral(" LIMIT 1"));
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    return q.next();
}

QList<std::pair<qint64, qint64>> MaintenanceRepository::plannedVehicles()
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT v.tenant_id, v.id FROM vehicles v JOIN "
                                    "maintenance_plans p ON p.vehicle_id = v.id WHERE v.status "
                                    "<> 'retired' ORDER BY v.tenant_id, v.id"));
    q.exec();
    QList<std::pair<qint64, qint64>> list;
    while (q.next())
        list.append({q.integer(0), q.integer(1)});
    return list;
}

bool MaintenanceRepository::noteNotice(qint64 planId, const QString &duePoint)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO maintenance_notices (plan_id, due_point, "
                                    "notified_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.bind(planId).bind(duePoint).bind(nowTimestamp()).exec();
    return q.rowsAffected() == 1;
}

} // namespace fielddesk::server
