// The demo installation: two tenants and one user per role, all with the same password,
// seeded only into an empty database.
#pragma once

#include "auth/passwordhasher.h"
#include "storage/database.h"

#include <QStringList>

namespace fielddesk::server {

class DemoData
{
public:
    static constexpr const char *kPassword = "fielddesk-demo";

    DemoData(Database &db, const PasswordHasher &hasher)
        : m_db(db)
        , m_hasher(hasher)
    {}

    // Seeds when the database holds no tenant yet; returns whether it did.
    bool seedIfEmpty();
    // "email (role, tenant)" for every demo account, to print.
    static QStringList accounts();

private:
    Database &m_db;
    const PasswordHasher &m_hasher;
};

} // namespace fielddesk::server
