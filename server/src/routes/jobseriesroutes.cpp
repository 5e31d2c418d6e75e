#include "http/bodyreader.h"
#include "routes/apiroutes.h"
#include "routes/jobbody.h"
#include "routes/routesupport.h"
#include "services/jobseriesservice.h"

namespace fielddesk::server {

namespace {

constexpr int kMostWeekdays = 7;
constexpr int kMostCount = 1000;

const QStringList kNotTemplateFields{QStringLiteral("window_start"), QStringLiteral("window_end")};

QList<FieldSpec> seriesFieldSpecs(bool creating)
{
    QList<FieldSpec> fields;
    for (const FieldSpec &field : jobFieldSpecs()) {
        if (!kNotTemplateFields.contains(field.name))
            fields.append(field);
    }
    fields.append({.name = QStringLiteral("window_start_time"),
                   .type = FieldType::LocalTime,
                   .nullable = true,
                   .description = QStringLiteral("local wall-clock time, HH:MM")});
    fields.append({.name = QStringLiteral("window_end_time"),
                   .type = FieldType::LocalTime,
                   .nullable = true,
                   .description = QStringLiteral("local wall-clock time, HH:MM")});
    fields.append({.name = QStringLiteral("recurrence"),
                   .type = FieldType::Object,
                   .required = creating,
                   .description = QStringLiteral(
                       "{frequency: weekly|monthly, interval, weekdays [1=Mon..7=Sun], "
                       "month_day, nth (1..4, -1 = last), nth_weekday, starts_on, until, count}")});
    return fields;
}

const BodySchema kRecurrence{
    .name = QStringLiteral("Recurrence"),
    .fields = {{.name = QStringLiteral("frequency"),
                .type = FieldType::Enum,
                .required = true,
                .enumValues = {QStringLiteral("weekly"), QStringLiteral("monthly")}},
               {.name = QStringLiteral("interval"),
                .type = FieldType::Integer,
                .minimum = 1,
                .maximum = 99},
               {.name = QStringLiteral("weekdays"),
                .type = FieldType::IntegerList,
                .minimum = 1,
                .maximum = 7,
                .maxLength = kMostWeekdays},
               {.name = QStringLiteral("month_day"),
                .type = FieldType::Integer,
                .nullable = true,
                .minimum = 1,
                .maximum = 31},
               {.name = QStringLiteral("nth"),
                .type = FieldType::Integer,
                .nullable = true,
                .minimum = -1,
                .maximum = 4},
               {.name = QStringLiteral("nth_weekday"),
                .type = FieldType::Integer,
                .nullable = true,
                .minimum = 1,
                .maximum = 7},
               {.name = QStringLiteral("starts_on"),
                .required = true,
                .minLength = 10,
                .maxLength = 10,
                .description = QStringLiteral("YYYY-MM-DD")},
               {.name = QStringLiteral("until"),
                .nullable = true,
                .description = QStringLiteral("YYYY-MM-DD, the last possible date")},
               {.name = QStringLiteral("count"),
                .type = FieldType::Integer,
                .nullable = true,
                .minimum = 1,
                .maximum = kMostCount}}};

const BodySchema kSeries{.name = QStringLiteral("JobSeriesCreate"),
                         .fields = seriesFieldSpecs(true)};

const BodySchema kSeriesUpdate = [] {
    BodySchema schema{.name = QStringLiteral("JobSeriesUpdate"), .fields = seriesFieldSpecs(false)};
    schema.fields.append(expectedVersionSpec(false));
    schema.fields.append({.name = QStringLiteral("from_date"),
                          .description = QStringLiteral(
                              "YYYY-MM-DD: change this and the following occurrences (splits "
                              "the series); without it the whole series changes")});
    return schema;
}();

QList<int> weekdaysFrom(const QList<qint64> &days)
{
    QList<int> weekdays;
    for (const qint64 day : days)
        weekdays.append(int(day));
    return weekdays;
}

// The typed command of a series body; a 422 naming recurrence.<field> when the nested object
// is wrong.
Result<JobSeriesFields> seriesFieldsFrom(const QJsonObject &body, WriteMode mode)
{
    const BodyReader read(body);
    JobSeriesFields fields{.job = jobFieldsFrom(body),
                           .windowStartTime = read.nullableText("window_start_time"),
                           .windowEndTime = read.nullableText("window_end_time"),
                           .recurrence = std::nullopt};
    if (const Patch<QJsonObject> object = read.object("recurrence")) {
        const Result<QJsonObject> checked =
            validateNested(*object, kRecurrence, QStringLiteral("recurrence."), mode);
        if (!checked)
            return checked.failure();
        const BodyReader r(*checked);
        const Patch<QList<qint64>> weekdays = r.integers("weekdays");
        fields.recurrence = RecurrencePatch{
            .frequency = r.text("frequency"),
            .interval = r.smallInteger("interval"),
            .weekdays = weekdays ? Patch<QList<int>>(weekdaysFrom(*weekdays)) : std::nullopt,
            .monthDay = r.nullableSmallInteger("month_day"),
            .nth = r.nullableSmallInteger("nth"),
            .nthWeekday = r.nullableSmallInteger("nth_weekday"),
            .startsOn = r.text("starts_on"),
            .until = r.nullableText("until"),
            .count = r.nullableSmallInteger("count")};
    }
    return fields;
}

Result<JobSeriesUpdate> seriesUpdateFrom(const QJsonObject &body)
{
    const Result<JobSeriesFields> fields = seriesFieldsFrom(body, WriteMode::Update);
    if (!fields)
        return fields.failure();
    JobSeriesUpdate update{*fields, BodyReader(body).integer("expected_version"), std::nullopt};
    if (const Patch<QString> from = BodyReader(body).text("from_date")) {
        const QDate date = QDate::fromString(*from, Qt::ISODate);
        if (!date.isValid())
            return Failure::validation(QStringLiteral("from_date"),
                                       QStringLiteral("must be a date as YYYY-MM-DD"));
        update.fromDate = date;
    }
    return update;
}

} // namespace

void registerJobSeriesRoutes(Router &router, const Services &services)
{
    JobSeriesService &series = services.jobSeries;
    const QString tag = QStringLiteral("Job series");
    router.add({"GET",
                QStringLiteral("/api/v1/job-series"),
                Access::Authenticated,
                kDispatchRoles,
                [&series](const ApiRequest &r) {
                    return withListQuery(
                        r, JobSeriesRepository::listSpec(),
                        [&](const ListQuery &q) { return series.list(r.caller(), q); });
                },
                {QStringLiteral("Recurring job series of the caller's locations"), tag, nullptr,
                 &JobSeriesRepository::listSpec()}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/job-series"),
         Access::Authenticated,
         kDispatchRoles,
         [&series](const ApiRequest &r) {
             return withBody(r, kSeries, WriteMode::Create, [&](const QJsonObject &b) {
                 const Result<JobSeriesFields> fields = seriesFieldsFrom(b, WriteMode::Create);
                 if (!fields)
                     return problemResponse(fields.failure());
                 return respond(series.create(callContext(r), *fields), 201);
             });
         },
         {QStringLiteral("Create a recurring series; its occurrences (jobs with series_id) are "
                         "made up to the horizon"),
          tag, &kSeries, nullptr, 201},
         Lane::Slow}); // makes weeks of jobs
    router.add({"GET",
                QStringLiteral("/api/v1/job-series/{id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&series](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(series.get(r.caller(), id)); });
                },
                {QStringLiteral("One series, with its next dates"), tag}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/job-series/{id}"),
         Access::Authenticated,
         kDispatchRoles,
         [&series](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kSeriesUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                     const Result<JobSeriesUpdate> update = seriesUpdateFrom(b);
                     if (!update)
                         return problemResponse(update.failure());
                     return respond(series.update(callContext(r), id, *update),
                                    update->fromDate ? 201 : 200);
                 });
             });
         },
         {QStringLiteral("Change the whole series, or with from_date this and the following "
                         "occurrences (a new series, 201); answers {series, previous_series, "
                         "created_jobs, updated_jobs, cancelled_jobs, kept_jobs}"),
          tag, &kSeriesUpdate},
         Lane::Slow});
    router.add({"DELETE",
                QStringLiteral("/api/v1/job-series/{id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&series](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(series.end(callContext(r), id));
                    });
                },
                {QStringLiteral("End the series: its future unassigned occurrences are "
                                "cancelled, the others kept; answers {series, cancelled_jobs, "
                                "kept_jobs}"),
                 tag},
                Lane::Slow});
}

} // namespace fielddesk::server
