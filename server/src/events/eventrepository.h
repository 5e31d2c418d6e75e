// The outbox: every state change writes its event here in the same transaction as the
// change itself, so an event exists exactly when its change was committed. The hub reads
// the rows after the last id it delivered.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/database.h"

namespace fielddesk::server {

class EventRepository
{
public:
    explicit EventRepository(Database &db)
        : m_db(db)
    {}

    // Inside a write transaction. On PostgreSQL appends are serialised (advisory lock held
    // until commit) so ids become visible in id order and a reader never skips one, and the
    // commit notifies notifyChannel(): the hubs of every server sharing the database read at
    // once instead of at their next poll.
    DomainEvent append(DomainEvent event);
    static QString notifyChannel() { return QStringLiteral("fielddesk_outbox"); }
    // Takes that lock now (PostgreSQL; nothing on SQLite, which has one writer anyway): for a
    // change that must lock another shared row before its event is appended, so that every
    // writer takes the two in the same order and none deadlocks.
    static void lockOutbox(Database &db);
    // Events of every tenant with an id above afterId, oldest first.
    QList<DomainEvent> after(qint64 afterId, int limit);
    // Events of one tenant with an id above afterId, oldest first (for resume).
    QList<DomainEvent> afterForTenant(qint64 tenantId, qint64 afterId, int limit);
    qint64 latestId();

private:
    Database &m_db;
};

} // namespace fielddesk::server
