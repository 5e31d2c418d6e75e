#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/userservice.h"

namespace fielddesk::server {

namespace {
const BodySchema kUser{
    QStringLiteral("UserWrite"),
    {{QStringLiteral("email"), FieldType::Email, true, false, {}, {}, 3, 320},
     {QStringLiteral("name"), FieldType::String, true, false, {}, {}, 1, 200},
     {QStringLiteral("role"), FieldType::Enum, true, false, {}, {}, 0, 0, allRoleNames()},
     {QStringLiteral("password"),
      FieldType::String,
      true,
      false,
      {},
      {},
      8,
      1024,
      {},
      QStringLiteral("write-only; at least 8 characters")},
     {QStringLiteral("phone"), FieldType::String, false, false, {}, {}, 0, 40},
     {QStringLiteral("active"), FieldType::Boolean, false, false},
     {QStringLiteral("location_ids"), FieldType::IdList, false, false}}};
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
                    const Result<QJsonObject> body = validateBody(r.body, kUser, WriteMode::Create);
                    if (!body)
                        return problemResponse(body.failure());
                    return respond(users.create(callContext(r), *body), 201);
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
                    const auto id = r.pathId(QStringLiteral("id"));
                    if (!id)
                        return noSuchPath(r);
                    const Result<QJsonObject> body = validateBody(r.body, kUser, WriteMode::Update);
                    if (!body)
                        return problemResponse(body.failure());
                    return respond(users.update(callContext(r), *id, *body));
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
