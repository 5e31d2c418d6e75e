// The evening before: each technician's plan of the next day (a notification: the bell, and by
// their preferences an email or text message) and a reminder to each customer with a job that
// day. Every location once a day when its clock passes the tenant's day_ahead_at (sendDue, run
// every minute from a thread of its own), or at once when a dispatcher asks (send, POST
// /messages/day-ahead). Sending again for the same day sends only what changed: a plan goes
// again when its words changed, a reminder when its job moved (several servers sending at the
// same moment send each once).
#pragma once

#include "core/result.h"
#include "services/callcontext.h"

#include <QDate>

namespace fielddesk::server {

class Database;
class EventNotifier;

struct DayAheadOutcome
{
    int plans = 0;     // technicians' plans sent
    int reminders = 0; // jobs whose customers were reminded

    void writeJson(JsonWriter &w) const;
};

class DayAheadService
{
public:
    DayAheadService(Database &db, EventNotifier &events)
        : m_db(db)
        , m_events(events)
    {}

    // The location's plans and reminders for `day` (a local calendar day) now.
    Result<DayAheadOutcome> send(const CallContext &call, qint64 locationId, const QDate &day);
    // Every location of every active tenant whose clock has passed day_ahead_at and that was
    // not yet sent for tomorrow; how many plans and reminders went.
    int sendDue();
    // Inside the caller's transaction: the location's evening run for `day` counts as done.
    static void markSent(Database &db, qint64 tenantId, qint64 locationId, const QDate &day);

private:
    DayAheadOutcome sendIn(const CallContext &call, qint64 locationId, const QDate &day);

    Database &m_db;
    EventNotifier &m_events;
};

} // namespace fielddesk::server
