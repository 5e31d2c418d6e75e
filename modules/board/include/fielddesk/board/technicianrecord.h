// The dispatch board's copy of one technician for the chosen day: the profile as the API
// sent it, the shift and break of that day as instants, time off, and the rows of the
// technician's jobs ordered by planned start. Part of fielddesk_board.
#pragma once

#include "fielddesk/board/jobrecord.h"
#include "fielddesk/domain/dispatch.h"

#include <QList>

namespace fielddesk::board {

struct TimeSpan
{
    qint64 startMs = kNoTime;
    qint64 endMs = kNoTime;

    bool isValid() const { return startMs != kNoTime && endMs != kNoTime && endMs > startMs; }
    bool overlaps(qint64 start, qint64 end) const { return start < endMs && end > startMs; }
    bool contains(qint64 start, qint64 end) const { return start >= startMs && end <= endMs; }
};

struct TechnicianRecord
{
    Technician technician;
    QList<AvailabilityPeriod> availability;
    TimeSpan shift;         // the first shown day's; invalid: not a working day
    TimeSpan breakSpan;     // the break at its earliest time; invalid: none
    QList<TimeSpan> shifts; // every shown day's (several days: one per working day)
    QList<TimeSpan> breaks;
    QList<TimeSpan> unavailable; // time off and ad-hoc unavailability that day
    QList<int> jobRows;          // rows of DispatchStore's jobs, by planned start
};

} // namespace fielddesk::board
