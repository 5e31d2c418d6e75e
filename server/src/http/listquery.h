// Reads the list conventions (storage/listquery.h) from a request's query string.
#pragma once

#include "core/result.h"
#include "storage/listquery.h"

namespace fielddesk::server {

// 422 naming the parameter for anything unknown or malformed.
Result<ListQuery> parseListQuery(const QUrlQuery &query, const ListSpec &spec);

} // namespace fielddesk::server
