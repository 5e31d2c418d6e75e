#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/authservice.h"
#include "services/tenantservice.h"

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

const BodySchema kPasswordChange{.name = QStringLiteral("PasswordChange"),
                                 .fields = {
                                     {.name = QStringLiteral("current_password"),
                                      .required = true,
                                      .minLength = 1,
                                      .maxLength = 1024},
                                     newPasswordField(QStringLiteral("new_password")),
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
                 QStringLiteral("Auth"), &kLogout, nullptr, 204},
                Lane::Quick,
                {},
                Reach::OperatorsToo});
    TenantService &tenants = services.tenants;
    router.add({"GET",
                QStringLiteral("/api/v1/me"),
                Access::Authenticated,
                {},
                [&tenants, &auth](const ApiRequest &r) {
                    const Result<User> user = auth.me(r.caller());
                    if (!user)
                        return problemResponse(user.failure());
                    std::optional<Tenant> tenant;
                    if (!r.caller().isOperator()) {
                        const Result<Tenant> own = tenants.current(r.caller());
                        if (!own)
                            return problemResponse(own.failure());
                        tenant = *own;
                    }
                    JsonWriter w;
                    w.beginObject();
                    writeSessionFields(w, *user, tenant);
                    w.endObject();
                    return ApiResponse::json(w.take());
                },
                {QStringLiteral("The signed-in user and their tenant (null for an operator)"),
                 QStringLiteral("Auth")},
                Lane::Quick,
                {},
                Reach::Everyone});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/me/password"),
         Access::Authenticated,
         {},
         [&auth](const ApiRequest &r) {
             return withBody(r, kPasswordChange, WriteMode::Create, [&](const QJsonObject &b) {
                 const BodyReader read(b);
                 return respond(auth.changePassword(
                     callContext(r), read.text("current_password").value_or(QString()),
                     read.text("new_password").value_or(QString())));
             });
         },
         {QStringLiteral("Change the caller's own password (audited): clears "
                         "must_change_password, ends every other sign-in and answers new tokens "
                         "for this one (422 on current_password when it is wrong)"),
          QStringLiteral("Auth"), &kPasswordChange},
         Lane::Slow, // hashes passwords
         {},
         Reach::Everyone});
}

} // namespace fielddesk::server
