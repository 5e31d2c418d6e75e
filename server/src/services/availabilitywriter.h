// Adds or removes one availability period of a technician inside the caller's transaction,
// with everything that goes with it: the row, the audit row and the event live boards redraw
// their conflicts from. The technician service and an approved time off both write through it.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "services/callcontext.h"
#include "storage/database.h"

namespace fielddesk::server {

class AvailabilityWriter
{
public:
    AvailabilityWriter(Database &db, const CallContext &call)
        : m_db(db)
        , m_call(call)
    {}

    AvailabilityPeriod add(const Technician &technician, AvailabilityPeriod period);
    void remove(const Technician &technician, const AvailabilityPeriod &period);

private:
    void announce(const Technician &technician, const AvailabilityPeriod &period, bool removed);

    Database &m_db;
    const CallContext &m_call;
};

} // namespace fielddesk::server
