// /spiff-types and /spiffs: the kinds of bonus and the spiffs themselves with their workflow
// (approve, reject, pay, cancel), history and comments.
#include "http/bodyreader.h"
#include "routes/apiroutes.h"
#include "routes/approvalroutes.h"
#include "routes/routesupport.h"
#include "services/spiffservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kSpiffCatalogWriters{Role::Admin, Role::Manager};
constexpr double kMaxSpiffMinor = 100000000000.0;

FieldSpec spiffAmountField(const char *name, bool required)
{
    return {.name = QLatin1String(name),
            .type = FieldType::Integer,
            .required = required,
            .minimum = 0,
            .maximum = kMaxSpiffMinor,
            .description = QStringLiteral("whole minor units of the currency (cents)")};
}

const BodySchema kType{
    .name = QStringLiteral("SpiffTypeWrite"),
    .fields = {{.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
               spiffAmountField("default_amount_minor", false),
               idField(QStringLiteral("service_id"), Nullable::Yes),
               {.name = QStringLiteral("auto_on_completion"),
                .type = FieldType::Boolean,
                .description = QStringLiteral("with service_id: a completed job of that service "
                                              "files one for its technician")},
               {.name = QStringLiteral("active"), .type = FieldType::Boolean}}};

QList<FieldSpec> spiffFieldSpecs(bool creating)
{
    return {idField(QStringLiteral("spiff_type_id"), Nullable::No, creating),
            {.name = QStringLiteral("amount_minor"),
             .type = FieldType::Integer,
             .minimum = 1,
             .maximum = kMaxSpiffMinor,
             .description = QStringLiteral("minor units; default: the type's default amount")},
            idField(QStringLiteral("job_id"), Nullable::Yes),
            {.name = QStringLiteral("reason"),
             .required = creating,
             .minLength = 1,
             .maxLength = 2000}};
}

const BodySchema kSpiffCreate{
    .name = QStringLiteral("SpiffCreate"),
    .fields = spiffFieldSpecs(true) +
              QList<FieldSpec>{
                  {.name = QStringLiteral("employee_id"),
                   .type = FieldType::Integer,
                   .minimum = 1,
                   .description = QStringLiteral("a user id; default: the caller. Managers and "
                                                 "admins file for anyone at their locations")},
                  {.name = QStringLiteral("currency"),
                   .minLength = 3,
                   .maxLength = 3,
                   .description = QStringLiteral("ISO 4217; default: the tenant's currency")},
                  idField(QStringLiteral("location_id"))}};

const BodySchema kSpiffUpdate{.name = QStringLiteral("SpiffUpdate"),
                              .fields =
                                  spiffFieldSpecs(false) +
                                  QList<FieldSpec>{idField(QStringLiteral("expected_version"))}};

const BodySchema kSpiffDecision{.name = QStringLiteral("SpiffDecision"),
                                .fields = {idField(QStringLiteral("expected_version")),
                                           {.name = QStringLiteral("comment"), .maxLength = 2000}}};

const BodySchema kSpiffComment{
    .name = QStringLiteral("SpiffComment"),
    .fields = {
        {.name = QStringLiteral("text"), .required = true, .minLength = 1, .maxLength = 4000}}};

SpiffTypeFields typeFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .defaultAmountMinor = read.integer("default_amount_minor"),
            .serviceId = read.nullableInteger("service_id"),
            .autoOnCompletion = read.boolean("auto_on_completion"),
            .active = read.boolean("active")};
}

SpiffFields spiffFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.employeeId = read.integer("employee_id"),
            .spiffTypeId = read.integer("spiff_type_id"),
            .amountMinor = read.integer("amount_minor"),
            .currency = read.text("currency"),
            .jobId = read.nullableInteger("job_id"),
            .reason = read.trimmedText("reason"),
            .locationId = read.integer("location_id"),
            .expectedVersion = read.integer("expected_version")};
}

void registerTypeRoutes(Router &router, SpiffService &spiffs)
{
    const QString tag = QStringLiteral("Spiffs");
    router.add(
        {"GET",
         QStringLiteral("/api/v1/spiff-types"),
         Access::Authenticated,
         {},
         [&spiffs](const ApiRequest &r) {
             return withListQuery(r, SpiffRepository::typeListSpec(),
                                  [&](const ListQuery &q) { return spiffs.types(r.caller(), q); });
         },
         {QStringLiteral("Kinds of spiff"), tag, nullptr, &SpiffRepository::typeListSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/spiff-types"),
                Access::Authenticated,
                kSpiffCatalogWriters,
                [&spiffs](const ApiRequest &r) {
                    return withBody(r, kType, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(spiffs.createType(callContext(r), typeFields(b)), 201);
                    });
                },
                {QStringLiteral("Add a kind of spiff"), tag, &kType, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/spiff-types/{id}"),
                Access::Authenticated,
                {},
                [&spiffs](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(spiffs.type(r.caller(), id)); });
                },
                {QStringLiteral("One kind of spiff"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/spiff-types/{id}"),
                Access::Authenticated,
                kSpiffCatalogWriters,
                [&spiffs](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kType, WriteMode::Update, [&](const QJsonObject &b) {
                            return respond(spiffs.updateType(callContext(r), id, typeFields(b)));
                        });
                    });
                },
                {QStringLiteral("Change or deactivate a kind of spiff (partial)"), tag, &kType}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/spiff-types/{id}"),
                Access::Authenticated,
                kSpiffCatalogWriters,
                [&spiffs](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(spiffs.removeType(callContext(r), id));
                    });
                },
                {QStringLiteral("Delete a kind no spiff is of (else 409: deactivate it)"), tag,
                 nullptr, nullptr, 204}});
}

} // namespace

void registerSpiffRoutes(Router &router, const Services &services)
{
    SpiffService &spiffs = services.spiffs;
    registerTypeRoutes(router, spiffs);
    const QString tag = QStringLiteral("Spiffs");
    router.add({"GET",
                QStringLiteral("/api/v1/spiffs"),
                Access::Authenticated,
                {},
                [&spiffs](const ApiRequest &r) {
                    return withListQuery(r, SpiffRepository::listSpec(), [&](const ListQuery &q) {
                        return spiffs.list(r.caller(), q);
                    });
                },
                {QStringLiteral("Spiffs the caller may see; also awaiting_me=true, from=, to= "
                                "(dates earned)"),
                 tag, nullptr, &SpiffRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/spiffs"),
                Access::Authenticated,
                {},
                [&spiffs](const ApiRequest &r) {
                    return withBody(r, kSpiffCreate, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(spiffs.create(callContext(r), spiffFields(b)), 201);
                    });
                },
                {QStringLiteral("Claim a spiff, or file one for someone at your locations"), tag,
                 &kSpiffCreate, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/spiffs/{id}"),
                Access::Authenticated,
                {},
                [&spiffs](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(spiffs.get(r.caller(), id)); });
                },
                {QStringLiteral("One spiff"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/spiffs/{id}"),
                Access::Authenticated,
                {},
                [&spiffs](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(
                            r, kSpiffUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                                return respond(spiffs.update(callContext(r), id, spiffFields(b)));
                            });
                    });
                },
                {QStringLiteral("Change a spiff while it awaits a decision (else 409)"), tag,
                 &kSpiffUpdate}});
    addApprovalRoutes(
        router,
        {QStringLiteral("/api/v1/spiffs"), tag, QStringLiteral("spiff"), "spiff_id",
         SpiffService::workflow().actions(), &kSpiffDecision, &kSpiffComment},
        [&spiffs](const CallContext &call, qint64 id, const ApprovalDecision &decision) {
            return spiffs.decide(call, id, decision);
        },
        [&spiffs](const Principal &caller, qint64 id) { return spiffs.history(caller, id); },
        [&spiffs](const CallContext &call, qint64 id, const QString &text) {
            return spiffs.comment(call, id, text);
        });
}

} // namespace fielddesk::server
