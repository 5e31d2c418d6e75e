// The body of a job, shared by the routes that take one (a job, a series' template): the
// fields as the API names them, and the typed command they become.
#pragma once

#include "http/bodyschema.h"
#include "services/jobservice.h"

namespace fielddesk::server {

QList<FieldSpec> jobFieldSpecs();
FieldSpec expectedVersionSpec(bool required);
JobFields jobFieldsFrom(const QJsonObject &body);

} // namespace fielddesk::server
