// SQL for locations (branch offices).
#pragma once

#include "fielddesk/domain/organisation.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class LocationRepository
{
public:
    explicit LocationRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    // A location of this tenant; nullopt for another tenant's or a missing one.
    std::optional<Location> find(qint64 tenantId, qint64 id);
    // visibleIds: nullopt for every location of the tenant (admins).
    Page<Location>
    list(qint64 tenantId, const std::optional<QList<qint64>> &visibleIds, const ListQuery &query);
    // The ids among `ids` that are locations of this tenant.
    QList<qint64> existing(qint64 tenantId, const QList<qint64> &ids);
    Location insert(Location location);
    void update(const Location &location);
    void remove(qint64 tenantId, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
