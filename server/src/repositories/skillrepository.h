// SQL for the skills catalogue and for the skill links of technicians and jobs, which the
// API shows as lists of skill names.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

#include <QHash>

#include <optional>

namespace fielddesk::server {

// Which link table: technician_skills (technician_id) or job_skills (job_id).
enum class SkillOwner { Technician, Job };

class SkillRepository
{
public:
    explicit SkillRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<Skill> find(qint64 tenantId, qint64 id);
    Page<Skill> list(qint64 tenantId, const ListQuery &query);
    Skill insert(qint64 tenantId, Skill skill);
    void update(qint64 tenantId, const Skill &skill);
    void remove(qint64 tenantId, qint64 id);

    // name -> id for the names that exist in the tenant's catalogue.
    QHash<QString, qint64> idsByName(qint64 tenantId, const QStringList &names);
    // The sorted skill names of each owner among `ownerIds`.
    QHash<qint64, QStringList> namesOf(SkillOwner owner, const QList<qint64> &ownerIds);
    QStringList namesOf(SkillOwner owner, qint64 ownerId);
    // namesOf() as a column of the owner's own SELECT (`ownerId`: the owner's id there, such
    // as "t.id"), so a row and its skills come in one statement: a JSON array by name.
    QString namesColumn(SkillOwner owner, const QString &ownerId) const;
    // That column's names.
    static QStringList namesFromColumn(const QByteArray &json);
    void replaceLinks(SkillOwner owner, qint64 ownerId, const QList<qint64> &skillIds);

private:
    Database &m_db;
};

} // namespace fielddesk::server
