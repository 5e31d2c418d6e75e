#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/tenantservice.h"

namespace fielddesk::server {

namespace {
const BodySchema kTenantUpdate{
    QStringLiteral("TenantUpdate"),
    {{QStringLiteral("name"), FieldType::String, false, false, {}, {}, 1, 200},
     {QStringLiteral("time_zone"),
      FieldType::String,
      false,
      false,
      {},
      {},
      1,
      64,
      {},
      QStringLiteral("IANA time zone, e.g. America/Denver")},
     {QStringLiteral("settings"), FieldType::Object, false, false}}};
} // namespace

void registerTenantRoutes(Router &router, const Services &services)
{
    TenantService &tenants = services.tenants;
    router.add({"GET",
                QStringLiteral("/api/v1/tenants/current"),
                Access::Authenticated,
                {},
                [&tenants](const ApiRequest &r) { return respond(tenants.current(r.caller())); },
                {QStringLiteral("The caller's tenant"), QStringLiteral("Tenants")}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/tenants/current"),
                Access::Authenticated,
                {Role::Admin},
                [&tenants](const ApiRequest &r) {
                    const Result<QJsonObject> body =
                        validateBody(r.body, kTenantUpdate, WriteMode::Update);
                    if (!body)
                        return problemResponse(body.failure());
                    return respond(tenants.update(callContext(r), *body));
                },
                {QStringLiteral("Change the caller's tenant"), QStringLiteral("Tenants"),
                 &kTenantUpdate}});
}

} // namespace fielddesk::server
