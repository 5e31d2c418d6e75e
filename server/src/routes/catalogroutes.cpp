#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/catalogservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kCatalogEditors{Role::Admin, Role::Manager};

const BodySchema kSkill{
    QStringLiteral("SkillWrite"),
    {{QStringLiteral("name"), FieldType::String, true, false, {}, {}, 1, 100},
     {QStringLiteral("description"), FieldType::String, false, false, {}, {}, 0, 1000}}};

const BodySchema kService{
    QStringLiteral("ServiceWrite"),
    {{QStringLiteral("name"), FieldType::String, true, false, {}, {}, 1, 200},
     {QStringLiteral("description"), FieldType::String, false, false, {}, {}, 0, 2000},
     {QStringLiteral("duration_min"), FieldType::Integer, true, false, 5, 24 * 60},
     {QStringLiteral("price"), FieldType::Number, false, false, 0, 1e9},
     {QStringLiteral("priority"), FieldType::Integer, false, false, 1, 5},
     {QStringLiteral("required_skill"), FieldType::String, false, true, {}, {}, 0, 100},
     {QStringLiteral("active"), FieldType::Boolean, false, false}}};

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
                    return withBody(r, kSkill, WriteMode::Create, [&](const QJsonObject &body) {
                        return respond(catalog.createSkill(callContext(r), body), 201);
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
                            return respond(catalog.updateSkill(callContext(r), id, b));
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
                    return withBody(r, kService, WriteMode::Create, [&](const QJsonObject &body) {
                        return respond(catalog.createService(callContext(r), body), 201);
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
                            return respond(catalog.updateService(callContext(r), id, b));
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
