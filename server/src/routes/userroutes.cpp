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
}

} // namespace fielddesk::server
