#include "routes/apiroutes.h"

#include "routes/openapi.h"

namespace fielddesk::server {

void registerApiRoutes(Router &router, const Services &services)
{
    registerSystemRoutes(router, services);
    registerAuthRoutes(router, services);
    registerTenantRoutes(router, services);
    registerLocationRoutes(router, services);
    registerUserRoutes(router, services);
    registerAuditRoutes(router, services);
    registerCatalogRoutes(router, services);
    registerCustomerRoutes(router, services);
    registerTechnicianRoutes(router, services);
    registerJobRoutes(router, services);
    registerJobSeriesRoutes(router, services);
    registerApiKeyRoutes(router, services);
    registerRoutingRoutes(router, services);
    registerRequestRoutes(router, services);
    registerNotificationRoutes(router, services);
    registerMediaRoutes(router, services);
    registerAboutMeRoutes(router, services);
    registerExpenseRoutes(router, services);
    registerSpiffRoutes(router, services);
    registerReportRoutes(router, services);
    registerFleetRoutes(router, services);
    registerMessageRoutes(router, services);
    registerWebhookRoutes(router, services);
    registerPositionRoutes(router, services);
    // Last, so that it documents every route above.
    registerOpenApiRoute(router);
}

} // namespace fielddesk::server
