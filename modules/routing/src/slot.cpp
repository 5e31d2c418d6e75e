#include "fielddesk/routing/slot.h"

#include "fielddesk/routing/problem.h"

namespace fielddesk::routing {

QJsonObject Slot::toJson() const
{
    return QJsonObject{{QStringLiteral("technician"), technician},
                       {QStringLiteral("position"), position},
                       {QStringLiteral("start"), toIsoUtc(start)},
                       {QStringLiteral("added_travel_s"), addedTravelS}};
}

} // namespace fielddesk::routing
