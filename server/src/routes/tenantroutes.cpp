#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
#include "routes/routesupport.h"
#include "services/tenantservice.h"

#include <QJsonDocument>

namespace fielddesk::server {

namespace {

const FieldSpec kTimeZoneField{.name = QStringLiteral("time_zone"),
                               .minLength = 1,
                               .maxLength = 64,
                               .description =
                                   QStringLiteral("IANA time zone, e.g. America/Denver")};
const FieldSpec kCurrencyField{
    .name = QStringLiteral("currency"),
    .minLength = 3,
    .maxLength = 3,
    .description = QStringLiteral("ISO 4217, the default currency of expenses and spiffs")};

FieldSpec required(FieldSpec field)
{
    field.required = true;
    return field;
}

const BodySchema kTenantUpdate{
    .name = QStringLiteral("TenantUpdate"),
    .fields = {
        {.name = QStringLiteral("name"), .minLength = 1, .maxLength = 200},
        kTimeZoneField,
        kCurrencyField,
        {.name = QStringLiteral("settings"), .type = FieldType::Object},
    }};

const BodySchema kNewTenant{
    .name = QStringLiteral("TenantCreate"),
    .fields = {
        {.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
        required(kTimeZoneField),
        required(kCurrencyField),
        {.name = QStringLiteral("admin"),
         .type = FieldType::Object,
         .required = true,
         .description = QStringLiteral("the tenant's first admin: {email, name, password, "
                                       "must_change_password?}")},
    }};

const BodySchema kTenantAdmin{
    .name = QStringLiteral("TenantAdmin"),
    .fields = {
        emailField(),
        personNameField(),
        newPasswordField(),
        {.name = QStringLiteral("must_change_password"), .type = FieldType::Boolean},
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

// The new tenant of a body kNewTenant has passed, with its admin checked against kTenantAdmin.
Result<NewTenant> newTenant(const QJsonObject &body)
{
    const BodyReader read(body);
    const Result<QJsonObject> admin = validateNested(read.object("admin").value_or(QJsonObject()),
                                                     kTenantAdmin, QStringLiteral("admin."));
    if (!admin)
        return admin.failure();
    const BodyReader adminRead(*admin);
    return NewTenant{.name = read.trimmedText("name").value_or(QString()),
                     .timeZone = read.text("time_zone").value_or(QString()),
                     .currency = read.text("currency").value_or(QString()),
                     .adminEmail = adminRead.text("email").value_or(QString()),
                     .adminName = adminRead.trimmedText("name").value_or(QString()),
                     .adminPassword = adminRead.text("password").value_or(QString()),
                     .adminMustChangePassword =
                         adminRead.boolean("must_change_password").value_or(false)};
}

} // namespace

void registerTenantRoutes(Router &router, const Services &services)
{
    TenantService &tenants = services.tenants;
    const QString tag = QStringLiteral("Tenants");
    router.add({"GET",
                QStringLiteral("/api/v1/tenants/current"),
                Access::Authenticated,
                {},
                [&tenants](const ApiRequest &r) { return respond(tenants.current(r.caller())); },
                {QStringLiteral("The caller's tenant"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/tenants/current"),
                Access::Authenticated,
                {Role::Admin},
                [&tenants](const ApiRequest &r) {
                    return withBody(r, kTenantUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                        return respond(tenants.update(callContext(r), tenantFields(b)));
                    });
                },
                {QStringLiteral("Change the caller's tenant"), tag, &kTenantUpdate}});

    // The operator's: every tenant of the installation.
    const QList<Role> operators{Role::Operator};
    CollectionRoutes<TenantService> all(router, tenants, QStringLiteral("/api/v1/tenants"), tag);
    all.list(operators, TenantRepository::listSpec(), &TenantService::list,
             QStringLiteral("Every tenant of the installation (operator)"));
    router.add({"POST",
                QStringLiteral("/api/v1/tenants"),
                Access::Authenticated,
                operators,
                [&tenants](const ApiRequest &r) {
                    return withBody(r, kNewTenant, WriteMode::Create, [&](const QJsonObject &b) {
                        const Result<NewTenant> fields = newTenant(b);
                        if (!fields)
                            return problemResponse(fields.failure());
                        return respond(tenants.create(callContext(r), *fields), 201);
                    });
                },
                {QStringLiteral("Create a tenant and its first admin in one transaction (operator; "
                                "409 when the admin's email is in use)"),
                 tag, &kNewTenant, nullptr, 201},
                Lane::Slow}); // hashes the admin's password
    all.get(operators, &TenantService::get, QStringLiteral("One tenant (operator)"));
    for (const auto &[step, method] : {std::pair{"suspend", &TenantService::suspend},
                                       std::pair{"resume", &TenantService::resume}}) {
        const auto takeStep = method;
        router.add({"POST",
                    all.itemPath() + QLatin1Char('/') + QLatin1String(step),
                    Access::Authenticated,
                    operators,
                    [&tenants, takeStep](const ApiRequest &r) {
                        return withId(r, "id", [&](qint64 id) {
                            return respond(std::invoke(takeStep, tenants, callContext(r), id));
                        });
                    },
                    {QStringLiteral("Take the tenant's \"%1\" step (operator; 409 names the "
                                    "allowed ones)")
                         .arg(QLatin1String(step)),
                     tag}});
    }
}

} // namespace fielddesk::server
