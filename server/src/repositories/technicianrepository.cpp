#include "repositories/technicianrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/skillrepository.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

QList<int> parseWorkDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        days.append(part.toInt());
    return days;
}

QString workDaysText(const QList<int> &days)
{
    QStringList parts;
    for (const int day : days)
        parts << QString::number(day);
    return parts.join(QLatin1Char(','));
}

// Read with the name and email of the technician's user.
const Table<Technician> &technicianTable()
{
    static const Table<Technician> table(
        QStringLiteral("technicians"),
        {column(QStringLiteral("id"), &Technician::id, ColumnWrite::Never),
         column(QStringLiteral("user_id"), &Technician::userId, ColumnWrite::OnInsert),
         expression(QStringLiteral("u.name"), &Technician::name),
         expression(QStringLiteral("u.email"), &Technician::email),
         column(QStringLiteral("location_id"), &Technician::locationId),
         column(QStringLiteral("home_latitude"), &Technician::homeLatitude),
         column(QStringLiteral("home_longitude"), &Technician::homeLongitude),
         column(QStringLiteral("shift_start"), &Technician::shiftStart),
         column(QStringLiteral("shift_end"), &Technician::shiftEnd),
         column(QStringLiteral("break_earliest"), &Technician::breakEarliest),
         column(QStringLiteral("break_latest"), &Technician::breakLatest),
         column(QStringLiteral("break_minutes"), &Technician::breakMinutes),
         textColumn(QStringLiteral("work_days"), &Technician::workDays, parseWorkDays,
                    workDaysText),
         column(QStringLiteral("max_jobs"), &Technician::maxJobs),
         column(QStringLiteral("vehicle_id"), &Technician::vehicleId),
         column(QStringLiteral("active"), &Technician::active),
         column(QStringLiteral("created_at"), &Technician::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Technician::updatedAt)},
        QStringLiteral("t"), QStringLiteral("JOIN users u ON u.id = t.user_id"));
    return table;
}

const Table<AvailabilityPeriod> &periodTable()
{
    static const Table<AvailabilityPeriod> table(
        QStringLiteral("technician_availability"),
        {column(QStringLiteral("id"), &AvailabilityPeriod::id, ColumnWrite::Never),
         column(QStringLiteral("technician_id"), &AvailabilityPeriod::technicianId,
                ColumnWrite::OnInsert),
         column(QStringLiteral("kind"), &AvailabilityPeriod::kind),
         column(QStringLiteral("starts_at"), &AvailabilityPeriod::startsAt),
         column(QStringLiteral("ends_at"), &AvailabilityPeriod::endsAt),
         column(QStringLiteral("reason"), &AvailabilityPeriod::reason),
         column(QStringLiteral("created_at"), &AvailabilityPeriod::createdAt,
                ColumnWrite::OnInsert)});
    return table;
}

} // namespace

const ListSpec &TechnicianRepository::listSpec()
{
    const Table<Technician> &table = technicianTable();
    static const ListSpec spec{
        {{QStringLiteral("id"), table.qualified(QStringLiteral("id"))},
         {QStringLiteral("name"), QStringLiteral("u.name")},
         {QStringLiteral("location_id"), table.qualified(QStringLiteral("location_id"))},
         {QStringLiteral("created_at"), table.qualified(QStringLiteral("created_at"))}},
        QStringLiteral("name"),
        {QStringLiteral("u.name"), QStringLiteral("u.email")},
        {table.filter(QStringLiteral("id"), FilterType::Integer, true),
         table.filter(QStringLiteral("location_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("user_id"), FilterType::Integer),
         table.filter(QStringLiteral("active"), FilterType::Boolean)},
        {QStringLiteral("skill")},
        table.qualified(QStringLiteral("id"))};
    return spec;
}

QList<Technician> TechnicianRepository::select(const SqlFilter &filter, const QString &tail)
{
    // The skills come in the same statement: a technician is read on every assignment.
    const Table<Technician> &table = technicianTable();
    SqlQuery q(m_db, QStringLiteral("SELECT ") + table.selectList() + QStringLiteral(", ") +
                         SkillRepository(m_db).namesColumn(SkillOwner::Technician,
                                                           QStringLiteral("t.id")) +
                         QStringLiteral(" FROM ") + table.from() + filter.clause() + tail);
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<Technician> technicians;
    while (q.next()) {
        technicians.append(table.read(q));
        technicians.last().skills = SkillRepository::namesFromColumn(q.bytes(table.readCount()));
    }
    return technicians;
}

void TechnicianRepository::loadSkills(QList<Technician> &technicians)
{
    QList<qint64> ids;
    for (const Technician &t : technicians)
        ids.append(t.id);
    const QHash<qint64, QStringList> names =
        SkillRepository(m_db).namesOf(SkillOwner::Technician, ids);
    for (Technician &t : technicians)
        t.skills = names.value(t.id);
}

std::optional<Technician> TechnicianRepository::find(qint64 tenantId, qint64 id)
{
    SqlFilter filter;
    filter.where(QStringLiteral("t.tenant_id = ? AND t.id = ?"), {tenantId, id});
    const QList<Technician> found = select(filter, {});
    return found.isEmpty() ? std::nullopt : std::optional<Technician>(found.first());
}

std::optional<Technician> TechnicianRepository::findByUser(qint64 tenantId, qint64 userId)
{
    SqlFilter filter;
    filter.where(QStringLiteral("t.tenant_id = ? AND t.user_id = ?"), {tenantId, userId});
    const QList<Technician> found = select(filter, {});
    return found.isEmpty() ? std::nullopt : std::optional<Technician>(found.first());
}

Page<Technician>
TechnicianRepository::list(qint64 tenantId, const TechnicianScope &scope, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("t.tenant_id = ?"), {tenantId});
    if (scope.locationIds)
        filter.whereIn(QStringLiteral("t.location_id"), *scope.locationIds);
    if (scope.userId)
        filter.where(QStringLiteral("t.user_id = ?"), {*scope.userId});
    const QString skill = query.raw.queryItemValue(QStringLiteral("skill"), QUrl::FullyDecoded);
    if (!skill.isEmpty()) {
        filter.where(QStringLiteral("EXISTS (SELECT 1 FROM technician_skills ts JOIN skills s ON "
                                    "s.id = ts.skill_id WHERE ts.technician_id = t.id AND "
                                    "s.name = ?)"),
                     {skill});
    }
    filter.apply(query, listSpec());
    Page<Technician> page = technicianTable().page(m_db, filter, query);
    loadSkills(page.items);
    return page;
}

QList<Technician> TechnicianRepository::activeAt(qint64 tenantId, const QList<qint64> &locationIds)
{
    SqlFilter filter;
    filter.where(QStringLiteral("t.tenant_id = ? AND t.active = 1 AND u.active = 1"), {tenantId})
        .whereIn(QStringLiteral("t.location_id"), locationIds);
    return select(filter, QStringLiteral(" ORDER BY u.name, t.id"));
}

Technician TechnicianRepository::insert(qint64 tenantId, Technician t)
{
    t.createdAt = t.updatedAt = nowTimestamp();
    t.id = technicianTable().insert(m_db, t, {{QStringLiteral("tenant_id"), tenantId}});
    return t;
}

void TechnicianRepository::update(qint64 tenantId, const Technician &t)
{
    technicianTable().update(m_db, t, tenantId);
}

void TechnicianRepository::remove(qint64 tenantId, qint64 id)
{
    technicianTable().remove(m_db, tenantId, id);
}

QList<AvailabilityPeriod>
TechnicianRepository::availability(qint64 technicianId, const QString &from, const QString &to)
{
    QString sql = QStringLiteral("SELECT ") + periodTable().selectList() +
                  QStringLiteral(" FROM technician_availability WHERE technician_id = ?");
    QVariantList values{technicianId};
    if (!to.isEmpty()) {
        sql += QStringLiteral(" AND starts_at < ?");
        values << to;
    }
    if (!from.isEmpty()) {
        sql += QStringLiteral(" AND ends_at > ?");
        values << from;
    }
    SqlQuery q(m_db, sql + QStringLiteral(" ORDER BY starts_at, id"));
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    QList<AvailabilityPeriod> periods;
    while (q.next())
        periods.append(periodTable().read(q));
    return periods;
}

std::optional<AvailabilityPeriod>
TechnicianRepository::findAvailability(qint64 tenantId, qint64 technicianId, qint64 id)
{
    return periodTable().findWhere(m_db,
                                   QStringLiteral("tenant_id = ? AND technician_id = ? AND id = ?"),
                                   {tenantId, technicianId, id});
}

AvailabilityPeriod TechnicianRepository::insertAvailability(qint64 tenantId, AvailabilityPeriod p)
{
    p.createdAt = nowTimestamp();
    p.id = periodTable().insert(m_db, p, {{QStringLiteral("tenant_id"), tenantId}});
    return p;
}

void TechnicianRepository::removeAvailability(qint64 tenantId, qint64 id)
{
    periodTable().remove(m_db, tenantId, id);
}

} // namespace fielddesk::server
