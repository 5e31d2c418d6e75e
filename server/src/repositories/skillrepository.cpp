#include "repositories/skillrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "fielddesk/domain/timestamps.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const Table<Skill> &skillTable()
{
    static const Table<Skill> table(
        QStringLiteral("skills"),
        {column(QStringLiteral("id"), &Skill::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &Skill::name),
         column(QStringLiteral("description"), &Skill::description),
         column(QStringLiteral("created_at"), &Skill::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Skill::updatedAt)});
    return table;
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
        skillTable().orderable(
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")}),
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("description")},
        {skillTable().filter(QStringLiteral("name"), FilterType::Text, true)},
        {}};
    return spec;
}

std::optional<Skill> SkillRepository::find(qint64 tenantId, qint64 id)
{
    return skillTable().find(m_db, tenantId, id);
}

Page<Skill> SkillRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, listSpec());
    return skillTable().page(m_db, filter, query);
}

Skill SkillRepository::insert(qint64 tenantId, Skill skill)
{
    skill.createdAt = skill.updatedAt = nowTimestamp();
    skill.id = skillTable().insert(m_db, skill, {{QStringLiteral("tenant_id"), tenantId}});
    return skill;
}

void SkillRepository::update(qint64 tenantId, const Skill &skill)
{
    skillTable().update(m_db, skill, tenantId);
}

void SkillRepository::remove(qint64 tenantId, qint64 id)
{
    skillTable().remove(m_db, tenantId, id);
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

QString SkillRepository::namesColumn(SkillOwner owner, const QString &ownerId) const
{
    // Sorted as namesOf() sorts them, on each engine's collation.
    if (m_db.engine() == Engine::Postgres)
        return QStringLiteral("(SELECT json_agg(s.name ORDER BY s.name) FROM %1 l JOIN skills s "
                              "ON s.id = l.skill_id WHERE l.%2 = %3)")
            .arg(linkTable(owner), ownerColumn(owner), ownerId);
    return QStringLiteral("(SELECT json_group_array(name) FROM (SELECT s.name FROM %1 l JOIN "
                          "skills s ON s.id = l.skill_id WHERE l.%2 = %3 ORDER BY s.name))")
        .arg(linkTable(owner), ownerColumn(owner), ownerId);
}

QStringList SkillRepository::namesFromColumn(const QByteArray &json)
{
    QStringList names;
    if (json.isEmpty()) // PostgreSQL's json_agg of no rows is NULL
        return names;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    names.reserve(array.size());
    for (const QJsonValue &name : array)
        names.append(name.toString());
    return names;
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
