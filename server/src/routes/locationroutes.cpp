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
    }};

LocationFields locationFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .address = read.text("address"),
            .latitude = read.nullableNumber("latitude"),
            .longitude = read.nullableNumber("longitude"),
            .timeZone = read.text("time_zone")};
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
