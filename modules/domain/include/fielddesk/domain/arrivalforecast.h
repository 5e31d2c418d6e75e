// When a technician will reach their next jobs, from where they were last seen: the ETA at the
// next job is the travel model's drive from the last position, and each later job follows
// after the one before it (its duration, then the drive); a job whose forecast end passes its
// window's end is at risk of missing it (the board's own window rule: the whole job inside the
// window). The one home of that rule: the board's timeline, details and map read it.
// QtCore only.
#pragma once

#include "fielddesk/domain/travelmodel.h"

#include <QList>

#include <limits>
#include <optional>

namespace fielddesk {

class ArrivalForecast
{
public:
    // A position older than this is stale: drawn faded, and no ETA is made from it.
    static constexpr qint64 kRecentSeconds = 15 * 60;
    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

    // Where the technician was last seen.
    struct Fix
    {
        double latitude = 0;
        double longitude = 0;
        qint64 atMs = 0;
    };

    // One of the technician's next jobs, in the order they are planned.
    struct Stop
    {
        qint64 jobId = 0;
        double latitude = 0;
        double longitude = 0;
        qint64 plannedStartMs = kUnknown; // not started before (an appointment), if known
        int durationSec = 0;
        qint64 windowStartMs = kUnknown;
        qint64 windowEndMs = kUnknown;
        bool onSite = false; // the technician is there: leaves after its planned end, at least
    };

    struct Arrival
    {
        qint64 jobId = 0;
        qint64 arrivalMs = 0; // the ETA
        qint64 startMs = 0;   // the ETA, or later when the job may not start earlier
        qint64 endMs = 0;
        int travelSec = 0; // from the previous place
        bool atRisk = false;
        qint64 lateBySec = 0; // past the window's end (at risk only)
    };

    explicit ArrivalForecast(const TravelModel &travel)
        : m_travel(travel)
    {}

    static bool isRecent(qint64 fixMs, qint64 nowMs)
    {
        return nowMs - fixMs <= kRecentSeconds * 1000;
    }

    // The forecast of each stop the technician still has to reach (on-site stops have none),
    // leaving the fix no earlier than now. Nothing when the fix is not recent.
    QList<Arrival> forecast(const Fix &fix, qint64 nowMs, const QList<Stop> &stops) const;

private:
    TravelModel m_travel;
};

} // namespace fielddesk
