// What a dispatcher should know before putting a job on a technician's day: skill mismatch,
// outside the window, outside the shift, a day off, overlaps, time off, too many jobs.
// Pure functions over values, so they are easy to test and reuse for schedules.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/travelmodel.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace fielddesk::server {

struct AssignmentWarning
{
    QString code; // skill_mismatch, outside_window, outside_shift, not_working_day, overlap,
                  // time_off, max_jobs
    QString message;
    std::optional<qint64> jobId; // the other job, for overlaps

    void writeJson(JsonWriter &w) const;
};

// A technician's shift on one local date, in UTC.
struct ShiftTimes
{
    QDateTime start;
    QDateTime end;
    bool workingDay = true;
};

ShiftTimes shiftOn(const Technician &technician, const QDate &localDate, const QTimeZone &zone);

struct AssignmentCheck
{
    Job job; // with the planned start and end to check
    Technician technician;
    LocalClock clock;                  // the technician's location's
    QList<Job> otherJobs;              // the technician's other jobs around that time
    QList<AvailabilityPeriod> periods; // the technician's time off around that time
};

QList<AssignmentWarning> checkAssignment(const AssignmentCheck &check);

// Travel between two points: the domain's one model.
using fielddesk::TravelModel;

} // namespace fielddesk::server
