// SQL for the append-only audit log. There is no update or delete here on purpose.
#pragma once

#include "fielddesk/domain/organisation.h"
#include "storage/page.h"

#include <QList>

#include <optional>

namespace fielddesk::server {

// One tenant's chain as `audit verify` found it.
struct AuditChainCheck
{
    std::optional<qint64> tenantId; // nullopt: the rows in no tenant (operators' own)
    qint64 rows = 0;                // rows checked, up to the first broken one
    QByteArray head;                // the hash of the last row checked
    std::optional<qint64> brokenRowId;
    QString why; // what is wrong with the broken row
};

class AuditRepository
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    // Adds the row at the end of its tenant's hash chain (auditchain.h). Runs in the caller's
    // transaction: on PostgreSQL it holds the tenant's chain lock until the commit, so that
    // writers of one tenant line up instead of forking the chain (SQLite has one writer).
    void append(const AuditEntry &entry);
    // Every tenant's chain checked from its first row: the first broken row of each.
    QList<AuditChainCheck> verifyChains();
    // Gives every row that has no hash yet its place in its tenant's chain (the migration
    // that added the column); how many rows got one.
    qint64 chainUnchained();
    std::optional<AuditEntry>
    find(qint64 tenantId, qint64 id, const std::optional<QList<qint64>> &visibleLocations);
    // visibleLocations: nullopt for the whole tenant (admins), else rows of those locations.
    Page<AuditEntry> list(qint64 tenantId,
                          const std::optional<QList<qint64>> &visibleLocations,
                          const ListQuery &query,
                          const QString &from,
                          const QString &to);

private:
    // The tenant's last hash ("" for none), with the tenant's chain locked on PostgreSQL.
    QByteArray lockedChainHead(qint64 tenantId);
    // Calls visit(row, its stored hash) for the tenant's rows in chain order until it says stop.
    template<typename Visit>
    void walkChain(const std::optional<qint64> &tenantId, Visit visit);
    QList<std::optional<qint64>> chainTenants();

    Database &m_db;
};

} // namespace fielddesk::server
