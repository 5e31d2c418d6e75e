#include "fielddesk/client/userprofile.h"

#include <QJsonArray>

namespace fielddesk::client {

namespace {

// Ids may be numbers or strings (UUIDs); the console only compares and sends them back.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

UserProfile UserProfile::fromJson(const QJsonObject &json)
{
    UserProfile user;
    user.id = idText(json.value(QLatin1String("id")));
    user.tenantId = idText(json.value(QLatin1String("tenant_id")));
    user.email = json.value(QLatin1String("email")).toString();
    user.name = json.value(QLatin1String("name")).toString();
    user.roleName = json.value(QLatin1String("role")).toString();
    user.role = roleFromName(user.roleName);
    user.phone = json.value(QLatin1String("phone")).toString();
    user.active = json.value(QLatin1String("active")).toBool(true);
    const QJsonArray locations = json.value(QLatin1String("location_ids")).toArray();
    for (const QJsonValue &location : locations)
        user.locationIds.append(idText(location));
    return user;
}

} // namespace fielddesk::client
