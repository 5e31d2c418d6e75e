// The whole HTTP API, assembled in one place (apiroutes.cpp lists every resource).
#pragma once

#include "http/router.h"
#include "routes/services.h"

namespace fielddesk::server {

void registerApiRoutes(Router &router, const Services &services);

// One file per resource; each adds its routes with their access rules and documentation.
void registerSystemRoutes(Router &router, const Services &services);
void registerAuthRoutes(Router &router, const Services &services);
void registerTenantRoutes(Router &router, const Services &services);
void registerLocationRoutes(Router &router, const Services &services);
void registerUserRoutes(Router &router, const Services &services);
void registerAuditRoutes(Router &router, const Services &services);
void registerCatalogRoutes(Router &router, const Services &services);
void registerCustomerRoutes(Router &router, const Services &services);
void registerTechnicianRoutes(Router &router, const Services &services);
void registerJobRoutes(Router &router, const Services &services);
void registerJobSeriesRoutes(Router &router, const Services &services);
void registerApiKeyRoutes(Router &router, const Services &services);
void registerRoutingRoutes(Router &router, const Services &services);
void registerRequestRoutes(Router &router, const Services &services);
void registerNotificationRoutes(Router &router, const Services &services);
void registerMediaRoutes(Router &router, const Services &services);
void registerAboutMeRoutes(Router &router, const Services &services);
void registerExpenseRoutes(Router &router, const Services &services);
void registerSpiffRoutes(Router &router, const Services &services);
void registerReportRoutes(Router &router, const Services &services);
void registerFleetRoutes(Router &router, const Services &services);
void registerMessageRoutes(Router &router, const Services &services);
void registerPositionRoutes(Router &router, const Services &services);
void registerWebhookRoutes(Router &router, const Services &services);

} // namespace fielddesk::server
