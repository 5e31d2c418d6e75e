// SQL for technicians' positions: a batch stored (a moment a technician already has is
// skipped), a technician's last one, the last of everyone at some locations, a day's track,
// and those older than the retention removed.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

class PositionRepository
{
public:
    explicit PositionRepository(Database &db)
        : m_db(db)
    {}

    // How many were new.
    int insert(qint64 tenantId, const QList<TechnicianPosition> &positions);
    std::optional<TechnicianPosition> latestOf(qint64 technicianId);
    // The last position of each active technician of these locations (all when nullopt).
    QList<TechnicianPosition> latestAt(qint64 tenantId,
                                       const std::optional<QList<qint64>> &locationIds);
    // [from, to), oldest first.
    QList<TechnicianPosition> track(qint64 technicianId, const QString &from, const QString &to);
    int removeOlderThan(const QString &moment);

private:
    Database &m_db;
};

} // namespace fielddesk::server
