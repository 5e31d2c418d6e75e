// The rules for technicians and their availability: dispatch roles read them in their
// locations (employees their own profile), admins and managers change profiles, dispatch
// roles record time off; every change is audited and announced as an event.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "repositories/technicianrepository.h"
#include "services/assignmentrules.h"
#include "services/callcontext.h"

#include <QDateTime>

namespace fielddesk::server {

class EventNotifier;

// A new technician profile, or a partial change of one (only the named fields change).
struct TechnicianFields
{
    Patch<qint64> userId; // on create only: a profile stays with its user
    Patch<qint64> locationId;
    Patch<QStringList> skills; // skill names, trimmed
    NullablePatch<double> homeLatitude;
    NullablePatch<double> homeLongitude;
    Patch<QString> shiftStart; // "HH:MM", as are the three below
    Patch<QString> shiftEnd;
    Patch<QString> breakEarliest;
    Patch<QString> breakLatest;
    Patch<int> breakMinutes;
    Patch<QList<qint64>> workDays; // ISO weekdays
    NullablePatch<int> maxJobs;
    NullablePatch<qint64> vehicleId;
    Patch<bool> active;
};

// A technician's new time off or unavailability.
struct AvailabilityFields
{
    Patch<QString> kind; // "time_off" (the default) or "unavailable"
    Patch<QDateTime> startsAt;
    Patch<QDateTime> endsAt;
    Patch<QString> reason;
};

// GET /technicians/{id}/schedule: the day's jobs in order with travel and conflicts.
struct TechnicianSchedule
{
    Technician technician;
    QString date;
    ShiftTimes shift;
    struct Stop
    {
        Job job;
        int travelSeconds = 0;
        double travelKm = 0;
    };
    QList<Stop> stops;
    QList<AvailabilityPeriod> availability;
    QList<AssignmentWarning> conflicts;

    void writeJson(JsonWriter &w) const;
};

class TechnicianService
{
public:
    TechnicianService(Database &db, EventNotifier &events, TravelModel travel)
        : m_db(db)
        , m_events(events)
        , m_travel(travel)
    {}

    Page<Technician> list(const Principal &caller, const ListQuery &query);
    Result<Technician> get(const Principal &caller, qint64 id);
    Result<Technician> create(const CallContext &call, const TechnicianFields &fields);
    Result<Technician> update(const CallContext &call, qint64 id, const TechnicianFields &fields);
    Status remove(const CallContext &call, qint64 id);

    Result<QList<AvailabilityPeriod>> availability(const Principal &caller,
                                                   qint64 technicianId,
                                                   const QString &from,
                                                   const QString &to);
    Result<AvailabilityPeriod>
    addAvailability(const CallContext &call, qint64 technicianId, const AvailabilityFields &fields);
    Status removeAvailability(const CallContext &call, qint64 technicianId, qint64 periodId);

    Result<TechnicianSchedule>
    schedule(const Principal &caller, qint64 technicianId, const QString &date);

private:
    void announce(const CallContext &call,
                  const QString &type,
                  qint64 locationId,
                  const QByteArray &data);

    Database &m_db;
    EventNotifier &m_events;
    TravelModel m_travel;
};

} // namespace fielddesk::server
