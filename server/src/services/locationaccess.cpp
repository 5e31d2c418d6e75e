#include "services/locationaccess.h"

#include "repositories/locationrepository.h"

namespace fielddesk::server {

bool isUsableLocation(Database &db, const Principal &caller, qint64 locationId)
{
    return caller.canAccessLocation(locationId) &&
           LocationRepository(db).find(caller.tenantId, locationId).has_value();
}

Result<qint64>
filingLocation(Database &db, const Principal &caller, const std::optional<qint64> &named)
{
    if (named) {
        if (!isUsableLocation(db, caller, *named))
            return Failure::validation(QStringLiteral("location_id"),
                                       QStringLiteral("is not one of your locations"));
        return *named;
    }
    if (caller.locationIds.isEmpty())
        return Failure::validation(QStringLiteral("location_id"),
                                   QStringLiteral("is required: you work at no location"));
    return caller.locationIds.first();
}

} // namespace fielddesk::server
