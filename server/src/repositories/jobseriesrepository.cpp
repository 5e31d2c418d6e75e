#include "repositories/jobseriesrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

// A column of the series' recurrence (a member of JobSeries::recurrence).
template<typename V>
Column<JobSeries> recurrenceColumn(QString name, V Recurrence::*member)
{
    Column<JobSeries> c{std::move(name), ColumnWrite::Always, false, {}, {}};
    c.read = [member](JobSeries &row, const SqlQuery &q, int i) {
        columns::readInto(row.recurrence.*member, q, i);
    };
    c.value = [member](const JobSeries &row) { return columns::bindable(row.recurrence.*member); };
    return c;
}

QList<int> weekdaysFrom(const QString &text)
{
    QList<int> days;
    for (const QString &day : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        days.append(day.toInt());
    return days;
}

QString weekdaysText(const QList<int> &days)
{
    QStringList texts;
    for (const int day : days)
        texts << QString::number(day);
    return texts.join(QLatin1Char(','));
}

// Skill names never hold a line break.
QStringList skillsFrom(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString skillsText(const QStringList &skills)
{
    return skills.join(QLatin1Char('\n'));
}

const Table<JobSeries> &seriesTable()
{
    static const Table<JobSeries> table(
        QStringLiteral("job_series"),
        {column(QStringLiteral("id"), &JobSeries::id, ColumnWrite::Never),
         column(QStringLiteral("location_id"), &JobSeries::locationId),
         column(QStringLiteral("title"), &JobSeries::title),
         column(QStringLiteral("customer_id"), &JobSeries::customerId),
         column(QStringLiteral("address_id"), &JobSeries::addressId),
         column(QStringLiteral("address"), &JobSeries::address),
         column(QStringLiteral("latitude"), &JobSeries::latitude),
         column(QStringLiteral("longitude"), &JobSeries::longitude),
         column(QStringLiteral("service_id"), &JobSeries::serviceId),
         textColumn(QStringLiteral("required_skills"), &JobSeries::requiredSkills, skillsFrom,
                    skillsText),
         column(QStringLiteral("priority"), &JobSeries::priority),
         column(QStringLiteral("duration_min"), &JobSeries::durationMin),
         column(QStringLiteral("notes"), &JobSeries::notes),
         nullableTextColumn(QStringLiteral("window_start_time"), &JobSeries::windowStartTime),
         nullableTextColumn(QStringLiteral("window_end_time"), &JobSeries::windowEndTime),
         recurrenceColumn(QStringLiteral("frequency"), &Recurrence::frequency),
         recurrenceColumn(QStringLiteral("repeat_interval"), &Recurrence::interval),
         [] {
             Column<JobSeries> c{QStringLiteral("weekdays"), ColumnWrite::Always, false, {}, {}};
             c.read = [](JobSeries &row, const SqlQuery &q, int i) {
                 row.recurrence.weekdays = weekdaysFrom(q.text(i));
             };
             c.value = [](const JobSeries &row) {
                 return QVariant(weekdaysText(row.recurrence.weekdays));
             };
             return c;
         }(),
         recurrenceColumn(QStringLiteral("month_day"), &Recurrence::monthDay),
         recurrenceColumn(QStringLiteral("nth"), &Recurrence::nth),
         recurrenceColumn(QStringLiteral("nth_weekday"), &Recurrence::nthWeekday),
         recurrenceColumn(QStringLiteral("starts_on"), &Recurrence::startsOn),
         [] {
             Column<JobSeries> c{QStringLiteral("until"), ColumnWrite::Always, false, {}, {}};
             c.read = [](JobSeries &row, const SqlQuery &q, int i) {
                 row.recurrence.until = q.text(i);
             };
             c.value = [](const JobSeries &row) { return nullableText(row.recurrence.until); };
             return c;
         }(),
         recurrenceColumn(QStringLiteral("repeat_count"), &Recurrence::count),
         nullableTextColumn(QStringLiteral("materialised_until"), &JobSeries::materialisedUntil),
         nullableTextColumn(QStringLiteral("ended_on"), &JobSeries::endedOn),
         column(QStringLiteral("previous_series_id"), &JobSeries::previousSeriesId),
         column(QStringLiteral("version"), &JobSeries::version),
         column(QStringLiteral("created_at"), &JobSeries::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &JobSeries::updatedAt)});
    return table;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const ListSpec &JobSeriesRepository::listSpec()
{
    const Table<JobSeries> &table = seriesTable();
    static const ListSpec spec{
        table.orderable({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("starts_on"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")}),
        QStringLiteral("id"),
        {QStringLiteral("title"), QStringLiteral("address")},
        {table.filter(QStringLiteral("id"), FilterType::Integer, true),
         table.filter(QStringLiteral("location_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("customer_id"), FilterType::Integer, true)},
        {}};
    return spec;
}

std::optional<JobSeries> JobSeriesRepository::find(qint64 tenantId, qint64 id)
{
    return seriesTable().find(m_db, tenantId, id);
}

std::optional<JobSeries> JobSeriesRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    seriesTable().lockForUpdate(m_db, tenantId, id);
    return find(tenantId, id);
}

Page<JobSeries> JobSeriesRepository::list(qint64 tenantId,
                                          const std::optional<QList<qint64>> &visibleIds,
                                          const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (visibleIds)
        filter.whereIn(QStringLiteral("location_id"), *visibleIds);
    filter.apply(query, listSpec());
    return seriesTable().page(m_db, filter, query);
}

JobSeries JobSeriesRepository::insert(qint64 tenantId, JobSeries series)
{
    series.createdAt = series.updatedAt = nowTimestamp();
    series.version = 1;
    series.id = seriesTable().insert(m_db, series, {{QStringLiteral("tenant_id"), tenantId}});
    return series;
}

bool JobSeriesRepository::update(qint64 tenantId, JobSeries &series)
{
    const qint64 readVersion = series.version;
    series.version = readVersion + 1;
    series.updatedAt = nowTimestamp();
    return seriesTable().updateAtVersion(m_db, series, tenantId, readVersion);
}

void JobSeriesRepository::noteMaterialisedUntil(qint64 tenantId, qint64 id, const QDate &until)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE job_series SET materialised_until = ? WHERE "
                                    "tenant_id = ? AND id = ? AND (materialised_until IS NULL OR "
                                    "materialised_until < ?)"));
    q.bind(isoDate(until)).bind(tenantId).bind(id).bind(isoDate(until)).exec();
}

QList<RunningSeries> JobSeriesRepository::runningBehind(const QDate &until)
{
    SqlQuery q(m_db, QStringLiteral("SELECT tenant_id, id FROM job_series WHERE ended_on IS NULL "
                                    "AND (materialised_until IS NULL OR materialised_until < ?) "
                                    "ORDER BY id"));
    q.bind(isoDate(until)).exec();
    QList<RunningSeries> running;
    while (q.next())
        running.append({q.integer(0), q.integer(1)});
    return running;
}

QSet<QDate> JobSeriesRepository::occurrenceDates(qint64 seriesId,
                                                 std::optional<qint64> previousSeriesId,
                                                 const QDate &from)
{
    SqlQuery q(m_db, QStringLiteral("SELECT occurrence_date FROM jobs WHERE occurrence_date >= ? "
                                    "AND (series_id = ? OR (series_id = ? AND status <> ?))"));
    q.bind(isoDate(from))
        .bind(seriesId)
        .bind(nullableId(previousSeriesId))
        .bind(QStringLiteral("cancelled"))
        .exec();
    QSet<QDate> dates;
    while (q.next())
        dates.insert(QDate::fromString(q.text(0), Qt::ISODate));
    return dates;
}

QList<qint64>
JobSeriesRepository::occurrencesFrom(qint64 tenantId, qint64 seriesId, const QDate &from)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM jobs WHERE tenant_id = ? AND series_id = ? "
                                    "AND occurrence_date >= ? ORDER BY occurrence_date, id"));
    q.bind(tenantId).bind(seriesId).bind(isoDate(from)).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

} // namespace fielddesk::server
