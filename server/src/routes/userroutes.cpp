#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/userservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kUser{
    .name = QStringLiteral("UserWrite"),
    .fields = {
        {.name = QStringLiteral("email"),
         .type = FieldType::Email,
         .required = true,
         .minLength = 3,
         .maxLength = 320},
        {.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
        {.name = QStringLiteral("role"),
         .type = FieldType::Enum,
         .required = true,
         .enumValues = allRoleNames()},
        {.name = QStringLiteral("password"),
         .required = true,
         .minLength = 8,
         .maxLength = 1024,
         .description = QStringLiteral("write-only; at least 8 characters")},
        {.name = QStringLiteral("phone"), .maxLength = 40},
        {.name = QStringLiteral("active"), .type = FieldType::Boolean},
        {.name = QStringLiteral("location_ids"), .type = FieldType::IdList},
    }};

UserFields userFields(const QJsonObject &body)
{
    const BodyReader read(body);
    const Patch<QString> role = read.text("role");
    return {.email = read.text("email"),
            .name = read.trimmedText("name"),
            .role = role ? roleFromName(*role) : std::nullopt,
            .password = read.text("password"),
            .phone = read.text("phone"),
            .active = read.boolean("active"),
            .locationIds = read.integers("location_ids")};
}

} // namespace

void registerUserRoutes(Router &router, const Services &services)
{
    UserService &users = services.users;
    const QString tag = QStringLiteral("Users");
    router.add({"GET",
                QStringLiteral("/api/v1/users"),
                Access::Authenticated,
                {},
                [&users](const ApiRequest &r) {
                    const Result<ListQuery> query =
                        parseListQuery(r.query, UserRepository::listSpec());
                    if (!query)
                        return problemResponse(query.failure());
                    return pageResponse(r, *query, users.list(r.caller(), *query));
                },
                {QStringLiteral("List the users the caller may see"), tag, nullptr,
                 &UserRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/users"),
                Access::Authenticated,
                {Role::Admin},
                [&users](const ApiRequest &r) {
                    return withBody(r, kUser, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(users.create(callContext(r), userFields(b)), 201);
                    });
                },
                {QStringLiteral("Create a user"), tag, &kUser, nullptr, 201},
                Lane::Slow}); // hashes the password
    router.add({"GET",
                QStringLiteral("/api/v1/users/{id}"),
                Access::Authenticated,
                {},
                [&users](const ApiRequest &r) {
                    const auto id = r.pathId(QStringLiteral("id"));
                    return id ? respond(users.get(r.caller(), *id)) : noSuchPath(r);
                },
                {QStringLiteral("One user"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/users/{id}"),
                Access::Authenticated,
                {Role::Admin},
                [&users](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kUser, WriteMode::Update, [&](const QJsonObject &b) {
                            return respond(users.update(callContext(r), id, userFields(b)));
                        });
                    });
                },
                {QStringLiteral("Change a user (partial)"), tag, &kUser},
                Lane::Slow}); // may hash a new password
    router.add({"DELETE",
                QStringLiteral("/api/v1/users/{id}"),
                Access::Authenticated,
                {Role::Admin},
                [&users](const ApiRequest &r) {
                    const auto id = r.pathId(QStringLiteral("id"));
                    return id ? respond(users.remove(callContext(r), *id)) : noSuchPath(r);
                },
                {QStringLiteral("Delete a user"), tag, nullptr, nullptr, 204}});
}

} // namespace fielddesk::server
