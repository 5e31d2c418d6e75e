// Who may read which requests, in one place for every way they are read: lists, a single
// request and its history, and the live stream's requests.* events. Everyone reads their own;
// admins everyone's; managers those of their locations; dispatchers only the time off at their
// locations (they plan around it, nothing else); employees and API keys nobody else's.
#pragma once

#include "auth/principal.h"
#include "repositories/requestrepository.h"

#include <optional>

namespace fielddesk::server {

// What a list of this caller's is limited to.
RequestScope requestScopeOf(const Principal &caller);

// Whether the caller may read a request of this kind at this location filed by requesterId
// (nullopt: not known to be the caller's own, as in an event, which names no requester).
bool canSeeRequest(const Principal &caller,
                   std::optional<qint64> requesterId,
                   qint64 locationId,
                   const QString &kind);

} // namespace fielddesk::server
