// Who asks a service for a change, and under which request: what the audit log and the
// dispatch history record next to every change.
#pragma once

#include "auth/principal.h"
#include "fielddesk/domain/organisation.h"

namespace fielddesk::server {

struct CallContext
{
    Principal principal;
    QString requestId;
    QString clientId;

    // An audit row for a change made in this call; before/after are the object's JSON.
    AuditEntry audit(const QString &action,
                     const QString &objectType,
                     std::optional<qint64> objectId,
                     std::optional<qint64> locationId,
                     QByteArray before,
                     QByteArray after) const
    {
        AuditEntry e;
        e.tenantId = principal.tenantId;
        if (principal.userId > 0)
            e.actorUserId = principal.userId;
        e.actorEmail = principal.email;
        e.action = action;
        e.objectType = objectType;
        e.objectId = objectId;
        e.locationId = locationId;
        e.beforeJson = std::move(before);
        e.afterJson = std::move(after);
        e.requestId = requestId;
        return e;
    }
};

// The caller periodic work writes as (recurring series, the weather): the tenant's system, an
// admin with every location in view, named as the history shows it ("Recurring series").
inline CallContext systemCall(qint64 tenantId, const QString &name)
{
    Principal system;
    system.tenantId = tenantId;
    system.role = Role::Admin;
    system.name = name;
    return CallContext{system, {}, {}};
}

} // namespace fielddesk::server
