#include "repositories/rateusagerepository.h"

namespace fielddesk::server {

void RateUsageRepository::add(const QString &serverId,
                              const QString &limiter,
                              const QHash<QString, int> &admitted,
                              qint64 nowMs)
{
    if (admitted.isEmpty())
        return;
    Transaction tx(m_db);
    const QString upsert = QStringLiteral(
        "INSERT INTO rate_usage (server_id, limiter, bucket_key, used, updated_ms) VALUES (?, ?, "
        "?, ?, ?) ON CONFLICT (server_id, limiter, bucket_key) DO UPDATE SET used = "
        "rate_usage.used + excluded.used, updated_ms = excluded.updated_ms");
    for (auto it = admitted.cbegin(); it != admitted.cend(); ++it) {
        SqlQuery q(m_db, upsert); // the thread's prepared statement, borrowed again
        q.bind(serverId).bind(limiter).bind(it.key()).bind(qint64(it.value())).bind(nowMs).exec();
    }
    tx.commit();
}

QList<RateUsage> RateUsageRepository::othersChangedSince(const QString &serverId, qint64 sinceMs)
{
    SqlQuery q(m_db, QStringLiteral("SELECT server_id, limiter, bucket_key, used FROM rate_usage "
                                    "WHERE updated_ms >= ? AND server_id <> ?"));
    q.bind(sinceMs).bind(serverId).exec();
    QList<RateUsage> rows;
    while (q.next())
        rows.append({q.text(0), q.text(1), q.text(2), q.integer(3)});
    return rows;
}

int RateUsageRepository::deleteUnchangedSince(qint64 cutoffMs)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM rate_usage WHERE updated_ms < ?"));
    q.bind(cutoffMs).exec();
    return q.rowsAffected();
}

} // namespace fielddesk::server
