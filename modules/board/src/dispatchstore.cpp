#include "fielddesk/board/dispatchstore.h"

#include "fielddesk/client/displayformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fielddesk::board {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerSecond = 1000;

bool hasSkill(const QStringList &skills, const QString &skill)
{
    return std::any_of(skills.cbegin(), skills.cend(), [&](const QString &s) {
        return s.compare(skill, Qt::CaseInsensitive) == 0;
    });
}

QStringList missingSkills(const Job &job, const Technician &technician)
{
    QStringList missing;
    for (const QString &skill : job.requiredSkills) {
        if (!hasSkill(technician.skills, skill))
            missing << skill;
    }
    return missing;
}

} // namespace

DispatchStore::DispatchStore(QObject *parent)
    : QObject(parent)
{
    setDay(QDate::currentDate(), QTimeZone::systemTimeZone());
}

DispatchStore::~DispatchStore() = default;

void DispatchStore::setDay(QDate day, const QTimeZone &timeZone)
{
    setDays(day, 1, timeZone);
}

void DispatchStore::setDays(QDate day, int count, const QTimeZone &timeZone)
{
    const QTimeZone zone = timeZone.isValid() ? timeZone : QTimeZone::systemTimeZone();
    count = std::clamp(count, 1, kMaxDays);
    if (day == m_day && zone == m_timeZone && count == m_dayCount)
        return;
    clearJobs();
    m_day = day;
    m_dayCount = count;
    m_timeZone = zone;
    m_dayStarts.clear();
    for (int index = 0; index <= count; ++index)
        m_dayStarts << day.addDays(index).startOfDay(zone).toMSecsSinceEpoch();
    m_daySpan = {m_dayStarts.first(), m_dayStarts.last()};
    for (int row = 0; row < technicianCount(); ++row) {
        computeShift(m_technicians[row]);
        emit technicianChanged(row);
        emit scheduleChanged(m_technicians.at(row).technician.id);
    }
    emit dayChanged(m_day);
}

int DispatchStore::dayIndexOf(qint64 ms) const
{
    if (!m_daySpan.overlaps(ms, ms + 1))
        return -1;
    const auto after = std::upper_bound(m_dayStarts.cbegin(), m_dayStarts.cend(), ms);
    return int(after - m_dayStarts.cbegin()) - 1;
}

const JobRecord *DispatchStore::job(qint64 jobId) const
{
    const int row = rowOfJob(jobId);
    return row < 0 ? nullptr : &m_jobs.at(row);
}

const TechnicianRecord *DispatchStore::technician(qint64 technicianId) const
{
    const int row = rowOfTechnician(technicianId);
    return row < 0 ? nullptr : &m_technicians.at(row);
}

bool DispatchStore::belongsToDay(const Job &job) const
{
    const qint64 start = timestampMs(job.plannedStart);
    if (start != kNoTime) {
        qint64 end = timestampMs(job.plannedEnd);
        if (end == kNoTime)
            end = start + job.durationMin * kMsPerMinute;
        return m_daySpan.overlaps(start, std::max(end, start + 1));
    }
    const qint64 windowStart = timestampMs(job.windowStart);
    const qint64 windowEnd = timestampMs(job.windowEnd);
    if (windowStart != kNoTime && windowEnd != kNoTime)
        return m_daySpan.overlaps(windowStart, std::max(windowEnd, windowStart + 1));
    return job.status == JobStatus::New;
}

JobRecord DispatchStore::makeRecord(const Job &job, bool pending) const
{
    JobRecord record;
    record.job = job;
    record.pending = pending;
    record.plannedStartMs = timestampMs(job.plannedStart);
    if (record.plannedStartMs != kNoTime) {
        record.plannedEndMs = timestampMs(job.plannedEnd);
        if (record.plannedEndMs == kNoTime || record.plannedEndMs < record.plannedStartMs)
            record.plannedEndMs = record.plannedStartMs + job.durationMin * kMsPerMinute;
    }
    record.windowStartMs = timestampMs(job.windowStart);
    record.windowEndMs = timestampMs(job.windowEnd);
    record.sortKeys = {job.title.toCaseFolded(), job.customerName.toCaseFolded(),
                       job.address.toCaseFolded(), job.technicianName.toCaseFolded(),
                       job.requiredSkills.join(QLatin1Char(',')).toCaseFolded()};
    return record;
}

void DispatchStore::addJobs(const QList<Job> &jobs)
{
    QList<Job> fresh;
    QSet<qint64> seen;
    for (const Job &job : jobs) {
        if (rowOfJob(job.id) >= 0) {
            upsertJob(job);
        } else if (!seen.contains(job.id) && belongsToDay(job)) {
            seen.insert(job.id);
            fresh.append(job);
        }
    }
    if (!fresh.isEmpty())
        appendJobs(fresh);
}

void DispatchStore::appendJobs(const QList<Job> &jobs)
{
    const int first = jobCount();
    const int last = first + int(jobs.size()) - 1;
    emit jobsAboutToBeInserted(first, last);
    m_jobs.reserve(m_jobs.size() + jobs.size());
    for (const Job &job : jobs) {
        m_jobRows.insert(job.id, jobCount());
        m_jobs.append(makeRecord(job, false));
    }
    emit jobsInserted(first, last);

    QSet<qint64> touched;
    for (int row = first; row <= last; ++row) {
        placeInSchedule(row);
        if (const std::optional<qint64> technicianId = m_jobs.at(row).job.technicianId)
            touched.insert(*technicianId);
    }
    for (const qint64 technicianId : std::as_const(touched))
        recomputeSchedule(technicianId, first);
}

void DispatchStore::upsertJob(const Job &job)
{
    const int row = rowOfJob(job.id);
    if (row < 0) {
        if (belongsToDay(job))
            appendJobs({job});
        return;
    }
    if (const auto kept = m_confirmed.find(job.id); kept != m_confirmed.end()) {
        // The dispatcher's change is still in flight: remember the newer server state and
        // keep showing the proposal until the answer comes.
        if (job.version >= kept->version)
            *kept = job;
        return;
    }
    if (job.version <= m_jobs.at(row).job.version)
        return;
    if (!belongsToDay(job)) {
        removeJob(job.id);
        return;
    }
    replaceJob(row, job, false);
}

void DispatchStore::replaceJob(int row, const Job &job, bool pending)
{
    JobRecord &record = m_jobs[row];
    const qint64 oldTechnician = record.job.technicianId.value_or(0);
    const qint64 newTechnician = job.technicianId.value_or(0);
    JobRecord updated = makeRecord(job, pending);
    const bool moved = oldTechnician != newTechnician ||
                       updated.plannedStartMs != record.plannedStartMs ||
                       updated.plannedEndMs != record.plannedEndMs;
    if (moved)
        takeFromSchedule(row, oldTechnician);
    updated.travelBeforeSec = moved ? 0 : record.travelBeforeSec;
    updated.conflicts = moved ? JobConflicts() : record.conflicts;
    record = std::move(updated);
    if (moved)
        placeInSchedule(row);
    emit jobChanged(row);
    if (oldTechnician != 0)
        recomputeSchedule(oldTechnician);
    if (newTechnician != 0 && newTechnician != oldTechnician)
        recomputeSchedule(newTechnician);
}

void DispatchStore::removeJob(qint64 jobId)
{
    const int row = rowOfJob(jobId);
    if (row < 0)
        return;
    const qint64 technicianId = m_jobs.at(row).job.technicianId.value_or(0);
    emit jobsAboutToBeRemoved(row, row);
    m_jobs.removeAt(row);
    m_jobRows.remove(jobId);
    m_confirmed.remove(jobId);
    for (int later = row; later < jobCount(); ++later)
        m_jobRows[m_jobs.at(later).job.id] = later;
    for (TechnicianRecord &technician : m_technicians) {
        technician.jobRows.removeAll(row);
        for (int &jobRow : technician.jobRows) {
            if (jobRow > row)
                --jobRow;
        }
    }
    emit jobsRemoved(row, row);
    if (technicianId != 0)
        recomputeSchedule(technicianId);
}

void DispatchStore::clearJobs()
{
    emit jobsAboutToBeReset();
    m_jobs.clear();
    m_jobRows.clear();
    m_confirmed.clear();
    for (TechnicianRecord &technician : m_technicians)
        technician.jobRows.clear();
    emit jobsReset();
    for (const TechnicianRecord &technician : std::as_const(m_technicians))
        emit scheduleChanged(technician.technician.id);
}

void DispatchStore::placeInSchedule(int row)
{
    const JobRecord &record = m_jobs.at(row);
    if (!record.job.technicianId || !record.isPlanned())
        return;
    const int technicianRow = rowOfTechnician(*record.job.technicianId);
    if (technicianRow < 0)
        return;
    QList<int> &rows = m_technicians[technicianRow].jobRows;
    const auto at = std::upper_bound(
        rows.begin(), rows.end(), record.plannedStartMs,
        [this](qint64 start, int other) { return start < m_jobs.at(other).plannedStartMs; });
    rows.insert(at, row);
}

void DispatchStore::takeFromSchedule(int row, qint64 technicianId)
{
    if (technicianId != 0) {
        const int technicianRow = rowOfTechnician(technicianId);
        if (technicianRow >= 0)
            m_technicians[technicianRow].jobRows.removeOne(row);
    }
}

void DispatchStore::recomputeSchedule(qint64 technicianId, int quietFrom)
{
    const int technicianRow = rowOfTechnician(technicianId);
    if (technicianRow < 0)
        return;
    const TechnicianRecord &technician = m_technicians.at(technicianRow);
    const QList<int> &rows = technician.jobRows;

    QList<JobConflicts> conflicts(rows.size());
    QList<int> travel(rows.size(), 0);
    std::optional<double> lastLat = technician.technician.homeLatitude;
    std::optional<double> lastLon = technician.technician.homeLongitude;
    qint64 latestEnd = kNoTime;
    qsizetype latestEndIndex = -1;
    int lastDay = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const JobRecord &record = m_jobs.at(rows.at(i));
        const Job &job = record.job;
        if (m_dayCount > 1) {
            // Every day starts from home.
            const int day = dayIndexOf(record.plannedStartMs);
            if (day != lastDay) {
                lastDay = day;
                lastLat = technician.technician.homeLatitude;
                lastLon = technician.technician.homeLongitude;
            }
        }
        if (lastLat && lastLon && job.latitude && job.longitude) {
            travel[i] = m_travel.seconds(*lastLat, *lastLon, *job.latitude, *job.longitude);
        }
        if (job.latitude && job.longitude) {
            lastLat = job.latitude;
            lastLon = job.longitude;
        }
        if (latestEnd != kNoTime && record.plannedStartMs < latestEnd) {
            conflicts[i] |= JobConflict::Overlap;
            conflicts[latestEndIndex] |= JobConflict::Overlap;
        }
        if (record.plannedEndMs > latestEnd || latestEnd == kNoTime) {
            latestEnd = record.plannedEndMs;
            latestEndIndex = i;
        }
        if (record.hasWindow() && (record.plannedStartMs < record.windowStartMs ||
                                   record.plannedEndMs > record.windowEndMs))
            conflicts[i] |= JobConflict::OutsideWindow;
        if (std::none_of(technician.shifts.cbegin(), technician.shifts.cend(),
                         [&](const TimeSpan &shift) {
                             return shift.contains(record.plannedStartMs, record.plannedEndMs);
                         }))
            conflicts[i] |= JobConflict::OutsideShift;
        if (!missingSkills(job, technician.technician).isEmpty())
            conflicts[i] |= JobConflict::SkillMismatch;
        for (const TimeSpan &off : technician.unavailable) {
            if (off.overlaps(record.plannedStartMs, record.plannedEndMs))
                conflicts[i] |= JobConflict::TimeOff;
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        JobRecord &record = m_jobs[rows.at(i)];
        if (record.conflicts != conflicts.at(i) || record.travelBeforeSec != travel.at(i)) {
            record.conflicts = conflicts.at(i);
            record.travelBeforeSec = travel.at(i);
            if (rows.at(i) < quietFrom)
                emit jobChanged(rows.at(i));
        }
    }
    emit scheduleChanged(technicianId);
    emit technicianChanged(technicianRow);
}

void DispatchStore::setTravelModel(const TravelModel &travel)
{
    if (travel == m_travel || !travel.isValid())
        return;
    m_travel = travel;
    for (const TechnicianRecord &technician : std::as_const(m_technicians))
        recomputeSchedule(technician.technician.id);
}

void DispatchStore::rebuildSchedules()
{
    for (TechnicianRecord &technician : m_technicians)
        technician.jobRows.clear();
    for (int row = 0; row < jobCount(); ++row)
        placeInSchedule(row);
    for (const TechnicianRecord &technician : std::as_const(m_technicians))
        recomputeSchedule(technician.technician.id);
}

qint64 DispatchStore::localTimeMs(QDate day, const QString &hhmm) const
{
    const QTime time = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    if (!time.isValid())
        return kNoTime;
    return QDateTime(day, time, m_timeZone).toMSecsSinceEpoch();
}

void DispatchStore::computeShift(TechnicianRecord &record) const
{
    const Technician &t = record.technician;
    record.shift = {};
    record.breakSpan = {};
    record.shifts.clear();
    record.breaks.clear();
    for (int index = 0; index < m_dayCount; ++index) {
        const QDate day = m_day.addDays(index);
        if (!t.workDays.contains(day.dayOfWeek()))
            continue;
        const TimeSpan shift{localTimeMs(day, t.shiftStart), localTimeMs(day, t.shiftEnd)};
        TimeSpan breakSpan;
        const qint64 breakStart = localTimeMs(day, t.breakEarliest);
        if (t.breakMinutes > 0 && breakStart != kNoTime)
            breakSpan = {breakStart, breakStart + t.breakMinutes * kMsPerMinute};
        if (index == 0) {
            record.shift = shift;
            record.breakSpan = breakSpan;
        }
        if (shift.isValid())
            record.shifts << shift;
        if (breakSpan.isValid())
            record.breaks << breakSpan;
    }
    record.unavailable.clear();
    for (const AvailabilityPeriod &period : std::as_const(record.availability)) {
        const TimeSpan span{timestampMs(period.startsAt), timestampMs(period.endsAt)};
        if (span.isValid() && m_daySpan.overlaps(span.startMs, span.endMs))
            record.unavailable.append(span);
    }
}

void DispatchStore::setTechnicians(const QList<Technician> &technicians)
{
    emit techniciansAboutToBeReset();
    m_technicians.clear();
    m_technicianRows.clear();
    m_technicians.reserve(technicians.size());
    for (const Technician &t : technicians) {
        if (m_technicianRows.contains(t.id))
            continue;
        TechnicianRecord record;
        record.technician = t;
        computeShift(record);
        m_technicianRows.insert(t.id, technicianCount());
        m_technicians.append(std::move(record));
    }
    emit techniciansReset();
    rebuildSchedules();
}

void DispatchStore::upsertTechnician(const Technician &technician)
{
    int row = rowOfTechnician(technician.id);
    if (row >= 0) {
        TechnicianRecord &record = m_technicians[row];
        record.technician = technician;
        computeShift(record);
        recomputeSchedule(technician.id); // emits technicianChanged
        return;
    }
    row = technicianCount();
    emit techniciansAboutToBeInserted(row, row);
    TechnicianRecord record;
    record.technician = technician;
    computeShift(record);
    m_technicianRows.insert(technician.id, row);
    m_technicians.append(std::move(record));
    emit techniciansInserted(row, row);
    for (int jobRow = 0; jobRow < jobCount(); ++jobRow) {
        if (m_jobs.at(jobRow).job.technicianId == technician.id)
            placeInSchedule(jobRow);
    }
    recomputeSchedule(technician.id);
}

void DispatchStore::setAvailability(qint64 technicianId, const QList<AvailabilityPeriod> &periods)
{
    const int row = rowOfTechnician(technicianId);
    if (row < 0)
        return;
    m_technicians[row].availability = periods;
    computeShift(m_technicians[row]);
    recomputeSchedule(technicianId);
}

qint64 DispatchStore::confirmedVersion(qint64 jobId) const
{
    if (const auto kept = m_confirmed.constFind(jobId); kept != m_confirmed.cend())
        return kept->version;
    const JobRecord *record = job(jobId);
    return record ? record->job.version : 0;
}

void DispatchStore::proposeJob(const Job &proposed)
{
    const int row = rowOfJob(proposed.id);
    if (row < 0)
        return;
    if (!m_confirmed.contains(proposed.id))
        m_confirmed.insert(proposed.id, m_jobs.at(row).job);
    replaceJob(row, proposed, true);
}

void DispatchStore::settleJob(const Job &confirmed)
{
    const std::optional<Job> kept = m_confirmed.contains(confirmed.id)
                                        ? std::optional<Job>(m_confirmed.take(confirmed.id))
                                        : std::nullopt;
    const Job &newest = kept && kept->version > confirmed.version ? *kept : confirmed;
    const int row = rowOfJob(confirmed.id);
    if (row < 0) {
        upsertJob(newest);
    } else if (!belongsToDay(newest)) {
        removeJob(newest.id);
    } else if (kept || newest.version >= m_jobs.at(row).job.version) {
        replaceJob(row, newest, false);
    }
}

void DispatchStore::revertJob(qint64 jobId, const std::optional<Job> &current)
{
    const int row = rowOfJob(jobId);
    const std::optional<Job> kept =
        m_confirmed.contains(jobId) ? std::optional<Job>(m_confirmed.take(jobId)) : std::nullopt;
    std::optional<Job> target = current;
    if (!target || (kept && kept->version > target->version))
        target = kept;
    if (row < 0) {
        if (target)
            upsertJob(*target);
        return;
    }
    if (!target)
        target = m_jobs.at(row).job;
    if (!belongsToDay(*target))
        removeJob(jobId);
    else
        replaceJob(row, *target, false);
}

bool DispatchStore::applyEvent(const DomainEvent &event)
{
    const QJsonObject data = QJsonDocument::fromJson(event.dataJson).object();
    if (event.type.startsWith(QLatin1String("scheduling.job."))) {
        const QJsonObject job = data.value(QLatin1String("job")).toObject();
        if (job.isEmpty())
            return false;
        upsertJob(Job::fromJson(job));
        return true;
    }
    if (event.type == QLatin1String("resources.technician.created.v1") ||
        event.type == QLatin1String("resources.technician.updated.v1")) {
        const QJsonObject technician = data.value(QLatin1String("technician")).toObject();
        if (technician.isEmpty())
            return false;
        upsertTechnician(Technician::fromJson(technician));
        return true;
    }
    if (event.type == QLatin1String("resources.technician.availability_changed.v1")) {
        const qint64 technicianId = data.value(QLatin1String("technician_id")).toInteger();
        const int row = rowOfTechnician(technicianId);
        if (row < 0)
            return false;
        const AvailabilityPeriod period =
            AvailabilityPeriod::fromJson(data.value(QLatin1String("period")).toObject());
        QList<AvailabilityPeriod> periods = m_technicians.at(row).availability;
        periods.removeIf([&](const AvailabilityPeriod &p) { return p.id == period.id; });
        if (!data.value(QLatin1String("removed")).toBool())
            periods.append(period);
        setAvailability(technicianId, periods);
        return true;
    }
    return false;
}

TechnicianDayStats DispatchStore::dayStats(int technicianRow, qint64 nowMs) const
{
    TechnicianDayStats stats;
    const TechnicianRecord &technician = m_technicians.at(technicianRow);
    stats.jobCount = int(technician.jobRows.size());
    qint64 busyMs = 0;
    bool onSite = false;
    bool enRoute = false;
    for (const int row : technician.jobRows) {
        const JobRecord &record = m_jobs.at(row);
        stats.plannedMinutes += record.job.durationMin;
        busyMs += record.plannedEndMs - record.plannedStartMs +
                  qint64(record.travelBeforeSec) * kMsPerSecond;
        onSite = onSite || record.job.status == JobStatus::OnSite;
        enRoute = enRoute || record.job.status == JobStatus::EnRoute;
        if (stats.nextJobRow < 0 && record.plannedEndMs > nowMs && !isTerminal(record.job.status))
            stats.nextJobRow = row;
    }
    qint64 shiftMs = 0;
    for (const TimeSpan &shift : technician.shifts)
        shiftMs += shift.endMs - shift.startMs;
    if (shiftMs > 0)
        stats.utilisation = double(busyMs) / double(shiftMs);
    const bool isToday = m_daySpan.overlaps(nowMs, nowMs + 1);
    const auto unavailableNow = [&] {
        return std::any_of(technician.unavailable.cbegin(), technician.unavailable.cend(),
                           [&](const TimeSpan &span) { return span.overlaps(nowMs, nowMs + 1); });
    };
    if (!technician.technician.active || (isToday && unavailableNow()))
        stats.status = TechnicianDayStats::Status::Unavailable;
    else if (!technician.shift.isValid() ||
             (isToday && !technician.shift.overlaps(nowMs, nowMs + 1)))
        stats.status = TechnicianDayStats::Status::Off;
    else if (onSite)
        stats.status = TechnicianDayStats::Status::OnJob;
    else if (enRoute)
        stats.status = TechnicianDayStats::Status::EnRoute;
    return stats;
}

QList<qint64>
DispatchStore::plannedJobsOverlapping(qint64 technicianId, qint64 fromMs, qint64 toMs) const
{
    QList<const JobRecord *> overlapping;
    if (const TechnicianRecord *record = technician(technicianId)) {
        for (const int row : record->jobRows) {
            const JobRecord &job = m_jobs.at(row);
            if (job.isPlanned() && job.plannedStartMs < toMs && job.plannedEndMs > fromMs)
                overlapping << &job;
        }
    }
    std::sort(overlapping.begin(), overlapping.end(), [](const JobRecord *a, const JobRecord *b) {
        return a->plannedStartMs < b->plannedStartMs;
    });
    QList<qint64> ids;
    for (const JobRecord *job : std::as_const(overlapping))
        ids << job->job.id;
    return ids;
}

std::optional<AvailabilityPeriod> DispatchStore::timeOffAt(qint64 technicianId, qint64 atMs) const
{
    if (const TechnicianRecord *record = technician(technicianId)) {
        for (const AvailabilityPeriod &period : record->availability) {
            const TimeSpan span{timestampMs(period.startsAt), timestampMs(period.endsAt)};
            if (span.isValid() && span.startMs <= atMs && atMs < span.endMs)
                return period;
        }
    }
    return std::nullopt;
}

QStringList DispatchStore::conflictReasons(qint64 jobId) const
{
    QStringList reasons;
    const JobRecord *record = job(jobId);
    if (!record || record->conflicts == JobConflicts() || !record->job.technicianId)
        return reasons;
    const TechnicianRecord *technician = this->technician(*record->job.technicianId);
    if (!technician)
        return reasons;
    const auto time = [this](qint64 ms) {
        return client::display::time(QDateTime::fromMSecsSinceEpoch(ms, m_timeZone));
    };
    if (record->conflicts.testFlag(JobConflict::Overlap)) {
        for (const int row : technician->jobRows) {
            const JobRecord &other = m_jobs.at(row);
            if (other.job.id != jobId && other.plannedStartMs < record->plannedEndMs &&
                other.plannedEndMs > record->plannedStartMs) {
                reasons << tr("Overlaps “%1” (%2–%3).")
                               .arg(other.job.title, time(other.plannedStartMs),
                                    time(other.plannedEndMs));
            }
        }
    }
    if (record->conflicts.testFlag(JobConflict::OutsideWindow)) {
        reasons << tr("Outside the customer's window %1–%2.")
                       .arg(time(record->windowStartMs), time(record->windowEndMs));
    }
    if (record->conflicts.testFlag(JobConflict::OutsideShift)) {
        reasons << (technician->shift.isValid()
                        ? tr("Outside %1's shift %2–%3.")
                              .arg(technician->technician.name, time(technician->shift.startMs),
                                   time(technician->shift.endMs))
                        : tr("%1 does not work this day.").arg(technician->technician.name));
    }
    if (record->conflicts.testFlag(JobConflict::SkillMismatch)) {
        reasons << tr("%1 lacks the skill %2.")
                       .arg(technician->technician.name,
                            missingSkills(record->job, technician->technician)
                                .join(QStringLiteral(", ")));
    }
    if (record->conflicts.testFlag(JobConflict::TimeOff))
        reasons << tr("%1 is off or unavailable then.").arg(technician->technician.name);
    return reasons;
}

QStringList DispatchStore::knownSkills() const
{
    QSet<QString> skills;
    for (const TechnicianRecord &technician : m_technicians) {
        for (const QString &skill : technician.technician.skills)
            skills.insert(skill);
    }
    for (const JobRecord &record : m_jobs) {
        for (const QString &skill : record.job.requiredSkills)
            skills.insert(skill);
    }
    QStringList sorted(skills.cbegin(), skills.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

} // namespace fielddesk::board
