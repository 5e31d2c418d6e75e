#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
#include "routes/routesupport.h"
#include "services/locationservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kLocation{
    .name = QStringLiteral("LocationWrite"),
    .fields = {
        {.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
        {.name = QStringLiteral("address"), .maxLength = 500},
        latitudeField(),
        longitudeField(),
        {.name = QStringLiteral("time_zone"),
         .minLength = 1,
         .maxLength = 64,
         .description = QStringLiteral("IANA time zone, e.g. America/Denver")},
        {.name = QStringLiteral("service_area"),
         .type = FieldType::ObjectList,
         .nullable = true,
         .maxLength = AreaProblem::kMaxCorners,
         .description = QStringLiteral(
             "the polygon served: [{latitude, longitude}], 3 to 200 corners in order, closed "
             "implicitly, edges not crossing; null for none")},
    }};

// The corners as sent; a corner without a number there gets NaN, which the service's check
// (fielddesk/domain/geoarea.h) refuses and names.
QList<GeoPoint> areaCorners(const QList<QJsonObject> &items)
{
    QList<GeoPoint> corners;
    corners.reserve(items.size());
    for (const QJsonObject &item : items)
        corners.append({item.value(QLatin1String("latitude")).toDouble(qQNaN()),
                        item.value(QLatin1String("longitude")).toDouble(qQNaN())});
    return corners;
}

NullablePatch<QList<GeoPoint>> serviceArea(const BodyReader &read)
{
    const NullablePatch<QList<QJsonObject>> items = read.nullableObjects("service_area");
    if (!items)
        return std::nullopt;
    if (!*items)
        return NullablePatch<QList<GeoPoint>>(std::in_place); // cleared
    return std::optional(areaCorners(**items));
}

LocationFields locationFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .address = read.text("address"),
            .latitude = read.nullableNumber("latitude"),
            .longitude = read.nullableNumber("longitude"),
            .timeZone = read.text("time_zone"),
            .serviceArea = serviceArea(read)};
}

} // namespace

void registerLocationRoutes(Router &router, const Services &services)
{
    CollectionRoutes<LocationService> locations(router, services.locations,
                                                QStringLiteral("/api/v1/locations"),
                                                QStringLiteral("Locations"));
    locations.list({}, LocationRepository::listSpec(), &LocationService::list,
                   QStringLiteral("List the locations the caller may see"));
    locations.create({Role::Admin}, kLocation, &LocationService::create, locationFields,
                     QStringLiteral("Create a location"));
    locations.get({}, &LocationService::get, QStringLiteral("One location"));
    locations.update({Role::Admin}, kLocation, &LocationService::update, locationFields,
                     QStringLiteral("Change a location (partial)"));
    locations.remove({Role::Admin}, &LocationService::remove, QStringLiteral("Delete a location"));
}

} // namespace fielddesk::server
