// Three months of believable money for the demo tenant: expense categories (fuel, parts,
// meals, tolls, lodging) and spiff types, the technicians' expenses with receipt images,
// corrections and spiffs in every status — tech1@demo.local's among them, and some awaiting
// the demo manager — with their history and notifications. Written in bulk (MoneySeeder).
#pragma once

#include "auth/principal.h"
#include "storage/database.h"

namespace fielddesk::server {

class DemoMoney
{
public:
    explicit DemoMoney(Database &db)
        : m_db(db)
    {}

    // deciders: the demo manager and admin; featured: employees with a larger share (tech1).
    void seed(qint64 tenantId,
              const QString &timeZone,
              const Principal &manager,
              const Principal &admin,
              const QList<qint64> &featured);

private:
    Database &m_db;
};

} // namespace fielddesk::server
