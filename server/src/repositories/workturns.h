// Turns of periodic work that several servers on one database share (a forecast fetched once a
// poll, whichever server's timer comes first): a turn is a row named after the work, taken
// when the time the previous turn claimed has passed. One statement, atomic on both engines (on
// PostgreSQL a concurrent taker waits for the row and then finds it taken).
#pragma once

#include "storage/database.h"

namespace fielddesk::server {

class WorkTurns
{
public:
    explicit WorkTurns(Database &db)
        : m_db(db)
    {}

    // Takes the turn of `work` until `untilMs` when nobody holds it at `nowMs`; whether it did.
    bool take(const QString &work, qint64 nowMs, qint64 untilMs);

private:
    Database &m_db;
};

} // namespace fielddesk::server
