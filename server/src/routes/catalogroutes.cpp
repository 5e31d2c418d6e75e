#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
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
        {.name = QStringLiteral("weather_sensitive"),
         .type = FieldType::Boolean,
         .description = QStringLiteral("rain, wind or cold put its jobs at risk (the company's "
                                       "weather_* settings)")},
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
            .active = read.boolean("active"),
            .weatherSensitive = read.boolean("weather_sensitive")};
}

} // namespace

void registerCatalogRoutes(Router &router, const Services &services)
{
    CollectionRoutes<CatalogService> skills(
        router, services.catalog, QStringLiteral("/api/v1/skills"), QStringLiteral("Skills"));
    skills.list({}, SkillRepository::listSpec(), &CatalogService::listSkills,
                QStringLiteral("The skills catalogue"));
    skills.create(kCatalogEditors, kSkill, &CatalogService::createSkill, skillFields,
                  QStringLiteral("Add a skill"));
    skills.get({}, &CatalogService::getSkill, QStringLiteral("One skill"));
    skills.update(kCatalogEditors, kSkill, &CatalogService::updateSkill, skillFields,
                  QStringLiteral("Change a skill (partial)"));
    skills.remove(kCatalogEditors, &CatalogService::removeSkill,
                  QStringLiteral("Delete an unused skill"));

    CollectionRoutes<CatalogService> serviceTypes(
        router, services.catalog, QStringLiteral("/api/v1/services"), QStringLiteral("Services"));
    serviceTypes.list({}, ServiceTypeRepository::listSpec(), &CatalogService::listServices,
                      QStringLiteral("The service catalogue"));
    serviceTypes.create(kCatalogEditors, kService, &CatalogService::createService, serviceFields,
                        QStringLiteral("Add a service"));
    serviceTypes.get({}, &CatalogService::getService, QStringLiteral("One service"));
    serviceTypes.update(kCatalogEditors, kService, &CatalogService::updateService, serviceFields,
                        QStringLiteral("Change a service (partial)"));
    serviceTypes.remove(kCatalogEditors, &CatalogService::removeService,
                        QStringLiteral("Delete an unused service"));
}

} // namespace fielddesk::server
