#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "storage/database.h"

namespace fielddesk::server {

void registerSystemRoutes(Router &router, const Services &services)
{
    Database &db = services.database;
    router.add({"GET",
                QStringLiteral("/healthz"),
                Access::Public,
                {},
                [](const ApiRequest &) { return ApiResponse::json(R"({"status":"ok"})"); },
                {QStringLiteral("Liveness: the process answers"), QStringLiteral("System")}});
    router.add({"GET",
                QStringLiteral("/readyz"),
                Access::Public,
                {},
                [&db](const ApiRequest &) {
                    QString error;
                    if (db.ping(&error))
                        return ApiResponse::json(R"({"status":"ready"})");
                    return problemResponse(Failure::unavailable(
                        QStringLiteral("The database does not answer: %1").arg(error)));
                },
                {QStringLiteral("Readiness: the database answers"), QStringLiteral("System")}});
}

} // namespace fielddesk::server
