// The dispatch board's copy of one job: the job as the API sent it plus what the board
// derives from it once (times as milliseconds, travel from the previous job, conflicts) and
// whether a change of it is still waiting for the server. Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QFlags>

#include <limits>

namespace fielddesk::board {

// "No time": a job without a planned start, a technician without a shift that day.
inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

enum class JobConflict {
    None = 0,
    Overlap = 0x1,       // starts before the previous job of the same technician ends
    OutsideWindow = 0x2, // planned outside the customer's time window
    OutsideShift = 0x4,  // planned outside the technician's shift that day
    SkillMismatch = 0x8, // the technician lacks a required skill
    TimeOff = 0x10,      // overlaps the technician's time off or unavailability
};
Q_DECLARE_FLAGS(JobConflicts, JobConflict)
Q_DECLARE_OPERATORS_FOR_FLAGS(JobConflicts)

struct JobRecord
{
    Job job;
    qint64 plannedStartMs = kNoTime;
    qint64 plannedEndMs = kNoTime;
    qint64 windowStartMs = kNoTime;
    qint64 windowEndMs = kNoTime;
    // Estimated driving time from the previous job of the same technician (or the home base).
    int travelBeforeSec = 0;
    JobConflicts conflicts;
    // Shown as the dispatcher asked for it; the server has not confirmed it yet.
    bool pending = false;
    // Case-folded texts, so that sorting 20,000 jobs by text is a plain comparison.
    struct SortKeys
    {
        QString title;
        QString customer;
        QString address;
        QString technician;
        QString skills;
    } sortKeys;

    bool isPlanned() const { return plannedStartMs != kNoTime; }
    bool hasWindow() const { return windowStartMs != kNoTime && windowEndMs != kNoTime; }
};

// Milliseconds since the epoch for an API timestamp ("2026-11-23T08:00:00.000Z"), kNoTime
// for an empty or invalid one. The API's own form is parsed without QDateTime (fast enough
// for 20,000 jobs a day); any other ISO 8601 form falls back to parseTimestamp.
qint64 timestampMs(const QString &text);

} // namespace fielddesk::board
