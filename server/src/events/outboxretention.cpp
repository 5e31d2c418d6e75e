#include "events/outboxretention.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

qint64 OutboxRetention::oldestId()
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM outbox_events"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

int OutboxRetention::deleteOlderThan(const QDateTime &cutoff)
{
    // In a Transaction: on SQLite it queues for the write lock with the other writers
    // instead of sleeping in SQLite's busy handler between their commits.
    Transaction tx(m_db);
    tx.describeNoJobChanged();
    // occurred_at is ISO 8601 UTC with milliseconds everywhere, so text order is time order.
    SqlQuery q(m_db, QStringLiteral("DELETE FROM outbox_events WHERE occurred_at < ? "
                                    "AND id < (SELECT MAX(id) FROM outbox_events)"));
    q.bind(toTimestamp(cutoff)).exec();
    const int deleted = q.rowsAffected();
    tx.commit();
    return deleted;
}

} // namespace fielddesk::server
