#include "repositories/routingplanrunrepository.h"

#include "storage/sqlfilter.h"

namespace fielddesk::server {

qint64 RoutingPlanRunRepository::start(
    qint64 tenantId, const QString &requestId, qint64 locationId, qint64 nowMs, qint64 expiresAtMs)
{
    Transaction tx(m_db);
    SqlQuery expired(m_db,
                     QStringLiteral("DELETE FROM routing_plan_runs WHERE expires_at_ms <= ?"));
    expired.bind(nowMs).exec();
    qint64 id = 0;
    {
        // SQLite cannot commit while a RETURNING statement is still open: it ends here.
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO routing_plan_runs (tenant_id, request_id, "
                                  "location_id, expires_at_ms) VALUES (?, ?, ?, ?) RETURNING id"));
        q.bind(tenantId).bind(requestId).bind(locationId).bind(expiresAtMs).exec();
        id = q.next() ? q.integer(0) : 0;
    }
    tx.commit();
    return id;
}

void RoutingPlanRunRepository::extend(qint64 id, qint64 expiresAtMs)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE routing_plan_runs SET expires_at_ms = ? WHERE id = ?"));
    q.bind(expiresAtMs).bind(id).exec();
}

void RoutingPlanRunRepository::finish(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM routing_plan_runs WHERE id = ?"));
    q.bind(id).exec();
}

int RoutingPlanRunRepository::cancel(qint64 tenantId,
                                     const QString &requestId,
                                     const std::optional<QList<qint64>> &locations,
                                     qint64 nowMs)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId})
        .where(QStringLiteral("request_id = ?"), {requestId})
        .where(QStringLiteral("expires_at_ms > ?"), {nowMs});
    if (locations)
        filter.whereIn(QStringLiteral("location_id"), *locations);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE routing_plan_runs SET cancelled = 1") + filter.clause());
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    return q.rowsAffected();
}

QList<qint64> RoutingPlanRunRepository::cancelledAmong(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    SqlFilter filter;
    filter.where(QStringLiteral("cancelled = 1")).whereIn(QStringLiteral("id"), ids);
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM routing_plan_runs") + filter.clause());
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<qint64> cancelled;
    while (q.next())
        cancelled.append(q.integer(0));
    return cancelled;
}

} // namespace fielddesk::server
