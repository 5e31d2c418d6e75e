// SQL for technicians (a dispatchable profile of an employee user) and their availability
// periods (time off, ad-hoc unavailability).
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

struct TechnicianScope
{
    std::optional<QList<qint64>> locationIds; // nullopt: every location of the tenant
    std::optional<qint64> userId;             // only this user's profile (employees)
};

class TechnicianRepository
{
public:
    explicit TechnicianRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec(); // extra parameter: skill

    std::optional<Technician> find(qint64 tenantId, qint64 id);
    std::optional<Technician> findByUser(qint64 tenantId, qint64 userId);
    Page<Technician> list(qint64 tenantId, const TechnicianScope &scope, const ListQuery &query);
    // Every active technician of the given locations (for schedules and routing).
    QList<Technician> activeAt(qint64 tenantId, const QList<qint64> &locationIds);
    Technician insert(qint64 tenantId, Technician technician);
    void update(qint64 tenantId, const Technician &technician);
    void remove(qint64 tenantId, qint64 id);

    QList<AvailabilityPeriod>
    availability(qint64 technicianId, const QString &from, const QString &to);
    std::optional<AvailabilityPeriod>
    findAvailability(qint64 tenantId, qint64 technicianId, qint64 id);
    AvailabilityPeriod insertAvailability(qint64 tenantId, AvailabilityPeriod period);
    void removeAvailability(qint64 tenantId, qint64 id);

private:
    QList<Technician> select(const SqlFilter &filter, const QString &tail);
    void loadSkills(QList<Technician> &technicians);

    Database &m_db;
};

} // namespace fielddesk::server
