#include "repositories/technicianrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/skillrepository.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

namespace {

const QString kTechnicianColumns = QStringLiteral(
    "t.id, t.user_id, u.name, u.email, t.location_id, t.home_latitude, t.home_longitude, "
    "t.shift_start, t.shift_end, t.break_earliest, t.break_latest, t.break_minutes, t.work_days, "
    "t.max_jobs, t.vehicle_id, t.active, t.created_at, t.updated_at");
const QString kTechnicianFrom = QStringLiteral("technicians t JOIN users u ON u.id = t.user_id");

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

Technician readTechnician(const SqlQuery &q)
{
    Technician t;
    t.id = q.integer(0);
    t.userId = q.integer(1);
    t.name = q.text(2);
    t.email = q.text(3);
    t.locationId = q.integer(4);
    if (!q.isNull(5))
        t.homeLatitude = q.number(5);
    if (!q.isNull(6))
        t.homeLongitude = q.number(6);
    t.shiftStart = q.text(7);
    t.shiftEnd = q.text(8);
    t.breakEarliest = q.text(9);
    t.breakLatest = q.text(10);
    t.breakMinutes = int(q.integer(11));
    t.workDays = parseWorkDays(q.text(12));
    if (!q.isNull(13))
        t.maxJobs = int(q.integer(13));
    if (!q.isNull(14))
        t.vehicleId = q.integer(14);
    t.active = q.integer(15) != 0;
    t.createdAt = q.text(16);
    t.updatedAt = q.text(17);
    return t;
}

AvailabilityPeriod readPeriod(const SqlQuery &q)
{
    AvailabilityPeriod p;
    p.id = q.integer(0);
    p.technicianId = q.integer(1);
    p.kind = q.text(2);
    p.startsAt = q.text(3);
    p.endsAt = q.text(4);
    p.reason = q.text(5);
    p.createdAt = q.text(6);
    return p;
}

const QString kPeriodColumns =
    QStringLiteral("id, technician_id, kind, starts_at, ends_at, reason, created_at");

} // namespace

const ListSpec &TechnicianRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("t.id")},
         {QStringLiteral("name"), QStringLiteral("u.name")},
         {QStringLiteral("location_id"), QStringLiteral("t.location_id")},
         {QStringLiteral("created_at"), QStringLiteral("t.created_at")}},
        QStringLiteral("name"),
        {QStringLiteral("u.name"), QStringLiteral("u.email")},
        {{QStringLiteral("id"), QStringLiteral("t.id"), FilterType::Integer, true, {}},
         {QStringLiteral("location_id"),
          QStringLiteral("t.location_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("user_id"), QStringLiteral("t.user_id"), FilterType::Integer, false, {}},
         {QStringLiteral("active"), QStringLiteral("t.active"), FilterType::Boolean, false, {}}},
        {QStringLiteral("skill")},
        QStringLiteral("t.id")};
    return spec;
}

QList<Technician> TechnicianRepository::select(const SqlFilter &filter, const QString &tail)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTechnicianColumns + QStringLiteral(" FROM ") +
                         kTechnicianFrom + filter.clause() + tail);
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<Technician> technicians;
    while (q.next())
        technicians.append(readTechnician(q));
    loadSkills(technicians);
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
    Page<Technician> page = selectPage<Technician>(m_db, kTechnicianColumns, kTechnicianFrom,
                                                   filter, query, readTechnician);
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
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO technicians (tenant_id, user_id, location_id, home_latitude, "
                         "home_longitude, shift_start, shift_end, break_earliest, break_latest, "
                         "break_minutes, work_days, max_jobs, vehicle_id, active, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "RETURNING id"));
    q.bind(tenantId)
        .bind(t.userId)
        .bind(t.locationId)
        .bind(nullableDouble(t.homeLatitude))
        .bind(nullableDouble(t.homeLongitude))
        .bind(t.shiftStart)
        .bind(t.shiftEnd)
        .bind(t.breakEarliest)
        .bind(t.breakLatest)
        .bind(t.breakMinutes)
        .bind(workDaysText(t.workDays))
        .bind(nullableInt(t.maxJobs))
        .bind(nullableId(t.vehicleId))
        .bind(t.active ? 1 : 0)
        .bind(t.createdAt)
        .bind(t.updatedAt)
        .exec();
    q.next();
    t.id = q.integer(0);
    return t;
}

void TechnicianRepository::update(qint64 tenantId, const Technician &t)
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "UPDATE technicians SET location_id = ?, home_latitude = ?, "
                   "home_longitude = ?, shift_start = ?, shift_end = ?, break_earliest = ?, "
                   "break_latest = ?, break_minutes = ?, work_days = ?, max_jobs = ?, "
                   "vehicle_id = ?, active = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(t.locationId)
        .bind(nullableDouble(t.homeLatitude))
        .bind(nullableDouble(t.homeLongitude))
        .bind(t.shiftStart)
        .bind(t.shiftEnd)
        .bind(t.breakEarliest)
        .bind(t.breakLatest)
        .bind(t.breakMinutes)
        .bind(workDaysText(t.workDays))
        .bind(nullableInt(t.maxJobs))
        .bind(nullableId(t.vehicleId))
        .bind(t.active ? 1 : 0)
        .bind(t.updatedAt)
        .bind(tenantId)
        .bind(t.id)
        .exec();
}

void TechnicianRepository::remove(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM technicians WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

QList<AvailabilityPeriod>
TechnicianRepository::availability(qint64 technicianId, const QString &from, const QString &to)
{
    QString sql = QStringLiteral("SELECT ") + kPeriodColumns +
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
        periods.append(readPeriod(q));
    return periods;
}

std::optional<AvailabilityPeriod>
TechnicianRepository::findAvailability(qint64 tenantId, qint64 technicianId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kPeriodColumns +
                         QStringLiteral(" FROM technician_availability WHERE tenant_id = ? AND "
                                        "technician_id = ? AND id = ?"));
    q.bind(tenantId).bind(technicianId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readPeriod(q);
}

AvailabilityPeriod TechnicianRepository::insertAvailability(qint64 tenantId, AvailabilityPeriod p)
{
    p.createdAt = nowTimestamp();
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO technician_availability (tenant_id, technician_id, "
                              "kind, starts_at, ends_at, reason, created_at) VALUES (?, ?, ?, "
                              "?, ?, ?, ?) RETURNING id"));
    q.bind(tenantId)
        .bind(p.technicianId)
        .bind(p.kind)
        .bind(p.startsAt)
        .bind(p.endsAt)
        .bind(p.reason)
        .bind(p.createdAt)
        .exec();
    q.next();
    p.id = q.integer(0);
    return p;
}

void TechnicianRepository::removeAvailability(qint64 tenantId, qint64 id)
{
    SqlQuery q(
        m_db, QStringLiteral("DELETE FROM technician_availability WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

} // namespace fielddesk::server
