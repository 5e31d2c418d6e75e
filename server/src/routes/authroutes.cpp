#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/authservice.h"
#include "services/tenantservice.h"
#include "services/userservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kLogin{
    QStringLiteral("LoginRequest"),
    {{QStringLiteral("email"), FieldType::String, true, false, {}, {}, 1, 320},
     {QStringLiteral("password"), FieldType::String, true, false, {}, {}, 1, 1024}}};
const BodySchema kRefresh{
    QStringLiteral("RefreshRequest"),
    {{QStringLiteral("refresh_token"), FieldType::String, true, false, {}, {}, 1, 512}}};
const BodySchema kLogout{
    QStringLiteral("LogoutRequest"),
    {{QStringLiteral("refresh_token"), FieldType::String, false, false, {}, {}, 1, 512}}};

} // namespace

void registerAuthRoutes(Router &router, const Services &services)
{
    AuthService &auth = services.auth;
    router.add(
        {"POST",
         QStringLiteral("/api/v1/auth/login"),
         Access::Public,
         {},
         [&auth](const ApiRequest &r) {
             const Result<QJsonObject> body = validateBody(r.body, kLogin, WriteMode::Create);
             if (!body)
                 return problemResponse(body.failure());
             return respond(auth.login(body->value(QLatin1String("email")).toString(),
                                       body->value(QLatin1String("password")).toString(),
                                       r.remoteAddress.toString()));
         },
         {QStringLiteral("Sign in with email and password"), QStringLiteral("Auth"), &kLogin},
         Lane::Slow}); // the password hash takes long on purpose
    router.add({"POST",
                QStringLiteral("/api/v1/auth/refresh"),
                Access::Public,
                {},
                [&auth](const ApiRequest &r) {
                    const Result<QJsonObject> body =
                        validateBody(r.body, kRefresh, WriteMode::Create);
                    if (!body)
                        return problemResponse(body.failure());
                    return respond(auth.refresh(
                        body->value(QLatin1String("refresh_token")).toString().toLatin1()));
                },
                {QStringLiteral("Exchange a refresh token for new tokens (rotation)"),
                 QStringLiteral("Auth"), &kRefresh}});
    router.add({"POST",
                QStringLiteral("/api/v1/auth/logout"),
                Access::Authenticated,
                {},
                [&auth](const ApiRequest &r) {
                    std::optional<QByteArray> token;
                    if (!r.body.trimmed().isEmpty()) {
                        const Result<QJsonObject> body =
                            validateBody(r.body, kLogout, WriteMode::Update);
                        if (!body)
                            return problemResponse(body.failure());
                        if (body->contains(QLatin1String("refresh_token")))
                            token =
                                body->value(QLatin1String("refresh_token")).toString().toLatin1();
                    }
                    return respond(auth.logout(r.caller(), token));
                },
                {QStringLiteral(
                     "Sign out: revoke this sign-in's refresh tokens (all of them without a body)"),
                 QStringLiteral("Auth"), &kLogout, nullptr, 204}});
    TenantService &tenants = services.tenants;
    UserService &users = services.users;
    router.add({"GET",
                QStringLiteral("/api/v1/me"),
                Access::Authenticated,
                {},
                [&tenants, &users](const ApiRequest &r) {
                    const Result<User> user = users.get(r.caller(), r.caller().userId);
                    const Result<Tenant> tenant = tenants.current(r.caller());
                    if (!user)
                        return problemResponse(user.failure());
                    if (!tenant)
                        return problemResponse(tenant.failure());
                    JsonWriter w;
                    w.beginObject().key("user");
                    user->writeJson(w);
                    w.key("tenant");
                    tenant->writeJson(w);
                    w.endObject();
                    return ApiResponse::json(w.take());
                },
                {QStringLiteral("The signed-in user and their tenant"), QStringLiteral("Auth")}});
}

} // namespace fielddesk::server
