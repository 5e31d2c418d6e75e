#include "repositories/positionrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

namespace {

const QString kPositionColumns = QStringLiteral(
    "p.technician_id, p.latitude, p.longitude, p.accuracy_m, p.heading_deg, p.speed_kmh, "
    "p.recorded_at");

std::optional<double> optionalNumberAt(const SqlQuery &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<double>(q.number(column));
}

TechnicianPosition positionFrom(const SqlQuery &q)
{
    TechnicianPosition p;
    p.technicianId = q.integer(0);
    p.lat = q.number(1);
    p.lon = q.number(2);
    p.accuracyM = optionalNumberAt(q, 3);
    p.headingDeg = optionalNumberAt(q, 4);
    p.speedKmh = optionalNumberAt(q, 5);
    p.recordedAt = q.text(6);
    return p;
}

QVariant nullableNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

int PositionRepository::insert(qint64 tenantId, const QList<TechnicianPosition> &positions)
{
    const QString now = nowTimestamp();
    int added = 0;
    for (const TechnicianPosition &p : positions) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO technician_positions (tenant_id, "
                                        "technician_id, latitude, longitude, accuracy_m, "
                                        "heading_deg, speed_kmh, recorded_at, received_at) VALUES "
                                        "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING "
                                        "RETURNING id"));
        q.bind(tenantId)
            .bind(p.technicianId)
            .bind(p.lat)
            .bind(p.lon)
            .bind(nullableNumber(p.accuracyM))
            .bind(nullableNumber(p.headingDeg))
            .bind(nullableNumber(p.speedKmh))
            .bind(p.recordedAt)
            .bind(now)
            .exec();
        added += q.next() ? 1 : 0;
    }
    return added;
}

std::optional<TechnicianPosition> PositionRepository::latestOf(qint64 technicianId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM technician_positions p WHERE "
                                    "p.technician_id = ? ORDER BY p.recorded_at DESC LIMIT 1")
                         .arg(kPositionColumns));
    q.bind(technicianId).exec();
    if (!q.next())
        return std::nullopt;
    return positionFrom(q);
}

QList<TechnicianPosition>
PositionRepository::latestAt(qint64 tenantId, const std::optional<QList<qint64>> &locationIds)
{
    SqlFilter filter;
    filter.where(QStringLiteral("t.tenant_id = ?"), {tenantId});
    filter.where(QStringLiteral("t.active = 1"));
    if (locationIds)
        filter.whereIn(QStringLiteral("t.location_id"), *locationIds);
    // Each technician's newest row: its moment is the greatest of theirs.
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM technicians t JOIN technician_positions p ON "
                                    "p.technician_id = t.id AND p.recorded_at = (SELECT "
                                    "MAX(recorded_at) FROM technician_positions l WHERE "
                                    "l.technician_id = t.id)%2 ORDER BY t.id")
                         .arg(kPositionColumns, filter.clause()));
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<TechnicianPosition> latest;
    while (q.next())
        latest << positionFrom(q);
    return latest;
}

QList<TechnicianPosition>
PositionRepository::track(qint64 technicianId, const QString &from, const QString &to)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM technician_positions p WHERE "
                                    "p.technician_id = ? AND p.recorded_at >= ? AND "
                                    "p.recorded_at < ? ORDER BY p.recorded_at")
                         .arg(kPositionColumns));
    q.bind(technicianId).bind(from).bind(to).exec();
    QList<TechnicianPosition> points;
    while (q.next())
        points << positionFrom(q);
    return points;
}

int PositionRepository::removeOlderThan(const QString &moment)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM technician_positions WHERE recorded_at < ?"));
    q.bind(moment).exec();
    return q.rowsAffected();
}

} // namespace fielddesk::server
