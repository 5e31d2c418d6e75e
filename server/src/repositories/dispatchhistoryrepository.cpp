#include "repositories/dispatchhistoryrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

namespace {

const QString kDispatchHistoryColumns = QStringLiteral(
    "id, job_id, location_id, action, actor_user_id, actor_name, api_key_id, client_id, "
    "before_json, after_json, occurred_at, request_id");

DispatchHistoryEntry readHistoryEntry(const SqlQuery &q)
{
    DispatchHistoryEntry e;
    e.id = q.integer(0);
    e.jobId = q.integer(1);
    e.locationId = q.integer(2);
    e.action = q.text(3);
    if (!q.isNull(4))
        e.actorUserId = q.integer(4);
    e.actorName = q.text(5);
    if (!q.isNull(6))
        e.apiKeyId = q.integer(6);
    e.clientId = q.text(7);
    e.beforeJson = q.value(8).toByteArray();
    e.afterJson = q.value(9).toByteArray();
    e.occurredAt = q.text(10);
    e.requestId = q.text(11);
    return e;
}

QVariant nullableJson(const QByteArray &json)
{
    return json.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                          : QVariant(QString::fromUtf8(json));
}

} // namespace

const ListSpec &DispatchHistoryRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("occurred_at"), QStringLiteral("occurred_at")}},
        QStringLiteral("-id"),
        {},
        {{QStringLiteral("job_id"), QStringLiteral("job_id"), FilterType::Integer, true, {}},
         {QStringLiteral("location_id"),
          QStringLiteral("location_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("actor_user_id"),
          QStringLiteral("actor_user_id"),
          FilterType::Integer,
          false,
          {}},
         {QStringLiteral("action"),
          QStringLiteral("action"),
          FilterType::Enum,
          true,
          {QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("assigned"),
           QStringLiteral("unassigned"), QStringLiteral("rescheduled"),
           QStringLiteral("status_changed")}}},
        {QStringLiteral("technician_id"), QStringLiteral("from"), QStringLiteral("to")}};
    return spec;
}

DispatchHistoryEntry DispatchHistoryRepository::append(qint64 tenantId, DispatchHistoryEntry e)
{
    if (e.occurredAt.isEmpty())
        e.occurredAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO dispatch_history (tenant_id, job_id, location_id, "
                                    "action, actor_user_id, actor_name, api_key_id, client_id, "
                                    "before_json, after_json, occurred_at, request_id) VALUES (?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(tenantId)
        .bind(e.jobId)
        .bind(e.locationId)
        .bind(e.action)
        .bind(nullableId(e.actorUserId))
        .bind(e.actorName)
        .bind(nullableId(e.apiKeyId))
        .bind(e.clientId)
        .bind(nullableJson(e.beforeJson))
        .bind(nullableJson(e.afterJson))
        .bind(e.occurredAt)
        .bind(e.requestId)
        .exec();
    q.next();
    e.id = q.integer(0);
    return e;
}

Page<DispatchHistoryEntry> DispatchHistoryRepository::list(
    qint64 tenantId, const std::optional<QList<qint64>> &visibleLocations, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (visibleLocations)
        filter.whereIn(QStringLiteral("location_id"), *visibleLocations);
    const auto extra = [&query](const char *name) {
        return query.raw.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    // The service has checked from= and to=; an unreadable one filters nothing.
    if (const std::optional<QDateTime> from = parseTimestamp(extra("from")))
        filter.where(QStringLiteral("occurred_at >= ?"), {toTimestamp(*from)});
    if (const std::optional<QDateTime> to = parseTimestamp(extra("to")))
        filter.where(QStringLiteral("occurred_at < ?"), {toTimestamp(*to)});
    if (const QString technician = extra("technician_id"); !technician.isEmpty()) {
        // Rows where the technician is named before or after the change.
        const QString needle =
            QStringLiteral("%\"technician_id\":") + technician + QStringLiteral(",%");
        filter.where(QStringLiteral("(before_json LIKE ? OR after_json LIKE ?)"), {needle, needle});
    }
    filter.apply(query, listSpec());
    return selectPage<DispatchHistoryEntry>(m_db, kDispatchHistoryColumns,
                                            QStringLiteral("dispatch_history"), filter, query,
                                            readHistoryEntry);
}

} // namespace fielddesk::server
