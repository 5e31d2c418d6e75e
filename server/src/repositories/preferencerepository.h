// SQL for each person's preferences (language, notification channels, quiet hours). What is
// never set reads as UserPreferences' defaults: code that decides how to reach someone calls
// preferencesOf() inside its own transaction.
#pragma once

#include "fielddesk/domain/aboutme.h"
#include "storage/database.h"

namespace fielddesk::server {

class PreferenceRepository
{
public:
    explicit PreferenceRepository(Database &db)
        : m_db(db)
    {}

    UserPreferences preferencesOf(qint64 tenantId, qint64 userId);
    void store(qint64 tenantId, qint64 userId, const UserPreferences &preferences);

private:
    Database &m_db;
};

} // namespace fielddesk::server
