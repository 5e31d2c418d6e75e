#include "events/eventrepository.h"

#include "fielddesk/domain/jsonwriter.h"
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
// PostgreSQL the outbox lock, which every writer waits for, is taken by the insert itself and
// held only for that one statement and the COMMIT (before, it was held from the first event
// on, through the rest of the change's statements: the assignments' bottleneck).
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
        QHash<qint64, QList<Webhook>> activeByTenant; // read once per tenant
        for (const DomainEvent &event : std::as_const(events))
            subscribers.append(WebhookOutbox::subscribersOf(db, event, &activeByTenant));
        EventRepository::insert(db, events);
        for (qsizetype i = 0; i < events.size(); ++i)
            WebhookOutbox::queue(db, events.at(i), subscribers.at(i));
    }
};

void EventRepository::append(DomainEvent event)
{
    if (event.occurredAt.isEmpty())
        event.occurredAt = nowTimestamp();
    Transaction *transaction = Transaction::current(m_db);
    if (!transaction) { // a write of its own (autocommit): appended at once
        const QList<Webhook> subscribers = WebhookOutbox::subscribersOf(m_db, event);
        QList<DomainEvent> events{std::move(event)};
        insert(m_db, events);
        WebhookOutbox::queue(m_db, events.first(), subscribers);
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

void EventRepository::insert(Database &db, QList<DomainEvent> &events)
{
    if (events.isEmpty())
        return;
    if (db.engine() == Engine::Postgres)
        insertOnPostgres(db, events);
    else
        insertOnSqlite(db, events);
    // The commit's journal note names them: caches then know they are this process's.
    if (Transaction *transaction = Transaction::current(db)) {
        QList<qint64> ids;
        ids.reserve(events.size());
        for (const DomainEvent &event : std::as_const(events))
            ids.append(event.id);
        transaction->noteEvents(ids);
    }
}

void EventRepository::insertOnSqlite(Database &db, QList<DomainEvent> &events)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO outbox_events (tenant_id, location_id, type, source, occurred_at, "
        "correlation_id, data, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    for (DomainEvent &event : events) {
        SqlQuery q(db, sql);
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
    }
}

void EventRepository::insertOnPostgres(Database &db, QList<DomainEvent> &events)
{
    // One statement, one round trip, whatever the number of events: they go as one JSON array
    // parameter. It takes the outbox lock before any id is drawn, draws the ids in the events'
    // order ("n") and notifies notifyChannel() at commit (equal notifications of one
    // transaction are sent once).
    static const QString sql =
        QStringLiteral("WITH outbox_lock AS (SELECT pg_advisory_xact_lock(%1)) "
                       "INSERT INTO outbox_events (tenant_id, location_id, type, source, "
                       "occurred_at, correlation_id, data, user_id) "
                       "SELECT e.tenant_id, e.location_id, e.type, e.source, e.occurred_at, "
                       "e.correlation_id, e.data, e.user_id FROM outbox_lock, "
                       "json_to_recordset(CAST(? AS json)) AS e(n integer, tenant_id bigint, "
                       "location_id bigint, type text, source text, occurred_at text, "
                       "correlation_id text, data text, user_id bigint) ORDER BY e.n "
                       "RETURNING id, pg_notify('%2', '')")
            .arg(kOutboxLockKey)
            .arg(notifyChannel());
    JsonWriter rows(512 * events.size());
    rows.beginArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const DomainEvent &event = events.at(i);
        rows.beginObject();
        rows.field("n", qint64(i));
        rows.field("tenant_id", event.tenantId);
        rows.field("location_id", event.locationId);
        rows.field("type", event.type);
        rows.field("source", event.source);
        rows.field("occurred_at", event.occurredAt);
        rows.field("correlation_id", event.correlationId);
        rows.key("data").value(
            std::string_view(event.dataJson.constData(), size_t(event.dataJson.size())));
        rows.field("user_id", event.userId);
        rows.endObject();
    }
    rows.endArray();
    SqlQuery q(db, sql);
    q.bind(QString::fromUtf8(rows.take())).exec();
    // Ids are drawn in the events' order: the smallest is the first event's.
    QList<qint64> ids;
    ids.reserve(events.size());
    while (q.next())
        ids.append(q.integer(0));
    if (ids.size() != events.size())
        throw DatabaseError(
            DatabaseError::Kind::Other,
            QStringLiteral("the outbox stored %1 of %2 events").arg(ids.size()).arg(events.size()));
    std::sort(ids.begin(), ids.end());
    for (qsizetype i = 0; i < events.size(); ++i)
        events[i].id = ids.at(i);
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
