#include "repositories/servicetyperepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlvalues.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

// Read with the name of the required skill; written with its id (the skill's, by name).
const Table<ServiceType> &serviceTable()
{
    static const Table<ServiceType> table(
        QStringLiteral("services"),
        {column(QStringLiteral("id"), &ServiceType::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &ServiceType::name),
         column(QStringLiteral("description"), &ServiceType::description),
         column(QStringLiteral("duration_min"), &ServiceType::durationMin),
         column(QStringLiteral("price"), &ServiceType::price),
         column(QStringLiteral("priority"), &ServiceType::priority),
         expression(QStringLiteral("COALESCE(s.name, '')"), &ServiceType::requiredSkill),
         column(QStringLiteral("active"), &ServiceType::active),
         column(QStringLiteral("weather_sensitive"), &ServiceType::weatherSensitive),
         column(QStringLiteral("created_at"), &ServiceType::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &ServiceType::updatedAt)},
        QStringLiteral("v"), QStringLiteral("LEFT JOIN skills s ON s.id = v.required_skill_id"));
    return table;
}

} // namespace

const ListSpec &ServiceTypeRepository::listSpec()
{
    const Table<ServiceType> &table = serviceTable();
    static const ListSpec spec{
        table.orderable({QStringLiteral("id"), QStringLiteral("name"),
                         QStringLiteral("duration_min"), QStringLiteral("price"),
                         QStringLiteral("priority")}),
        QStringLiteral("name"),
        {table.qualified(QStringLiteral("name")), table.qualified(QStringLiteral("description"))},
        {table.filter(QStringLiteral("active"), FilterType::Boolean),
         table.filter(QStringLiteral("weather_sensitive"), FilterType::Boolean),
         {QStringLiteral("required_skill"), QStringLiteral("s.name"), FilterType::Text, true, {}}},
        {},
        table.qualified(QStringLiteral("id"))};
    return spec;
}

std::optional<ServiceType> ServiceTypeRepository::find(qint64 tenantId, qint64 id)
{
    return serviceTable().find(m_db, tenantId, id);
}

Page<ServiceType> ServiceTypeRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("v.tenant_id = ?"), {tenantId}).apply(query, listSpec());
    return serviceTable().page(m_db, filter, query);
}

ServiceType ServiceTypeRepository::insert(qint64 tenantId,
                                          ServiceType service,
                                          std::optional<qint64> requiredSkillId)
{
    service.createdAt = service.updatedAt = nowTimestamp();
    service.id =
        serviceTable().insert(m_db, service,
                              {{QStringLiteral("tenant_id"), tenantId},
                               {QStringLiteral("required_skill_id"), nullableId(requiredSkillId)}});
    return service;
}

void ServiceTypeRepository::update(qint64 tenantId,
                                   const ServiceType &service,
                                   std::optional<qint64> requiredSkillId)
{
    serviceTable().update(m_db, service, tenantId,
                          {{QStringLiteral("required_skill_id"), nullableId(requiredSkillId)}});
}

QSet<qint64> ServiceTypeRepository::weatherSensitiveIds(qint64 tenantId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM services WHERE tenant_id = ? AND "
                                    "weather_sensitive = 1"));
    q.bind(tenantId).exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.integer(0));
    return ids;
}

void ServiceTypeRepository::remove(qint64 tenantId, qint64 id)
{
    serviceTable().remove(m_db, tenantId, id);
}

} // namespace fielddesk::server
