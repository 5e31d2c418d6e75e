// SQL for the append-only audit log. There is no update or delete here on purpose.
#pragma once

#include "fielddesk/domain/organisation.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class AuditRepository
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    void append(const AuditEntry &entry);
    std::optional<AuditEntry>
    find(qint64 tenantId, qint64 id, const std::optional<QList<qint64>> &visibleLocations);
    // visibleLocations: nullopt for the whole tenant (admins), else rows of those locations.
    Page<AuditEntry> list(qint64 tenantId,
                          const std::optional<QList<qint64>> &visibleLocations,
                          const ListQuery &query,
                          const QString &from,
                          const QString &to);

private:
    Database &m_db;
};

} // namespace fielddesk::server
