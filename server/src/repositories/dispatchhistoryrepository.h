// SQL for the dispatch history: one row per change of a job's dispatch state, written in the
// same transaction as the change.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

namespace fielddesk::server {

class DispatchHistoryRepository
{
public:
    explicit DispatchHistoryRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec(); // extra parameters: technician_id, from, to

    DispatchHistoryEntry append(qint64 tenantId, DispatchHistoryEntry entry);
    // visibleLocations: nullopt for every location (admins).
    Page<DispatchHistoryEntry> list(qint64 tenantId,
                                    const std::optional<QList<qint64>> &visibleLocations,
                                    const ListQuery &query);

private:
    Database &m_db;
};

} // namespace fielddesk::server
