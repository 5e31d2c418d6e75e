// The one check of a location a request names (in a body or a filter): it must be a location
// of the caller's tenant that the caller may act at. A stored object's location is the
// tenant's already; an id from outside may be another tenant's, or none at all.
#pragma once

#include "auth/principal.h"
#include "core/result.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

// An admin: any location of their tenant; anyone else: the locations they work at.
bool isUsableLocation(Database &db, const Principal &caller, qint64 locationId);

// Where something the caller files (a request, an expense) belongs: the location named, which
// must be usable, else the first they work at; a 422 on `location_id` when neither is there.
Result<qint64>
filingLocation(Database &db, const Principal &caller, const std::optional<qint64> &named);

} // namespace fielddesk::server
