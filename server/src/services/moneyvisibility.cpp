#include "services/moneyvisibility.h"

namespace fielddesk::server {

OwnedScope moneyScopeOf(const Principal &caller)
{
    OwnedScope scope;
    scope.ownUserId = caller.isCustomerKey() ? -1 : caller.userId;
    if (caller.isCustomerKey() || (caller.role != Role::Admin && caller.role != Role::Manager))
        return scope;
    scope.othersVisible = true;
    scope.locationIds = caller.visibleLocations();
    return scope;
}

bool canSeeMoney(const Principal &caller, std::optional<qint64> ownerId, qint64 locationId)
{
    const OwnedScope scope = moneyScopeOf(caller);
    if (ownerId && *ownerId == scope.ownUserId)
        return true;
    if (!scope.othersVisible)
        return false;
    return !scope.locationIds || scope.locationIds->contains(locationId);
}

} // namespace fielddesk::server
