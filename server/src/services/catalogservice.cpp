#include "services/catalogservice.h"

#include "services/auditedwrite.h"

namespace fielddesk::server {

namespace {

Failure skillNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such skill."));
}

Failure serviceNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such service."));
}

// How skills and services are audited and refused; `duplicate` names the taken name.
AuditedRow<Skill> skillRow(const QString &duplicate)
{
    return {QStringLiteral("skill"), skillNotFound(), duplicate,
            QStringLiteral("Technicians, jobs or services still use this skill; remove it from "
                           "them first.")};
}

AuditedRow<ServiceType> serviceRow(const QString &duplicate)
{
    return {
        QStringLiteral("service"), serviceNotFound(), duplicate,
        QStringLiteral("Jobs still refer to this service; deactivate it instead (active: false).")};
}

// Applies the named fields; a failure when the skill would have no name.
std::optional<Failure> applySkillFields(Skill &skill, const SkillFields &fields)
{
    applyPatch(skill.name, fields.name);
    applyPatch(skill.description, fields.description);
    if (skill.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    return std::nullopt;
}

} // namespace

Result<QList<qint64>>
skillIdsFor(Database &db, qint64 tenantId, const QStringList &names, const QString &field)
{
    QStringList unique;
    for (const QString &name : names) {
        if (!unique.contains(name))
            unique.append(name);
    }
    const QHash<QString, qint64> ids = SkillRepository(db).idsByName(tenantId, unique);
    QStringList unknown;
    QList<qint64> result;
    for (const QString &name : unique) {
        if (!ids.contains(name))
            unknown << name;
        else
            result << ids.value(name);
    }
    if (!unknown.isEmpty()) {
        return Failure::validation(field, QStringLiteral("unknown skill(s): %1 (create them under "
                                                         "/api/v1/skills first)")
                                              .arg(unknown.join(QStringLiteral(", "))));
    }
    return result;
}

Page<Skill> CatalogService::listSkills(const Principal &caller, const ListQuery &query)
{
    return SkillRepository(m_db).list(caller.tenantId, query);
}

Result<Skill> CatalogService::getSkill(const Principal &caller, qint64 id)
{
    const std::optional<Skill> skill = SkillRepository(m_db).find(caller.tenantId, id);
    if (!skill)
        return skillNotFound();
    return *skill;
}

Result<Skill> CatalogService::createSkill(const CallContext &call, const SkillFields &fields)
{
    Skill skill;
    if (auto problem = applySkillFields(skill, fields))
        return *problem;
    return createAudited(
        m_db, call,
        skillRow(QStringLiteral("A skill named \"%1\" already exists.").arg(skill.name)),
        [&]() -> Result<Skill> {
            return SkillRepository(m_db).insert(call.principal.tenantId, skill);
        });
}

Result<Skill>
CatalogService::updateSkill(const CallContext &call, qint64 id, const SkillFields &fields)
{
    SkillRepository skills(m_db);
    return updateAudited(
        m_db, call, skillRow(QStringLiteral("A skill with this name already exists.")),
        [&] { return skills.find(call.principal.tenantId, id); },
        [&](Skill &skill) { return applySkillFields(skill, fields); },
        [&](const Skill &skill) { skills.update(call.principal.tenantId, skill); });
}

Status CatalogService::removeSkill(const CallContext &call, qint64 id)
{
    SkillRepository skills(m_db);
    return removeAudited(
        m_db, call, skillRow({}), [&] { return skills.find(call.principal.tenantId, id); },
        [&] { skills.remove(call.principal.tenantId, id); });
}

Page<ServiceType> CatalogService::listServices(const Principal &caller, const ListQuery &query)
{
    return ServiceTypeRepository(m_db).list(caller.tenantId, query);
}

Result<ServiceType> CatalogService::getService(const Principal &caller, qint64 id)
{
    const std::optional<ServiceType> service =
        ServiceTypeRepository(m_db).find(caller.tenantId, id);
    if (!service)
        return serviceNotFound();
    return *service;
}

Result<std::optional<qint64>> CatalogService::resolveSkill(qint64 tenantId, const QString &name)
{
    if (name.isEmpty())
        return std::optional<qint64>();
    const Result<QList<qint64>> ids =
        skillIdsFor(m_db, tenantId, {name}, QStringLiteral("required_skill"));
    if (!ids)
        return ids.failure();
    return std::optional<qint64>(ids->first());
}

namespace {

// Applies the named fields; a failure when the service would have no name.
std::optional<Failure> applyServiceFields(ServiceType &s, const ServiceFields &fields)
{
    applyPatch(s.name, fields.name);
    applyPatch(s.description, fields.description);
    applyPatch(s.durationMin, fields.durationMin);
    applyPatch(s.price, fields.price);
    applyPatch(s.priority, fields.priority);
    if (fields.requiredSkill)
        s.requiredSkill = fields.requiredSkill->value_or(QString());
    applyPatch(s.active, fields.active);
    applyPatch(s.weatherSensitive, fields.weatherSensitive);
    if (s.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    return std::nullopt;
}

} // namespace

Result<ServiceType> CatalogService::createService(const CallContext &call,
                                                  const ServiceFields &fields)
{
    ServiceType service;
    if (auto problem = applyServiceFields(service, fields))
        return *problem;
    return createAudited(
        m_db, call,
        serviceRow(QStringLiteral("A service named \"%1\" already exists.").arg(service.name)),
        [&]() -> Result<ServiceType> {
            const Result<std::optional<qint64>> skill =
                resolveSkill(call.principal.tenantId, service.requiredSkill);
            if (!skill)
                return skill.failure();
            return ServiceTypeRepository(m_db).insert(call.principal.tenantId, service, *skill);
        });
}

Result<ServiceType>
CatalogService::updateService(const CallContext &call, qint64 id, const ServiceFields &fields)
{
    ServiceTypeRepository services(m_db);
    std::optional<qint64> skillId; // of the edited service, resolved by the edit
    return updateAudited(
        m_db, call, serviceRow(QStringLiteral("A service with this name already exists.")),
        [&] { return services.find(call.principal.tenantId, id); },
        [&](ServiceType &service) -> std::optional<Failure> {
            if (auto problem = applyServiceFields(service, fields))
                return problem;
            const Result<std::optional<qint64>> skill =
                resolveSkill(call.principal.tenantId, service.requiredSkill);
            if (!skill)
                return skill.failure();
            skillId = *skill;
            return std::nullopt;
        },
        [&](const ServiceType &service) {
            services.update(call.principal.tenantId, service, skillId);
        });
}

Status CatalogService::removeService(const CallContext &call, qint64 id)
{
    ServiceTypeRepository services(m_db);
    return removeAudited(
        m_db, call, serviceRow({}), [&] { return services.find(call.principal.tenantId, id); },
        [&] { services.remove(call.principal.tenantId, id); });
}

} // namespace fielddesk::server
