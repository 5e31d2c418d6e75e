// The demo tenant's fleet: about 30 vans and trucks over its locations with a year of weekly
// odometer readings, two or three maintenance plans each (some overdue, some due soon), the
// service records (with receipt images) that last did them, a default vehicle for each
// technician with one, and daily assignments for the past and the next two weeks. Written in
// bulk, like the other seeders.
#pragma once

#include "storage/database.h"

namespace fielddesk::server {

class DemoFleet
{
public:
    static constexpr int kVehicles = 30;
    static constexpr int kAssignedDays = 14; // before and after today

    explicit DemoFleet(Database &db)
        : m_db(db)
    {}

    // `uploader`: who uploaded the receipts (the demo manager).
    void seed(qint64 tenantId, const QString &timeZone, qint64 uploader);

private:
    Database &m_db;
};

} // namespace fielddesk::server
