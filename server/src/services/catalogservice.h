// The tenant's catalogues: skills and services (what a job can be). Readable by everyone of
// the tenant, changed by admins and managers, every change audited.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "repositories/servicetyperepository.h"
#include "repositories/skillrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

// A new skill, or a partial change of one (only the named fields change).
struct SkillFields
{
    Patch<QString> name; // trimmed
    Patch<QString> description;
};

// A new service, or a partial change of one (only the named fields change).
struct ServiceFields
{
    Patch<QString> name; // trimmed
    Patch<QString> description;
    Patch<int> durationMin;
    Patch<double> price;
    Patch<int> priority;
    NullablePatch<QString> requiredSkill; // a skill's name; cleared: none
    Patch<bool> active;
    Patch<bool> weatherSensitive;
};

class CatalogService
{
public:
    explicit CatalogService(Database &db)
        : m_db(db)
    {}

    Page<Skill> listSkills(const Principal &caller, const ListQuery &query);
    Result<Skill> getSkill(const Principal &caller, qint64 id);
    Result<Skill> createSkill(const CallContext &call, const SkillFields &fields);
    Result<Skill> updateSkill(const CallContext &call, qint64 id, const SkillFields &fields);
    Status removeSkill(const CallContext &call, qint64 id);

    Page<ServiceType> listServices(const Principal &caller, const ListQuery &query);
    Result<ServiceType> getService(const Principal &caller, qint64 id);
    Result<ServiceType> createService(const CallContext &call, const ServiceFields &fields);
    Result<ServiceType>
    updateService(const CallContext &call, qint64 id, const ServiceFields &fields);
    Status removeService(const CallContext &call, qint64 id);

private:
    Result<std::optional<qint64>> resolveSkill(qint64 tenantId, const QString &name);

    Database &m_db;
};

// Skill names from the catalogue: their ids, or a 422 naming the unknown ones.
Result<QList<qint64>>
skillIdsFor(Database &db, qint64 tenantId, const QStringList &names, const QString &field);

} // namespace fielddesk::server
