// How far back the outbox goes: the oldest event still kept (to tell a console that asks
// for older ones to resynchronise) and the periodic removal of old events.
#pragma once

#include "storage/database.h"

#include <QDateTime>

namespace fielddesk::server {

class OutboxRetention
{
public:
    explicit OutboxRetention(Database &db)
        : m_db(db)
    {}

    // The smallest id still in the outbox, 0 when it is empty.
    qint64 oldestId();
    // Deletes the events that occurred before cutoff, except the newest event of all: SQLite
    // gives the next row max(id) + 1, so keeping the newest keeps ids from being reused, and
    // it tells a resuming console how far the history went. Returns the rows deleted.
    int deleteOlderThan(const QDateTime &cutoff);

private:
    Database &m_db;
};

} // namespace fielddesk::server
