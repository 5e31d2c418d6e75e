// What a job's customer is told, decided in the transaction of the job's change (JobChangeLog
// calls it for every change of every job): that the job is scheduled (when it first gets a
// planned day, or moves to another day or window), that the technician is on the way (with
// the expected arrival: from the technician's last position when it is recent, by the tenant's
// travel model, else the planned start), that it is done; and the evening before, a reminder. One
// message per channel the server has configured (email, text message) and the customer has an
// address for and did not opt out of. The words come from MessageTemplates in the customer's
// language (else the tenant's customer_language); times are the job's location's.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/travelmodel.h"
#include "services/callcontext.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

class CustomerMessages
{
public:
    // serverTravel: the server's travel model (the tenant's settings come over it).
    static void queueFor(Database &db,
                         const CallContext &call,
                         const TravelModel &serverTravel,
                         const std::optional<Job> &before,
                         const Job &after);
    // The reminder the day before (DayAheadService); once per job and planned start. Whether
    // anything was queued.
    static bool queueReminder(Database &db, const CallContext &call, const Job &job);

private:
    static bool queue(Database &db,
                      const CallContext &call,
                      const Job &job,
                      const QString &templateName,
                      const QString &about,
                      std::optional<qint64> expectedArrivalMs = std::nullopt);
};

} // namespace fielddesk::server
