#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/catalogservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kCatalogEditors{Role::Admin, Role::Manager};

const BodySchema kSkill{
    .name = QStringLiteral("SkillWrite"),
    .fields = {
        {.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 100},
        {.name = QStringLiteral("description"), .maxLength = 1000},
    }};

const BodySchema kService{
    .name = QStringLiteral("ServiceWrite"),
    .fields = {
        {.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
        {.name = QStringLiteral("description"), .maxLength = 2000},
        {.name = QStringLiteral("duration_min"),
         .type = FieldType::Integer,
         .required = true,
         .minimum = 5,
         .maximum = 24 * 60},
        {.name = QStringLiteral("price"), .type = FieldType::Number, .minimum = 0, .maximum = 1e9},
        {.name = QStringLiteral("priority"),
         .type = FieldType::Integer,
         .minimum = 1,
         .maximum = 5},
        {.name = QStringLiteral("required_skill"), .nullable = true, .maxLength = 100},
        {.name = QStringLiteral("active"), .type = FieldType::Boolean},
    }};

SkillFields skillFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"), .description = read.text("description")};
}

ServiceFields serviceFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .description = read.text("description"),
            .durationMin = read.smallInteger("duration_min"),
            .price = read.number("price"),
            .priority = read.smallInteger("priority"),
            .requiredSkill = read.nullableText("required_skill"),
            .active = read.boolean("active")};
}

} // namespace

void registerCatalogRoutes(Router &router, const Services &services)
{
    CatalogService &catalog = services.catalog;
    const QString skills = QStringLiteral("Skills");
    router.add(
        {"GET",
         QStringLiteral("/api/v1/skills"),
         Access::Authenticated,
         {},
         [&catalog](const ApiRequest &r) {
             return withListQuery(r, SkillRepository::listSpec(), [&](const ListQuery &q) {
                 return catalog.listSkills(r.caller(), q);
             });
         },
         {QStringLiteral("The skills catalogue"), skills, nullptr, &SkillRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/skills"),
                Access::Authenticated,
                kCatalogEditors,
                [&catalog](const ApiRequest &r) {
                    return withBody(r, kSkill, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(catalog.createSkill(callContext(r), skillFields(b)), 201);
                    });
                },
                {QStringLiteral("Add a skill"), skills, &kSkill, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/skills/{id}"),
                Access::Authenticated,
                {},
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(catalog.getSkill(r.caller(), id));
                    });
                },
                {QStringLiteral("One skill"), skills}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/skills/{id}"),
                Access::Authenticated,
                kCatalogEditors,
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kSkill, WriteMode::Update, [&](const QJsonObject &b) {
                            return respond(catalog.updateSkill(callContext(r), id, skillFields(b)));
                        });
                    });
                },
                {QStringLiteral("Change a skill (partial)"), skills, &kSkill}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/skills/{id}"),
                Access::Authenticated,
                kCatalogEditors,
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(catalog.removeSkill(callContext(r), id));
                    });
                },
                {QStringLiteral("Delete an unused skill"), skills, nullptr, nullptr, 204}});

    const QString tag = QStringLiteral("Services");
    router.add({"GET",
                QStringLiteral("/api/v1/services"),
                Access::Authenticated,
                {},
                [&catalog](const ApiRequest &r) {
                    return withListQuery(
                        r, ServiceTypeRepository::listSpec(),
                        [&](const ListQuery &q) { return catalog.listServices(r.caller(), q); });
                },
                {QStringLiteral("The service catalogue"), tag, nullptr,
                 &ServiceTypeRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/services"),
                Access::Authenticated,
                kCatalogEditors,
                [&catalog](const ApiRequest &r) {
                    return withBody(r, kService, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(catalog.createService(callContext(r), serviceFields(b)),
                                       201);
                    });
                },
                {QStringLiteral("Add a service"), tag, &kService, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/services/{id}"),
                Access::Authenticated,
                {},
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(catalog.getService(r.caller(), id));
                    });
                },
                {QStringLiteral("One service"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/services/{id}"),
                Access::Authenticated,
                kCatalogEditors,
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kService, WriteMode::Update, [&](const QJsonObject &b) {
                            return respond(
                                catalog.updateService(callContext(r), id, serviceFields(b)));
                        });
                    });
                },
                {QStringLiteral("Change a service (partial)"), tag, &kService}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/services/{id}"),
                Access::Authenticated,
                kCatalogEditors,
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(catalog.removeService(callContext(r), id));
                    });
                },
                {QStringLiteral("Delete an unused service"), tag, nullptr, nullptr, 204}});
}

} // namespace fielddesk::server
