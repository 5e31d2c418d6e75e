#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/auditservice.h"

namespace fielddesk::server {

void registerAuditRoutes(Router &router, const Services &services)
{
    AuditService &audit = services.audit;
    const QString tag = QStringLiteral("Audit");
    router.add({"GET",
                QStringLiteral("/api/v1/audit-logs"),
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&audit](const ApiRequest &r) -> ApiResponse {
                    const Result<ListQuery> query =
                        parseListQuery(r.query, AuditRepository::listSpec());
                    if (!query)
                        return problemResponse(query.failure());
                    const Result<Page<AuditEntry>> page = audit.list(r.caller(), *query, r.query);
                    if (!page)
                        return problemResponse(page.failure());
                    return pageResponse(r, *query, page.value());
                },
                {QStringLiteral("The audit log (from/to bound created_at)"), tag, nullptr,
                 &AuditRepository::listSpec()}});
    router.add({"GET",
                QStringLiteral("/api/v1/audit-logs/{id}"),
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&audit](const ApiRequest &r) {
                    const auto id = r.pathId(QStringLiteral("id"));
                    return id ? respond(audit.get(r.caller(), *id)) : noSuchPath(r);
                },
                {QStringLiteral("One audit log entry"), tag}});
}

} // namespace fielddesk::server
