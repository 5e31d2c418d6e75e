// Putting jobs on technicians' days: assign, unassign and all-or-nothing batches, each
// checked against the version the dispatcher saw (a stale one changes nothing and answers
// 409 with the job as it is now), with warnings the dispatcher may knowingly override.
#pragma once

#include "core/result.h"
#include "services/assignmentrules.h"
#include "services/callcontext.h"
#include "services/jobservice.h"

#include <QDateTime>

#include <functional>

namespace fielddesk::server {

class JobWrite;

struct AssignmentOutcome
{
    Job job;
    QList<AssignmentWarning> warnings;

    void writeJson(JsonWriter &w) const;
};

struct AssignmentRequest
{
    qint64 jobId = 0;
    bool assign = true; // false: unassign
    qint64 technicianId = 0;
    QDateTime plannedStart; // to assign
    qint64 expectedVersion = 0;
    bool force = false;
};

class AssignmentService
{
public:
    AssignmentService(Database &db, EventNotifier &events, const TravelModel &travel)
        : m_db(db)
        , m_events(events)
        , m_travel(travel)
    {}

    Result<AssignmentOutcome> apply(const CallContext &call, const AssignmentRequest &request);
    // Every request in one transaction: all applied, or none (the problem names the failing
    // operation's index). `alsoWrite` runs in that transaction once all are applied.
    Result<QList<AssignmentOutcome>> applyBatch(const CallContext &call,
                                                const QList<AssignmentRequest> &requests,
                                                const std::function<void()> &alsoWrite = {});
    // The checks assign would make, without changing anything (also used by schedules).
    QList<AssignmentWarning>
    warningsFor(const Principal &caller, const Job &job, const Technician &technician);

private:
    QList<AssignmentWarning>
    warningsFor(const Job &job, const Technician &technician, const LocalClock &clock);
    Result<AssignmentOutcome>
    applyIn(JobWrite &write, const Principal &caller, const AssignmentRequest &request);

    Database &m_db;
    EventNotifier &m_events;
    TravelModel m_travel; // the server's
};

// The clock people at a location read: its time zone, else the tenant's, else UTC.
LocalClock locationClock(Database &db, qint64 tenantId, qint64 locationId);
// The time zone of that clock.
QTimeZone locationZone(Database &db, qint64 tenantId, qint64 locationId);

} // namespace fielddesk::server
