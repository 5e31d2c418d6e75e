// The OpenAPI 3 document of every route in the router, built from the route table itself
// (summaries, roles, body schemas, list parameters), so it cannot fall behind the code.
#pragma once

#include "http/bodyschema.h"
#include "http/router.h"

#include <QJsonObject>

namespace fielddesk::server {

QJsonObject buildOpenApiDocument(const Router &router);
// A request body the schema accepts on create (its required fields), shown as the example.
QJsonObject exampleBody(const BodySchema &body);
// Adds GET /api/v1/openapi.json; call it after every other route is registered.
void registerOpenApiRoute(Router &router);

} // namespace fielddesk::server
