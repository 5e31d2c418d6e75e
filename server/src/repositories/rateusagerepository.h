// What each server let through under the shared request rate limits (table rate_usage,
// auth/rateshare.h): one row per server, limiter and key, its count only ever added to, so
// that a reader may read a row twice or late and still take the right difference. A row
// deleted and made again is another row: its `created_ms` differs. The times are the
// database's clock (nowMs()), which all servers share where theirs may disagree.
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
    qint64 used = 0;      // what this server let through for the key since the row was made
    qint64 createdMs = 0; // tells a row made again from the one before
};

// What one limiter let through since the last report, per key.
struct AdmittedCounts
{
    QString limiter;
    QHash<QString, int> admitted;
};

class RateUsageRepository
{
public:
    explicit RateUsageRepository(Database &db)
        : m_db(db)
    {}

    // The database's clock, in milliseconds since the epoch.
    qint64 nowMs();
    // Adds each key's count to this server's row of it, all in one transaction.
    void add(const QString &serverId, const QList<AdmittedCounts> &counts, qint64 nowMs);
    // Other servers' rows changed at or after `sinceMs` (every row when 0).
    QList<RateUsage> othersChangedSince(const QString &serverId, qint64 sinceMs);
    // Deletes this server's rows unchanged since `ownCutoffMs`, and any server's unchanged
    // since `anyCutoffMs` (a server that stopped leaves its rows); how many.
    int deleteIdle(const QString &serverId, qint64 ownCutoffMs, qint64 anyCutoffMs);

private:
    Database &m_db;
};

} // namespace fielddesk::server
