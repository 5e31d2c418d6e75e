#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/routingservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kDispatchRoles{Role::Admin, Role::Manager, Role::Dispatcher};
constexpr int kDefaultSlots = 10;
constexpr int kMaxSlots = 50;

const BodySchema kPlan{QStringLiteral("RoutingPlan"),
                       {{QStringLiteral("location_id"), FieldType::Integer, true, false, 1},
                        {QStringLiteral("date"),
                         FieldType::String,
                         true,
                         false,
                         {},
                         {},
                         10,
                         10,
                         {},
                         QStringLiteral("YYYY-MM-DD in the location's time zone")},
                        {QStringLiteral("technician_ids"), FieldType::IdList, false, false},
                        {QStringLiteral("job_ids"), FieldType::IdList, false, false},
                        {QStringLiteral("time_limit_s"), FieldType::Number, false, false, 0.1,
                         RoutingService::kMaxTimeLimitS}}};

const BodySchema kApply{QStringLiteral("RoutingApply"),
                        {{QStringLiteral("expected_versions"),
                          FieldType::Object,
                          false,
                          false,
                          {},
                          {},
                          0,
                          0,
                          {},
                          QStringLiteral("{\"<job id>\": version} as the console saw them")}}};

ApiResponse rawJson(const Result<QByteArray> &result, int status = 200)
{
    return result ? ApiResponse::json(*result, status) : problemResponse(result.problem());
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
                    return withBody(r, kPlan, WriteMode::Create, [&](const QJsonObject &b) {
                        return rawJson(routing.plan(callContext(r), b), 201);
                    });
                },
                {QStringLiteral("Plan a location's day; answers a proposal (progress as "
                                "routing.plan.progress.v1 events)"),
                 tag, &kPlan, nullptr, 201},
                Lane::Slow}); // waits for the planner's time limit
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
                     return problemResponse(b.problem());
                 return rawJson(routing.apply(callContext(r), id, *b));
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
                 return problemResponse(Problem::validation(
                     QStringLiteral("job_id"), QStringLiteral("is required (a job id)")));
             int limit = kDefaultSlots;
             if (r.query.hasQueryItem(QStringLiteral("limit"))) {
                 limit = r.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                 if (!ok || limit < 1 || limit > kMaxSlots)
                     return problemResponse(Problem::validation(
                         QStringLiteral("limit"),
                         QStringLiteral("must be from 1 to %1").arg(kMaxSlots)));
             }
             for (const auto &item : r.query.queryItems()) {
                 if (item.first != QLatin1String("job_id") && item.first != QLatin1String("date") &&
                     item.first != QLatin1String("limit"))
                     return problemResponse(Problem::validation(
                         item.first, QStringLiteral("is not a known parameter")));
             }
             return rawJson(routing.bestSlots(
                 r.caller(), jobId,
                 r.query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded), limit));
         },
         {QStringLiteral("Best slots for one job (?job_id=&date=&limit=)"), tag}});
}

} // namespace fielddesk::server
