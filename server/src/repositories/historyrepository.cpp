#include "repositories/historyrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

RequestHistoryEntry HistoryRepository::append(qint64 tenantId, RequestHistoryEntry entry)
{
    entry.occurredAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO %1 (tenant_id, %2, action, from_status, "
                                    "to_status, actor_id, actor_name, comment, occurred_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                         .arg(m_table, m_keyColumn));
    q.bind(tenantId)
        .bind(entry.requestId)
        .bind(entry.action)
        .bind(nullableText(entry.fromStatus))
        .bind(nullableText(entry.toStatus))
        .bind(nullableId(entry.actorId))
        .bind(entry.actorName)
        .bind(nullableText(entry.comment))
        .bind(entry.occurredAt)
        .exec();
    q.next();
    entry.id = q.integer(0);
    return entry;
}

QList<RequestHistoryEntry> HistoryRepository::of(qint64 objectId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, %2, action, from_status, to_status, actor_id, "
                                    "actor_name, comment, occurred_at FROM %1 WHERE %2 = ? "
                                    "ORDER BY id")
                         .arg(m_table, m_keyColumn));
    q.bind(objectId).exec();
    QList<RequestHistoryEntry> entries;
    while (q.next()) {
        RequestHistoryEntry e;
        e.id = q.integer(0);
        e.requestId = q.integer(1);
        e.action = q.text(2);
        e.fromStatus = q.text(3);
        e.toStatus = q.text(4);
        if (!q.isNull(5))
            e.actorId = q.integer(5);
        e.actorName = q.text(6);
        e.comment = q.text(7);
        e.occurredAt = q.text(8);
        entries.append(e);
    }
    return entries;
}

void writeHistoryEntry(JsonWriter &w, const RequestHistoryEntry &entry, const char *objectKey)
{
    const auto textOrNull = [&w](const char *key, const QString &text) {
        if (text.isEmpty())
            w.key(key).nullValue();
        else
            w.field(key, text);
    };
    w.beginObject().field("id", entry.id).field(objectKey, entry.requestId);
    w.field("action", entry.action);
    textOrNull("from_status", entry.fromStatus);
    textOrNull("to_status", entry.toStatus);
    w.key("actor").beginObject();
    if (entry.actorId)
        w.field("id", *entry.actorId);
    else
        w.key("id").nullValue();
    w.field("name", entry.actorName).endObject();
    textOrNull("comment", entry.comment);
    w.field("occurred_at", entry.occurredAt).endObject();
}

} // namespace fielddesk::server
