#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/tenantservice.h"

#include <QJsonDocument>

namespace fielddesk::server {

namespace {

const BodySchema kTenantUpdate{
    .name = QStringLiteral("TenantUpdate"),
    .fields = {
        {.name = QStringLiteral("name"), .minLength = 1, .maxLength = 200},
        {.name = QStringLiteral("time_zone"),
         .minLength = 1,
         .maxLength = 64,
         .description = QStringLiteral("IANA time zone, e.g. America/Denver")},
        {.name = QStringLiteral("currency"),
         .minLength = 3,
         .maxLength = 3,
         .description = QStringLiteral("ISO 4217, the default currency of expenses and spiffs")},
        {.name = QStringLiteral("settings"), .type = FieldType::Object},
    }};

TenantFields tenantFields(const QJsonObject &body)
{
    const BodyReader read(body);
    TenantFields fields{.name = read.trimmedText("name"),
                        .timeZone = read.text("time_zone"),
                        .currency = read.text("currency")};
    if (const Patch<QJsonObject> settings = read.object("settings"))
        fields.settingsJson = QJsonDocument(*settings).toJson(QJsonDocument::Compact);
    return fields;
}

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
                    return withBody(r, kTenantUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                        return respond(tenants.update(callContext(r), tenantFields(b)));
                    });
                },
                {QStringLiteral("Change the caller's tenant"), QStringLiteral("Tenants"),
                 &kTenantUpdate}});
}

} // namespace fielddesk::server
