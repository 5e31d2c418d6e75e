#include "fielddesk/domain/timestamps.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/assignmentservice.h"
#include "services/jobservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

constexpr int kMaxBatchOperations = 200;

QList<FieldSpec> jobFields()
{
    return {{QStringLiteral("title"), FieldType::String, true, false, {}, {}, 1, 200},
            {QStringLiteral("location_id"), FieldType::Integer, false, false, 1},
            {QStringLiteral("customer_id"), FieldType::Integer, false, true, 1},
            {QStringLiteral("address_id"), FieldType::Integer, false, true, 1},
            {QStringLiteral("address"), FieldType::String, false, false, {}, {}, 0, 500},
            {QStringLiteral("latitude"), FieldType::Number, false, true, -90, 90},
            {QStringLiteral("longitude"), FieldType::Number, false, true, -180, 180},
            {QStringLiteral("service_id"), FieldType::Integer, false, true, 1},
            {QStringLiteral("required_skills"), FieldType::StringList, false, false, {}, {}, 0, 20},
            {QStringLiteral("priority"), FieldType::Integer, false, false, 1, 5},
            {QStringLiteral("duration_min"), FieldType::Integer, false, false, 5, 24 * 60},
            {QStringLiteral("window_start"), FieldType::Timestamp, false, true},
            {QStringLiteral("window_end"), FieldType::Timestamp, false, true},
            {QStringLiteral("notes"), FieldType::String, false, false, {}, {}, 0, 4000}};
}

const BodySchema kJob{QStringLiteral("JobCreate"), jobFields()};

const BodySchema kJobUpdate = [] {
    BodySchema schema{QStringLiteral("JobUpdate"), jobFields()};
    schema.fields.append({QStringLiteral("expected_version"), FieldType::Integer, false, false, 1});
    schema.fields.append({QStringLiteral("at_risk"), FieldType::Boolean, false, false});
    schema.fields.append(
        {QStringLiteral("at_risk_reason"), FieldType::String, false, false, {}, {}, 0, 500});
    return schema;
}();

const BodySchema kAssign{QStringLiteral("Assign"),
                         {{QStringLiteral("technician_id"), FieldType::Integer, true, false, 1},
                          {QStringLiteral("planned_start"), FieldType::Timestamp, true, false},
                          {QStringLiteral("expected_version"), FieldType::Integer, true, false, 1},
                          {QStringLiteral("force"),
                           FieldType::Boolean,
                           false,
                           false,
                           {},
                           {},
                           0,
                           0,
                           {},
                           QStringLiteral("assign despite warnings")}}};

const BodySchema kUnassign{
    QStringLiteral("Unassign"),
    {{QStringLiteral("expected_version"), FieldType::Integer, true, false, 1}}};

const BodySchema kStatus{
    QStringLiteral("StatusChange"),
    {{QStringLiteral("status"), FieldType::Enum, true, false, {}, {}, 0, 0, allJobStatusNames()},
     {QStringLiteral("expected_version"), FieldType::Integer, false, false, 1}}};

const BodySchema kCancel{
    QStringLiteral("Cancel"),
    {{QStringLiteral("reason"), FieldType::String, false, false, {}, {}, 0, 500},
     {QStringLiteral("expected_version"), FieldType::Integer, false, false, 1}}};

const BodySchema kBatch{QStringLiteral("AssignmentBatch"),
                        {{QStringLiteral("operations"),
                          FieldType::ObjectList,
                          true,
                          false,
                          {},
                          {},
                          1,
                          kMaxBatchOperations,
                          {},
                          QStringLiteral("[{job_id, action: assign|unassign, technician_id?, "
                                         "planned_start?, expected_version, force?}]")}}};

const BodySchema kBatchOperation{
    QStringLiteral("AssignmentOperation"),
    {{QStringLiteral("job_id"), FieldType::Integer, true, false, 1},
     {QStringLiteral("action"),
      FieldType::Enum,
      true,
      false,
      {},
      {},
      0,
      0,
      {QStringLiteral("assign"), QStringLiteral("unassign")}},
     {QStringLiteral("technician_id"), FieldType::Integer, false, false, 1},
     {QStringLiteral("planned_start"), FieldType::Timestamp, false, false},
     {QStringLiteral("expected_version"), FieldType::Integer, true, false, 1},
     {QStringLiteral("force"), FieldType::Boolean, false, false}}};

AssignmentRequest assignmentFrom(qint64 jobId, const QJsonObject &body, bool assign)
{
    AssignmentRequest request;
    request.jobId = jobId;
    request.assign = assign;
    request.technicianId = body.value(QLatin1String("technician_id")).toInteger();
    request.plannedStart = body.value(QLatin1String("planned_start")).toString();
    request.expectedVersion = body.value(QLatin1String("expected_version")).toInteger();
    request.force = body.value(QLatin1String("force")).toBool();
    return request;
}

// The operations of a batch, each checked like a single request; 422 naming the index.
Result<QList<AssignmentRequest>> batchFrom(const QJsonObject &body)
{
    QList<AssignmentRequest> requests;
    const QJsonArray operations = body.value(QLatin1String("operations")).toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QByteArray json = QJsonDocument(operations.at(i).toObject()).toJson();
        const Result<QJsonObject> op = validateBody(json, kBatchOperation, WriteMode::Create);
        const QString prefix = QStringLiteral("operations[%1].").arg(i);
        if (!op) {
            Failure p = op.failure();
            for (FieldError &e : p.errors)
                e.field.prepend(prefix);
            return p;
        }
        const bool assign =
            op->value(QLatin1String("action")).toString() == QLatin1String("assign");
        for (const char *key : {"technician_id", "planned_start"}) {
            if (assign && !op->contains(QLatin1String(key)))
                return Failure::validation(prefix + QLatin1String(key),
                                           QStringLiteral("is required to assign"));
        }
        requests.append(
            assignmentFrom(op->value(QLatin1String("job_id")).toInteger(), *op, assign));
    }
    return requests;
}

ApiResponse outcomesResponse(const Result<QList<AssignmentOutcome>> &outcomes)
{
    if (!outcomes)
        return problemResponse(outcomes.failure());
    JsonWriter w(1024 * (outcomes->size() + 1));
    w.beginObject().key("results").beginArray();
    for (const AssignmentOutcome &o : *outcomes)
        o.writeJson(w);
    w.endArray().endObject();
    return ApiResponse::json(w.take());
}

} // namespace

void registerJobRoutes(Router &router, const Services &services)
{
    JobService &jobs = services.jobs;
    AssignmentService &assignments = services.assignments;
    const QString tag = QStringLiteral("Jobs");
    router.add({"GET",
                QStringLiteral("/api/v1/jobs"),
                Access::Authenticated,
                {},
                [&jobs](const ApiRequest &r) {
                    return withListQuery(r, JobRepository::listSpec(), [&](const ListQuery &q) {
                        return jobs.list(r.caller(), q);
                    });
                },
                {QStringLiteral("Jobs the caller may see; also skill=, unassigned=true, "
                                "date=YYYY-MM-DD, from=, to="),
                 tag, nullptr, &JobRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/jobs"),
                Access::AuthenticatedOrCustomerKey,
                kDispatchRoles,
                [&jobs](const ApiRequest &r) {
                    return withBody(r, kJob, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(jobs.create(callContext(r), b), 201);
                    });
                },
                {QStringLiteral("Create a job (or a customer's repair request)"), tag, &kJob,
                 nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/jobs/{id}"),
                Access::AuthenticatedOrCustomerKey,
                {},
                [&jobs](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(jobs.get(r.caller(), id)); });
                },
                {QStringLiteral("One job"), tag}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/jobs/{id}"),
         Access::Authenticated,
         kDispatchRoles,
         [&jobs](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kJobUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                     return respond(jobs.update(callContext(r), id, b));
                 });
             });
         },
         {QStringLiteral("Change a job (partial; expected_version checks)"), tag, &kJobUpdate}});
    router.add({"POST",
                QStringLiteral("/api/v1/jobs/{id}/status"),
                Access::Authenticated,
                {},
                [&jobs](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kStatus, WriteMode::Create, [&](const QJsonObject &b) {
                            return respond(jobs.changeStatus(callContext(r), id, b));
                        });
                    });
                },
                {QStringLiteral("Move a job along its lifecycle (409 names the allowed steps)"),
                 tag, &kStatus}});
    router.add({"POST",
                QStringLiteral("/api/v1/jobs/{id}/cancel"),
                Access::AuthenticatedOrCustomerKey,
                kDispatchRoles,
                [&jobs](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        // The body is optional: an empty one cancels without a reason.
                        const QByteArray body =
                            r.body.trimmed().isEmpty() ? QByteArray("{}") : r.body;
                        const Result<QJsonObject> b =
                            validateBody(body, kCancel, WriteMode::Create);
                        if (!b)
                            return problemResponse(b.failure());
                        return respond(jobs.cancel(callContext(r), id, *b));
                    });
                },
                {QStringLiteral("Cancel a job"), tag, &kCancel}});
    router.add({"POST",
                QStringLiteral("/api/v1/jobs/{id}/assign"),
                Access::Authenticated,
                kDispatchRoles,
                [&assignments](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kAssign, WriteMode::Create, [&](const QJsonObject &b) {
                            return respond(
                                assignments.apply(callContext(r), assignmentFrom(id, b, true)));
                        });
                    });
                },
                {QStringLiteral("Assign or reschedule (409: stale version, or warnings without "
                                "force)"),
                 tag, &kAssign}});
    router.add({"POST",
                QStringLiteral("/api/v1/jobs/{id}/unassign"),
                Access::Authenticated,
                kDispatchRoles,
                [&assignments](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kUnassign, WriteMode::Create, [&](const QJsonObject &b) {
                            return respond(
                                assignments.apply(callContext(r), assignmentFrom(id, b, false)));
                        });
                    });
                },
                {QStringLiteral("Take a job off its technician's day"), tag, &kUnassign}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/assignments/batch"),
         Access::Authenticated,
         kDispatchRoles,
         [&assignments](const ApiRequest &r) {
             return withBody(r, kBatch, WriteMode::Create, [&](const QJsonObject &b) {
                 const Result<QList<AssignmentRequest>> requests = batchFrom(b);
                 if (!requests)
                     return problemResponse(requests.failure());
                 return outcomesResponse(assignments.applyBatch(callContext(r), *requests));
             });
         },
         {QStringLiteral("Several assignments, all or nothing"), QStringLiteral("Jobs"), &kBatch},
         Lane::Slow}); // up to 200 operations, each with its checks
    router.add({"GET",
                QStringLiteral("/api/v1/jobs/{id}/history"),
                Access::Authenticated,
                kDispatchRoles,
                [&jobs](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withListQuery(
                            r, DispatchHistoryRepository::listSpec(),
                            [&](const ListQuery &q) { return jobs.history(r.caller(), id, q); });
                    });
                },
                {QStringLiteral("What happened to a job, newest first"), tag, nullptr,
                 &DispatchHistoryRepository::listSpec()}});
    router.add({"GET",
                QStringLiteral("/api/v1/dispatch-history"),
                Access::Authenticated,
                kDispatchRoles,
                [&jobs](const ApiRequest &r) {
                    return withListQuery(
                        r, DispatchHistoryRepository::listSpec(),
                        [&](const ListQuery &q) { return jobs.allHistory(r.caller(), q); });
                },
                {QStringLiteral("Dispatch history of the caller's locations; also "
                                "technician_id=, from=, to="),
                 tag, nullptr, &DispatchHistoryRepository::listSpec()}});
}

} // namespace fielddesk::server
