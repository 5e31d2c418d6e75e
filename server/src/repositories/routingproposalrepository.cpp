#include "repositories/routingproposalrepository.h"

namespace fielddesk::server {

qint64 RoutingProposalRepository::insertOpen(
    qint64 tenantId, qint64 locationId, QDate day, qint64 createdBy, const QString &when)
{
    // SQLite cannot commit while a RETURNING statement is still open: the query ends here.
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO routing_proposals (tenant_id, location_id, "
                                         "day, status, created_by, body, created_at, updated_at) "
                                         "VALUES (?, ?, ?, 'open', ?, '{}', ?, ?) RETURNING id"));
    insert.bind(tenantId)
        .bind(locationId)
        .bind(day.toString(Qt::ISODate))
        .bind(createdBy)
        .bind(when)
        .bind(when)
        .exec();
    insert.next();
    return insert.integer(0);
}

void RoutingProposalRepository::setBody(qint64 id, const QByteArray &json)
{
    SqlQuery(m_db, QStringLiteral("UPDATE routing_proposals SET body = ? WHERE id = ?"))
        .bind(QString::fromUtf8(json))
        .bind(id)
        .exec();
}

std::optional<StoredProposal> RoutingProposalRepository::find(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT body, location_id, status FROM routing_proposals "
                                    "WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return StoredProposal{q.integer(1), q.text(2), q.bytes(0)};
}

void RoutingProposalRepository::markApplied(qint64 id, const QString &when)
{
    SqlQuery(m_db, QStringLiteral("UPDATE routing_proposals SET status = 'applied', "
                                  "updated_at = ? WHERE id = ?"))
        .bind(when)
        .bind(id)
        .exec();
}

} // namespace fielddesk::server
