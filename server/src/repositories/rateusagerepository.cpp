#include "repositories/rateusagerepository.h"

#include <QStringList>

#include <algorithm>

namespace fielddesk::server {

namespace {
constexpr qsizetype kRowsAStatement = 100;
}

qint64 RateUsageRepository::nowMs()
{
    SqlQuery q(
        m_db,
        m_db.engine() == Engine::Postgres
            ? QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
            : QStringLiteral("SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

void RateUsageRepository::add(const QString &serverId,
                              const QList<AdmittedCounts> &counts,
                              qint64 nowMs)
{
    struct Row
    {
        const QString *limiter;
        QString key;
        int used;
    };
    QList<Row> rows;
    for (const AdmittedCounts &count : counts) {
        for (auto it = count.admitted.cbegin(); it != count.admitted.cend(); ++it)
            rows.append({&count.limiter, it.key(), it.value()});
    }
    if (rows.isEmpty())
        return;
    // A few statements of many rows each: a round trip a hundred keys, not one a key.
    Transaction tx(m_db);
    for (qsizetype first = 0; first < rows.size(); first += kRowsAStatement) {
        const qsizetype count = std::min(kRowsAStatement, rows.size() - first);
        const QStringList tuples(count, QStringLiteral("(?, ?, ?, ?, ?, ?)"));
        SqlQuery q(m_db, QStringLiteral("INSERT INTO rate_usage (server_id, limiter, bucket_key, "
                                        "used, updated_ms, created_ms) VALUES ") +
                             tuples.join(QStringLiteral(", ")) +
                             QStringLiteral(" ON CONFLICT (server_id, limiter, bucket_key) DO "
                                            "UPDATE SET used = rate_usage.used + excluded.used, "
                                            "updated_ms = excluded.updated_ms"));
        for (qsizetype i = first; i < first + count; ++i)
            q.bind(serverId)
                .bind(*rows.at(i).limiter)
                .bind(rows.at(i).key)
                .bind(rows.at(i).used)
                .bind(nowMs)
                .bind(nowMs);
        q.exec();
    }
    tx.commit();
}

QList<RateUsage> RateUsageRepository::othersChangedSince(const QString &serverId, qint64 sinceMs)
{
    SqlQuery q(m_db, QStringLiteral("SELECT server_id, limiter, bucket_key, used, created_ms FROM "
                                    "rate_usage WHERE updated_ms >= ? AND server_id <> ?"));
    q.bind(sinceMs).bind(serverId).exec();
    QList<RateUsage> rows;
    while (q.next())
        rows.append({q.text(0), q.text(1), q.text(2), q.integer(3), q.integer(4)});
    return rows;
}

int RateUsageRepository::deleteIdle(const QString &serverId, qint64 ownCutoffMs, qint64 anyCutoffMs)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM rate_usage WHERE (server_id = ? AND updated_ms < "
                                    "?) OR updated_ms < ?"));
    q.bind(serverId).bind(ownCutoffMs).bind(anyCutoffMs).exec();
    return q.rowsAffected();
}

} // namespace fielddesk::server
