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

    // Records an event of the change under way. Inside a transaction it is written when the
    // transaction commits, last (and not at all if it rolls back), so its id is not known
    // here. On PostgreSQL appends are serialised (an advisory lock the insert takes and
    // the transaction holds until its COMMIT) so ids become visible in id order and a reader
    // never skips one, and the commit notifies notifyChannel(): the hubs of every server
    // sharing the database read at once instead of at their next poll.
    void append(DomainEvent event);
    static QString notifyChannel() { return QStringLiteral("fielddesk_outbox"); }
    // Events of every tenant with an id above afterId, oldest first.
    QList<DomainEvent> after(qint64 afterId, int limit);
    // Events of one tenant with an id above afterId, oldest first (for resume).
    QList<DomainEvent> afterForTenant(qint64 tenantId, qint64 afterId, int limit);
    qint64 latestId();

private:
    class PendingEvents;
    // Writes the events in their order and sets their ids (PostgreSQL: one statement that
    // takes the outbox lock first).
    static void insert(Database &db, QList<DomainEvent> &events);
    static void insertOnPostgres(Database &db, QList<DomainEvent> &events);
    static void insertOnSqlite(Database &db, QList<DomainEvent> &events);

    Database &m_db;
};

} // namespace fielddesk::server
