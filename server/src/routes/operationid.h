// The operationId of a route in the OpenAPI document: the camel-case name a generated client
// gives the call (listJobs, assignJob, deleteCustomerAddress). Derived from the method and the
// path, which are contracts themselves, so it is as stable as the route; the few paths that
// read badly by the rule have a name of their own in one table.
#pragma once

#include <QByteArray>
#include <QString>

namespace fielddesk::server {

// `path` as registered ("/api/v1/jobs/{id}/assign"), `method` upper case ("POST").
QString operationIdOf(const QByteArray &method, const QString &path);

} // namespace fielddesk::server
