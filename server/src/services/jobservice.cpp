#include "services/jobservice.h"

#include "events/eventnotifier.h"
#include "events/eventtypes.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/customerrepository.h"
#include "repositories/servicetyperepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "services/catalogservice.h"
#include "services/jobwrite.h"
#include "services/locationaccess.h"
#include "services/timerange.h"

#include <QJsonArray>
#include <QTimeZone>

namespace fielddesk::server {

namespace {

const QString kUpdated = eventtype::jobUpdated();
const QString kStatusChanged = eventtype::jobStatusChanged();

Failure jobNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such job."));
}

QByteArray quoted(const QString &text)
{
    QByteArray out;
    JsonWriter::appendEscaped(out, text);
    return out;
}

// Turns "YYYY-MM-DD" in a zone into [local midnight, next local midnight) in UTC.
std::optional<std::pair<QString, QString>> dayRange(const QString &date, const QTimeZone &zone)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return std::make_pair(toTimestamp(day.startOfDay(zone)),
                          toTimestamp(day.addDays(1).startOfDay(zone)));
}

QTimeZone tenantZone(Database &db, qint64 tenantId)
{
    const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
    return timeZoneNamed(tenant ? tenant->timeZone : QStringLiteral("UTC"));
}

QString plannedEndOf(const Job &job)
{
    const std::optional<QDateTime> start = parseTimestamp(job.plannedStart);
    return start ? toTimestamp(start->addSecs(qint64(job.durationMin) * 60)) : QString();
}

} // namespace

Result<std::optional<QList<qint64>>> applyJobFields(
    Database &db, const Principal &caller, Job &job, const JobFields &fields, bool creating)
{
    const qint64 tenantId = caller.tenantId;
    applyPatch(job.title, fields.title);
    if (job.title.isEmpty())
        return Failure::validation(QStringLiteral("title"), QStringLiteral("may not be empty"));
    if (fields.locationId) {
        if (!isUsableLocation(db, caller, *fields.locationId))
            return Failure::validation(QStringLiteral("location_id"),
                                       QStringLiteral("is not a location you can plan for"));
        job.locationId = *fields.locationId;
    }
    if (fields.customerId) {
        if (!*fields.customerId) {
            job.customerId.reset();
            job.customerName.clear();
        } else {
            const std::optional<Customer> customer =
                CustomerRepository(db).find(tenantId, **fields.customerId);
            if (!customer)
                return Failure::validation(QStringLiteral("customer_id"),
                                           QStringLiteral("is not a customer of this tenant"));
            job.customerId = customer->id;
            job.customerName = customer->name;
        }
    }
    if (fields.addressId) {
        if (!*fields.addressId) {
            job.addressId.reset();
        } else {
            const std::optional<CustomerAddress> address =
                job.customerId ? CustomerRepository(db).findAddress(tenantId, *job.customerId,
                                                                    **fields.addressId)
                               : std::nullopt;
            if (!address)
                return Failure::validation(
                    QStringLiteral("address_id"),
                    QStringLiteral("is not an address of the job's customer"));
            job.addressId = address->id;
            if (!fields.address)
                job.address = address->address;
            if (!fields.latitude && !fields.longitude) {
                job.latitude = address->latitude;
                job.longitude = address->longitude;
            }
        }
    }
    applyPatch(job.address, fields.address);
    applyPatch(job.latitude, fields.latitude);
    applyPatch(job.longitude, fields.longitude);
    if (job.latitude.has_value() != job.longitude.has_value())
        return Failure::validation(QStringLiteral("latitude"),
                                   QStringLiteral("latitude and longitude go together"));

    QStringList skills = job.requiredSkills;
    bool skillsChanged = false;
    if (fields.serviceId) {
        if (!*fields.serviceId) {
            job.serviceId.reset();
        } else {
            const std::optional<ServiceType> service =
                ServiceTypeRepository(db).find(tenantId, **fields.serviceId);
            if (!service)
                return Failure::validation(QStringLiteral("service_id"),
                                           QStringLiteral("is not a service of this tenant"));
            job.serviceId = service->id;
            // The service's defaults fill what the command leaves out.
            if (!fields.durationMin)
                job.durationMin = service->durationMin;
            if (!fields.priority)
                job.priority = service->priority;
            if (!fields.requiredSkills && !service->requiredSkill.isEmpty()) {
                skills = {service->requiredSkill};
                skillsChanged = true;
            }
        }
    }
    if (fields.requiredSkills) {
        skills = *fields.requiredSkills;
        skillsChanged = true;
    }
    applyPatch(job.priority, fields.priority);
    applyPatch(job.durationMin, fields.durationMin);
    applyPatch(job.notes, fields.notes);
    applyPatch(job.atRisk, fields.atRisk);
    applyPatch(job.atRiskReason, fields.atRiskReason);

    const auto timestampOrEmpty = [](const std::optional<QDateTime> &t) {
        return t ? toTimestamp(*t) : QString();
    };
    if (fields.windowStart)
        job.windowStart = timestampOrEmpty(*fields.windowStart);
    if (fields.windowEnd)
        job.windowEnd = timestampOrEmpty(*fields.windowEnd);
    if (job.windowStart.isEmpty() != job.windowEnd.isEmpty())
        return Failure::validation(QStringLiteral("window_end"),
                                   QStringLiteral("window_start and window_end go together"));
    if (!job.windowStart.isEmpty()) {
        const std::optional<QDateTime> start = parseTimestamp(job.windowStart);
        const std::optional<QDateTime> end = parseTimestamp(job.windowEnd);
        if (!start || !end || *end <= *start)
            return Failure::validation(QStringLiteral("window_end"),
                                       QStringLiteral("must be after window_start"));
        if (start->daysTo(*end) > JobRepository::kMaxWindowDays)
            return Failure::validation(QStringLiteral("window_end"),
                                       QStringLiteral("a window may span at most %1 days")
                                           .arg(JobRepository::kMaxWindowDays));
    }
    if (!job.plannedStart.isEmpty())
        job.plannedEnd = plannedEndOf(job);

    if (!skillsChanged && !creating)
        return std::optional<QList<qint64>>();
    const Result<QList<qint64>> ids =
        skillIdsFor(db, tenantId, skills, QStringLiteral("required_skills"));
    if (!ids)
        return ids.failure();
    job.requiredSkills = skills;
    std::sort(job.requiredSkills.begin(), job.requiredSkills.end());
    job.requiredSkills.removeDuplicates();
    return std::optional<QList<qint64>>(*ids);
}

namespace {

// 409 naming the steps a job may take from where it is.
Failure illegalTransition(const Job &job, JobStatus target)
{
    const QList<JobStatus> allowed = allowedStatusChanges(job.status);
    QStringList names;
    QByteArray list = "[";
    for (const JobStatus s : allowed) {
        names << jobStatusName(s);
        list += (list.size() > 1 ? "," : "") + quoted(jobStatusName(s));
    }
    list += "]";
    Failure f = Failure::conflict(
        QStringLiteral("Job #%1 cannot go from %2 to %3. %4")
            .arg(job.id)
            .arg(jobStatusName(job.status), jobStatusName(target),
                 names.isEmpty()
                     ? QStringLiteral("It is finished.")
                     : QStringLiteral("Allowed: %1.").arg(names.join(QStringLiteral(", ")))));
    f.type = QStringLiteral("/problems/illegal-transition");
    f.title = QStringLiteral("Illegal status change");
    f.extensions.append({"allowed", list});
    f.extensions.append({"current", toJsonText(job)});
    return f;
}

} // namespace

JobChange cancellationOf(const Job &before, Job &after, const QString &reason)
{
    after.status = JobStatus::Cancelled;
    if (!reason.isEmpty())
        after.notes += (after.notes.isEmpty() ? QString() : QStringLiteral("\n")) +
                       QStringLiteral("Cancelled: ") + reason;
    return JobChange{QStringLiteral("status_changed"),
                     kStatusChanged,
                     {{"from", quoted(jobStatusName(before.status))},
                      {"to", quoted(QStringLiteral("cancelled"))},
                      {"reason", quoted(reason)}},
                     std::nullopt};
}

JobChange jobUpdated(std::optional<QList<qint64>> skillIds)
{
    return JobChange{QStringLiteral("updated"), kUpdated, {}, std::move(skillIds)};
}

bool JobFields::changesMoreThanNotes() const
{
    return title || locationId || customerId || addressId || address || latitude || longitude ||
           serviceId || requiredSkills || priority || durationMin || atRisk || atRiskReason ||
           windowStart || windowEnd;
}

Result<Page<Job>> JobService::list(const Principal &caller, const ListQuery &query)
{
    JobListFilter extra;
    const auto param = [&query](const char *name) {
        return query.raw.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (const QString date = param("date"); !date.isEmpty()) {
        const auto range = dayRange(date, tenantZone(m_db, caller.tenantId));
        if (!range)
            return Failure::validation(QStringLiteral("date"),
                                       QStringLiteral("must be a date as YYYY-MM-DD"));
        std::tie(extra.from, extra.to) = *range;
    }
    const Result<TimeRange> range = timeRangeOf(query);
    if (!range)
        return range.failure();
    if (!range->from.isEmpty())
        extra.from = range->from;
    if (!range->to.isEmpty())
        extra.to = range->to;
    if (const QString unassigned = param("unassigned"); !unassigned.isEmpty()) {
        if (unassigned != QLatin1String("true") && unassigned != QLatin1String("false"))
            return Failure::validation(QStringLiteral("unassigned"),
                                       QStringLiteral("must be true or false"));
        extra.unassignedOnly = unassigned == QLatin1String("true");
    }
    extra.skill = param("skill");
    const JobScope scope = jobScopeOf(m_db, caller);
    if (!m_listCache.enabled()) {
        const DataStamp stamp = m_dayKeys.enabled() || m_searchIndexes.enabled() || m_rows.enabled()
                                    ? dataStamp()
                                    : DataStamp{};
        return readPage(caller.tenantId, scope, extra, query, stamp);
    }

    QStringList locations;
    for (const qint64 id : scope.locationIds.value_or(QList<qint64>{}))
        locations << QString::number(id);
    const QString key =
        QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(caller.tenantId)
            .arg(scope.locationIds ? locations.join(QLatin1Char(',')) : QStringLiteral("*"))
            .arg(scope.technicianId.value_or(0))
            .arg(scope.customerId.value_or(0))
            .arg(extra.from + extra.to)
            .arg(query.raw.toString(QUrl::FullyEncoded));
    const DataStamp stamp = dataStamp(); // before reading, so a change meanwhile misses
    return m_listCache.findOrRead(
        key, stamp, [&] { return readPage(caller.tenantId, scope, extra, query, stamp); },
        unchangedRange(caller.tenantId, extra.from, extra.to));
}

Page<Job> JobService::readPage(qint64 tenantId,
                               const JobScope &scope,
                               const JobListFilter &extra,
                               const ListQuery &query,
                               const DataStamp &stamp)
{
    JobRepository jobs(m_db);
    // What neither the keys nor a search index answer, the engine does: its page's ids, and
    // their jobs kept or read as for the keys' pages (the backlog's pages, searches of a
    // skill or a customer).
    const auto engineAnswer = [&] {
        return m_rows.enabled() ? pageOf(tenantId, scope, stamp,
                                         jobs.listSelection(tenantId, scope, extra, query))
                                : jobs.list(tenantId, scope, extra, query);
    };
    if (JobSearchIndex::canAnswer(scope, extra, query)) {
        const std::optional<JobDayKeys::Selection> selection =
            m_searchIndexes.select(tenantId, stamp, changes(), scope, extra, query);
        return selection ? pageOf(tenantId, scope, stamp, *selection) : engineAnswer();
    }
    if (!m_dayKeys.enabled() || !JobDayKeys::canAnswer(scope, extra, query))
        return engineAnswer();
    // One set of keys serves every caller and filter of the day: the caller's scope is
    // applied when they are walked.
    const QString range =
        QStringLiteral("%1|%2|%3").arg(QString::number(tenantId), extra.from, extra.to);
    const QString key = range + QLatin1Char('|') + query.orderByClause();
    const auto rangeUnchanged = unchangedRange(tenantId, extra.from, extra.to);
    // Reading a day's keys costs more than one page: they are read when the day is asked
    // again before anything of it changed, and serve every list of it until something does;
    // then they take the jobs the journal names as changed there, read again alone.
    const std::optional<std::shared_ptr<const JobDayKeys>> keys = m_dayKeys.findOrReadIfAskedAgain(
        key, stamp,
        [&] {
            return std::make_shared<const JobDayKeys>(
                jobs.dayKeys(tenantId, extra.from, extra.to, query));
        },
        rangeUnchanged,
        [&](const std::shared_ptr<const JobDayKeys> &kept, const DataStamp &keptStamp,
            const DataStamp &now) -> std::optional<std::shared_ptr<const JobDayKeys>> {
            const std::optional<QList<qint64>> changed =
                jobsChangedIn(tenantId, extra.from, extra.to, keptStamp, now);
            if (!changed || changed->size() > kMostJobsPatched || !kept->patchable())
                return std::nullopt;
            std::optional<JobDayKeys> patched = kept->patched(
                *changed, jobs.dayKeyRows(tenantId, extra.from, extra.to, query, *changed));
            if (!patched)
                return std::nullopt;
            return std::make_shared<const JobDayKeys>(std::move(*patched));
        });
    if (!keys)
        return engineAnswer();
    // A search of three characters or more tests each job with the tenant's search index
    // when it is held (the jobs holding the term's trigrams); otherwise each job's text: the
    // range's texts are kept beside its keys, read likewise when the range is searched again
    // before anything of it changed.
    const QString term = foldForSearch(query.search);
    if (JobSearchIndex::isIndexedTerm(term)) {
        std::optional<JobDayKeys::Selection> selection;
        m_searchIndexes.withIndex(tenantId, stamp, changes(), [&](const JobSearchIndex &index) {
            const JobSearchIndex::TermMatches matches = index.termMatches(term);
            selection = (*keys)->select(scope, extra, query,
                                        [&](qint64 id) { return matches.contains(id); });
        });
        if (selection)
            return pageOf(tenantId, scope, stamp, *selection);
    }
    std::shared_ptr<const JobDayTexts> texts;
    if (!term.isEmpty()) {
        const std::optional<std::shared_ptr<const JobDayTexts>> kept =
            m_dayTexts.findOrReadIfAskedAgain(
                range + QLatin1Char('|') + QString::number(m_names.epoch(tenantId)), stamp,
                [&] {
                    return std::make_shared<const JobDayTexts>(
                        jobs.dayTexts(tenantId, extra.from, extra.to));
                },
                rangeUnchanged);
        if (!kept)
            return engineAnswer();
        texts = *kept;
    }
    return pageOf(tenantId, scope, stamp, (*keys)->select(scope, extra, query, texts.get()));
}

Page<Job> JobService::pageOf(qint64 tenantId,
                             const JobScope &scope,
                             const DataStamp &stamp,
                             const JobDayKeys::Selection &selection)
{
    Page<Job> page;
    page.count = selection.count;
    page.itemsJson = m_rows.pageJson(
        tenantId, stamp, scope, selection.ids,
        [&](const QList<qint64> &ids) {
            return JobRepository(m_db).pageOf(tenantId, scope, JobDayKeys::Selection{0, ids}).items;
        },
        [&](const DataStamp &kept, const DataStamp &now) {
            return jobsChangedIn(tenantId, QString(), QString(), kept, now);
        });
    return page;
}

std::function<bool(const DataStamp &, const DataStamp &)>
JobService::unchangedRange(qint64 tenantId, const QString &from, const QString &to) const
{
    return [this, tenantId, from, to](const DataStamp &kept, const DataStamp &now) {
        const std::optional<QList<CommitNote>> notes = changesBetween(kept, now);
        return notes && std::none_of(notes->cbegin(), notes->cend(), [&](const CommitNote &note) {
                   return note.touchesRange(tenantId, from, to);
               });
    };
}

std::optional<QList<qint64>> JobService::jobsChangedIn(qint64 tenantId,
                                                       const QString &from,
                                                       const QString &to,
                                                       const DataStamp &older,
                                                       const DataStamp &newer) const
{
    const std::optional<QList<CommitNote>> notes = changesBetween(older, newer);
    if (!notes)
        return std::nullopt;
    QList<qint64> changed;
    for (const CommitNote &note : *notes) {
        if (!note.touchesRange(tenantId, from, to))
            continue;
        if (note.jobIds.isEmpty())
            return std::nullopt; // it changed the range without naming the jobs
        changed += note.jobIds;
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

JobSearchIndexes::Changes JobService::changes() const
{
    return [this](const DataStamp &older, const DataStamp &newer) {
        return changesBetween(older, newer);
    };
}

std::optional<QList<CommitNote>> JobService::changesBetween(const DataStamp &older,
                                                            const DataStamp &newer) const
{
    return m_db.journal().describedBetween(older.localCommits, newer.localCommits,
                                           older.lastEventId, newer.lastEventId);
}

qint64 JobService::bytesOf(const JobDayTexts &texts)
{
    constexpr qint64 kEntryBytes = 64; // the hash's node, the id and the string's header
    qint64 bytes = 0;
    for (const QString &text : texts)
        bytes += kEntryBytes + text.size() * qint64(sizeof(QChar));
    return bytes;
}

DataStamp JobService::dataStamp()
{
    DataStamp stamp;
    stamp.localCommits = m_db.commitCount();
    SqlQuery q(m_db, QStringLiteral("SELECT MAX(id) FROM outbox_events"));
    q.exec();
    stamp.lastEventId = q.next() && !q.isNull(0) ? q.integer(0) : 0;
    return stamp;
}

Result<Job> JobService::get(const Principal &caller, qint64 id)
{
    const std::optional<Job> job = JobRepository(m_db).find(caller.tenantId, id);
    if (!job || !canSeeJob(m_db, caller, *job))
        return jobNotFound();
    return *job;
}

Result<Job> JobService::create(const CallContext &call, const JobFields &fields)
{
    const Principal &caller = call.principal;
    Job job;
    JobFields wanted = fields;
    if (caller.isCustomerKey()) {
        // A customer's system files requests for itself, at the location of its key.
        const std::pair<const char *, bool> setByKey[] = {
            {"customer_id", fields.customerId.has_value()},
            {"location_id", fields.locationId.has_value()},
            {"at_risk", fields.atRisk.has_value()},
            {"at_risk_reason", fields.atRiskReason.has_value()}};
        for (const auto &[key, named] : setByKey) {
            if (named)
                return Failure::validation(QLatin1String(key),
                                           QStringLiteral("is set by the API key"));
        }
        job.locationId = caller.locationIds.value(0);
        wanted.customerId = std::optional<qint64>(caller.customerId);
    } else if (!fields.locationId) {
        return Failure::validation(QStringLiteral("location_id"), QStringLiteral("is required"));
    }
    JobWrite write(m_db, m_events, m_travel, call, {});
    const Result<std::optional<QList<qint64>>> skills =
        applyJobFields(m_db, caller, job, wanted, true);
    if (!skills)
        return skills.failure();
    job = write.create(job, skills->value_or(QList<qint64>()));
    write.commit();
    return job;
}

Result<Job> JobService::update(const CallContext &call, qint64 id, const JobUpdate &update)
{
    JobWrite write(m_db, m_events, m_travel, call, {id});
    const Result<Job> job = write.change(
        id, update.expectedVersion,
        [&](const Job &before, Job &after) -> Result<std::optional<JobChange>> {
            if (isTerminal(before.status) && update.fields.changesMoreThanNotes())
                return Failure::conflict(QStringLiteral("Job #%1 is %2; only its notes can change.")
                                             .arg(id)
                                             .arg(jobStatusName(before.status)));
            const Result<std::optional<QList<qint64>>> skills =
                applyJobFields(m_db, call.principal, after, update.fields, false);
            if (!skills)
                return skills.failure();
            // "This occurrence": an occurrence edited on its own keeps its own values.
            if (before.seriesId)
                after.seriesException = true;
            return std::optional<JobChange>(jobUpdated(*skills));
        });
    if (job)
        write.commit();
    return job;
}

Result<Job>
JobService::changeStatus(const CallContext &call, qint64 id, const JobStatusChange &change)
{
    const Principal &caller = call.principal;
    JobWrite write(m_db, m_events, m_travel, call, {id});
    const Result<Job> job =
        write.change(id, change.expectedVersion,
                     [&](const Job &before, Job &after) -> Result<std::optional<JobChange>> {
                         if (!allowedStatusChanges(before.status).contains(change.status))
                             return illegalTransition(before, change.status);
                         if (caller.role == Role::Employee && !caller.isCustomerKey() &&
                             !isFieldStep(change.status))
                             return Failure::forbidden(
                                 QStringLiteral("Technicians report en route, on site and "
                                                "completed; the dispatcher does the rest."));
                         after.status = change.status;
                         return std::optional<JobChange>(
                             JobChange{QStringLiteral("status_changed"),
                                       kStatusChanged,
                                       {{"from", quoted(jobStatusName(before.status))},
                                        {"to", quoted(jobStatusName(change.status))}},
                                       std::nullopt});
                     });
    if (job)
        write.commit();
    return job;
}

Result<Job>
JobService::cancel(const CallContext &call, qint64 id, const JobCancellation &cancellation)
{
    const Principal &caller = call.principal;
    JobWrite write(m_db, m_events, m_travel, call, {id});
    const Result<Job> job = write.change(
        id, cancellation.expectedVersion,
        [&](const Job &before, Job &after) -> Result<std::optional<JobChange>> {
            if (caller.isCustomerKey() && before.status != JobStatus::New &&
                before.status != JobStatus::Scheduled)
                return Failure::conflict(QStringLiteral(
                    "A technician is already on the way; call the office to cancel this visit."));
            if (caller.role == Role::Employee && !caller.isCustomerKey())
                return Failure::forbidden(QStringLiteral("Only the office can cancel a job."));
            if (isTerminal(before.status))
                return Failure::conflict(QStringLiteral("Job #%1 is already %2.")
                                             .arg(id)
                                             .arg(jobStatusName(before.status)));
            return std::optional<JobChange>(cancellationOf(before, after, cancellation.reason));
        });
    if (job)
        write.commit();
    return job;
}

Result<Page<DispatchHistoryEntry>>
JobService::history(const Principal &caller, qint64 jobId, const ListQuery &query)
{
    const Result<Job> job = get(caller, jobId);
    if (!job)
        return job.failure();
    ListQuery scoped = query;
    static const FilterSpec jobFilter{
        QStringLiteral("job_id"), QStringLiteral("job_id"), FilterType::Integer, false, {}};
    scoped.filters.append({&jobFilter, {jobId}});
    return DispatchHistoryRepository(m_db).list(caller.tenantId, std::nullopt, scoped);
}

Result<Page<DispatchHistoryEntry>> JobService::allHistory(const Principal &caller,
                                                          const ListQuery &query)
{
    if (const Result<TimeRange> range = timeRangeOf(query); !range)
        return range.failure();
    const QString technician = query.raw.queryItemValue(QStringLiteral("technician_id"));
    bool ok = true;
    if (!technician.isEmpty() && (technician.toLongLong(&ok), !ok))
        return Failure::validation(QStringLiteral("technician_id"),
                                   QStringLiteral("must be an integer"));
    return DispatchHistoryRepository(m_db).list(caller.tenantId, caller.visibleLocations(), query);
}

} // namespace fielddesk::server
