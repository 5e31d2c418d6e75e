#include "fielddesk/board/assignmentclient.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>

namespace fielddesk::board {

namespace {

const QLatin1String kVersionConflict("/problems/version-conflict");
const QLatin1String kAssignmentWarnings("/problems/assignment-warnings");
constexpr int kConflictStatus = 409;

bool isProblem(const client::ApiError &error, QLatin1String type)
{
    return error.status == kConflictStatus && error.type.endsWith(type);
}

QString jobPath(qint64 jobId, const char *action = nullptr)
{
    QString path = QStringLiteral("/api/v1/jobs/%1").arg(jobId);
    if (action)
        path += QLatin1Char('/') + QLatin1String(action);
    return path;
}

} // namespace

AssignmentClient::AssignmentClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void AssignmentClient::place(qint64 jobId,
                             const JobPlacement &to,
                             qint64 expectedVersion,
                             bool force,
                             QObject *context,
                             Callback callback)
{
    QJsonObject body{{QStringLiteral("expected_version"), expectedVersion}};
    QString path;
    if (to.isAssigned()) {
        path = jobPath(jobId, "assign");
        body.insert(QStringLiteral("technician_id"), *to.technicianId);
        body.insert(QStringLiteral("planned_start"), to.plannedStart);
        if (force)
            body.insert(QStringLiteral("force"), true);
    } else {
        path = jobPath(jobId, "unassign");
    }
    const QPointer<QObject> guard(context);
    m_api->post(
        path, body, context,
        [this, jobId, guard, callback = std::move(callback)](const client::ApiResponse &response) {
            AssignmentOutcome outcome;
            if (response.ok()) {
                outcome.kind = AssignmentOutcome::Kind::Settled;
                outcome.job = Job::fromJson(response.json.value(QLatin1String("job")).toObject());
                for (const QJsonValue &w :
                     response.json.value(QLatin1String("warnings")).toArray()) {
                    const QJsonObject o = w.toObject();
                    AssignmentWarning warning;
                    warning.code = o.value(QLatin1String("code")).toString();
                    warning.message = o.value(QLatin1String("message")).toString();
                    outcome.warnings << warning;
                }
                callback(outcome);
                return;
            }
            const client::ApiError &error = *response.error;
            if (isProblem(error, kVersionConflict)) {
                explainConflict(jobId, error.problem, guard, callback);
                return;
            }
            if (isProblem(error, kAssignmentWarnings)) {
                outcome.kind = AssignmentOutcome::Kind::NeedsConfirmation;
                outcome.warnings = warningsFrom(error);
                outcome.message = error.title;
            } else if (error.status == kConflictStatus ||
                       (error.status >= 400 && error.status < 500)) {
                outcome.kind = AssignmentOutcome::Kind::Refused;
                outcome.message = error.message();
            } else {
                outcome.kind = AssignmentOutcome::Kind::Failed;
                outcome.message = error.message();
            }
            callback(outcome);
        });
}

void AssignmentClient::placeBatch(const QList<BatchPlacement> &placements,
                                  QObject *context,
                                  BatchCallback callback)
{
    QJsonArray operations;
    for (const BatchPlacement &p : placements) {
        QJsonObject operation{{QStringLiteral("job_id"), p.jobId},
                              {QStringLiteral("expected_version"), p.expectedVersion}};
        if (p.to.isAssigned()) {
            operation.insert(QStringLiteral("action"), QStringLiteral("assign"));
            operation.insert(QStringLiteral("technician_id"), *p.to.technicianId);
            operation.insert(QStringLiteral("planned_start"), p.to.plannedStart);
            if (p.force)
                operation.insert(QStringLiteral("force"), true);
        } else {
            operation.insert(QStringLiteral("action"), QStringLiteral("unassign"));
        }
        operations.append(operation);
    }
    m_api->post(QStringLiteral("/api/v1/assignments/batch"),
                QJsonObject{{QStringLiteral("operations"), operations}}, context,
                [callback = std::move(callback)](const client::ApiResponse &response) {
                    if (!response.ok()) {
                        callback(batchFailure(*response.error));
                        return;
                    }
                    BatchOutcome outcome;
                    outcome.kind = AssignmentOutcome::Kind::Settled;
                    outcome.jobs = jobsOfResults(response.json);
                    callback(outcome);
                });
}

QList<Job> AssignmentClient::jobsOfResults(const QJsonObject &answer)
{
    QList<Job> jobs;
    for (const QJsonValue &value : answer.value(QLatin1String("results")).toArray())
        jobs << Job::fromJson(value.toObject().value(QLatin1String("job")).toObject());
    return jobs;
}

BatchOutcome AssignmentClient::batchFailure(const client::ApiError &error)
{
    BatchOutcome outcome;
    outcome.message = error.message();
    if (isProblem(error, kVersionConflict)) {
        outcome.kind = AssignmentOutcome::Kind::VersionConflict;
        // Applying a route names every job that changed since the plan, as it is now.
        for (const QJsonValue &value : error.problem.value(QLatin1String("changed")).toArray())
            outcome.jobs << Job::fromJson(value.toObject());
    } else if (isProblem(error, kAssignmentWarnings))
        outcome.kind = AssignmentOutcome::Kind::NeedsConfirmation;
    else if (error.status >= 400 && error.status < 500)
        outcome.kind = AssignmentOutcome::Kind::Refused;
    else
        outcome.kind = AssignmentOutcome::Kind::Failed;
    return outcome;
}

void AssignmentClient::changeStatus(
    qint64 jobId, JobStatus status, qint64 expectedVersion, QObject *context, Callback callback)
{
    const QJsonObject body{{QStringLiteral("status"), jobStatusName(status)},
                           {QStringLiteral("expected_version"), expectedVersion}};
    const QPointer<QObject> guard(context);
    m_api->post(
        jobPath(jobId, "status"), body, context,
        [this, jobId, guard, callback = std::move(callback)](const client::ApiResponse &response) {
            AssignmentOutcome outcome;
            if (response.ok()) {
                outcome.kind = AssignmentOutcome::Kind::Settled;
                const QJsonObject job = response.json.value(QLatin1String("job")).toObject();
                outcome.job = Job::fromJson(job.isEmpty() ? response.json : job);
                callback(outcome);
                return;
            }
            const client::ApiError &error = *response.error;
            if (isProblem(error, kVersionConflict)) {
                explainConflict(jobId, error.problem, guard, callback);
                return;
            }
            outcome.kind = error.status >= 400 && error.status < 500
                               ? AssignmentOutcome::Kind::Refused
                               : AssignmentOutcome::Kind::Failed;
            outcome.message = error.message();
            callback(outcome);
        });
}

void AssignmentClient::explainConflict(qint64 jobId,
                                       const QJsonObject &problem,
                                       QObject *context,
                                       Callback callback)
{
    // The job as it is now comes with the problem ("current"); who changed it and how is
    // the job's latest history entry (one small read, only on this rare path).
    auto outcome = std::make_shared<AssignmentOutcome>();
    outcome->kind = AssignmentOutcome::Kind::VersionConflict;
    outcome->message = tr("Someone else changed this job first. Your change was not applied.");
    const QJsonObject current = problem.value(QLatin1String("current")).toObject();
    if (!current.isEmpty())
        outcome->job = Job::fromJson(current);
    const QTimeZone zone = m_timeZone;
    m_api->get(jobPath(jobId, "history"), context,
               [outcome, callback, zone](const client::ApiResponse &history) {
                   const QJsonArray entries =
                       history.json.value(QLatin1String("results")).toArray();
                   std::optional<DispatchHistoryEntry> latest;
                   for (const QJsonValue &value : entries) {
                       DispatchHistoryEntry entry =
                           DispatchHistoryEntry::fromJson(value.toObject());
                       if (!latest || entry.id > latest->id)
                           latest = std::move(entry);
                   }
                   if (latest) {
                       outcome->message =
                           tr("Your change was not applied: %1").arg(describeChange(*latest, zone));
                   }
                   callback(*outcome);
               });
}

QList<AssignmentWarning> AssignmentClient::warningsFrom(const client::ApiError &error)
{
    QList<AssignmentWarning> warnings;
    for (const QJsonValue &value : error.problem.value(QLatin1String("warnings")).toArray()) {
        const QJsonObject o = value.toObject();
        warnings << AssignmentWarning{o.value(QLatin1String("code")).toString(),
                                      o.value(QLatin1String("message")).toString(), std::nullopt};
    }
    if (warnings.isEmpty()) // not our server's answer: say what it said
        warnings << AssignmentWarning{QString(), error.message(), std::nullopt};
    return warnings;
}

QString AssignmentClient::describeChange(const DispatchHistoryEntry &entry, const QTimeZone &zone)
{
    const QJsonObject after = QJsonDocument::fromJson(entry.afterJson).object();
    const QString who = entry.actorName.isEmpty() ? tr("someone") : entry.actorName;
    const auto time = [&zone](const QString &timestamp) {
        const std::optional<QDateTime> parsed = parseTimestamp(timestamp);
        return parsed ? client::display::time(parsed->toTimeZone(zone)) : QString();
    };
    const QString at = time(entry.occurredAt);
    const QString technician = after.value(QLatin1String("technician_name")).toString();
    const QString start = time(after.value(QLatin1String("planned_start")).toString());
    QString what;
    if (entry.action == QLatin1String("assigned") && !technician.isEmpty())
        what = tr("assigned it to %1 at %2").arg(technician, start);
    else if (entry.action == QLatin1String("rescheduled"))
        what = tr("moved it to %1").arg(start);
    else if (entry.action == QLatin1String("unassigned"))
        what = tr("unassigned it");
    else if (entry.action == QLatin1String("status_changed"))
        what = tr("changed its status to %1").arg(after.value(QLatin1String("status")).toString());
    else if (entry.action == QLatin1String("created"))
        what = tr("created it");
    else
        what = tr("changed it");
    return at.isEmpty() ? tr("%1 %2.").arg(who, what) : tr("%1 %2 (at %3).").arg(who, what, at);
}

} // namespace fielddesk::board
