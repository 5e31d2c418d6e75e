// SQL for maintenance plans and service records (with their receipts, linked like an
// expense's), and the marks that say which due point of a plan its managers were told of.
#pragma once

#include "repositories/fleetrecords.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class MaintenanceRepository
{
public:
    explicit MaintenanceRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &planListSpec();
    static const ListSpec &recordListSpec();

    std::optional<MaintenancePlan> findPlan(qint64 tenantId, qint64 vehicleId, qint64 id);
    Page<MaintenancePlan> plans(qint64 tenantId, qint64 vehicleId, const ListQuery &query);
    // Every plan of these vehicles, by vehicle.
    QList<MaintenancePlan> plansOf(const QList<qint64> &vehicleIds);
    MaintenancePlan insertPlan(qint64 tenantId, MaintenancePlan plan);
    // Writes the plan with version + 1 if the stored version is still `version`.
    bool updatePlan(qint64 tenantId, MaintenancePlan &plan, qint64 version);
    void removePlan(qint64 tenantId, qint64 id);

    std::optional<ServiceRecord> findRecord(qint64 tenantId, qint64 vehicleId, qint64 id);
    Page<ServiceRecord> records(qint64 tenantId, qint64 vehicleId, const ListQuery &query);
    // Stores the record and links it to its receipts.
    ServiceRecord insertRecord(qint64 tenantId, ServiceRecord record);
    void removeRecord(qint64 tenantId, qint64 id);
    // Whether a service record of a vehicle at these locations (nullopt: any) has this media.
    bool anyRecordWithMedia(qint64 tenantId,
                            const std::optional<QList<qint64>> &visibleLocations,
                            qint64 mediaId);

    // (tenant, vehicle) of every vehicle not retired that has a plan, of every tenant.
    QList<std::pair<qint64, qint64>> plannedVehicles();
    // Notes that the plan's managers were told about this due point; false when they were.
    bool noteNotice(qint64 planId, const QString &duePoint);

private:
    Database &m_db;
};

} // namespace fielddesk::server
