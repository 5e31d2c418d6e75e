// Who is making a request: the signed-in user as the server sees them for this request.
#pragma once

#include "fielddesk/domain/role.h"

#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::server {

struct Principal
{
    qint64 userId = 0;
    qint64 tenantId = 0; // 0 for an operator, who belongs to no tenant
    Role role = Role::Employee;
    QString email;
    QString name;
    QList<qint64> locationIds; // the locations a non-admin is assigned to
    // Set when the caller is a customer's system using an API key instead of a user.
    std::optional<qint64> apiKeyId;
    std::optional<qint64> customerId;
    bool fleetTracker = false; // the key is the fleet tracker's, not a customer's
    // A password someone else chose: only /me and changing it are open until it is changed.
    bool mustChangePassword = false;

    // The hosting company's account: tenants, never a tenant's business data.
    bool isOperator() const { return role == Role::Operator && !apiKeyId; }

    bool isAdmin() const { return role == Role::Admin && !apiKeyId; }
    bool isCustomerKey() const { return apiKeyId.has_value() && !fleetTracker; }
    bool isFleetTrackerKey() const { return apiKeyId.has_value() && fleetTracker; }
    // Admins, managers and dispatchers: the people who plan the work.
    bool canDispatch() const
    {
        return !apiKeyId &&
               (role == Role::Admin || role == Role::Manager || role == Role::Dispatcher);
    }
    // The locations this caller is limited to; nullopt for every location (admins).
    std::optional<QList<qint64>> visibleLocations() const
    {
        return isAdmin() ? std::nullopt : std::optional<QList<qint64>>(locationIds);
    }
    // Admins see every location of their tenant; everyone else only their own.
    bool canAccessLocation(qint64 locationId) const
    {
        return isAdmin() || locationIds.contains(locationId);
    }
};

} // namespace fielddesk::server
