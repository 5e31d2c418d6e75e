#include "services/locationservice.h"

#include "services/auditedwrite.h"

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
    if (fields.serviceArea) {
        // null clears it; a list, even an empty one, must be an area.
        location.serviceArea = fields.serviceArea->value_or(QList<GeoPoint>());
        if (fields.serviceArea->has_value()) {
            if (const std::optional<AreaProblem> problem = polygonProblem(location.serviceArea))
                return Failure::validation(problem->field(QStringLiteral("service_area")),
                                           problem->message());
        }
    }
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

// How locations are audited (under themselves) and refused; `name` the one that is taken.
AuditedRow<Location> locationRow(const QString &name)
{
    return {QStringLiteral("location"), locationNotFound(),
            QStringLiteral("A location named \"%1\" already exists.").arg(name),
            QStringLiteral("This location is still in use and cannot be deleted."),
            [](const Location &location) { return std::optional<qint64>(location.id); }};
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
    return createAudited(m_db, call, locationRow(location.name), [&]() -> Result<Location> {
        return LocationRepository(m_db).insert(location);
    });
}

Result<Location>
LocationService::update(const CallContext &call, qint64 id, const LocationFields &fields)
{
    LocationRepository locations(m_db);
    return updateAudited(
        m_db, call, locationRow(fields.name.value_or(QString())),
        [&] { return locations.find(call.principal.tenantId, id); },
        [&](Location &location) { return applyFields(location, fields); },
        [&](const Location &location) { locations.update(location); });
}

Status LocationService::remove(const CallContext &call, qint64 id)
{
    LocationRepository locations(m_db);
    return removeAudited(
        m_db, call, locationRow({}), [&] { return locations.find(call.principal.tenantId, id); },
        [&] { locations.remove(call.principal.tenantId, id); });
}

} // namespace fielddesk::server
