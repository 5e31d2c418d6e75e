// What each server let through under the shared request rate limits (table rate_usage,
// auth/rateshare.h): one row per server, limiter and key, its count only ever added to, so
// that a reader may read a row twice or late and still take the right difference.
#pragma once

#include "storage/database.h"

#include <QHash>
#include <QList>

namespace fielddesk::server {

struct RateUsage
{
    QString serverId;
    QString limiter; // "address", "token"
    QString key;
    qint64 used = 0; // everything this server let through for the key since its row was made
};

class RateUsageRepository
{
public:
    explicit RateUsageRepository(Database &db)
        : m_db(db)
    {}

    // Adds each key's count to this server's row of it, in one transaction.
    void add(const QString &serverId,
             const QString &limiter,
             const QHash<QString, int> &admitted,
             qint64 nowMs);
    // Other servers' rows changed at or after `sinceMs` (every row when 0).
    QList<RateUsage> othersChangedSince(const QString &serverId, qint64 sinceMs);
    // Deletes the rows unchanged since `cutoffMs`; how many.
    int deleteUnchangedSince(qint64 cutoffMs);

private:
    Database &m_db;
};

} // namespace fielddesk::server
