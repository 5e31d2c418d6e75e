#include "repositories/skillrepository.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

namespace {

const QString kSkillColumns = QStringLiteral("id, name, description, created_at, updated_at");

Skill readSkill(const SqlQuery &q)
{
    Skill s;
    s.id = q.integer(0);
    s.name = q.text(1);
    s.description = q.text(2);
    s.createdAt = q.text(3);
    s.updatedAt = q.text(4);
    return s;
}

QString linkTable(SkillOwner owner)
{
    return owner == SkillOwner::Technician ? QStringLiteral("technician_skills")
                                           : QStringLiteral("job_skills");
}

QString ownerColumn(SkillOwner owner)
{
    return owner == SkillOwner::Technician ? QStringLiteral("technician_id")
                                           : QStringLiteral("job_id");
}

} // namespace

const ListSpec &SkillRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")}},
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("description")},
        {{QStringLiteral("name"), QStringLiteral("name"), FilterType::Text, true, {}}},
        {}};
    return spec;
}

std::optional<Skill> SkillRepository::find(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kSkillColumns +
                         QStringLiteral(" FROM skills WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readSkill(q);
}

Page<Skill> SkillRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, listSpec());
    return selectPage<Skill>(m_db, kSkillColumns, QStringLiteral("skills"), filter, query,
                             readSkill);
}

Skill SkillRepository::insert(qint64 tenantId, Skill skill)
{
    skill.createdAt = skill.updatedAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO skills (tenant_id, name, description, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(tenantId)
        .bind(skill.name)
        .bind(skill.description)
        .bind(skill.createdAt)
        .bind(skill.updatedAt)
        .exec();
    q.next();
    skill.id = q.integer(0);
    return skill;
}

void SkillRepository::update(qint64 tenantId, const Skill &skill)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE skills SET name = ?, description = ?, updated_at = ? "
                                    "WHERE tenant_id = ? AND id = ?"));
    q.bind(skill.name).bind(skill.description).bind(skill.updatedAt).bind(tenantId).bind(skill.id);
    q.exec();
}

void SkillRepository::remove(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM skills WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

QHash<QString, qint64> SkillRepository::idsByName(qint64 tenantId, const QStringList &names)
{
    QHash<QString, qint64> ids;
    if (names.isEmpty())
        return ids;
    QStringList marks(names.size(), QStringLiteral("?"));
    SqlQuery q(m_db,
               QStringLiteral("SELECT name, id FROM skills WHERE tenant_id = ? AND name IN (") +
                   marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    q.bind(tenantId);
    for (const QString &name : names)
        q.bind(name);
    q.exec();
    while (q.next())
        ids.insert(q.text(0), q.integer(1));
    return ids;
}

QHash<qint64, QStringList> SkillRepository::namesOf(SkillOwner owner, const QList<qint64> &ownerIds)
{
    QHash<qint64, QStringList> names;
    if (ownerIds.isEmpty())
        return names;
    QStringList marks(ownerIds.size(), QStringLiteral("?"));
    SqlQuery q(m_db, QStringLiteral("SELECT l.%1, s.name FROM %2 l JOIN skills s ON s.id = "
                                    "l.skill_id WHERE l.%1 IN (%3) ORDER BY s.name")
                         .arg(ownerColumn(owner), linkTable(owner), marks.join(QLatin1Char(','))));
    for (const qint64 id : ownerIds)
        q.bind(id);
    q.exec();
    while (q.next())
        names[q.integer(0)].append(q.text(1));
    return names;
}

QStringList SkillRepository::namesOf(SkillOwner owner, qint64 ownerId)
{
    return namesOf(owner, QList<qint64>{ownerId}).value(ownerId);
}

void SkillRepository::replaceLinks(SkillOwner owner, qint64 ownerId, const QList<qint64> &skillIds)
{
    SqlQuery clear(
        m_db,
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(linkTable(owner), ownerColumn(owner)));
    clear.bind(ownerId).exec();
    for (const qint64 skillId : skillIds) {
        SqlQuery link(m_db, QStringLiteral("INSERT INTO %1 (%2, skill_id) VALUES (?, ?)")
                                .arg(linkTable(owner), ownerColumn(owner)));
        link.bind(ownerId).bind(skillId).exec();
    }
}

} // namespace fielddesk::server
