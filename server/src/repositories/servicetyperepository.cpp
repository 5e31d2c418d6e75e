#include "repositories/servicetyperepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

namespace {

const QString kServiceTypeColumns = QStringLiteral(
    "v.id, v.name, v.description, v.duration_min, v.price, v.priority, COALESCE(s.name, ''), "
    "v.active, v.created_at, v.updated_at");
const QString kServiceTypeFrom =
    QStringLiteral("services v LEFT JOIN skills s ON s.id = v.required_skill_id");

ServiceType readService(const SqlQuery &q)
{
    ServiceType s;
    s.id = q.integer(0);
    s.name = q.text(1);
    s.description = q.text(2);
    s.durationMin = int(q.integer(3));
    s.price = q.number(4);
    s.priority = int(q.integer(5));
    s.requiredSkill = q.text(6);
    s.active = q.integer(7) != 0;
    s.createdAt = q.text(8);
    s.updatedAt = q.text(9);
    return s;
}

} // namespace

const ListSpec &ServiceTypeRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("v.id")},
         {QStringLiteral("name"), QStringLiteral("v.name")},
         {QStringLiteral("duration_min"), QStringLiteral("v.duration_min")},
         {QStringLiteral("price"), QStringLiteral("v.price")},
         {QStringLiteral("priority"), QStringLiteral("v.priority")}},
        QStringLiteral("name"),
        {QStringLiteral("v.name"), QStringLiteral("v.description")},
        {{QStringLiteral("active"), QStringLiteral("v.active"), FilterType::Boolean, false, {}},
         {QStringLiteral("required_skill"), QStringLiteral("s.name"), FilterType::Text, true, {}}},
        {},
        QStringLiteral("v.id")};
    return spec;
}

std::optional<ServiceType> ServiceTypeRepository::find(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kServiceTypeColumns + QStringLiteral(" FROM ") +
                         kServiceTypeFrom + QStringLiteral(" WHERE v.tenant_id = ? AND v.id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readService(q);
}

Page<ServiceType> ServiceTypeRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("v.tenant_id = ?"), {tenantId}).apply(query, listSpec());
    return selectPage<ServiceType>(m_db, kServiceTypeColumns, kServiceTypeFrom, filter, query,
                                   readService);
}

ServiceType ServiceTypeRepository::insert(qint64 tenantId,
                                          ServiceType service,
                                          std::optional<qint64> requiredSkillId)
{
    service.createdAt = service.updatedAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO services (tenant_id, name, description, "
                                    "duration_min, price, priority, required_skill_id, active, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"));
    q.bind(tenantId)
        .bind(service.name)
        .bind(service.description)
        .bind(service.durationMin)
        .bind(service.price)
        .bind(service.priority)
        .bind(nullableId(requiredSkillId))
        .bind(service.active ? 1 : 0)
        .bind(service.createdAt)
        .bind(service.updatedAt)
        .exec();
    q.next();
    service.id = q.integer(0);
    return service;
}

void ServiceTypeRepository::update(qint64 tenantId,
                                   const ServiceType &service,
                                   std::optional<qint64> requiredSkillId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE services SET name = ?, description = ?, "
                                    "duration_min = ?, price = ?, priority = ?, "
                                    "required_skill_id = ?, active = ?, updated_at = ? "
                                    "WHERE tenant_id = ? AND id = ?"));
    q.bind(service.name)
        .bind(service.description)
        .bind(service.durationMin)
        .bind(service.price)
        .bind(service.priority)
        .bind(nullableId(requiredSkillId))
        .bind(service.active ? 1 : 0)
        .bind(service.updatedAt)
        .bind(tenantId)
        .bind(service.id)
        .exec();
}

void ServiceTypeRepository::remove(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM services WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

} // namespace fielddesk::server
