#include "services/moneyvisibility.h"

#include "repositories/tenantrepository.h"
#include "services/approvalrules.h"
#include "services/daterange.h"

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

Result<MoneyListFilter>
moneyListFilterOf(Database &db, const Principal &caller, const ListQuery &query)
{
    MoneyListFilter extra;
    const Result<AwaitingMe> awaiting = approval::awaitingMeOf(caller, query);
    if (!awaiting)
        return awaiting.failure();
    extra.awaiting = *awaiting;
    const std::optional<Tenant> tenant = TenantRepository(db).find(caller.tenantId);
    const Result<DateRange> range =
        dateRangeOf(query.raw, QTimeZone(tenant ? tenant->timeZone.toUtf8() : QByteArray("UTC")));
    if (!range)
        return range.failure();
    extra.fromDate = range->from;
    extra.toDate = range->to;
    return extra;
}

} // namespace fielddesk::server
