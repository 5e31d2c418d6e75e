// What technicians are told when one of their jobs changes, whoever changed it and however
// (assign, unassign, a move, an edit, a cancellation; one by one, in a batch or by an applied
// plan): a notification in their bell, and (through NotificationService) an email or text
// message when the change touches their today, on their location's clock. A change for
// another day waits for the bell and tomorrow's plan (DayAheadMessages). JobChangeLog calls it
// for every change, inside the change's transaction.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "services/callcontext.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

class WriteLookups;

class TechnicianNotices
{
public:
    static void raiseFor(Database &db,
                         const CallContext &call,
                         WriteLookups &lookups,
                         const std::optional<Job> &before,
                         const Job &after);
};

} // namespace fielddesk::server
