#include "http/bodyreader.h"
#include "http/deferredanswer.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/routingservice.h"

#include <QJsonArray>

namespace fielddesk::server {

namespace {

constexpr int kDefaultSlots = 10;
constexpr int kMaxSlots = 50;

// The days of GET /routing/slots: one `date`, or a range `from`..`to` (both, at most
// SlotQuery::kMaxDays days), or neither (invalid dates: the job's own day).
Result<std::pair<QDate, QDate>> slotDays(const QUrlQuery &query)
{
    const auto day = [&](const char *name) -> Result<QDate> {
        const QString text = query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        if (text.isEmpty())
            return QDate();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return Failure::validation(QLatin1String(name),
                                       QStringLiteral("must be a date as YYYY-MM-DD"));
        return d;
    };
    const Result<QDate> date = day("date");
    const Result<QDate> from = day("from");
    const Result<QDate> to = day("to");
    for (const Result<QDate> *d : {&date, &from, &to}) {
        if (!*d)
            return d->failure();
    }
    if (date->isValid()) {
        if (from->isValid() || to->isValid())
            return Failure::validation(QStringLiteral("date"),
                                       QStringLiteral("give either date or from and to"));
        return std::pair(*date, *date);
    }
    if (from->isValid() != to->isValid())
        return Failure::validation(from->isValid() ? QStringLiteral("to") : QStringLiteral("from"),
                                   QStringLiteral("is needed with the other end of the range"));
    if (from->isValid() && *to < *from)
        return Failure::validation(QStringLiteral("to"), QStringLiteral("must not be before from"));
    if (from->isValid() && from->daysTo(*to) >= SlotQuery::kMaxDays)
        return Failure::validation(
            QStringLiteral("to"),
            QStringLiteral("must be at most %1 days from from").arg(SlotQuery::kMaxDays - 1));
    return std::pair(*from, *to);
}

const BodySchema kRoutingPlan{
    .name = QStringLiteral("RoutingPlan"),
    .fields = {idField(QStringLiteral("location_id"), Nullable::No, true),
               {.name = QStringLiteral("date"),
                .type = FieldType::Date,
                .required = true,
                .description = QStringLiteral("YYYY-MM-DD in the location's time zone")},
               {.name = QStringLiteral("technician_ids"), .type = FieldType::IdList},
               {.name = QStringLiteral("job_ids"), .type = FieldType::IdList},
               {.name = QStringLiteral("time_limit_s"),
                .type = FieldType::Number,
                .minimum = 0.1,
                .maximum = RoutingService::kMaxTimeLimitS}}};

const BodySchema kReplan{
    .name = QStringLiteral("RoutingReplanUnavailable"),
    .fields = {idField(QStringLiteral("technician_id"), Nullable::No, true),
               {.name = QStringLiteral("from"),
                .type = FieldType::Timestamp,
                .required = true,
                .description = QStringLiteral("when the technician stops being available")},
               {.name = QStringLiteral("to"),
                .type = FieldType::Timestamp,
                .required = true,
                .description = QStringLiteral("when they are back; the same day at their "
                                              "location")},
               {.name = QStringLiteral("time_limit_s"),
                .type = FieldType::Number,
                .minimum = 0.1,
                .maximum = RoutingService::kMaxTimeLimitS}}};

const BodySchema kApply{
    .name = QStringLiteral("RoutingApply"),
    .fields = {{.name = QStringLiteral("expected_versions"),
                .type = FieldType::Object,
                .description = QStringLiteral("{\"<job id>\": version} as the console saw them")}}};

// A body that kApply let through: the versions the console saw, by job id.
Result<RouteApplication> routeApplication(const QJsonObject &body)
{
    RouteApplication application;
    const QJsonObject versions =
        BodyReader(body).object("expected_versions").value_or(QJsonObject());
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        bool ok = false;
        const qint64 jobId = it.key().toLongLong(&ok);
        if (!ok || !it.value().isDouble())
            return Failure::validation(QStringLiteral("expected_versions"),
                                       QStringLiteral("maps job ids to versions"));
        application.expectedVersions.insert(jobId, it.value().toInteger());
    }
    return application;
}

ApiResponse rawJson(const Result<QByteArray> &result, int status = 200)
{
    return result ? ApiResponse::json(*result, status) : problemResponse(result.failure());
}

std::optional<QList<qint64>> idList(const QJsonObject &body, const char *key)
{
    if (!body.contains(QLatin1String(key)))
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue &v : body.value(QLatin1String(key)).toArray())
        ids << v.toInteger();
    return ids;
}

// A body that kRoutingPlan let through, as the service's command.
Result<PlanCommand> planCommand(const QJsonObject &body)
{
    PlanCommand command;
    command.scope.locationId = body.value(QLatin1String("location_id")).toInteger();
    command.scope.day = BodyReader(body).date("date").value_or(QDate());
    command.scope.technicianIds = idList(body, "technician_ids");
    command.scope.jobIds = idList(body, "job_ids");
    command.timeLimitS = body.value(QLatin1String("time_limit_s")).toDouble(command.timeLimitS);
    return command;
}

// The plan runs on the routing pool; the answer is written when it is done, and the client
// closing the connection first stops the engine.
ApiResponse startPlan(RoutingService &routing, const ApiRequest &request, const QJsonObject &body)
{
    const Result<PlanCommand> command = planCommand(body);
    if (!command)
        return problemResponse(command.failure());
    auto answer = std::make_shared<DeferredAnswer>();
    const Result<RoutingService::PlanStop> started =
        routing.plan(callContext(request), *command, [answer](const Result<QByteArray> &proposal) {
            answer->finish(rawJson(proposal, 201));
        });
    if (!started)
        return problemResponse(started.failure());
    answer->setCancel(*started);
    return ApiResponse::later(answer);
}

// The same deferred answer as a plan's: the proposal when the engine is done.
ApiResponse startReplan(RoutingService &routing, const ApiRequest &request, const QJsonObject &body)
{
    const BodyReader read(body);
    ReplanCommand command;
    command.technicianId = read.integer("technician_id").value_or(0);
    command.from = read.timestamp("from").value_or(QDateTime());
    command.to = read.timestamp("to").value_or(QDateTime());
    command.timeLimitS = read.number("time_limit_s").value_or(command.timeLimitS);
    auto answer = std::make_shared<DeferredAnswer>();
    const Result<RoutingService::PlanStop> started = routing.replanUnavailable(
        callContext(request), command,
        [answer](const Result<QByteArray> &proposal) { answer->finish(rawJson(proposal, 201)); });
    if (!started)
        return problemResponse(started.failure());
    answer->setCancel(*started);
    return ApiResponse::later(answer);
}

} // namespace

void registerRoutingRoutes(Router &router, const Services &services)
{
    RoutingService &routing = services.routing;
    const QString tag = QStringLiteral("Routing");
    router.add({"POST",
                QStringLiteral("/api/v1/routing/plan"),
                Access::Authenticated,
                kDispatchRoles,
                [&routing](const ApiRequest &r) {
                    return withBody(r, kRoutingPlan, WriteMode::Create,
                                    [&](const QJsonObject &b) { return startPlan(routing, r, b); });
                },
                {QStringLiteral("Plan a location's day; answers a proposal when the engine is "
                                "done (progress as routing.plan.progress.v1 events, with the "
                                "request's X-Request-Id), 409 /problems/cancelled if cancelled"),
                 tag, &kRoutingPlan, nullptr, 201},
                Lane::Slow}); // reads the whole day; the engine runs on the routing pool
    router.add({"POST",
                QStringLiteral("/api/v1/routing/replan-unavailable"),
                Access::Authenticated,
                kDispatchRoles,
                [&routing](const ApiRequest &r) {
                    return withBody(r, kReplan, WriteMode::Create, [&](const QJsonObject &b) {
                        return startReplan(routing, r, b);
                    });
                },
                {QStringLiteral("Re-plan a technician's jobs while they cannot work (from-to, "
                                "one day): a proposal as /routing/plan answers it, applied the "
                                "same way; everyone else's day stays as it is"),
                 tag, &kReplan, nullptr, 201},
                Lane::Slow});
    router.add({"POST",
                QStringLiteral("/api/v1/routing/plans/{request_id}/cancel"),
                Access::Authenticated,
                kDispatchRoles,
                [&routing](const ApiRequest &r) {
                    return respond(routing.cancelPlan(
                        r.caller(), r.pathParams.value(QStringLiteral("request_id"))));
                },
                {QStringLiteral("Stop a plan under way, named by the X-Request-Id it was sent "
                                "with; 404 when none is"),
                 tag, nullptr, nullptr, 204}});
    router.add({"GET",
                QStringLiteral("/api/v1/routing/proposals/{id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&routing](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return rawJson(routing.proposal(r.caller(), id));
                    });
                },
                {QStringLiteral("One routing proposal"), tag}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/routing/proposals/{id}/apply"),
         Access::Authenticated,
         kDispatchRoles,
         [&routing](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 const QByteArray body = r.body.trimmed().isEmpty() ? QByteArray("{}") : r.body;
                 const Result<QJsonObject> b = validateBody(body, kApply, WriteMode::Create);
                 if (!b)
                     return problemResponse(b.failure());
                 const Result<RouteApplication> application = routeApplication(*b);
                 if (!application)
                     return problemResponse(application.failure());
                 return rawJson(routing.apply(callContext(r), id, *application));
             });
         },
         {QStringLiteral("Apply a proposal: all or nothing, 409 if a job changed"), tag, &kApply},
         Lane::Slow}); // a whole day's moves
    router.add(
        {"GET",
         QStringLiteral("/api/v1/routing/slots"),
         Access::Authenticated,
         kDispatchRoles,
         [&routing](const ApiRequest &r) {
             bool ok = false;
             const qint64 jobId = r.query.queryItemValue(QStringLiteral("job_id")).toLongLong(&ok);
             if (!ok || jobId < 1)
                 return problemResponse(Failure::validation(
                     QStringLiteral("job_id"), QStringLiteral("is required (a job id)")));
             SlotQuery query;
             query.jobId = jobId;
             query.limit = kDefaultSlots;
             if (r.query.hasQueryItem(QStringLiteral("limit"))) {
                 query.limit = r.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                 if (!ok || query.limit < 1 || query.limit > kMaxSlots)
                     return problemResponse(Failure::validation(
                         QStringLiteral("limit"),
                         QStringLiteral("must be from 1 to %1").arg(kMaxSlots)));
             }
             const Result<std::pair<QDate, QDate>> days = slotDays(r.query);
             if (!days)
                 return problemResponse(days.failure());
             std::tie(query.from, query.to) = *days;
             return rawJson(routing.bestSlots(r.caller(), query));
         },
         {.summary = QStringLiteral("Best slots for one job (?job_id=&date=&limit=, or &from=&to= "
                                    "for a range of days, at most 14; a weather-sensitive job "
                                    "skips days at risk)"),
          .tag = tag,
          .query = {
              QueryParameter::integer("job_id", QStringLiteral("The job to place (required)")),
              QueryParameter::text(
                  "date", QStringLiteral("One day, YYYY-MM-DD (default: the job's own day)")),
              QueryParameter::text("from",
                                   QStringLiteral("First day of a range, YYYY-MM-DD (with to)")),
              QueryParameter::text("to",
                                   QStringLiteral("Last day of a range, YYYY-MM-DD (with from)")),
              QueryParameter::integer("limit",
                                      QStringLiteral("How many slots, 1 to %1 (default %2)")
                                          .arg(kMaxSlots)
                                          .arg(kDefaultSlots))}}});
}

} // namespace fielddesk::server
