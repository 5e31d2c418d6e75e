#include "repositories/auditrepository.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

namespace {

const QString kAuditColumns = QStringLiteral("id, tenant_id, actor_user_id, actor_email, action, "
                                             "object_type, object_id, location_id, before_json, "
                                             "after_json, request_id, created_at");

AuditEntry readAuditEntry(const SqlQuery &q)
{
    AuditEntry e;
    e.id = q.integer(0);
    e.tenantId = q.integer(1);
    if (!q.isNull(2))
        e.actorUserId = q.integer(2);
    e.actorEmail = q.text(3);
    e.action = q.text(4);
    e.objectType = q.text(5);
    if (!q.isNull(6))
        e.objectId = q.integer(6);
    if (!q.isNull(7))
        e.locationId = q.integer(7);
    e.beforeJson = q.text(8).toUtf8();
    e.afterJson = q.text(9).toUtf8();
    e.requestId = q.text(10);
    e.createdAt = q.text(11);
    return e;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalJson(const QByteArray &json)
{
    return json.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                          : QVariant(QString::fromUtf8(json));
}

void scope(SqlFilter &filter, qint64 tenantId, const std::optional<QList<qint64>> &visibleLocations)
{
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (visibleLocations)
        filter.whereIn(QStringLiteral("location_id"), *visibleLocations);
}

} // namespace

const ListSpec &AuditRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")}},
        QStringLiteral("-created_at"),
        {QStringLiteral("action"), QStringLiteral("object_type"), QStringLiteral("actor_email")},
        {{QStringLiteral("action"), QStringLiteral("action"), FilterType::Text, true, {}},
         {QStringLiteral("object_type"), QStringLiteral("object_type"), FilterType::Text, true, {}},
         {QStringLiteral("object_id"), QStringLiteral("object_id"), FilterType::Integer, false, {}},
         {QStringLiteral("actor_user_id"),
          QStringLiteral("actor_user_id"),
          FilterType::Integer,
          false,
          {}},
         {QStringLiteral("location_id"),
          QStringLiteral("location_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("request_id"), QStringLiteral("request_id"), FilterType::Text, false, {}}},
        {QStringLiteral("from"), QStringLiteral("to")}};
    return spec;
}

void AuditRepository::append(const AuditEntry &entry)
{
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO audit_logs (tenant_id, actor_user_id, actor_email, action, "
                       "object_type, object_id, location_id, before_json, after_json, request_id, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // An operator's own account is in no tenant (its password changes are audited there).
    q.bind(optionalId(entry.tenantId ? std::optional<qint64>(entry.tenantId) : std::nullopt))
        .bind(optionalId(entry.actorUserId))
        .bind(entry.actorEmail)
        .bind(entry.action)
        .bind(entry.objectType)
        .bind(optionalId(entry.objectId))
        .bind(optionalId(entry.locationId))
        .bind(optionalJson(entry.beforeJson))
        .bind(optionalJson(entry.afterJson))
        .bind(entry.requestId)
        .bind(entry.createdAt.isEmpty() ? nowTimestamp() : entry.createdAt)
        .exec();
}

std::optional<AuditEntry> AuditRepository::find(
    qint64 tenantId, qint64 id, const std::optional<QList<qint64>> &visibleLocations)
{
    SqlFilter filter;
    scope(filter, tenantId, visibleLocations);
    filter.where(QStringLiteral("id = ?"), {id});
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kAuditColumns +
                         QStringLiteral(" FROM audit_logs") + filter.clause());
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readAuditEntry(q);
}

Page<AuditEntry> AuditRepository::list(qint64 tenantId,
                                       const std::optional<QList<qint64>> &visibleLocations,
                                       const ListQuery &query,
                                       const QString &from,
                                       const QString &to)
{
    SqlFilter filter;
    scope(filter, tenantId, visibleLocations);
    if (!from.isEmpty())
        filter.where(QStringLiteral("created_at >= ?"), {from});
    if (!to.isEmpty())
        filter.where(QStringLiteral("created_at < ?"), {to});
    filter.apply(query, listSpec());
    return selectPage<AuditEntry>(m_db, kAuditColumns, QStringLiteral("audit_logs"), filter, query,
                                  readAuditEntry);
}

} // namespace fielddesk::server
