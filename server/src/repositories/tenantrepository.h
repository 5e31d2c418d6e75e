// SQL for tenants.
#pragma once

#include "fielddesk/domain/organisation.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class TenantRepository
{
public:
    explicit TenantRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<Tenant> find(qint64 id);
    std::optional<Tenant> findByName(const QString &name);
    // Every tenant of the installation (the operator's view).
    Page<Tenant> list(const ListQuery &query);
    qint64 count();
    Tenant insert(Tenant tenant);
    void update(const Tenant &tenant);

private:
    std::optional<Tenant> findWhere(const QString &condition, const QVariant &value);

    Database &m_db;
};

} // namespace fielddesk::server
