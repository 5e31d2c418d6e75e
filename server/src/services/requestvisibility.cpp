#include "services/requestvisibility.h"

namespace fielddesk::server {

RequestScope requestScopeOf(const Principal &caller)
{
    RequestScope scope;
    scope.ownUserId = caller.userId;
    if (caller.isCustomerKey() || caller.role == Role::Employee)
        return scope;
    scope.othersVisible = true;
    scope.locationIds = caller.visibleLocations();
    if (caller.role == Role::Dispatcher)
        scope.kinds = QStringList{QStringLiteral("time_off")};
    return scope;
}

bool canSeeRequest(const Principal &caller,
                   std::optional<qint64> requesterId,
                   qint64 locationId,
                   const QString &kind)
{
    const RequestScope scope = requestScopeOf(caller);
    if (requesterId && *requesterId == scope.ownUserId)
        return true;
    if (!scope.othersVisible)
        return false;
    if (scope.locationIds && !scope.locationIds->contains(locationId))
        return false;
    return !scope.kinds || scope.kinds->contains(kind);
}

} // namespace fielddesk::server
