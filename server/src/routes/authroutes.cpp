#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/authservice.h"
#include "services/tenantservice.h"
#include "services/userservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kLogin{
    .name = QStringLiteral("LoginRequest"),
    .fields = {
        {.name = QStringLiteral("email"), .required = true, .minLength = 1, .maxLength = 320},
        {.name = QStringLiteral("password"), .required = true, .minLength = 1, .maxLength = 1024},
    }};
const BodySchema kRefresh{.name = QStringLiteral("RefreshRequest"),
                          .fields = {
                              {.name = QStringLiteral("refresh_token"),
                               .required = true,
                               .minLength = 1,
                               .maxLength = 512},
                          }};
const BodySchema kLogout{
    .name = QStringLiteral("LogoutRequest"),
    .fields = {
        {.name = QStringLiteral("refresh_token"), .minLength = 1, .maxLength = 512},
    }};

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
             return withBody(r, kLogin, WriteMode::Create, [&](const QJsonObject &b) {
                 const BodyReader read(b);
                 return respond(auth.login(read.text("email").value_or(QString()),
                                           read.text("password").value_or(QString()),
                                           r.remoteAddress.toString()));
             });
         },
         {QStringLiteral("Sign in with email and password"), QStringLiteral("Auth"), &kLogin},
         Lane::Slow}); // the password hash takes long on purpose
    router.add({"POST",
                QStringLiteral("/api/v1/auth/refresh"),
                Access::Public,
                {},
                [&auth](const ApiRequest &r) {
                    return withBody(r, kRefresh, WriteMode::Create, [&](const QJsonObject &b) {
                        const Patch<QString> token = BodyReader(b).text("refresh_token");
                        return respond(auth.refresh(token.value_or(QString()).toLatin1()));
                    });
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
                        if (const Patch<QString> given = BodyReader(*body).text("refresh_token"))
                            token = given->toLatin1();
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
