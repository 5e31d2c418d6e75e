// SQL for the service catalogue (table services): what a job can be, with its defaults.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

#include <QSet>

#include <optional>

namespace fielddesk::server {

class ServiceTypeRepository
{
public:
    explicit ServiceTypeRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<ServiceType> find(qint64 tenantId, qint64 id);
    Page<ServiceType> list(qint64 tenantId, const ListQuery &query);
    // requiredSkillId: the id of service.requiredSkill, resolved by the caller.
    ServiceType insert(qint64 tenantId, ServiceType service, std::optional<qint64> requiredSkillId);
    void update(qint64 tenantId, const ServiceType &service, std::optional<qint64> requiredSkillId);
    void remove(qint64 tenantId, qint64 id);
    // The services of this tenant that weather spoils.
    QSet<qint64> weatherSensitiveIds(qint64 tenantId);

private:
    Database &m_db;
};

} // namespace fielddesk::server
