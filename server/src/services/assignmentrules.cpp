#include "services/assignmentrules.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

namespace {

QDateTime at(const QDate &date, const QString &hhmm, const QTimeZone &zone)
{
    return QDateTime(date, QTime::fromString(hhmm, QStringLiteral("HH:mm")), zone).toUTC();
}

} // namespace

void AssignmentWarning::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("code", code);
    w.field("message", message);
    w.field("job_id", jobId);
    w.endObject();
}

ShiftTimes shiftOn(const Technician &technician, const QDate &localDate, const QTimeZone &zone)
{
    ShiftTimes shift;
    shift.start = at(localDate, technician.shiftStart, zone);
    shift.end = at(localDate, technician.shiftEnd, zone);
    if (shift.end <= shift.start) // a night shift ends the next morning
        shift.end = at(localDate.addDays(1), technician.shiftEnd, zone);
    shift.workingDay = technician.workDays.contains(localDate.dayOfWeek());
    return shift;
}

QList<AssignmentWarning> checkAssignment(const AssignmentCheck &c)
{
    QList<AssignmentWarning> warnings;
    const std::optional<QDateTime> start = parseTimestamp(c.job.plannedStart);
    if (!start)
        return warnings;
    const QDateTime end = start->addSecs(qint64(c.job.durationMin) * 60);

    QStringList missing;
    for (const QString &skill : c.job.requiredSkills) {
        if (!c.technician.skills.contains(skill))
            missing << skill;
    }
    if (!missing.isEmpty()) {
        warnings.append({QStringLiteral("skill_mismatch"),
                         QStringLiteral("%1 does not have the skill(s) %2.")
                             .arg(c.technician.name, missing.join(QStringLiteral(", "))),
                         std::nullopt});
    }

    // Texts name the day only when it is not the day the job starts on.
    const QTimeZone zone = c.clock.zone();
    const QDate localDate = start->toTimeZone(zone).date();
    const std::optional<QDateTime> windowStart = parseTimestamp(c.job.windowStart);
    const std::optional<QDateTime> windowEnd = parseTimestamp(c.job.windowEnd);
    if ((windowStart && *start < *windowStart) || (windowEnd && *start > *windowEnd)) {
        warnings.append({QStringLiteral("outside_window"),
                         QStringLiteral("Starts at %1, outside the customer's window %2.")
                             .arg(c.clock.time(*start),
                                  c.clock.span(windowStart.value_or(QDateTime()),
                                               windowEnd.value_or(QDateTime()), localDate)),
                         std::nullopt});
    }

    const ShiftTimes shift = shiftOn(c.technician, localDate, zone);
    if (!shift.workingDay) {
        warnings.append({QStringLiteral("not_working_day"),
                         QStringLiteral("%1 does not work on %2.")
                             .arg(c.technician.name, QLocale::c().dayName(localDate.dayOfWeek())),
                         std::nullopt});
    } else if (*start < shift.start || end > shift.end) {
        warnings.append({QStringLiteral("outside_shift"),
                         QStringLiteral("%1 is outside %2's shift %3.")
                             .arg(c.clock.span(*start, end, localDate), c.technician.name,
                                  c.clock.span(shift.start, shift.end, localDate)),
                         std::nullopt});
    }

    int jobsThatDay = 1;
    for (const Job &other : c.otherJobs) {
        if (other.id == c.job.id || other.status == JobStatus::Cancelled)
            continue;
        const std::optional<QDateTime> otherStart = parseTimestamp(other.plannedStart);
        const std::optional<QDateTime> otherEnd = parseTimestamp(other.plannedEnd);
        if (!otherStart || !otherEnd)
            continue;
        if (otherStart->toTimeZone(zone).date() == localDate)
            ++jobsThatDay;
        if (*otherStart<end && * otherEnd> * start) {
            warnings.append({QStringLiteral("overlap"),
                             QStringLiteral("Overlaps job #%1 \"%2\" (%3).")
                                 .arg(other.id)
                                 .arg(other.title, c.clock.span(*otherStart, *otherEnd, localDate)),
                             other.id});
        }
    }
    for (const AvailabilityPeriod &period : c.periods) {
        const std::optional<QDateTime> from = parseTimestamp(period.startsAt);
        const std::optional<QDateTime> to = parseTimestamp(period.endsAt);
        if (from && to && *from<end && * to> * start) {
            warnings.append(
                {QStringLiteral("time_off"),
                 QStringLiteral("%1 is unavailable %2%3.")
                     .arg(c.technician.name, c.clock.span(*from, *to, localDate),
                          period.reason.isEmpty() ? QString()
                                                  : QStringLiteral(" (%1)").arg(period.reason)),
                 std::nullopt});
        }
    }
    if (c.technician.maxJobs && jobsThatDay > *c.technician.maxJobs) {
        warnings.append({QStringLiteral("max_jobs"),
                         QStringLiteral("%1 would have %2 jobs that day; the most is %3.")
                             .arg(c.technician.name)
                             .arg(jobsThatDay)
                             .arg(*c.technician.maxJobs),
                         std::nullopt});
    }
    return warnings;
}

} // namespace fielddesk::server
