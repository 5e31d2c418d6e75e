#include "repositories/messagerepository.h"

#include "auth/secrettoken.h"
#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const Table<MessageDelivery> &messageTable()
{
    static const Table<MessageDelivery> table(
        QStringLiteral("outbound_messages"),
        {column(QStringLiteral("id"), &MessageDelivery::id, ColumnWrite::Never),
         column(QStringLiteral("location_id"), &MessageDelivery::locationId),
         column(QStringLiteral("webhook_id"), &MessageDelivery::webhookId),
         column(QStringLiteral("channel"), &MessageDelivery::channel),
         column(QStringLiteral("recipient"), &MessageDelivery::recipient),
         column(QStringLiteral("template"), &MessageDelivery::templateName),
         column(QStringLiteral("language"), &MessageDelivery::language),
         column(QStringLiteral("subject"), &MessageDelivery::subject),
         column(QStringLiteral("body"), &MessageDelivery::body),
         nullableTextColumn(QStringLiteral("object_type"), &MessageDelivery::objectType),
         column(QStringLiteral("object_id"), &MessageDelivery::objectId),
         column(QStringLiteral("status"), &MessageDelivery::status),
         column(QStringLiteral("attempts"), &MessageDelivery::attempts),
         column(QStringLiteral("last_error"), &MessageDelivery::lastError),
         nullableTextColumn(QStringLiteral("next_attempt_at"), &MessageDelivery::nextAttemptAt),
         nullableTextColumn(QStringLiteral("sent_at"), &MessageDelivery::sentAt),
         column(QStringLiteral("created_at"), &MessageDelivery::createdAt)});
    return table;
}

// Managers see the messages of their locations and those of no location; admins every one.
void scopeMessages(SqlFilter &filter,
                   qint64 tenantId,
                   const std::optional<QList<qint64>> &visibleLocations)
{
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (visibleLocations) {
        if (visibleLocations->isEmpty()) {
            filter.where(QStringLiteral("location_id IS NULL"));
        } else {
            QStringList marks;
            QVariantList ids;
            for (const qint64 id : *visibleLocations) {
                marks << QStringLiteral("?");
                ids << id;
            }
            filter.where(QStringLiteral("(location_id IS NULL OR location_id IN (%1))")
                             .arg(marks.join(QLatin1Char(','))),
                         ids);
        }
    }
}

} // namespace

const ListSpec &MessageRepository::listSpec()
{
    static const ListSpec spec{
        messageTable().orderable({QStringLiteral("id"), QStringLiteral("created_at")}),
        QStringLiteral("-id"),
        {QStringLiteral("recipient"), QStringLiteral("subject")},
        {{QStringLiteral("status"), QStringLiteral("status"), FilterType::Enum, true,
          allMessageStatuses()},
         {QStringLiteral("channel"), QStringLiteral("channel"), FilterType::Enum, true,
          allMessageChannels()},
         messageTable().filter(QStringLiteral("template"), FilterType::Text, true),
         messageTable().filter(QStringLiteral("object_type"), FilterType::Text),
         messageTable().filter(QStringLiteral("object_id"), FilterType::Integer),
         messageTable().filter(QStringLiteral("webhook_id"), FilterType::Integer)}};
    return spec;
}

bool MessageRepository::queue(qint64 tenantId,
                              const MessageDelivery &message,
                              const QString &idempotencyKey)
{
    MessageDelivery row = message;
    const QString now = nowTimestamp();
    row.status = QStringLiteral("queued");
    row.attempts = 0;
    row.lastError.clear();
    if (row.nextAttemptAt.isEmpty() || row.nextAttemptAt < now)
        row.nextAttemptAt = now;
    row.sentAt.clear();
    row.createdAt = now;
    return messageTable()
        .insertUnlessPresent(m_db, row,
                             {{QStringLiteral("tenant_id"), tenantId},
                              {QStringLiteral("idempotency_key"), idempotencyKey},
                              {QStringLiteral("updated_at"), now}})
        .has_value();
}

QList<ClaimedMessage>
MessageRepository::claimDue(const QString &now, const QString &claimedUntil, int limit)
{
    // Due: waiting (next_attempt_at set and passed) and not claimed by a live claim. A webhook
    // call waits, too, while an earlier call of its subscription about the same object is still
    // to be made: the receiver gets a job's events in the order they happened.
    const QString due = QStringLiteral(
        "SELECT m.id FROM outbound_messages m WHERE m.next_attempt_at IS NOT NULL AND "
        "m.next_attempt_at <= ? AND (m.claimed_until IS NULL OR m.claimed_until < ?) AND "
        "(m.webhook_id IS NULL OR m.object_id IS NULL OR NOT EXISTS (SELECT 1 FROM "
        "outbound_messages e WHERE e.webhook_id = m.webhook_id AND e.object_type = "
        "m.object_type AND e.object_id = m.object_id AND e.id < m.id AND e.next_attempt_at IS "
        "NOT NULL)) ORDER BY m.next_attempt_at, m.id LIMIT ?");
    const QString lock = m_db.engine() == Engine::Postgres
                             ? QStringLiteral(" FOR UPDATE OF m SKIP LOCKED")
                             : QString();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE outbound_messages SET claimed_until = ? WHERE id IN "
                                    "(%1%2) RETURNING id, tenant_id, channel, recipient, subject, "
                                    "body, idempotency_key, attempts, created_at, template, "
                                    "webhook_id")
                         .arg(due, lock));
    q.bind(claimedUntil).bind(now).bind(now).bind(limit).exec();
    QList<ClaimedMessage> claimed;
    while (q.next()) {
        ClaimedMessage m{q.integer(0), q.integer(1), q.text(2), q.text(3),
                         q.text(4),    q.text(5),    q.text(6), int(q.integer(7)),
                         q.text(8),    q.text(9),    {}};
        if (!q.isNull(10))
            m.webhookId = q.integer(10);
        claimed.append(m);
    }
    // Nothing claimed, nothing changed: rolled back rather than committed, so that a courier
    // polling every second does not count as a commit (the list cache's stamp would see one).
    if (!claimed.isEmpty())
        tx.commit();
    return claimed;
}

void MessageRepository::releaseClaims(const QList<qint64> &ids, const QString &claimedUntil)
{
    if (ids.isEmpty())
        return;
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE outbound_messages SET claimed_until = NULL WHERE "
                                    "claimed_until = ? AND id IN (%1)")
                         .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    q.bind(claimedUntil);
    for (const qint64 id : ids)
        q.bind(id);
    q.exec();
    tx.commit();
}

void MessageRepository::recordSent(qint64 id, const QString &now)
{
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE outbound_messages SET status = 'sent', attempts = "
                                    "attempts + 1, sent_at = ?, next_attempt_at = NULL, "
                                    "claimed_until = NULL, last_error = '', updated_at = ? "
                                    "WHERE id = ?"));
    q.bind(now).bind(now).bind(id).exec();
    tx.commit();
}

void MessageRepository::recordFailure(qint64 id, const QString &error, const QString &nextAttemptAt)
{
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE outbound_messages SET status = ?, attempts = "
                                    "attempts + 1, last_error = ?, next_attempt_at = ?, "
                                    "claimed_until = NULL, updated_at = ? WHERE id = ?"));
    q.bind(nextAttemptAt.isEmpty() ? QStringLiteral("given_up") : QStringLiteral("failed"))
        .bind(error.left(1000))
        .bind(nullableText(nextAttemptAt))
        .bind(nowTimestamp())
        .bind(id)
        .exec();
    tx.commit();
}

Page<MessageDelivery> MessageRepository::list(qint64 tenantId,
                                              const std::optional<QList<qint64>> &visibleLocations,
                                              const ListQuery &query)
{
    SqlFilter filter;
    scopeMessages(filter, tenantId, visibleLocations);
    filter.apply(query, listSpec());
    return messageTable().page(m_db, filter, query);
}

std::optional<MessageDelivery> MessageRepository::find(
    qint64 tenantId, qint64 id, const std::optional<QList<qint64>> &visibleLocations)
{
    SqlFilter filter;
    scopeMessages(filter, tenantId, visibleLocations);
    filter.where(QStringLiteral("id = ?"), {id});
    const QList<MessageDelivery> found = messageTable().all(m_db, filter, QStringLiteral("id"));
    return found.isEmpty() ? std::nullopt : std::optional<MessageDelivery>(found.first());
}

qint64 MessageRepository::copyForResend(qint64 tenantId, qint64 id)
{
    const std::optional<MessageDelivery> original = messageTable().find(m_db, tenantId, id);
    if (!original)
        return 0;
    // A new key: the receiving system is to take it as a message of its own.
    const QString key =
        QStringLiteral("resend-%1-%2").arg(id).arg(QString::fromLatin1(newSecretToken().left(12)));
    MessageDelivery copy = *original;
    queue(tenantId, copy, key);
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM outbound_messages WHERE idempotency_key = ?"));
    q.bind(key).exec();
    return q.next() ? q.integer(0) : 0;
}

} // namespace fielddesk::server
