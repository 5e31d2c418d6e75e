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

const int kPendingEventsKey = 0; // its address names the pending events in a transaction

} // namespace

// The events of one transaction, kept until it commits and then appended together: on
// PostgreSQL the outbox lock, which every writer waits for, is taken by the first insert
// itself and held only for these inserts and the COMMIT (before, it was held from the first
// event on, through the rest of the change's statements: the assignments' bottleneck).
class EventRepository::PendingEvents : public Transaction::CommitWork
{
public:
    QList<DomainEvent> events;

    void beforeCommit(Database &db) override
    {
        // Who wants the events (webhooks) is read before the lock; the calls are queued after,
        // with the events' ids.
        QList<QList<Webhook>> subscribers;
        subscribers.reserve(events.size());
        for (const DomainEvent &event : std::as_const(events))
            subscribers.append(WebhookOutbox::subscribersOf(db, event));
        bool locked = false;
        for (qsizetype i = 0; i < events.size(); ++i) {
            DomainEvent &event = events[i];
            event.id = EventRepository::insert(db, event, !locked);
            locked = true;
            WebhookOutbox::queue(db, event, subscribers.at(i));
        }
    }
};

void EventRepository::append(DomainEvent event)
{
    if (event.occurredAt.isEmpty())
        event.occurredAt = nowTimestamp();
    Transaction *transaction = Transaction::current(m_db);
    if (!transaction) { // a write of its own (autocommit): appended at once
        event.id = insert(m_db, event, true);
        WebhookOutbox::queue(m_db, event, WebhookOutbox::subscribersOf(m_db, event));
        return;
    }
    auto *pending = static_cast<PendingEvents *>(transaction->work(&kPendingEventsKey));
    if (!pending) {
        auto work = std::make_unique<PendingEvents>();
        pending = work.get();
        transaction->addWork(&kPendingEventsKey, std::move(work));
    }
    pending->events.append(std::move(event));
}

qint64 EventRepository::insert(Database &db, const DomainEvent &event, bool takeLock)
{
    static const QString columns =
        QStringLiteral("INSERT INTO outbox_events (tenant_id, location_id, type, source, "
                       "occurred_at, correlation_id, data, user_id) ");
    static const QString sqliteSql =
        columns + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    // On PostgreSQL the insert takes the outbox lock itself (one round trip), before its id is
    // drawn, and the commit also notifies notifyChannel() (equal notifications of one
    // transaction are sent once).
    static const QString notify =
        QStringLiteral(" RETURNING id, pg_notify('%1', '')").arg(notifyChannel());
    static const QString postgresLockedSql =
        QStringLiteral("WITH outbox_lock AS (SELECT pg_advisory_xact_lock(%1)) ")
            .arg(kOutboxLockKey) +
        columns +
        QStringLiteral("SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT), "
                       "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                       "CAST(? AS BIGINT) FROM outbox_lock") +
        notify;
    static const QString postgresSql =
        columns + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?)") + notify;
    const bool postgres = db.engine() == Engine::Postgres;
    qint64 id = 0;
    {
        SqlQuery q(db, !postgres ? sqliteSql : takeLock ? postgresLockedSql : postgresSql);
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
        id = q.integer(0);
    }
    return id;
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
