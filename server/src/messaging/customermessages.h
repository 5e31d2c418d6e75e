// What a job's customer is told, decided in the transaction of the job's change (JobChangeLog
// calls it for every change of every job): that the job is scheduled (when it first gets a
// planned day, or moves to another day or window), that the technician is on the way (with
// the expected arrival), that it is done. One message per channel the server has configured
// (email, text message) and the customer has an address for and did not opt out of. The words
// come from MessageTemplates; times are the job's location's.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "services/callcontext.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

class CustomerMessages
{
public:
    // Which channels the server delivers on (set once at start-up from its configuration;
    // none by default, so nothing is queued that could never be sent).
    static void setChannels(bool email, bool sms);

    static void queueFor(Database &db,
                         const CallContext &call,
                         const std::optional<Job> &before,
                         const Job &after);
};

} // namespace fielddesk::server
