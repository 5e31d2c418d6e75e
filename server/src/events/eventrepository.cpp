#include "events/eventrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "messaging/webhookoutbox.h"

namespace fielddesk::server {

namespace {

constexpr qint64 kOutboxLockKey = 7240532;

const QString kEventColumns =
    QStringLiteral("id, tenant_id, location_id, type, source, occurred_at, correlation_id, data, "
                   "user_id");

DomainEvent readEvent(const SqlQuery &q)
{
    DomainEvent e;
    e.id = q.integer(0);
    e.tenantId = q.integer(1);
    if (!q.isNull(2))
        e.locationId = q.integer(2);
    e.type = q.text(3);
    e.source = q.text(4);
    e.occurredAt = q.text(5);
    e.correlationId = q.text(6);
    e.dataJson = q.value(7).toByteArray();
    if (!q.isNull(8))
        e.userId = q.integer(8);
    return e;
}

} // namespace

void EventRepository::lockOutbox(Database &db)
{
    if (db.engine() == Engine::Postgres)
        db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kOutboxLockKey));
}

DomainEvent EventRepository::append(DomainEvent event)
{
    lockOutbox(m_db);
    if (event.occurredAt.isEmpty())
        event.occurredAt = nowTimestamp();
    // On PostgreSQL the commit also notifies notifyChannel(), in the same round trip (equal
    // notifications of one transaction are sent once).
    static const QString insertSql =
        QStringLiteral("INSERT INTO outbox_events (tenant_id, location_id, type, source, "
                       "occurred_at, correlation_id, data, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id");
    static const QString insertAndNotifySql =
        insertSql + QStringLiteral(", pg_notify('%1', '')").arg(notifyChannel());
    SqlQuery q(m_db, m_db.engine() == Engine::Postgres ? insertAndNotifySql : insertSql);
    q.bind(event.tenantId)
        .bind(event.locationId ? QVariant(*event.locationId)
                               : QVariant(QMetaType::fromType<qint64>()))
        .bind(event.type)
        .bind(event.source)
        .bind(event.occurredAt)
        .bind(event.correlationId)
        .bind(QString::fromUtf8(event.dataJson))
        .bind(event.userId ? QVariant(*event.userId) : QVariant(QMetaType::fromType<qint64>()))
        .exec();
    q.next();
    event.id = q.integer(0);
    WebhookOutbox::queueFor(m_db, event);
    return event;
}

QList<DomainEvent> EventRepository::after(qint64 afterId, int limit)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kEventColumns +
                         QStringLiteral(" FROM outbox_events WHERE id > ? ORDER BY id LIMIT ?"));
    q.bind(afterId).bind(limit).exec();
    QList<DomainEvent> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

QList<DomainEvent> EventRepository::afterForTenant(qint64 tenantId, qint64 afterId, int limit)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kEventColumns +
                         QStringLiteral(" FROM outbox_events WHERE tenant_id = ? AND id > ? "
                                        "ORDER BY id LIMIT ?"));
    q.bind(tenantId).bind(afterId).bind(limit).exec();
    QList<DomainEvent> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

qint64 EventRepository::latestId()
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM outbox_events"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

} // namespace fielddesk::server
