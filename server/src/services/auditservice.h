// Reading the audit log: admins see the whole tenant, managers the rows of their locations.
#pragma once

#include "core/result.h"
#include "repositories/auditrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

class AuditService
{
public:
    explicit AuditService(Database &db)
        : m_db(db)
    {}

    Result<Page<AuditEntry>>
    list(const Principal &caller, const ListQuery &query, const QUrlQuery &raw);
    Result<AuditEntry> get(const Principal &caller, qint64 id);

private:
    static std::optional<QList<qint64>> visibleLocations(const Principal &caller);

    Database &m_db;
};

} // namespace fielddesk::server
