#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/locationservice.h"

namespace fielddesk::server {

namespace {
const BodySchema kLocation{
    QStringLiteral("LocationWrite"),
    {{QStringLiteral("name"), FieldType::String, true, false, {}, {}, 1, 200},
     {QStringLiteral("address"), FieldType::String, false, false, {}, {}, 0, 500},
     {QStringLiteral("latitude"), FieldType::Number, false, true, -90, 90},
     {QStringLiteral("longitude"), FieldType::Number, false, true, -180, 180},
     {QStringLiteral("time_zone"),
      FieldType::String,
      false,
      false,
      {},
      {},
      1,
      64,
      {},
      QStringLiteral("IANA time zone, e.g. America/Denver")}}};
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
                    const Result<QJsonObject> body =
                        validateBody(r.body, kLocation, WriteMode::Create);
                    if (!body)
                        return problemResponse(body.failure());
                    return respond(locations.create(callContext(r), *body), 201);
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
                    const auto id = r.pathId(QStringLiteral("id"));
                    if (!id)
                        return noSuchPath(r);
                    const Result<QJsonObject> body =
                        validateBody(r.body, kLocation, WriteMode::Update);
                    if (!body)
                        return problemResponse(body.failure());
                    return respond(locations.update(callContext(r), *id, *body));
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
