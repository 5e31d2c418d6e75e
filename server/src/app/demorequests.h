// A month of believable requests for the demo tenant: the tool and clothing catalogs, every
// kind of request in every status, and a few from this week still awaiting the demo manager.
// They are filed and decided through RequestService, like any other, then dated back.
#pragma once

#include "auth/principal.h"
#include "storage/database.h"

namespace fielddesk::server {

class DemoRequests
{
public:
    explicit DemoRequests(Database &db)
        : m_db(db)
    {}

    // deciders: the demo manager and admin; the requesters are the tenant's technicians.
    void seed(qint64 tenantId, const Principal &manager, const Principal &admin);

private:
    Database &m_db;
};

} // namespace fielddesk::server
