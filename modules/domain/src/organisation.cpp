#include "fielddesk/domain/organisation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk {

namespace {

std::optional<double> optionalOrganisationNumber(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

void Tenant::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.field("time_zone", timeZone);
    w.key("settings").rawValue(settingsJson);
    w.field("travel_speed_kmh", travel.speedKmh);
    w.field("travel_road_factor", travel.roadFactor);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

Tenant Tenant::fromJson(const QJsonObject &o)
{
    Tenant t;
    t.id = o.value(QLatin1String("id")).toInteger();
    t.name = o.value(QLatin1String("name")).toString();
    t.timeZone = o.value(QLatin1String("time_zone")).toString();
    t.settingsJson =
        QJsonDocument(o.value(QLatin1String("settings")).toObject()).toJson(QJsonDocument::Compact);
    t.travel = TravelModel::fromJson(o);
    t.createdAt = o.value(QLatin1String("created_at")).toString();
    t.updatedAt = o.value(QLatin1String("updated_at")).toString();
    return t;
}

void Location::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("tenant_id", tenantId);
    w.field("name", name);
    w.field("address", address);
    w.field("latitude", latitude);
    w.field("longitude", longitude);
    w.field("time_zone", timeZone);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

Location Location::fromJson(const QJsonObject &o)
{
    Location l;
    l.id = o.value(QLatin1String("id")).toInteger();
    l.tenantId = o.value(QLatin1String("tenant_id")).toInteger();
    l.name = o.value(QLatin1String("name")).toString();
    l.address = o.value(QLatin1String("address")).toString();
    l.latitude = optionalOrganisationNumber(o, QLatin1String("latitude"));
    l.longitude = optionalOrganisationNumber(o, QLatin1String("longitude"));
    l.timeZone = o.value(QLatin1String("time_zone")).toString();
    l.createdAt = o.value(QLatin1String("created_at")).toString();
    l.updatedAt = o.value(QLatin1String("updated_at")).toString();
    return l;
}

void User::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("tenant_id", tenantId);
    w.field("email", email);
    w.field("name", name);
    w.field("role", roleName(role));
    w.field("phone", phone);
    w.field("active", active);
    w.key("location_ids").beginArray();
    for (const qint64 locationId : locationIds)
        w.value(locationId);
    w.endArray();
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.id = o.value(QLatin1String("id")).toInteger();
    u.tenantId = o.value(QLatin1String("tenant_id")).toInteger();
    u.email = o.value(QLatin1String("email")).toString();
    u.name = o.value(QLatin1String("name")).toString();
    u.role = roleFromName(o.value(QLatin1String("role")).toString()).value_or(Role::Employee);
    u.phone = o.value(QLatin1String("phone")).toString();
    u.active = o.value(QLatin1String("active")).toBool(true);
    for (const QJsonValue &v : o.value(QLatin1String("location_ids")).toArray())
        u.locationIds.append(v.toInteger());
    u.createdAt = o.value(QLatin1String("created_at")).toString();
    u.updatedAt = o.value(QLatin1String("updated_at")).toString();
    return u;
}

void AuditEntry::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("tenant_id", tenantId);
    w.field("actor_user_id", actorUserId);
    w.field("actor_email", actorEmail);
    w.field("action", action);
    w.field("object_type", objectType);
    w.field("object_id", objectId);
    w.field("location_id", locationId);
    w.key("before").rawValue(beforeJson);
    w.key("after").rawValue(afterJson);
    w.field("request_id", requestId);
    w.field("created_at", createdAt);
    w.endObject();
}

} // namespace fielddesk
