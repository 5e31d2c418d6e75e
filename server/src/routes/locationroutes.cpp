#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
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
    LocationService &locations = services.locations;
    const QString tag = QStringLiteral("Locations");
    router.add({"GET",
                QStringLiteral("/api/v1/locations"),
                Access::Authenticated,
                {},
                [&locations](const ApiRequest &r) {
                    const Result<ListQuery> query =
                        parseListQuery(r.query, LocationRepository::listSpec());
                    if (!query)
                        return problemResponse(query.failure());
                    return pageResponse(r, *query, locations.list(r.caller(), *query));
                },
                {QStringLiteral("List the locations the caller may see"), tag, nullptr,
                 &LocationRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/locations"),
                Access::Authenticated,
                {Role::Admin},
                [&locations](const ApiRequest &r) {
                    return withBody(r, kLocation, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(locations.create(callContext(r), locationFields(b)), 201);
                    });
                },
                {QStringLiteral("Create a location"), tag, &kLocation, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/locations/{id}"),
                Access::Authenticated,
                {},
                [&locations](const ApiRequest &r) {
                    const auto id = r.pathId(QStringLiteral("id"));
                    return id ? respond(locations.get(r.caller(), *id)) : noSuchPath(r);
                },
                {QStringLiteral("One location"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/locations/{id}"),
                Access::Authenticated,
                {Role::Admin},
                [&locations](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kLocation, WriteMode::Update, [&](const QJsonObject &b) {
                            return respond(locations.update(callContext(r), id, locationFields(b)));
                        });
                    });
                },
                {QStringLiteral("Change a location (partial)"), tag, &kLocation}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/locations/{id}"),
                Access::Authenticated,
                {Role::Admin},
                [&locations](const ApiRequest &r) {
                    const auto id = r.pathId(QStringLiteral("id"));
                    return id ? respond(locations.remove(callContext(r), *id)) : noSuchPath(r);
                },
                {QStringLiteral("Delete a location"), tag, nullptr, nullptr, 204}});
}

} // namespace fielddesk::server
