// Routing plans under way (table routing_plan_runs), so that a plan's cancellation reaches the
// server running it from whichever server took the cancel: the plan's server registers it and
// looks at its plans' rows while they run; any server marks a row cancelled.
#pragma once

#include "storage/database.h"

#include <QList>

#include <optional>

namespace fielddesk::server {

class RoutingPlanRunRepository
{
public:
    explicit RoutingPlanRunRepository(Database &db)
        : m_db(db)
    {}

    // Registers a plan, counted as under way until `expiresAtMs` (a crashed server's plans
    // stop counting then) or until finish(); its id. Forgets the plans that have expired.
    qint64 start(qint64 tenantId,
                 const QString &requestId,
                 qint64 locationId,
                 qint64 nowMs,
                 qint64 expiresAtMs);
    void extend(qint64 id, qint64 expiresAtMs);
    void finish(qint64 id);
    // Marks the plans under way with this request id, in the tenant and (nullopt: any) these
    // locations, cancelled; how many.
    int cancel(qint64 tenantId,
               const QString &requestId,
               const std::optional<QList<qint64>> &locations,
               qint64 nowMs);
    // Which of these plans someone cancelled.
    QList<qint64> cancelledAmong(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace fielddesk::server
