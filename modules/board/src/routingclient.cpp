#include "fielddesk/board/routingclient.h"

#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QUuid>

#include <chrono>
#include <cmath>

namespace fielddesk::board {

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

RoutingClient::RoutingClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QJsonObject RoutingClient::planBody(const PlanRequest &request)
{
    if (const std::optional<Unavailability> &away = request.unavailable)
        return {{QStringLiteral("technician_id"), away->technicianId},
                {QStringLiteral("from"), toTimestamp(away->from)},
                {QStringLiteral("to"), toTimestamp(away->to)},
                {QStringLiteral("time_limit_s"), request.timeLimitS}};
    QJsonObject body{{QStringLiteral("location_id"), request.locationId},
                     {QStringLiteral("date"), request.date.toString(Qt::ISODate)},
                     {QStringLiteral("time_limit_s"), request.timeLimitS}};
    if (!request.technicianIds.isEmpty())
        body.insert(QStringLiteral("technician_ids"), idArray(request.technicianIds));
    if (!request.jobIds.isEmpty())
        body.insert(QStringLiteral("job_ids"), idArray(request.jobIds));
    return body;
}

QString RoutingClient::planPath(const PlanRequest &request)
{
    return request.unavailable ? QStringLiteral("/api/v1/routing/replan-unavailable")
                               : QStringLiteral("/api/v1/routing/plan");
}

QByteArray RoutingClient::plan(const PlanRequest &request, QObject *context, PlanCallback callback)
{
    client::ApiRequest call = client::ApiRequest::post(planPath(request), planBody(request));
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    call.requestId = requestId;
    // The answer comes when the engine is done: after the time limit, not the usual timeout.
    call.timeout = std::chrono::milliseconds(
        qint64(std::ceil(request.timeLimitS + kPlanTimeoutMarginS) * 1000));
    m_api->send(call, context, [callback = std::move(callback)](const client::ApiResponse &r) {
        if (!r.ok()) {
            callback(std::nullopt, r.error->message());
            return;
        }
        callback(RoutingProposal::fromJson(r.json), QString());
    });
    return requestId;
}

void RoutingClient::cancelPlan(const QByteArray &requestId)
{
    m_api->post(QStringLiteral("/api/v1/routing/plans/%1/cancel")
                    .arg(QString::fromLatin1(requestId.toPercentEncoding())),
                QJsonObject(), this, [](const client::ApiResponse &) {});
}

void RoutingClient::apply(const RoutingProposal &proposal, QObject *context, ApplyCallback callback)
{
    const QJsonObject body{{QStringLiteral("expected_versions"), proposal.expectedVersionsJson()}};
    m_api->post(QStringLiteral("/api/v1/routing/proposals/%1/apply").arg(proposal.id), body,
                context, [callback = std::move(callback)](const client::ApiResponse &r) {
                    if (!r.ok()) {
                        callback(AssignmentClient::batchFailure(*r.error));
                        return;
                    }
                    BatchOutcome outcome;
                    outcome.kind = AssignmentOutcome::Kind::Settled;
                    outcome.jobs = AssignmentClient::jobsOfResults(r.json);
                    callback(outcome);
                });
}

void RoutingClient::bestSlots(
    qint64 jobId, QDate date, int limit, QObject *context, SlotsCallback callback)
{
    QString path = QStringLiteral("/api/v1/routing/slots?job_id=%1&limit=%2").arg(jobId).arg(limit);
    if (date.isValid())
        path += QStringLiteral("&date=") + date.toString(Qt::ISODate);
    m_api->get(path, context, [callback = std::move(callback)](const client::ApiResponse &r) {
        if (!r.ok()) {
            callback({}, r.error->message());
            return;
        }
        callback(BestSlot::listFromJson(r.json), QString());
    });
}

void RoutingClient::bestSlotsBetween(
    qint64 jobId, QDate from, QDate to, int limit, QObject *context, DaySlotsCallback callback)
{
    const QString path = QStringLiteral("/api/v1/routing/slots?job_id=%1&limit=%2&from=%3&to=%4")
                             .arg(jobId)
                             .arg(limit)
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    m_api->get(path, context, [callback = std::move(callback)](const client::ApiResponse &r) {
        if (!r.ok()) {
            callback({}, {}, r.error->message());
            return;
        }
        callback(BestSlot::listFromJson(r.json), SkippedDay::listFromJson(r.json), QString());
    });
}

} // namespace fielddesk::board
