// Records one change of a job inside the caller's transaction: the dispatch-history row and
// the outbox event, so both exist exactly when the change was committed.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/travelmodel.h"
#include "services/callcontext.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

class WriteLookups;

class JobChangeLog
{
public:
    JobChangeLog(Database &db,
                 const CallContext &call,
                 const TravelModel &serverTravel,
                 WriteLookups &lookups)
        : m_db(db)
        , m_call(call)
        , m_serverTravel(serverTravel)
        , m_lookups(lookups)
    {}

    // action: the history action ("assigned"); eventType: "scheduling.job.assigned.v1";
    // extraData: more members of the event's data object as (key, raw JSON value).
    void record(const QString &action,
                const QString &eventType,
                const std::optional<Job> &before,
                const Job &after,
                const QList<std::pair<QByteArray, QByteArray>> &extraData = {});
    bool recordedAny() const { return m_recorded; }

private:
    Database &m_db;
    const CallContext &m_call;
    TravelModel m_serverTravel;
    WriteLookups &m_lookups;
    bool m_recorded = false;
};

} // namespace fielddesk::server
