// Who may read an uploaded file besides whoever uploaded it: whoever may read something it is
// attached to, by that thing's own rules (a request: services/requestvisibility.h; an
// expense: services/moneyvisibility.h). The one home of that rule: GET /media/{id} asks it.
#pragma once

#include "auth/principal.h"
#include "core/failure.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

bool mayReadAttachment(Database &db, const Principal &caller, qint64 mediaId);

// Whoever files something attaches only files they uploaded themselves: otherwise a 422
// naming each wrong one (media_ids[1]).
std::optional<Failure>
checkOwnUploads(Database &db, const Principal &caller, const QList<qint64> &mediaIds);

} // namespace fielddesk::server
