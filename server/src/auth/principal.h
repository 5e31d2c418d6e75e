// Who is making a request: the signed-in user as the server sees them for this request.
#pragma once

#include "fielddesk/domain/role.h"

#include <QList>
#include <QString>

namespace fielddesk::server {

struct Principal
{
    qint64 userId = 0;
    qint64 tenantId = 0;
    Role role = Role::Employee;
    QString email;
    QString name;
    QList<qint64> locationIds; // the locations a non-admin is assigned to

    bool isAdmin() const { return role == Role::Admin; }
    // Admins see every location of their tenant; everyone else only their own.
    bool canAccessLocation(qint64 locationId) const
    {
        return isAdmin() || locationIds.contains(locationId);
    }
};

} // namespace fielddesk::server
