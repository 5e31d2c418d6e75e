#include "services/jobseriesservice.h"

#include "app/logline.h"
#include "fielddesk/domain/recurrencerule.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/locationrepository.h"
#include "repositories/tenantrepository.h"
#include "services/auditedwrite.h"
#include "services/catalogservice.h"
#include "services/jobwrite.h"

namespace fielddesk::server {

namespace {

const QString kEndedReason = QStringLiteral("series ended");
const QString kSplitReason = QStringLiteral("series changed from this date");

const AuditedRow<JobSeries> kSeriesRow{
    QStringLiteral("job_series"),
    Failure::notFound(QStringLiteral("There is no such job series.")),
    {},
    {},
    [](const JobSeries &s) { return std::optional<qint64>(s.locationId); }};

Failure seriesVersionConflict(const JobSeries &current, qint64 expected)
{
    Failure f = Failure::conflict(
        QStringLiteral("Series #%1 is at version %2, you sent %3; nothing was changed.")
            .arg(current.id)
            .arg(current.version)
            .arg(expected));
    f.type = QStringLiteral("/problems/version-conflict");
    f.title = QStringLiteral("The series was changed meanwhile");
    f.extensions.append({"current", toJsonText(current)});
    return f;
}

QTime localTime(const QString &text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

// The template's fields, which a series and a job name alike: one list for both directions.
template<typename To, typename From>
void copyTemplate(To &to, const From &from)
{
    to.locationId = from.locationId;
    to.title = from.title;
    to.customerId = from.customerId;
    to.addressId = from.addressId;
    to.address = from.address;
    to.latitude = from.latitude;
    to.longitude = from.longitude;
    to.serviceId = from.serviceId;
    to.requiredSkills = from.requiredSkills;
    to.priority = from.priority;
    to.durationMin = from.durationMin;
    to.notes = from.notes;
}

Job templateJob(const JobSeries &s)
{
    Job job;
    copyTemplate(job, s);
    return job;
}

// Copies the template's fields and the occurrence's window onto `job`.
void applyTemplate(Job &job, const JobSeries &s, const QDate &date, const LocalClock &clock)
{
    copyTemplate(job, s);
    job.windowStart.clear();
    job.windowEnd.clear();
    if (!s.windowStartTime.isEmpty()) {
        job.windowStart = toTimestamp(clock.instantAt(date, localTime(s.windowStartTime)));
        job.windowEnd = toTimestamp(clock.instantAt(date, localTime(s.windowEndTime)));
    }
}

// The series' dates in [from, to], none on or after the day it ended.
QList<QDate> datesOf(const JobSeries &s, const QDate &from, QDate to)
{
    const QDate ended = QDate::fromString(s.endedOn, Qt::ISODate);
    if (ended.isValid())
        to = std::min(to, ended.addDays(-1));
    return RecurrenceRule(s.recurrence).occurrencesBetween(from, to);
}

// Applies a command's fields to the series (template, window, recurrence); the template's
// skill ids, or a 422 naming the field.
Result<QList<qint64>> applySeriesFields(Database &db,
                                        const Principal &caller,
                                        JobSeries &series,
                                        const JobSeriesFields &fields,
                                        bool creating)
{
    Job job = templateJob(series);
    JobFields templateFields = fields.job;
    templateFields.windowStart.reset();
    templateFields.windowEnd.reset();
    const Result<std::optional<QList<qint64>>> skills =
        applyJobFields(db, caller, job, templateFields, creating);
    if (!skills)
        return skills.failure();
    copyTemplate(series, job);
    if (fields.windowStartTime)
        series.windowStartTime = fields.windowStartTime->value_or(QString());
    if (fields.windowEndTime)
        series.windowEndTime = fields.windowEndTime->value_or(QString());
    if (series.windowStartTime.isEmpty() != series.windowEndTime.isEmpty())
        return Failure::validation(
            QStringLiteral("window_end_time"),
            QStringLiteral("window_start_time and window_end_time go together"));
    if (!series.windowStartTime.isEmpty() &&
        localTime(series.windowEndTime) <= localTime(series.windowStartTime))
        return Failure::validation(QStringLiteral("window_end_time"),
                                   QStringLiteral("must be after window_start_time"));
    if (fields.recurrence)
        fields.recurrence->applyTo(series.recurrence);
    if (const std::optional<RecurrenceProblem> problem =
            RecurrenceRule(series.recurrence).problem())
        return Failure::validation(problem->field, problem->message);
    if (skills->has_value())
        return **skills;
    return skillIdsFor(db, caller.tenantId, series.requiredSkills,
                       QStringLiteral("required_skills"));
}

// Whether a change of the series may touch this occurrence: not yet assigned, not started,
// and not edited on its own.
bool followsTheSeries(const Job &job)
{
    return job.status == JobStatus::New && !job.technicianId && !job.seriesException;
}

bool isOpenAndUnassigned(const Job &job)
{
    return job.status == JobStatus::New && !job.technicianId;
}

// Cancels the occurrences `mayCancel` allows (with `reason`) and lists the others as kept;
// finished ones are left out.
Status cancelOccurrences(Database &db,
                         JobWrite &write,
                         const QList<qint64> &occurrences,
                         bool (*mayCancel)(const Job &),
                         const QString &reason,
                         JobSeriesChange &change)
{
    JobRepository jobs(db);
    for (const qint64 jobId : occurrences) {
        const std::optional<Job> job = jobs.find(write.call().principal.tenantId, jobId);
        if (!job || isTerminal(job->status))
            continue;
        if (!mayCancel(*job)) {
            change.keptJobs.append(jobId);
            continue;
        }
        const Result<Job> cancelled =
            write.change(jobId, std::nullopt,
                         [&](const Job &old, Job &after) -> Result<std::optional<JobChange>> {
                             return std::optional<JobChange>(cancellationOf(old, after, reason));
                         });
        if (!cancelled)
            return cancelled.failure();
        change.cancelledJobs.append(jobId);
    }
    return Done{};
}

} // namespace

void RecurrencePatch::applyTo(Recurrence &r) const
{
    if (frequency && *frequency != r.frequency) {
        // The other kind's members go unless the command names them again.
        if (!weekdays)
            r.weekdays.clear();
        if (!monthDay)
            r.monthDay.reset();
        if (!nth)
            r.nth.reset();
        if (!nthWeekday)
            r.nthWeekday.reset();
    }
    applyPatch(r.frequency, frequency);
    applyPatch(r.interval, interval);
    applyPatch(r.weekdays, weekdays);
    applyPatch(r.monthDay, monthDay);
    applyPatch(r.nth, nth);
    applyPatch(r.nthWeekday, nthWeekday);
    applyPatch(r.startsOn, startsOn);
    if (until)
        r.until = until->value_or(QString());
    applyPatch(r.count, count);
}

LocalClock JobSeriesService::clockOf(qint64 tenantId, qint64 locationId)
{
    const std::optional<Location> location = LocationRepository(m_db).find(tenantId, locationId);
    return LocalClock::forLocation(location ? location->timeZone : QString(), [&] {
        const std::optional<Tenant> tenant = TenantRepository(m_db).find(tenantId);
        return tenant ? tenant->timeZone : QString();
    });
}

namespace {

QDate todayOn(const LocalClock &clock)
{
    return clock.local(QDateTime::currentDateTimeUtc()).date();
}

QStringList isoDates(const QList<QDate> &dates)
{
    QStringList texts;
    for (const QDate &date : dates)
        texts << date.toString(Qt::ISODate);
    return texts;
}

} // namespace

JobSeries JobSeriesService::withPreview(qint64 tenantId, JobSeries series)
{
    const LocalClock clock = clockOf(tenantId, series.locationId);
    const QDate today = todayOn(clock);
    QList<QDate> next =
        RecurrenceRule(series.recurrence).nextOccurrences(today, kPreviewedOccurrences);
    const QDate ended = QDate::fromString(series.endedOn, Qt::ISODate);
    if (ended.isValid())
        next.removeIf([&](const QDate &d) { return d >= ended; });
    series.nextOccurrences = isoDates(next);
    return series;
}

QList<qint64> JobSeriesService::materialise(
    JobWrite &write, qint64 tenantId, const JobSeries &series, const QDate &from, const QDate &to)
{
    JobSeriesRepository repository(m_db);
    const LocalClock clock = clockOf(tenantId, series.locationId);
    // A date the series (or, after a split, the series it came from) still has a visit on
    // gets no second one.
    const QSet<QDate> taken = repository.occurrenceDates(series.id, series.previousSeriesId, from);
    // A skill removed from the catalogue since: the occurrence goes without it.
    const Result<QList<qint64>> skills =
        skillIdsFor(m_db, tenantId, series.requiredSkills, QStringLiteral("required_skills"));
    const QList<qint64> skillIds = skills ? *skills : QList<qint64>();
    QList<qint64> made;
    for (const QDate &date : datesOf(series, from, to)) {
        if (taken.contains(date))
            continue;
        Job job;
        applyTemplate(job, series, date, clock);
        job.seriesId = series.id;
        job.occurrenceDate = date.toString(Qt::ISODate);
        made.append(write.create(job, skillIds).id);
    }
    repository.noteMaterialisedUntil(tenantId, series.id, to);
    return made;
}

Result<Page<JobSeries>> JobSeriesService::list(const Principal &caller, const ListQuery &query)
{
    Page<JobSeries> page =
        JobSeriesRepository(m_db).list(caller.tenantId, caller.visibleLocations(), query);
    for (JobSeries &series : page.items)
        series = withPreview(caller.tenantId, std::move(series));
    return page;
}

Result<JobSeries> JobSeriesService::get(const Principal &caller, qint64 id)
{
    const std::optional<JobSeries> series = JobSeriesRepository(m_db).find(caller.tenantId, id);
    if (!series || !caller.canAccessLocation(series->locationId))
        return kSeriesRow.notFound;
    return withPreview(caller.tenantId, *series);
}

Result<JobSeries> JobSeriesService::create(const CallContext &call, const JobSeriesFields &fields)
{
    const Principal &caller = call.principal;
    if (!fields.job.locationId)
        return Failure::validation(QStringLiteral("location_id"), QStringLiteral("is required"));
    JobWrite write(m_db, m_events, m_travel, call, {});
    JobSeries series;
    const Result<QList<qint64>> skills = applySeriesFields(m_db, caller, series, fields, true);
    if (!skills)
        return skills.failure();
    const QDate today = todayOn(clockOf(caller.tenantId, series.locationId));
    if (QDate::fromString(series.recurrence.startsOn, Qt::ISODate) <
        today.addDays(-kLongestPastDays))
        return Failure::validation(
            QStringLiteral("recurrence.starts_on"),
            QStringLiteral("may be at most %1 days before today").arg(kLongestPastDays));
    series = JobSeriesRepository(m_db).insert(caller.tenantId, series);
    audited::append<JobSeries>(m_db, call, kSeriesRow, "created", std::nullopt, series);
    materialise(write, caller.tenantId, series,
                QDate::fromString(series.recurrence.startsOn, Qt::ISODate), horizonFrom(today));
    write.commit();
    return get(caller, series.id);
}

Result<JobSeriesService::SeriesScope>
JobSeriesService::scopeOf(const Principal &caller, qint64 id, const QDate &from)
{
    const std::optional<JobSeries> series = JobSeriesRepository(m_db).find(caller.tenantId, id);
    if (!series || !caller.canAccessLocation(series->locationId))
        return kSeriesRow.notFound;
    SeriesScope scope;
    scope.today = todayOn(clockOf(caller.tenantId, series->locationId));
    scope.occurrences = JobSeriesRepository(m_db).occurrencesFrom(
        caller.tenantId, id, from.isValid() ? std::max(from, scope.today) : scope.today);
    return scope;
}

Result<JobSeries>
JobSeriesService::lockRunning(qint64 tenantId, qint64 id, std::optional<qint64> expectedVersion)
{
    const std::optional<JobSeries> series = JobSeriesRepository(m_db).findForUpdate(tenantId, id);
    if (!series)
        return kSeriesRow.notFound;
    if (expectedVersion && *expectedVersion != series->version)
        return seriesVersionConflict(*series, *expectedVersion);
    if (!series->endedOn.isEmpty())
        return Failure::conflict(QStringLiteral("Series #%1 has ended.").arg(id));
    return *series;
}

Result<JobSeriesChange> JobSeriesService::changeLocked(const CallContext &call,
                                                       qint64 id,
                                                       const QDate &from,
                                                       std::optional<qint64> expectedVersion,
                                                       const SeriesChangeBody &body)
{
    const Result<SeriesScope> scope = scopeOf(call.principal, id, from);
    if (!scope)
        return scope.failure();
    JobWrite write(m_db, m_events, m_travel, call, scope->occurrences);
    const Result<JobSeries> before = lockRunning(call.principal.tenantId, id, expectedVersion);
    if (!before)
        return before.failure();
    const Result<JobSeriesChange> change = body(write, *before, *scope);
    if (change)
        write.commit();
    return change;
}

std::optional<Failure> JobSeriesService::store(const CallContext &call,
                                               const char *verb,
                                               const JobSeries &before,
                                               JobSeries &after)
{
    JobSeriesRepository repository(m_db);
    if (!repository.update(call.principal.tenantId, after))
        return seriesVersionConflict(*repository.find(call.principal.tenantId, before.id),
                                     before.version);
    audited::append<JobSeries>(m_db, call, kSeriesRow, verb, before, after);
    return std::nullopt;
}

Result<JobSeriesChange>
JobSeriesService::update(const CallContext &call, qint64 id, const JobSeriesUpdate &update)
{
    if (update.fromDate)
        return split(call, id, update);
    const Principal &caller = call.principal;
    return changeLocked(
        call, id, QDate(), update.expectedVersion,
        [&](JobWrite &write, const JobSeries &before,
            const SeriesScope &scope) -> Result<JobSeriesChange> {
            JobSeries series = before;
            const Result<QList<qint64>> skills =
                applySeriesFields(m_db, caller, series, update.fields, false);
            if (!skills)
                return skills.failure();
            if (!caller.canAccessLocation(series.locationId))
                return Failure::validation(QStringLiteral("location_id"),
                                           QStringLiteral("is not a location you can plan for"));
            if (const std::optional<Failure> refused = store(call, "updated", before, series))
                return *refused;

            JobSeriesChange change;
            const QDate today = scope.today;
            const LocalClock clock = clockOf(caller.tenantId, series.locationId);
            const QList<QDate> dates = datesOf(series, today, horizonFrom(today));
            JobRepository jobs(m_db);
            for (const qint64 jobId : scope.occurrences) {
                const std::optional<Job> job = jobs.find(caller.tenantId, jobId);
                if (!job || isTerminal(job->status))
                    continue;
                if (!followsTheSeries(*job)) {
                    change.keptJobs.append(jobId);
                    continue;
                }
                const QDate date = QDate::fromString(job->occurrenceDate, Qt::ISODate);
                const bool stillADate = dates.contains(date);
                const Result<Job> changed = write.change(
                    jobId, std::nullopt,
                    [&](const Job &old, Job &after) -> Result<std::optional<JobChange>> {
                        if (!stillADate)
                            return std::optional<JobChange>(
                                cancellationOf(old, after, kSplitReason));
                        applyTemplate(after, series, date, clock);
                        return std::optional<JobChange>(jobUpdated(*skills));
                    });
                if (!changed)
                    return changed.failure();
                (stillADate ? change.updatedJobs : change.cancelledJobs).append(jobId);
            }
            change.createdJobs = materialise(
                write, caller.tenantId, series,
                std::max(today, QDate::fromString(series.recurrence.startsOn, Qt::ISODate)),
                horizonFrom(today));
            change.series =
                withPreview(caller.tenantId, *JobSeriesRepository(m_db).find(caller.tenantId, id));
            return change;
        });
}

Result<JobSeriesChange>
JobSeriesService::split(const CallContext &call, qint64 id, const JobSeriesUpdate &update)
{
    const Principal &caller = call.principal;
    const QDate from = *update.fromDate;
    return changeLocked(
        call, id, from, update.expectedVersion,
        [&](JobWrite &write, const JobSeries &before,
            const SeriesScope &scope) -> Result<JobSeriesChange> {
            if (from <= QDate::fromString(before.recurrence.startsOn, Qt::ISODate))
                return Failure::validation(QStringLiteral("from_date"),
                                           QStringLiteral("must be after the series' starts_on; "
                                                          "without from_date the whole series "
                                                          "changes"));
            // The new series goes on where the old one stops, with what is left of a count.
            JobSeries next = before;
            next.id = 0;
            next.previousSeriesId = before.id;
            next.materialisedUntil.clear();
            next.recurrence.startsOn = from.toString(Qt::ISODate);
            if (before.recurrence.count) {
                next.recurrence.count = *before.recurrence.count -
                                        RecurrenceRule(before.recurrence).occurrencesBefore(from);
                if (*next.recurrence.count < 1)
                    return Failure::validation(
                        QStringLiteral("from_date"),
                        QStringLiteral("is after the series' last occurrence"));
            }
            JobSeriesFields fields = update.fields;
            if (fields.recurrence)
                fields.recurrence->startsOn.reset(); // the split date is where it starts
            const Result<QList<qint64>> skills =
                applySeriesFields(m_db, caller, next, fields, true);
            if (!skills)
                return skills.failure();
            if (!caller.canAccessLocation(next.locationId))
                return Failure::validation(QStringLiteral("location_id"),
                                           QStringLiteral("is not a location you can plan for"));

            JobSeries ended = before;
            ended.endedOn = from.toString(Qt::ISODate);
            if (const std::optional<Failure> refused = store(call, "updated", before, ended))
                return *refused;
            JobSeriesRepository repository(m_db);
            next = repository.insert(caller.tenantId, next);
            audited::append<JobSeries>(m_db, call, kSeriesRow, "created", std::nullopt, next);

            JobSeriesChange change;
            if (const Status cancelled = cancelOccurrences(m_db, write, scope.occurrences,
                                                           followsTheSeries, kSplitReason, change);
                !cancelled)
                return cancelled.failure();
            change.createdJobs = materialise(write, caller.tenantId, next,
                                             std::max(from, scope.today), horizonFrom(scope.today));
            change.series =
                withPreview(caller.tenantId, *repository.find(caller.tenantId, next.id));
            change.previousSeries =
                withPreview(caller.tenantId, *repository.find(caller.tenantId, id));
            return change;
        });
}

Result<JobSeriesChange> JobSeriesService::end(const CallContext &call, qint64 id)
{
    const Principal &caller = call.principal;
    return changeLocked(
        call, id, QDate(), std::nullopt,
        [&](JobWrite &write, const JobSeries &before,
            const SeriesScope &scope) -> Result<JobSeriesChange> {
            JobSeries series = before;
            series.endedOn = scope.today.toString(Qt::ISODate);
            if (const std::optional<Failure> refused = store(call, "ended", before, series))
                return *refused;
            JobSeriesChange change;
            if (const Status cancelled = cancelOccurrences(
                    m_db, write, scope.occurrences, isOpenAndUnassigned, kEndedReason, change);
                !cancelled)
                return cancelled.failure();
            change.series =
                withPreview(caller.tenantId, *JobSeriesRepository(m_db).find(caller.tenantId, id));
            return change;
        });
}

int JobSeriesService::materialiseDue()
{
    // A tenant's today is at most a day past UTC's: anything that may be behind is looked at.
    const QDate latest = horizonFrom(QDate::currentDate().addDays(1));
    int made = 0;
    for (const RunningSeries &running : JobSeriesRepository(m_db).runningBehind(latest)) {
        try {
            const CallContext call =
                systemCall(running.tenantId, QStringLiteral("Recurring series"));
            JobWrite write(m_db, m_events, m_travel, call, {});
            JobSeriesRepository repository(m_db);
            const std::optional<JobSeries> series =
                repository.findForUpdate(running.tenantId, running.id);
            if (!series || !series->endedOn.isEmpty())
                continue;
            const QDate today = todayOn(clockOf(running.tenantId, series->locationId));
            const QDate done = QDate::fromString(series->materialisedUntil, Qt::ISODate);
            // A series never materialised (the demo's) starts where it starts.
            const QDate startsOn = QDate::fromString(series->recurrence.startsOn, Qt::ISODate);
            const QDate from = done.isValid() ? std::max(done.addDays(1), startsOn) : startsOn;
            if (from > horizonFrom(today))
                continue;
            made +=
                int(materialise(write, running.tenantId, *series, from, horizonFrom(today)).size());
            write.commit();
        } catch (const DatabaseError &e) {
            LogLine("warning", "series_materialise_failed")
                .field("series_id", running.id)
                .field("error", QString::fromUtf8(e.what()));
        }
    }
    return made;
}

} // namespace fielddesk::server
