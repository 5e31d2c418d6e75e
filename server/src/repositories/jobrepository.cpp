#include "repositories/jobrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/skillrepository.h"
#include "storage/bulkinsert.h"
#include "storage/engineorder.h"
#include "storage/sqlvalues.h"

#include <QSet>

namespace fielddesk::server {

namespace {

const QString kJobColumns = QStringLiteral(
    "j.id, j.location_id, j.title, j.customer_id, c.name, j.address_id, j.address, j.latitude, "
    "j.longitude, j.service_id, j.priority, j.duration_min, j.window_start, j.window_end, "
    "j.status, j.at_risk, j.at_risk_reason, j.technician_id, u.name, j.planned_start, "
    "j.planned_end, j.notes, j.version, j.created_at, j.updated_at, j.series_id, "
    "j.occurrence_date, j.series_exception");
// A name joined here from another table is one whose renames migration 39 notes (the kept
// jobs of the lists follow them: namesVersion()); a new one needs its trigger there.
const QString kJobFrom = QStringLiteral("jobs j LEFT JOIN customers c ON c.id = j.customer_id "
                                        "LEFT JOIN technicians t ON t.id = j.technician_id "
                                        "LEFT JOIN users u ON u.id = t.user_id");

constexpr int kJobColumnCount = 28; // of kJobColumns, as readJob reads them

Job readJob(const SqlQuery &q)
{
    Job j;
    j.id = q.integer(0);
    j.locationId = q.integer(1);
    j.title = q.text(2);
    if (!q.isNull(3))
        j.customerId = q.integer(3);
    j.customerName = q.text(4);
    if (!q.isNull(5))
        j.addressId = q.integer(5);
    j.address = q.text(6);
    if (!q.isNull(7))
        j.latitude = q.number(7);
    if (!q.isNull(8))
        j.longitude = q.number(8);
    if (!q.isNull(9))
        j.serviceId = q.integer(9);
    j.priority = int(q.integer(10));
    j.durationMin = int(q.integer(11));
    j.windowStart = q.text(12);
    j.windowEnd = q.text(13);
    j.status = jobStatusFromName(q.text(14)).value_or(JobStatus::New);
    j.atRisk = q.integer(15) != 0;
    j.atRiskReason = q.text(16);
    if (!q.isNull(17))
        j.technicianId = q.integer(17);
    j.technicianName = q.text(18);
    j.plannedStart = q.text(19);
    j.plannedEnd = q.text(20);
    j.notes = q.text(21);
    j.version = q.integer(22);
    j.createdAt = q.text(23);
    j.updatedAt = q.text(24);
    if (!q.isNull(25))
        j.seriesId = q.integer(25);
    j.occurrenceDate = q.text(26);
    j.seriesException = q.integer(27) != 0;
    return j;
}

QString jobSearchText(const Job &job)
{
    return foldForSearch(
        QStringList{job.title, job.customerName, job.address, job.notes}.join(QLatin1Char('\n')));
}

QVariant spanLengthSeconds(const Job &job)
{
    const ChangeSpan span = JobRepository::spanOf(job);
    const std::optional<QDateTime> start = parseTimestamp(span.start);
    const std::optional<QDateTime> end = parseTimestamp(span.end);
    if (!start || !end)
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(start->secsTo(*end));
}

// A day's jobs are read from the day index class by class (see kSpanClassBounds): the span's
// class, from its length, or NULL when the job has no span.
QVariant spanClassOf(const QVariant &lengthSeconds)
{
    if (lengthSeconds.isNull())
        return QVariant(QMetaType::fromType<int>());
    int spanClass = 0;
    while (spanClass < int(std::size(JobRepository::kSpanClassBounds)) &&
           lengthSeconds.toLongLong() > JobRepository::kSpanClassBounds[spanClass])
        ++spanClass;
    return spanClass;
}

// The search index's rowid: the job's id within a range of its tenant's own, so that a
// tenant's matches are one rowid range of the index (see migration 19).
constexpr qint64 kSearchRowsPerTenant = qint64(1) << 40;

// Search goes through the trigram index: FTS5 wants a phrase in double quotes.
QString ftsPhrase(const QString &folded)
{
    QString phrase = folded;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

} // namespace

ChangeSpan JobRepository::spanOf(const Job &job)
{
    if (job.plannedStart.isEmpty())
        return ChangeSpan{job.windowStart, job.windowEnd};
    return ChangeSpan{job.plannedStart, job.plannedEnd};
}

bool JobScope::admits(qint64 jobLocationId,
                      std::optional<qint64> jobTechnicianId,
                      std::optional<qint64> jobCustomerId) const
{
    if (customerId && jobCustomerId != customerId)
        return false;
    if (technicianId && jobTechnicianId != technicianId)
        return false;
    return !locationIds || locationIds->contains(jobLocationId);
}

const ListSpec &JobRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("j.id")},
         {QStringLiteral("priority"), QStringLiteral("j.priority")},
         {QStringLiteral("window_start"), QStringLiteral("j.window_start")},
         {QStringLiteral("window_end"), QStringLiteral("j.window_end")},
         {QStringLiteral("planned_start"), QStringLiteral("j.planned_start")},
         {QStringLiteral("status"), QStringLiteral("j.status")},
         {QStringLiteral("title"), QStringLiteral("j.title")},
         {QStringLiteral("created_at"), QStringLiteral("j.created_at")},
         {QStringLiteral("updated_at"), QStringLiteral("j.updated_at")}},
        QStringLiteral("-priority,window_start"),
        {},
        {{QStringLiteral("id"), QStringLiteral("j.id"), FilterType::Integer, true, {}},
         {QStringLiteral("status"), QStringLiteral("j.status"), FilterType::Enum, true,
          allJobStatusNames()},
         {QStringLiteral("technician_id"),
          QStringLiteral("j.technician_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("location_id"),
          QStringLiteral("j.location_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("customer_id"),
          QStringLiteral("j.customer_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("priority"), QStringLiteral("j.priority"), FilterType::Integer, true, {}},
         {QStringLiteral("at_risk"), QStringLiteral("j.at_risk"), FilterType::Boolean, false, {}},
         {QStringLiteral("series_id"),
          QStringLiteral("j.series_id"),
          FilterType::Integer,
          true,
          {}}},
        {QStringLiteral("skill"), QStringLiteral("unassigned"), QStringLiteral("date"),
         QStringLiteral("from"), QStringLiteral("to")},
        QStringLiteral("j.id"),
        // A console loads a whole day: a big site's 20,000 jobs in 10 pages, not 40 (each
        // page sorts the day's matches again).
        kMaxJobPage,
        // jobs_order and the span classes' reads are built for ties broken by id ascending.
        TieBreak::Ascending};
    return spec;
}

QList<SqlFilter>
JobRepository::overlapConditions(qint64 tenantId, const QString &from, const QString &to)
{
    // A job of class c lasts at most its bound, so one that still overlaps `from` started
    // no earlier than that before it; the last class is bounded by the tenant's longest span
    // (usually hours, not the 14 days a window may have).
    const std::optional<QDateTime> start = parseTimestamp(from);
    QList<SqlFilter> legs;
    for (int spanClass = 0; spanClass <= int(std::size(kSpanClassBounds)); ++spanClass) {
        SqlFilter leg;
        leg.where(QStringLiteral("j.tenant_id = ?"), {tenantId})
            .where(QStringLiteral("j.span_class = ?"), {spanClass});
        if (!to.isEmpty())
            leg.where(QStringLiteral("j.span_start < ?"), {to});
        if (!from.isEmpty()) {
            const qint64 lookBack = spanClass < int(std::size(kSpanClassBounds))
                                        ? kSpanClassBounds[spanClass]
                                        : longestSpanSeconds(tenantId);
            leg.where(QStringLiteral("j.span_start >= ? AND j.span_end > ?"),
                      {start ? toTimestamp(start->addSecs(-lookBack - 1)) : from, from});
        }
        legs.append(leg);
    }
    return legs;
}

QString JobRepository::rangeRows(qint64 tenantId,
                                 const QString &from,
                                 const QString &to,
                                 const ListQuery &query,
                                 const QStringList &alsoSelected,
                                 const SqlFilter &filter,
                                 QVariantList &values)
{
    QStringList columns{listSpec().idColumn};
    for (const auto &[column, descending] : query.ordering) {
        if (!columns.contains(column))
            columns << column;
    }
    for (const QString &column : alsoSelected) {
        if (!columns.contains(column))
            columns << column;
    }
    const QString select = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                           QStringLiteral(" FROM jobs j");
    QStringList legs;
    for (SqlFilter &leg : overlapConditions(tenantId, from, to)) {
        leg.where(filter);
        legs << select + leg.clause();
        values << leg.values();
    }
    return QLatin1Char('(') + legs.join(QStringLiteral(" UNION ALL ")) +
           (m_db.engine() == Engine::Sqlite ? QStringLiteral(" LIMIT -1) j")
                                            : QStringLiteral(" OFFSET 0) j"));
}

qint64 JobRepository::longestSpanSeconds(qint64 tenantId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT longest_s FROM job_span_bounds WHERE tenant_id = ?"));
    q.bind(tenantId).exec();
    return q.next() && !q.isNull(0) ? q.integer(0) : 0;
}

void JobRepository::noteSpanLength(qint64 tenantId, const QVariant &lengthSeconds)
{
    if (lengthSeconds.isNull())
        return;
    // Nearly always the bound covers it already: then nothing is locked or written. (On
    // PostgreSQL an upsert locks the row even when it changes nothing.)
    if (longestSpanSeconds(tenantId) >= lengthSeconds.toLongLong())
        return;
    // (The outbox lock comes after this row in every writer: events are appended at commit.)
    // Only ever raised: with several instances on one database a lower value could be
    // written over a longer span another one just stored.
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO job_span_bounds (tenant_id, longest_s) VALUES (?, ?) "
                              "ON CONFLICT (tenant_id) DO UPDATE SET longest_s = "
                              "excluded.longest_s WHERE job_span_bounds.longest_s < "
                              "excluded.longest_s"));
    q.bind(tenantId).bind(lengthSeconds).exec();
}

// A planned job lasts at most a day (duration_min <= 24 h).
static QString plannedLookback(const QString &from)
{
    const std::optional<QDateTime> t = parseTimestamp(from);
    return t ? toTimestamp(t->addSecs(-24 * 3600 - 1)) : from;
}

QList<Job> JobRepository::select(const QString &where,
                                 const QVariantList &values,
                                 const QString &tail,
                                 SkillsRead skills)
{
    const bool inTheRow = skills == SkillsRead::InTheRow;
    const QString skillsColumn =
        inTheRow ? QStringLiteral(", ") +
                       SkillRepository(m_db).namesColumn(SkillOwner::Job, QStringLiteral("j.id"))
                 : QString();
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kJobColumns + skillsColumn +
                         QStringLiteral(" FROM ") + kJobFrom + QStringLiteral(" WHERE ") + where +
                         tail);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    QList<Job> jobs;
    while (q.next()) {
        jobs.append(readJob(q));
        if (inTheRow)
            jobs.last().requiredSkills = SkillRepository::namesFromColumn(q.bytes(kJobColumnCount));
    }
    if (!inTheRow)
        loadSkills(jobs);
    return jobs;
}

void JobRepository::loadSkills(QList<Job> &jobs)
{
    if (jobs.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(jobs.size());
    for (const Job &j : jobs)
        ids.append(j.id);
    const QHash<qint64, QStringList> names = SkillRepository(m_db).namesOf(SkillOwner::Job, ids);
    for (Job &j : jobs)
        j.requiredSkills = names.value(j.id);
}

std::optional<Job> JobRepository::find(qint64 tenantId, qint64 id)
{
    const QList<Job> found = select(QStringLiteral("j.tenant_id = ? AND j.id = ?"), {tenantId, id},
                                    {}, SkillsRead::InTheRow);
    return found.isEmpty() ? std::nullopt : std::optional<Job>(found.first());
}

QList<Job> JobRepository::readForUpdate(qint64 tenantId, QList<qint64> ids)
{
    if (ids.isEmpty())
        return {};
    std::sort(ids.begin(), ids.end());
    SqlFilter filter;
    filter.where(QStringLiteral("j.tenant_id = ?"), {tenantId})
        .whereIn(QStringLiteral("j.id"), ids);
    // Only the jobs' rows: the customer and technician joined for their names stay free.
    const QString tail = m_db.engine() == Engine::Postgres
                             ? QStringLiteral(" ORDER BY j.id FOR UPDATE OF j")
                             : QStringLiteral(" ORDER BY j.id");
    return select(filter.conditions(), filter.values(), tail, SkillsRead::InTheRow);
}

std::optional<qint64> JobRepository::countFromTallies(qint64 tenantId,
                                                      const JobScope &scope,
                                                      const JobListFilter &extra,
                                                      const ListQuery &query)
{
    // job_tallies knows jobs per (location, status, assigned) only: anything else is counted
    // from the rows.
    if (scope.technicianId || scope.customerId || !extra.from.isEmpty() || !extra.to.isEmpty() ||
        !extra.skill.isEmpty() || !query.search.isEmpty())
        return std::nullopt;
    SqlFilter tallies;
    tallies.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (scope.locationIds)
        tallies.whereIn(QStringLiteral("location_id"), *scope.locationIds);
    if (extra.unassignedOnly)
        tallies.where(QStringLiteral("assigned = 0"));
    for (const auto &[spec, values] : query.filters) {
        if (spec->name != QLatin1String("status") && spec->name != QLatin1String("location_id"))
            return std::nullopt;
        const QStringList marks(values.size(), QStringLiteral("?"));
        tallies.where(spec->name + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) +
                          QLatin1Char(')'),
                      values);
    }
    SqlQuery sum(m_db, QStringLiteral("SELECT COALESCE(SUM(jobs), 0) FROM job_tallies") +
                           tallies.clause());
    for (const QVariant &value : tallies.values())
        sum.bind(value);
    sum.exec();
    return sum.next() ? sum.integer(0) : 0;
}

JobRepository::ListPlan JobRepository::planList(qint64 tenantId,
                                                const JobScope &scope,
                                                const JobListFilter &extra,
                                                const ListQuery &query)
{
    const bool sqlite = m_db.engine() == Engine::Sqlite;
    const QString term = foldForSearch(query.search);
    // The trigram index matches phrases of three characters or more (code points, not UTF-16
    // units: an emoji is one); shorter terms are a LIKE.
    const bool trigramSearch = term.toUcs4().size() >= kTrigramLength && sqlite;
    const bool dated = !extra.from.isEmpty() || !extra.to.isEmpty();
    SqlFilter filter;
    if (!dated) // the day's conditions hold the tenant's
        filter.where(QStringLiteral("j.tenant_id = ?"), {tenantId});
    if (scope.locationIds)
        filter.whereIn(QStringLiteral("j.location_id"), *scope.locationIds);
    if (scope.technicianId)
        filter.where(QStringLiteral("j.technician_id = ?"), {*scope.technicianId});
    if (scope.customerId)
        filter.where(QStringLiteral("j.customer_id = ?"), {*scope.customerId});
    if (extra.unassignedOnly)
        filter.where(QStringLiteral("j.technician_id IS NULL"));
    if (!extra.skill.isEmpty()) {
        filter.where(QStringLiteral("EXISTS (SELECT 1 FROM job_skills js JOIN skills s ON s.id = "
                                    "js.skill_id WHERE js.job_id = j.id AND s.name = ?)"),
                     {extra.skill});
    }
    applyFilters(filter, query);
    if (!term.isEmpty() && !trigramSearch)
        filter.whereContainsFolded(QStringLiteral("j.search_text"), term); // pg_trgm on PG

    // The tenant's matches of a trigram search (SQLite): one rowid range of the search index.
    const qint64 searchRows = tenantId * kSearchRowsPerTenant;
    const QString tenantMatches = QStringLiteral(
        "j.id IN (SELECT rowid - ? FROM job_search WHERE job_search MATCH ? AND rowid BETWEEN ? "
        "AND ?)");
    const QVariantList tenantMatchValues{searchRows, ftsPhrase(term), searchRows,
                                         searchRows + kSearchRowsPerTenant - 1};
    const bool onlyTenant = !scope.locationIds && !scope.technicianId && !scope.customerId &&
                            !dated && !extra.unassignedOnly && extra.skill.isEmpty() &&
                            query.filters.isEmpty();

    std::optional<qint64> count = countFromTallies(tenantId, scope, extra, query);
    if (trigramSearch && onlyTenant)
        count = countTenantMatches(tenantId, term);

    // Where the matches come from (counted, then a page read): the jobs table, or for a day
    // the day index read class by class (one short range each instead of one as long as the
    // tenant's longest span).
    QString matches;
    QVariantList values;
    const QString order = query.orderByClause();
    if (!dated) {
        // SQLite's planner cannot know how many jobs a term matches (FTS5 does not say), so
        // the search picks its indexes here: the matches drive and are checked in
        // jobs_search_keys, a narrow index keyed by id, rather than in the wide rows.
        SqlFilter searched = filter;
        if (trigramSearch)
            searched.where(tenantMatches, tenantMatchValues);
        matches = (trigramSearch ? QStringLiteral("jobs j INDEXED BY jobs_search_keys")
                                 : QStringLiteral("jobs j")) +
                  searched.clause();
        values = searched.values();
    } else {
        // Each class's range selects the id and what the page is ordered by; the search's
        // matches are checked once over all of them (not once a class: collecting a broad
        // term's matches is the expensive part).
        matches = rangeRows(tenantId, extra.from, extra.to, query, {}, filter, values);
        if (trigramSearch) {
            matches += QStringLiteral(" WHERE ") + tenantMatches;
            values << tenantMatchValues;
        }
    }
    if (!count) {
        SqlQuery counted(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + matches);
        for (const QVariant &value : std::as_const(values))
            counted.bind(value);
        counted.exec();
        count = counted.next() ? counted.integer(0) : 0;
    }
    // A term that matches many jobs fills a page sooner by walking jobs_order (see
    // searchPageRead).
    if (trigramSearch && !dated && order == orderOfJobsOrderIndex()) {
        const SearchPageRead read = searchPageRead(tenantId, *count, query);
        if (read != SearchPageRead::SortMatches) {
            SqlFilter walked = filter;
            if (read == SearchPageRead::WalkCheckingText)
                walked.whereContainsFolded(QStringLiteral("j.search_text"), term);
            else
                walked.where(tenantMatches, tenantMatchValues);
            matches = QStringLiteral("jobs j INDEXED BY jobs_order") + walked.clause();
            values = walked.values();
        }
    }
    values << query.limit << query.offset;
    return ListPlan{*count,
                    QStringLiteral("SELECT j.id FROM ") + matches + order +
                        QStringLiteral(" LIMIT ? OFFSET ?"),
                    values, order};
}

Page<Job> JobRepository::list(qint64 tenantId,
                              const JobScope &scope,
                              const JobListFilter &extra,
                              const ListQuery &query)
{
    const ListPlan plan = planList(tenantId, scope, extra, query);
    // The page's ids come from the indexes alone; only those 50 rows are read and joined.
    // Their skills come in the rows on PostgreSQL (a round trip fewer); SQLite, without round
    // trips, reads them for the whole page in one statement.
    Page<Job> page;
    page.count = plan.count;
    page.items = select(
        QStringLiteral("j.id IN (") + plan.pageIds + QLatin1Char(')'), plan.values, plan.order,
        m_db.engine() == Engine::Sqlite ? SkillsRead::OwnQuery : SkillsRead::InTheRow);
    return page;
}

JobDayKeys::Selection JobRepository::listSelection(qint64 tenantId,
                                                   const JobScope &scope,
                                                   const JobListFilter &extra,
                                                   const ListQuery &query)
{
    const ListPlan plan = planList(tenantId, scope, extra, query);
    JobDayKeys::Selection selection;
    selection.count = plan.count;
    SqlQuery ids(m_db, plan.pageIds);
    for (const QVariant &value : plan.values)
        ids.bind(value);
    ids.exec();
    while (ids.next())
        selection.ids.append(ids.integer(0));
    return selection;
}

JobDayKeys JobRepository::dayKeys(qint64 tenantId,
                                  const QString &from,
                                  const QString &to,
                                  const ListQuery &query)
{
    JobDayKeys keys(query, EngineOrder::of(m_db));
    readDayKeys(tenantId, from, to, query, std::nullopt,
                [&keys](const JobDayKeys::Row &row) { keys.append(row); });
    keys.finish();
    return keys;
}

QList<JobDayKeys::Row> JobRepository::dayKeyRows(qint64 tenantId,
                                                 const QString &from,
                                                 const QString &to,
                                                 const ListQuery &query,
                                                 const QList<qint64> &ids)
{
    QList<JobDayKeys::Row> rows;
    if (!ids.isEmpty()) {
        readDayKeys(tenantId, from, to, query, ids,
                    [&rows](const JobDayKeys::Row &row) { rows.append(row); });
    }
    return rows;
}

void JobRepository::readDayKeys(qint64 tenantId,
                                const QString &from,
                                const QString &to,
                                const ListQuery &query,
                                const std::optional<QList<qint64>> &ids,
                                const std::function<void(const JobDayKeys::Row &)> &take)
{
    Q_ASSERT(!from.isEmpty() && !to.isEmpty());
    // As list() reads a day, with the keys' columns, then ordered.
    const QStringList sortColumns = JobDayKeys::sortColumnsOf(query);
    QVariantList values;
    QString rows;
    if (!ids) {
        rows = rangeRows(tenantId, from, to, query, JobDayKeys::columns(), SqlFilter(), values);
    } else {
        // A few jobs by id, then tested with the range's conditions (any span class's): read
        // through rangeRows, each class's range of the day index would be walked for them.
        QStringList anyClass;
        QVariantList classValues;
        for (const SqlFilter &leg : overlapConditions(tenantId, from, to)) {
            anyClass << QLatin1Char('(') + leg.conditions() + QLatin1Char(')');
            classValues << leg.values();
        }
        SqlFilter those;
        those.whereIn(QStringLiteral("j.id"), *ids)
            .where(QLatin1Char('(') + anyClass.join(QStringLiteral(" OR ")) + QLatin1Char(')'),
                   classValues);
        // (SQLite, not knowing the bound values, would rather walk the day index.)
        rows = (m_db.engine() == Engine::Sqlite ? QStringLiteral("jobs j NOT INDEXED")
                                                : QStringLiteral("jobs j")) +
               those.clause();
        values = those.values();
    }
    SqlQuery q(m_db, QStringLiteral("SELECT ") + listSpec().idColumn + QStringLiteral(", ") +
                         (JobDayKeys::columns() + sortColumns).join(QStringLiteral(", ")) +
                         QStringLiteral(" FROM ") + rows + query.orderByClause());
    for (const QVariant &value : std::as_const(values))
        q.bind(value);
    q.exec();
    const int width = int(JobDayKeys::columns().size());
    const int sortWidth = int(sortColumns.size());
    JobDayKeys::Row row;
    row.held.resize(width);
    row.sortValues.resize(sortWidth);
    while (q.next()) {
        row.id = q.integer(0);
        for (int i = 0; i < width; ++i)
            row.held[i] = q.value(i + 1);
        for (int i = 0; i < sortWidth; ++i)
            row.sortValues[i] = q.value(width + 1 + i);
        take(row);
    }
}

qint64 JobRepository::namesVersion(qint64 tenantId)
{
    // The rows counted, not the newest id: PostgreSQL hands out ids before commit, so a rename
    // may commit after a newer one and leave the newest id where it was. Rows are only added:
    // every committed rename adds one to the count.
    SqlQuery q(m_db,
               QStringLiteral("SELECT COUNT(*) FROM tenant_name_changes WHERE tenant_id = ?"));
    q.bind(tenantId).exec();
    return q.next() ? q.integer(0) : 0;
}

JobDayTexts JobRepository::dayTexts(qint64 tenantId, const QString &from, const QString &to)
{
    Q_ASSERT(!from.isEmpty() && !to.isEmpty());
    QVariantList values;
    const QString rows = rangeRows(tenantId, from, to, ListQuery{},
                                   {QStringLiteral("j.search_text")}, SqlFilter(), values);
    SqlQuery q(m_db, QStringLiteral("SELECT ") + listSpec().idColumn +
                         QStringLiteral(", j.search_text FROM ") + rows);
    for (const QVariant &value : std::as_const(values))
        q.bind(value);
    q.exec();
    JobDayTexts texts;
    while (q.next())
        texts.insert(q.integer(0), q.text(1));
    texts.squeeze();
    return texts;
}

QList<JobSearchRow> JobRepository::searchRows(qint64 tenantId,
                                              const std::optional<QList<qint64>> &ids)
{
    SqlFilter rows;
    rows.where(QStringLiteral("j.tenant_id = ?"), {tenantId});
    if (ids)
        rows.whereIn(QStringLiteral("j.id"), *ids);
    return searchRowsWhere(rows);
}

QList<JobSearchRow> JobRepository::searchRowsOfCustomers(qint64 tenantId,
                                                         const QList<qint64> &customerIds)
{
    SqlFilter rows;
    rows.where(QStringLiteral("j.tenant_id = ?"), {tenantId});
    rows.whereIn(QStringLiteral("j.customer_id"), customerIds);
    return searchRowsWhere(rows);
}

QList<JobSearchRow> JobRepository::searchRowsWhere(const SqlFilter &rows)
{
    SqlQuery q(m_db, QStringLiteral("SELECT j.id, j.search_text, j.priority, j.window_start, ") +
                         JobHeldColumns::columns().join(QStringLiteral(", ")) +
                         QStringLiteral(" FROM jobs j") + rows.clause());
    for (const QVariant &value : rows.values())
        q.bind(value);
    q.exec();
    QList<JobSearchRow> read;
    const int width = int(JobHeldColumns::columns().size());
    constexpr int kHeldFrom = 4;
    while (q.next()) {
        JobSearchRow row;
        row.id = q.integer(0);
        row.text = q.text(1);
        row.priority = q.integer(2);
        row.windowStart = q.value(3);
        row.held.reserve(width);
        for (int i = 0; i < width; ++i)
            row.held << q.value(kHeldFrom + i);
        read << row;
    }
    return read;
}

Page<Job> JobRepository::pageOf(qint64 tenantId,
                                const JobScope &scope,
                                const JobDayKeys::Selection &selection)
{
    Page<Job> page;
    page.count = selection.count;
    if (selection.ids.isEmpty())
        return page;
    // Read by id, and put in the selection's order here: with an ORDER BY, or the tenant as
    // an indexed condition (the unary plus keeps it out of the indexes' reach), the planner
    // may walk the tenant's jobs through jobs_order instead of reading 50 rows.
    // The ids are padded to a few lengths (repeating the last): one statement per length,
    // not one per page size, in the statement caches.
    QList<qint64> ids = selection.ids;
    qsizetype padded = 8;
    while (padded < ids.size())
        padded *= 2;
    ids.resize(padded, ids.last());
    SqlFilter rows;
    rows.whereIn(QStringLiteral("j.id"), ids);
    rows.where(QStringLiteral("+j.tenant_id = ?"), {tenantId}); // the keys are the tenant's
    if (scope.locationIds)
        rows.whereIn(QStringLiteral("+j.location_id"), *scope.locationIds);
    if (scope.technicianId)
        rows.where(QStringLiteral("+j.technician_id = ?"), {*scope.technicianId});
    const QList<Job> read =
        select(rows.conditions(), rows.values(), QString(),
               m_db.engine() == Engine::Sqlite ? SkillsRead::OwnQuery : SkillsRead::InTheRow);
    QHash<qint64, qsizetype> position;
    position.reserve(read.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        position.insert(read.at(i).id, i);
    page.items.reserve(selection.ids.size());
    for (const qint64 id : selection.ids) {
        if (const auto at = position.constFind(id); at != position.cend())
            page.items.append(read.at(*at));
    }
    return page;
}

void JobRepository::applyFilters(SqlFilter &filter, const ListQuery &query)
{
    // The backlog's statuses are written into the statement as the partial index jobs_backlog
    // (migration 37) states them: PostgreSQL uses a partial index only for a condition it can
    // prove from the statement's text, which bound values are not.
    static const QSet<QString> backlog{jobStatusName(JobStatus::New),
                                       jobStatusName(JobStatus::Scheduled)};
    ListQuery rest = query;
    const auto isBacklog = [](const std::pair<const FilterSpec *, QVariantList> &f) {
        if (f.first->name != QLatin1String("status") || f.second.size() != backlog.size())
            return false;
        QSet<QString> statuses;
        for (const QVariant &value : f.second)
            statuses.insert(value.toString());
        return statuses == backlog;
    };
    if (rest.filters.removeIf(isBacklog) > 0)
        filter.where(QStringLiteral("j.status IN ('new', 'scheduled')"));
    filter.apply(rest, listSpec());
}

qint64 JobRepository::countTenantMatches(qint64 tenantId, const QString &term)
{
    const qint64 searchRows = tenantId * kSearchRowsPerTenant;
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM job_search WHERE job_search MATCH ? "
                                    "AND rowid BETWEEN ? AND ?"));
    q.bind(ftsPhrase(term)).bind(searchRows).bind(searchRows + kSearchRowsPerTenant - 1).exec();
    return q.next() ? q.integer(0) : 0;
}

const QString &JobRepository::orderOfJobsOrderIndex()
{
    static const QString order = [] {
        ListQuery byPriority;
        byPriority.idColumn = listSpec().idColumn;
        byPriority.tieBreak = listSpec().tieBreak;
        byPriority.ordering = {{QStringLiteral("j.priority"), true},
                               {QStringLiteral("j.window_start"), false}};
        return byPriority.orderByClause();
    }();
    return order;
}

JobRepository::SearchPageRead
JobRepository::searchPageRead(qint64 tenantId, qint64 matches, const ListQuery &query)
{
    // Walking jobs_order until the page is full passes about
    // walked = jobs * (offset + limit) / matches entries. Per unit, measured on 100,000 jobs:
    // collecting the matches and walking index entries ~0.13 µs each, checking a walked job's
    // own text (a row read) ~2 µs, sorting the matches (each looked up in jobs_search_keys)
    // ~1.5 µs a match. In tenths of a microsecond:
    constexpr qint64 kCollectOrWalk = 1;
    constexpr qint64 kRowRead = 20;
    constexpr qint64 kSortedMatch = 15;
    if (matches == 0)
        return SearchPageRead::SortMatches;
    SqlQuery jobs(m_db, QStringLiteral("SELECT COALESCE(SUM(jobs), 0) FROM job_tallies WHERE "
                                       "tenant_id = ?"));
    jobs.bind(tenantId).exec();
    const qint64 tenantJobs = jobs.next() ? jobs.integer(0) : 0;
    const qint64 walked = tenantJobs * (qint64(query.offset) + query.limit) / matches;
    const qint64 sorting = kSortedMatch * matches;
    const qint64 checkingMatches = kCollectOrWalk * (matches + walked);
    const qint64 checkingText = kRowRead * walked;
    if (sorting <= checkingMatches && sorting <= checkingText)
        return SearchPageRead::SortMatches;
    return checkingText < checkingMatches ? SearchPageRead::WalkCheckingText
                                          : SearchPageRead::WalkCheckingMatches;
}

QList<Job> JobRepository::plannedFor(qint64 technicianId, const QString &from, const QString &to)
{
    return select(QStringLiteral("j.technician_id = ? AND j.status <> 'cancelled' AND "
                                 "j.planned_start < ? AND j.planned_start >= ? AND "
                                 "j.planned_end > ?"),
                  {technicianId, to, plannedLookback(from), from},
                  QStringLiteral(" ORDER BY j.planned_start, j.id"));
}

QList<Job> JobRepository::bookingsOf(qint64 technicianId, const QString &from, const QString &to)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, title, status, planned_start, planned_end FROM jobs "
                              "WHERE technician_id = ? AND status <> 'cancelled' AND "
                              "planned_start < ? AND planned_start >= ? AND planned_end > ? "
                              "ORDER BY planned_start, id"));
    q.bind(technicianId).bind(to).bind(plannedLookback(from)).bind(from).exec();
    QList<Job> jobs;
    while (q.next()) {
        Job j;
        j.id = q.integer(0);
        j.title = q.text(1);
        j.status = jobStatusFromName(q.text(2)).value_or(JobStatus::New);
        j.technicianId = technicianId;
        j.plannedStart = q.text(3);
        j.plannedEnd = q.text(4);
        jobs.append(j);
    }
    return jobs;
}

QList<Job> JobRepository::overlapping(qint64 tenantId,
                                      const QList<qint64> &locationIds,
                                      const QString &from,
                                      const QString &to)
{
    QList<Job> jobs;
    for (SqlFilter &leg : overlapConditions(tenantId, from, to)) {
        leg.whereIn(QStringLiteral("j.location_id"), locationIds);
        jobs += select(leg.conditions(), leg.values(), {});
    }
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    return jobs;
}

namespace {

// The stored columns of a job's fields, derived ones included (the calendar span), in one
// order for writing a new row and for comparing two versions. The folded search text is
// derived too but only computed where it is written (folding is not free).
QList<std::pair<QLatin1String, QVariant>> storedColumns(const Job &job)
{
    return {
        {QLatin1String("location_id"), job.locationId},
        {QLatin1String("title"), job.title},
        {QLatin1String("customer_id"), nullableId(job.customerId)},
        {QLatin1String("address_id"), nullableId(job.addressId)},
        {QLatin1String("address"), job.address},
        {QLatin1String("latitude"), nullableDouble(job.latitude)},
        {QLatin1String("longitude"), nullableDouble(job.longitude)},
        {QLatin1String("service_id"), nullableId(job.serviceId)},
        {QLatin1String("priority"), job.priority},
        {QLatin1String("duration_min"), job.durationMin},
        {QLatin1String("window_start"), nullableText(job.windowStart)},
        {QLatin1String("window_end"), nullableText(job.windowEnd)},
        {QLatin1String("status"), jobStatusName(job.status)},
        {QLatin1String("at_risk"), job.atRisk ? 1 : 0},
        {QLatin1String("at_risk_reason"), job.atRiskReason},
        {QLatin1String("technician_id"), nullableId(job.technicianId)},
        {QLatin1String("planned_start"), nullableText(job.plannedStart)},
        {QLatin1String("planned_end"), nullableText(job.plannedEnd)},
        {QLatin1String("span_start"), nullableText(JobRepository::spanOf(job).start)},
        {QLatin1String("span_end"), nullableText(JobRepository::spanOf(job).end)},
        {QLatin1String("span_length_s"), spanLengthSeconds(job)},
        {QLatin1String("span_class"), spanClassOf(spanLengthSeconds(job))},
        {QLatin1String("notes"), job.notes},
        {QLatin1String("series_id"), nullableId(job.seriesId)},
        {QLatin1String("occurrence_date"), nullableText(job.occurrenceDate)},
        {QLatin1String("series_exception"), job.seriesException ? 1 : 0},
    };
}

// A new row: the job's columns, its search text and what only an insert sets.
struct NewJobRow
{
    QStringList columns;
    QVariantList values;
};

NewJobRow newJobRow(qint64 tenantId, const Job &job, std::optional<qint64> apiKeyId)
{
    NewJobRow row;
    row.columns << QStringLiteral("tenant_id");
    row.values << tenantId;
    for (const auto &[column, value] : storedColumns(job)) {
        row.columns << column;
        row.values << value;
    }
    row.columns << QStringLiteral("search_text") << QStringLiteral("api_key_id")
                << QStringLiteral("version") << QStringLiteral("created_at")
                << QStringLiteral("updated_at");
    row.values << jobSearchText(job) << nullableId(apiKeyId) << job.version << job.createdAt
               << job.updatedAt;
    return row;
}

} // namespace

Job JobRepository::insert(qint64 tenantId,
                          Job job,
                          const QList<qint64> &skillIds,
                          std::optional<qint64> apiKeyId)
{
    job.createdAt = job.updatedAt = nowTimestamp();
    job.version = 1;
    const NewJobRow row = newJobRow(tenantId, job, apiKeyId);
    const QStringList marks(row.columns.size(), QStringLiteral("?"));
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO jobs (%1) VALUES (%2) RETURNING id")
                   .arg(row.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant &value : row.values)
        q.bind(value);
    q.exec();
    q.next();
    job.id = q.integer(0);
    noteSpanLength(tenantId, spanLengthSeconds(job));
    replaceSkills(job.id, skillIds);
    return job;
}

QList<qint64>
JobRepository::insertMany(qint64 tenantId, const QList<Job> &jobs, BatchedTransaction &tx)
{
    if (jobs.isEmpty())
        return {};
    // The bound first, raised once for all: rows are committed batch by batch, and no row may
    // ever be stored longer than its tenant's bound.
    qint64 longest = 0;
    for (const Job &job : jobs)
        longest = std::max(longest, spanLengthSeconds(job).toLongLong());
    noteSpanLength(tenantId, longest);
    BulkInsert rows(m_db, tx, QStringLiteral("jobs"), newJobRow(tenantId, jobs.first(), {}).columns,
                    true);
    for (const Job &job : jobs)
        rows.add(newJobRow(tenantId, job, {}).values);
    rows.finish();
    return rows.ids();
}

bool JobRepository::update(qint64 tenantId, const Job &before, const Job &after)
{
    // Only the columns that change are written: an index (or foreign key) whose columns
    // stay as they are is not touched, which is most of them for an assignment.
    const QList<std::pair<QLatin1String, QVariant>> old = storedColumns(before);
    const QList<std::pair<QLatin1String, QVariant>> now = storedColumns(after);
    QString sql = QStringLiteral("UPDATE jobs SET version = ?, updated_at = ?");
    QVariantList values{after.version, after.updatedAt};
    std::optional<QVariant> longerSpan;
    for (qsizetype i = 0; i < now.size(); ++i) {
        const QVariant &a = now.at(i).second;
        const QVariant &b = old.at(i).second;
        if (a.isNull() == b.isNull() && a == b) // Qt 6: NULL == 0.0 unless asked
            continue;
        sql += QStringLiteral(", ") + now.at(i).first + QStringLiteral(" = ?");
        values.append(now.at(i).second);
        // The tenant's bound already covers the old span; only a longer one can pass it.
        if (now.at(i).first == QLatin1String("span_length_s") && !a.isNull() &&
            (b.isNull() || a.toLongLong() > b.toLongLong()))
            longerSpan = a;
    }
    // The folded search text only when what it is made of changed (folding is not free).
    if (before.title != after.title || before.customerName != after.customerName ||
        before.address != after.address || before.notes != after.notes) {
        sql += QStringLiteral(", search_text = ?");
        values.append(jobSearchText(after));
    }
    sql += QStringLiteral(" WHERE tenant_id = ? AND id = ? AND version = ?");
    SqlQuery q(m_db, sql);
    for (const QVariant &value : std::as_const(values))
        q.bind(value);
    q.bind(tenantId).bind(after.id).bind(before.version).exec();
    if (q.rowsAffected() != 1)
        return false;
    if (longerSpan)
        noteSpanLength(tenantId, *longerSpan);
    return true;
}

void JobRepository::replaceSkills(qint64 jobId, const QList<qint64> &skillIds)
{
    SkillRepository(m_db).replaceLinks(SkillOwner::Job, jobId, skillIds);
}

void JobRepository::refreshSearchTextOfCustomer(qint64 tenantId,
                                                qint64 customerId,
                                                const QString &customerName)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, title, address, notes FROM jobs WHERE tenant_id = ? "
                              "AND customer_id = ?"));
    q.bind(tenantId).bind(customerId).exec();
    QList<std::pair<qint64, QString>> texts;
    while (q.next()) {
        Job j;
        j.title = q.text(1);
        j.customerName = customerName;
        j.address = q.text(2);
        j.notes = q.text(3);
        texts.append({q.integer(0), jobSearchText(j)});
    }
    for (const auto &[id, text] : texts) {
        SqlQuery u(m_db, QStringLiteral("UPDATE jobs SET search_text = ? WHERE id = ?"));
        u.bind(text).bind(id).exec();
    }
}

} // namespace fielddesk::server
