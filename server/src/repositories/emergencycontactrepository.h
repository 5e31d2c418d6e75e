// SQL for a person's emergency contacts: a short list in the order they gave it, replaced as
// a whole.
#pragma once

#include "fielddesk/domain/aboutme.h"
#include "storage/database.h"

namespace fielddesk::server {

class EmergencyContactRepository
{
public:
    explicit EmergencyContactRepository(Database &db)
        : m_db(db)
    {}

    QList<EmergencyContact> contactsOf(qint64 tenantId, qint64 userId);
    // Inside the caller's transaction.
    void replace(qint64 tenantId, qint64 userId, const QList<EmergencyContact> &contacts);

private:
    Database &m_db;
};

} // namespace fielddesk::server
