#include "fielddesk/domain/timestamps.h"
#include "http/bodyreader.h"
#include "routes/apiroutes.h"
#include "routes/jobbody.h"
#include "routes/routesupport.h"
#include "services/assignmentservice.h"
#include "services/jobservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

constexpr int kMaxBatchOperations = 200;

const BodySchema kJob{.name = QStringLiteral("JobCreate"), .fields = jobFieldSpecs()};

const BodySchema kJobUpdate = [] {
    BodySchema schema{.name = QStringLiteral("JobUpdate"), .fields = jobFieldSpecs()};
    schema.fields.append(expectedVersionSpec(false));
    schema.fields.append({.name = QStringLiteral("at_risk"), .type = FieldType::Boolean});
    schema.fields.append({.name = QStringLiteral("at_risk_reason"), .maxLength = 500});
    return schema;
}();

const FieldSpec kForceSpec{.name = QStringLiteral("force"),
                           .type = FieldType::Boolean,
                           .description = QStringLiteral("assign despite warnings")};

const BodySchema kAssign{
    .name = QStringLiteral("Assign"),
    .fields = {
        {.name = QStringLiteral("technician_id"),
         .type = FieldType::Integer,
         .required = true,
         .minimum = 1},
        {.name = QStringLiteral("planned_start"), .type = FieldType::Timestamp, .required = true},
        expectedVersionSpec(true),
        kForceSpec}};

const BodySchema kUnassign{.name = QStringLiteral("Unassign"),
                           .fields = {expectedVersionSpec(true)}};

const BodySchema kStatus{.name = QStringLiteral("StatusChange"),
                         .fields = {{.name = QStringLiteral("status"),
                                     .type = FieldType::Enum,
                                     .required = true,
                                     .enumValues = allJobStatusNames()},
                                    expectedVersionSpec(false)}};

const BodySchema kCancel{
    .name = QStringLiteral("Cancel"),
    .fields = {{.name = QStringLiteral("reason"), .maxLength = 500}, expectedVersionSpec(false)}};

const BodySchema kJobBatch{
    .name = QStringLiteral("AssignmentBatch"),
    .fields = {{.name = QStringLiteral("operations"),
                .type = FieldType::ObjectList,
                .required = true,
                .minLength = 1,
                .maxLength = kMaxBatchOperations,
                .description = QStringLiteral("[{job_id, action: assign|unassign, technician_id?, "
                                              "planned_start?, expected_version, force?}]")}}};

const BodySchema kBatchOperation{
    .name = QStringLiteral("AssignmentOperation"),
    .fields = {idField(QStringLiteral("job_id"), Nullable::No, true),
               {.name = QStringLiteral("action"),
                .type = FieldType::Enum,
                .required = true,
                .enumValues = {QStringLiteral("assign"), QStringLiteral("unassign")}},
               idField(QStringLiteral("technician_id")),
               {.name = QStringLiteral("planned_start"), .type = FieldType::Timestamp},
               expectedVersionSpec(true),
               {.name = QStringLiteral("force"), .type = FieldType::Boolean}}};

AssignmentRequest assignmentFrom(qint64 jobId, const QJsonObject &body, bool assign)
{
    const BodyReader read(body);
    return {.jobId = jobId,
            .assign = assign,
            .technicianId = read.integer("technician_id").value_or(0),
            .plannedStart = read.timestamp("planned_start").value_or(QDateTime()),
            .expectedVersion = read.integer("expected_version").value_or(0),
            .force = read.boolean("force").value_or(false)};
}

// The operations of a batch, each checked like a single request; 422 naming the index.
Result<QList<AssignmentRequest>> batchFrom(const QJsonObject &body)
{
    QList<AssignmentRequest> requests;
    const QList<QJsonObject> operations =
        BodyReader(body).objects("operations").value_or(QList<QJsonObject>());
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QByteArray json = QJsonDocument(operations.at(i)).toJson();
        const Result<QJsonObject> op = validateBody(json, kBatchOperation, WriteMode::Create);
        const QString prefix = QStringLiteral("operations[%1].").arg(i);
        if (!op) {
            Failure p = op.failure();
            for (FieldError &e : p.errors)
                e.field.prepend(prefix);
            return p;
        }
        const bool assign = BodyReader(*op).text("action") == QStringLiteral("assign");
        for (const char *key : {"technician_id", "planned_start"}) {
            if (assign && !op->contains(QLatin1String(key)))
                return Failure::validation(prefix + QLatin1String(key),
                                           QStringLiteral("is required to assign"));
        }
        requests.append(assignmentFrom(BodyReader(*op).integer("job_id").value_or(0), *op, assign));
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
                        return respond(jobs.create(callContext(r), jobFieldsFrom(b)), 201);
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
                     return respond(jobs.update(
                         callContext(r), id,
                         {jobFieldsFrom(b), BodyReader(b).integer("expected_version")}));
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
                            const BodyReader read(b);
                            return respond(jobs.changeStatus(
                                callContext(r), id,
                                {jobStatusFromName(read.text("status").value_or(QString()))
                                     .value_or(JobStatus::New),
                                 read.integer("expected_version")}));
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
                        const BodyReader read(*b);
                        return respond(jobs.cancel(callContext(r), id,
                                                   {read.trimmedText("reason").value_or(QString()),
                                                    read.integer("expected_version")}));
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
    router.add({"POST",
                QStringLiteral("/api/v1/assignments/batch"),
                Access::Authenticated,
                kDispatchRoles,
                [&assignments](const ApiRequest &r) {
                    return withBody(r, kJobBatch, WriteMode::Create, [&](const QJsonObject &b) {
                        const Result<QList<AssignmentRequest>> requests = batchFrom(b);
                        if (!requests)
                            return problemResponse(requests.failure());
                        return outcomesResponse(assignments.applyBatch(callContext(r), *requests));
                    });
                },
                {QStringLiteral("Several assignments, all or nothing"), QStringLiteral("Jobs"),
                 &kJobBatch},
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
