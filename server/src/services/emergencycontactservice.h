// The rules for emergency contacts: everyone keeps their own list (at most five), replaced
// as a whole and audited; managers read those of the people at their locations, admins
// everyone's in the tenant; for anybody else another person's list does not exist (404).
#pragma once

#include "core/result.h"
#include "fielddesk/domain/aboutme.h"
#include "services/callcontext.h"

namespace fielddesk::server {

class Database;

class EmergencyContactService
{
public:
    explicit EmergencyContactService(Database &db)
        : m_db(db)
    {}

    Result<EmergencyContactList> of(const Principal &caller, qint64 userId);
    // Replaces the caller's own list.
    Result<EmergencyContactList> replace(const CallContext &call,
                                         const QList<EmergencyContact> &contacts);

private:
    Database &m_db;
};

} // namespace fielddesk::server
