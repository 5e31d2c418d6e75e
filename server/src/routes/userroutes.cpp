#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
#include "routes/routesupport.h"
#include "services/userservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kUser{
    .name = QStringLiteral("UserWrite"),
    .fields = {
        emailField(),
        personNameField(),
        {.name = QStringLiteral("role"),
         .type = FieldType::Enum,
         .required = true,
         .enumValues = tenantRoleNames()},
        newPasswordField(),
        {.name = QStringLiteral("phone"), .maxLength = 40},
        {.name = QStringLiteral("active"), .type = FieldType::Boolean},
        {.name = QStringLiteral("location_ids"), .type = FieldType::IdList},
        {.name = QStringLiteral("must_change_password"),
         .type = FieldType::Boolean,
         .description = QStringLiteral("the user must change the password given here before "
                                       "anything else (default false)")},
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
            .locationIds = read.integers("location_ids"),
            .mustChangePassword = read.boolean("must_change_password")};
}

} // namespace

void registerUserRoutes(Router &router, const Services &services)
{
    CollectionRoutes<UserService> users(router, services.users, QStringLiteral("/api/v1/users"),
                                        QStringLiteral("Users"));
    users.list({}, UserRepository::listSpec(), &UserService::list,
               QStringLiteral("List the users the caller may see"));
    users.create({Role::Admin}, kUser, &UserService::create, userFields,
                 QStringLiteral("Create a user"), Lane::Slow); // hashes the password
    users.get({}, &UserService::get, QStringLiteral("One user"));
    users.update({Role::Admin}, kUser, &UserService::update, userFields,
                 QStringLiteral("Change a user (partial)"), Lane::Slow); // may hash a password
    users.remove({Role::Admin}, &UserService::remove, QStringLiteral("Delete a user"));
    UserService &service = services.users;
    router.add({"POST",
                QStringLiteral("/api/v1/users/{id}/end-sessions"),
                Access::Authenticated,
                {Role::Admin},
                [&service](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(service.endSessions(callContext(r), id));
                    });
                },
                {QStringLiteral("End every session of a user: their tokens are refused and "
                                "they sign in again"),
                 QStringLiteral("Users")}});
}

} // namespace fielddesk::server
