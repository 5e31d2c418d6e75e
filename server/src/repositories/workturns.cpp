#include "repositories/workturns.h"

namespace fielddesk::server {

bool WorkTurns::take(const QString &work, qint64 nowMs, qint64 untilMs)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO work_turns (name, until_ms) VALUES (?, ?) ON "
                                    "CONFLICT (name) DO UPDATE SET until_ms = excluded.until_ms "
                                    "WHERE work_turns.until_ms <= ?"));
    q.bind(work).bind(untilMs).bind(nowMs).exec();
    return q.rowsAffected() == 1;
}

} // namespace fielddesk::server
