#include "services/locationservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"

#include <QTimeZone>

namespace fielddesk::server {

namespace {

Failure locationNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such location."));
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// Applies the fields present in a validated body; returns a problem for values the schema
// cannot judge (an unknown time zone).
std::optional<Failure> applyFields(Location &location, const QJsonObject &body)
{
    if (body.contains(QLatin1String("name")))
        location.name = body.value(QLatin1String("name")).toString().trimmed();
    if (body.contains(QLatin1String("address")))
        location.address = body.value(QLatin1String("address")).toString();
    if (body.contains(QLatin1String("latitude")))
        location.latitude = optionalNumber(body.value(QLatin1String("latitude")));
    if (body.contains(QLatin1String("longitude")))
        location.longitude = optionalNumber(body.value(QLatin1String("longitude")));
    if (body.contains(QLatin1String("time_zone"))) {
        location.timeZone = body.value(QLatin1String("time_zone")).toString();
        if (!QTimeZone::isTimeZoneIdAvailable(location.timeZone.toUtf8()))
            return Failure::validation(QStringLiteral("time_zone"),
                                       QStringLiteral("is not a known IANA time zone"));
    }
    if (location.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    if (location.latitude.has_value() != location.longitude.has_value())
        return Failure::validation(QStringLiteral("latitude"),
                                   QStringLiteral("latitude and longitude go together"));
    return std::nullopt;
}

Failure duplicateName(const QString &name)
{
    return Failure::conflict(QStringLiteral("A location named \"%1\" already exists.").arg(name));
}

} // namespace

Page<Location> LocationService::list(const Principal &caller, const ListQuery &query)
{
    const std::optional<QList<qint64>> visible =
        caller.isAdmin() ? std::nullopt : std::optional<QList<qint64>>(caller.locationIds);
    return LocationRepository(m_db).list(caller.tenantId, visible, query);
}

Result<Location> LocationService::get(const Principal &caller, qint64 id)
{
    const std::optional<Location> location = LocationRepository(m_db).find(caller.tenantId, id);
    if (!location || !caller.canAccessLocation(id))
        return locationNotFound();
    return *location;
}

Result<Location> LocationService::create(const CallContext &call, const QJsonObject &body)
{
    Location location;
    location.tenantId = call.principal.tenantId;
    if (auto problem = applyFields(location, body))
        return *problem;
    try {
        Transaction tx(m_db);
        location = LocationRepository(m_db).insert(location);
        AuditRepository(m_db).append(call.audit(QStringLiteral("location.created"),
                                                QStringLiteral("location"), location.id,
                                                location.id, {}, toJsonText(location)));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return duplicateName(location.name);
        throw;
    }
    return location;
}

Result<Location>
LocationService::update(const CallContext &call, qint64 id, const QJsonObject &body)
{
    LocationRepository locations(m_db);
    try {
        Transaction tx(m_db);
        const std::optional<Location> before = locations.find(call.principal.tenantId, id);
        if (!before)
            return locationNotFound();
        Location after = *before;
        if (auto problem = applyFields(after, body))
            return *problem;
        after.updatedAt = nowTimestamp();
        locations.update(after);
        AuditRepository(m_db).append(call.audit(QStringLiteral("location.updated"),
                                                QStringLiteral("location"), id, id,
                                                toJsonText(*before), toJsonText(after)));
        tx.commit();
        return after;
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return duplicateName(body.value(QLatin1String("name")).toString());
        throw;
    }
}

Status LocationService::remove(const CallContext &call, qint64 id)
{
    LocationRepository locations(m_db);
    try {
        Transaction tx(m_db);
        const std::optional<Location> before = locations.find(call.principal.tenantId, id);
        if (!before)
            return locationNotFound();
        locations.remove(call.principal.tenantId, id);
        AuditRepository(m_db).append(call.audit(QStringLiteral("location.deleted"),
                                                QStringLiteral("location"), id, id,
                                                toJsonText(*before), {}));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::ForeignKeyViolation)
            return Failure::conflict(
                QStringLiteral("This location is still in use and cannot be deleted."));
        throw;
    }
    return Done{};
}

} // namespace fielddesk::server
