#include "fielddesk/client/tenantprofile.h"

namespace fielddesk::client {

TenantProfile TenantProfile::fromJson(const QJsonObject &json)
{
    TenantProfile tenant;
    const QJsonValue id = json.value(QLatin1String("id"));
    tenant.id = id.isString() ? id.toString() : QString::number(id.toInteger());
    tenant.name = json.value(QLatin1String("name")).toString();
    tenant.timeZone = json.value(QLatin1String("time_zone")).toString();
    return tenant;
}

} // namespace fielddesk::client
