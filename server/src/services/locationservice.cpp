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

// Applies the named fields; a failure for values the schema cannot judge (an unknown time
// zone).
std::optional<Failure> applyFields(Location &location, const LocationFields &fields)
{
    applyPatch(location.name, fields.name);
    applyPatch(location.address, fields.address);
    applyPatch(location.latitude, fields.latitude);
    applyPatch(location.longitude, fields.longitude);
    if (fields.timeZone) {
        location.timeZone = *fields.timeZone;
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

Result<Location> LocationService::create(const CallContext &call, const LocationFields &fields)
{
    Location location;
    location.tenantId = call.principal.tenantId;
    if (auto problem = applyFields(location, fields))
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
LocationService::update(const CallContext &call, qint64 id, const LocationFields &fields)
{
    LocationRepository locations(m_db);
    try {
        Transaction tx(m_db);
        const std::optional<Location> before = locations.find(call.principal.tenantId, id);
        if (!before)
            return locationNotFound();
        Location after = *before;
        if (auto problem = applyFields(after, fields))
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
            return duplicateName(fields.name.value_or(QString()));
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
