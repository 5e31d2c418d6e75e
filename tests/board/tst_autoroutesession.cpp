// Auto-routing without widgets, against a small fake of the routing API (QHttpServer on
// loopback): the proposal's wire form, its preview (changes, outlines, the model under
// QAbstractItemModelTester), a plan whose progress events are told apart by request id, an
// apply that sends the versions the plan was made on and lands in the store and on the undo
// stack (undo and redo as version-checked batches), a conflict that names the changed job,
// a cancelled plan whose answer goes nowhere (the server is told to stop it), and the best
// slots.

#include "answeredrequests.h"
#include "boardtestdata.h"

#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/routingclient.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/jsonwriter.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace tst_autoroutesession {

using namespace fielddesk;
using namespace fielddesk::board;

namespace {

const QDate kDay(2026, 11, 23);
constexpr qint64 kNobodyWorksThere = 99; // a location the fake refuses to plan
const QString kPlanPath = QStringLiteral("/api/v1/routing/plan");

QString at(int minutes)
{
    return boardtest::at(kDay, minutes, QTimeZone::utc());
}

QByteArray jobJson(const Job &job)
{
    JsonWriter w;
    job.writeJson(w);
    return w.take();
}

Job makeJob(qint64 id, std::optional<qint64> technicianId, int startMinutes, qint64 version)
{
    Job job;
    job.id = id;
    job.locationId = 1;
    job.title = QStringLiteral("Job %1").arg(id);
    job.durationMin = 60;
    job.version = version;
    if (technicianId) {
        job.technicianId = technicianId;
        job.plannedStart = at(startMinutes);
        job.plannedEnd = at(startMinutes + job.durationMin);
        job.status = JobStatus::Scheduled;
    }
    return job;
}

// Job 1 (Tech 1000 at 09:00) moves to Tech 1001 at 11:00; job 2 (unassigned) is placed with
// Tech 1000 at 08:00; job 3 (Tech 1001 at 10:00) is left out; job 4 stays.
QJsonObject proposalJson()
{
    const auto planned = [](qint64 id, int start, bool moved, QJsonValue previousTechnician,
                            QJsonValue previousStart) {
        return QJsonObject{{QStringLiteral("job_id"), id},
                           {QStringLiteral("title"), QStringLiteral("Job %1").arg(id)},
                           {QStringLiteral("planned_start"), at(start)},
                           {QStringLiteral("planned_end"), at(start + 60)},
                           {QStringLiteral("moved"), moved},
                           {QStringLiteral("previous_technician_id"), previousTechnician},
                           {QStringLiteral("previous_planned_start"), previousStart}};
    };
    const QJsonArray routes{
        QJsonObject{{QStringLiteral("technician_id"), 1000},
                    {QStringLiteral("name"), QStringLiteral("Tech 001")},
                    {QStringLiteral("travel_before_s"), 1800},
                    {QStringLiteral("travel_after_s"), 1200},
                    {QStringLiteral("breaks"),
                     QJsonArray{QJsonObject{{QStringLiteral("start"), at(12 * 60)},
                                            {QStringLiteral("end"), at(12 * 60 + 30)}}}},
                    {QStringLiteral("jobs"),
                     QJsonArray{planned(2, 8 * 60, true, QJsonValue(), QJsonValue()),
                                planned(4, 14 * 60, false, 1000, at(14 * 60))}}},
        QJsonObject{
            {QStringLiteral("technician_id"), 1001},
            {QStringLiteral("name"), QStringLiteral("Tech 002")},
            {QStringLiteral("travel_before_s"), 1200},
            {QStringLiteral("travel_after_s"), 900},
            {QStringLiteral("breaks"), QJsonArray()},
            {QStringLiteral("jobs"), QJsonArray{planned(1, 11 * 60, true, 1000, at(9 * 60))}}}};
    return {
        {QStringLiteral("id"), 77},
        {QStringLiteral("location_id"), 1},
        {QStringLiteral("date"), kDay.toString(Qt::ISODate)},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("time_limit_s"), 1.5},
        {QStringLiteral("elapsed_s"), 1.2},
        {QStringLiteral("technicians"), routes},
        {QStringLiteral("unassigned"),
         QJsonArray{QJsonObject{{QStringLiteral("job_id"), 3},
                                {QStringLiteral("title"), QStringLiteral("Job 3")},
                                {QStringLiteral("reason"), QStringLiteral("No one has the skill")},
                                {QStringLiteral("previous_technician_id"), 1001}}}},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("jobs"), 4},
                                               {QStringLiteral("served"), 3},
                                               {QStringLiteral("served_before"), 3},
                                               {QStringLiteral("travel_before_s"), 3000},
                                               {QStringLiteral("travel_after_s"), 2100},
                                               {QStringLiteral("moved"), 3}}},
        {QStringLiteral("expected_versions"), QJsonObject{{QStringLiteral("1"), 3},
                                                          {QStringLiteral("2"), 1},
                                                          {QStringLiteral("3"), 2},
                                                          {QStringLiteral("4"), 5}}}};
}

// The routing part of the API with the server's all-or-nothing version checks.
class FakeRoutingApi
{
public:
    QHash<qint64, Job> jobs;
    QList<QByteArray> planRequestIds;
    QStringList cancelledRequestIds;
    QList<QJsonObject> planBodies;
    QList<QJsonObject> applyBodies;
    QList<QJsonObject> batchBodies;

    quint16 start()
    {
        m_server.route(
            kPlanPath, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
                planRequestIds << request.value("X-Request-Id");
                planBodies << QJsonDocument::fromJson(request.body()).object();
                if (planBodies.last().value(QLatin1String("location_id")).toInteger() ==
                    kNobodyWorksThere)
                    return QHttpServerResponse(
                        QByteArrayLiteral("application/problem+json"),
                        QByteArrayLiteral("{\"type\":\"/problems/validation\",\"title\":"
                                          "\"Invalid request\",\"status\":422,\"detail\":"
                                          "\"nobody of these works at this location that day\"}"),
                        QHttpServerResponse::StatusCode::UnprocessableEntity);
                return QHttpServerResponse(
                    QByteArrayLiteral("application/json"),
                    QJsonDocument(proposalJson()).toJson(QJsonDocument::Compact),
                    QHttpServerResponse::StatusCode::Created);
            });
        m_server.route(QStringLiteral("/api/v1/routing/plans/<arg>/cancel"),
                       QHttpServerRequest::Method::Post, [this](const QString &requestId) {
                           cancelledRequestIds << requestId;
                           return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
                       });
        m_server.route(
            QStringLiteral("/api/v1/routing/proposals/<arg>/apply"),
            QHttpServerRequest::Method::Post, [this](qint64, const QHttpServerRequest &request) {
                const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                applyBodies << body;
                const QJsonObject versions =
                    body.value(QLatin1String("expected_versions")).toObject();
                QList<std::pair<qint64, std::optional<std::pair<qint64, int>>>> operations{
                    {1, std::pair{qint64(1001), 11 * 60}},
                    {2, std::pair{qint64(1000), 8 * 60}},
                    {3, std::nullopt}};
                QByteArray changed; // as the server does: every job not at its version
                for (const auto &[id, to] : operations) {
                    if (versions.value(QString::number(id)).toInteger() != jobs.value(id).version)
                        changed += (changed.isEmpty() ? "" : ",") + jobJson(jobs.value(id));
                }
                if (!changed.isEmpty())
                    return conflict(",\"changed\":[" + changed + "]");
                QByteArray results;
                for (const auto &[id, to] : operations) {
                    Job &job = jobs[id];
                    job = makeJob(id, to ? std::optional(to->first) : std::nullopt,
                                  to ? to->second : 0, job.version + 1);
                    results += (results.isEmpty() ? "" : ",") + QByteArray("{\"job\":") +
                               jobJson(job) + ",\"warnings\":[]}";
                }
                return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                           "{\"proposal_id\":77,\"applied\":3,\"results\":[" +
                                               results + "]}");
            });
        m_server.route(
            QStringLiteral("/api/v1/assignments/batch"), QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest &request) {
                const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                batchBodies << body;
                const QJsonArray operations = body.value(QLatin1String("operations")).toArray();
                for (const QJsonValue &value : operations) {
                    const QJsonObject o = value.toObject();
                    if (o.value(QLatin1String("expected_version")).toInteger() !=
                        jobs.value(o.value(QLatin1String("job_id")).toInteger()).version)
                        return conflict();
                }
                QByteArray results;
                for (const QJsonValue &value : operations) {
                    const QJsonObject o = value.toObject();
                    Job &job = jobs[o.value(QLatin1String("job_id")).toInteger()];
                    const bool assign =
                        o.value(QLatin1String("action")).toString() == QLatin1String("assign");
                    const qint64 start =
                        timestampMs(o.value(QLatin1String("planned_start")).toString());
                    job = makeJob(
                        job.id,
                        assign ? std::optional(o.value(QLatin1String("technician_id")).toInteger())
                               : std::nullopt,
                        assign ? int((start - timestampMs(at(0))) / 60000) : 0, job.version + 1);
                    results += (results.isEmpty() ? "" : ",") + QByteArray("{\"job\":") +
                               jobJson(job) + ",\"warnings\":[]}";
                }
                return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                           "{\"results\":[" + results + "]}");
            });
        m_server.route(QStringLiteral("/api/v1/routing/slots"), QHttpServerRequest::Method::Get,
                       [](const QHttpServerRequest &request) {
                           const QByteArray body =
                               "{\"job_id\":" +
                               request.query().queryItemValue(QStringLiteral("job_id")).toUtf8() +
                               ",\"date\":\"2026-11-23\",\"slots\":["
                               "{\"technician_id\":1001,\"technician_name\":\"Tech 002\","
                               "\"planned_start\":\"" +
                               at(13 * 60).toUtf8() +
                               "\",\"position\":1,\"added_travel_s\":420},"
                               "{\"technician_id\":1000,\"technician_name\":\"Tech 001\","
                               "\"planned_start\":\"" +
                               at(15 * 60).toUtf8() + "\",\"position\":2,\"added_travel_s\":900}]}";
                           return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
                       });
        return m_server.listen(QHostAddress::LocalHost);
    }

private:
    static QHttpServerResponse conflict(const QByteArray &extensions = {})
    {
        return QHttpServerResponse(
            QByteArrayLiteral("application/problem+json"),
            "{\"type\":\"/problems/version-conflict\",\"title\":\"Conflict\",\"status\":409" +
                extensions + "}",
            QHttpServerResponse::StatusCode::Conflict);
    }

    QHttpServer m_server;
};

DomainEvent progressEvent(const QByteArray &requestId, const QString &clientId, double fraction)
{
    DomainEvent event;
    event.type = QString::fromLatin1(AutoRouteSession::kProgressEvent);
    event.dataJson =
        QJsonDocument(QJsonObject{{QStringLiteral("request_id"), QString::fromLatin1(requestId)},
                                  {QStringLiteral("client_id"), clientId},
                                  {QStringLiteral("fraction"), fraction}})
            .toJson(QJsonDocument::Compact);
    return event;
}

} // namespace

class TestAutoRouteSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeRoutingApi>();
        const quint16 port = m_fake->start();
        QVERIFY(port != 0);
        m_api = std::make_unique<client::ApiClient>();
        m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        m_store = std::make_unique<DispatchStore>();
        m_store->setDay(kDay, QTimeZone::utc());
        QList<Technician> technicians = boardtest::technicians(2);
        for (Technician &t : technicians)
            t.locationId = 1;
        m_store->setTechnicians(technicians);
        for (const Job &job : {makeJob(1, 1000, 9 * 60, 3), makeJob(2, std::nullopt, 0, 1),
                               makeJob(3, 1001, 10 * 60, 2), makeJob(4, 1000, 14 * 60, 5)}) {
            m_fake->jobs.insert(job.id, job);
            m_store->addJobs({job});
        }
        m_assignments = std::make_unique<AssignmentClient>(m_api.get());
        m_flow = std::make_unique<AssignmentFlow>(m_store.get(), m_assignments.get());
        m_routing = std::make_unique<RoutingClient>(m_api.get());
        m_session =
            std::make_unique<AutoRouteSession>(m_store.get(), m_flow.get(), m_routing.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_flow.reset();
        m_routing.reset();
        m_assignments.reset();
        m_store.reset();
        m_api.reset();
        m_fake.reset();
    }

    void readsTheProposal()
    {
        const RoutingProposal proposal = RoutingProposal::fromJson(proposalJson());
        QVERIFY(proposal.isValid());
        QVERIFY(proposal.isOpen());
        QCOMPARE(proposal.id, 77);
        QCOMPARE(proposal.date, kDay);
        QCOMPARE(proposal.routes.size(), 2);
        QCOMPARE(proposal.routes.at(0).breaks.size(), 1);
        QCOMPARE(proposal.routes.at(1).jobs.at(0).previousStartMs, timestampMs(at(9 * 60)));
        QVERIFY(proposal.routes.at(1).jobs.at(0).wasPlaced());
        QVERIFY(!proposal.routes.at(0).jobs.at(0).wasPlaced());
        QCOMPARE(proposal.leftOut.at(0).reason, QStringLiteral("No one has the skill"));
        QCOMPARE(proposal.totals.travelAfterS, 2100);
        QList<qint64> changed = proposal.changedJobIds();
        std::sort(changed.begin(), changed.end());
        QCOMPARE(changed, (QList<qint64>{1, 2, 3}));
        QCOMPARE(proposal.expectedVersionsJson().value(QLatin1String("4")).toInteger(), 5);
    }

    void previewsTheChanges()
    {
        RoutePreview preview;
        QAbstractItemModelTester tester(&preview,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!preview.isActive());
        preview.setProposal(RoutingProposal::fromJson(proposalJson()), m_store.get());
        QVERIFY(preview.isActive());
        QCOMPARE(preview.rowCount(), 3);
        QCOMPARE(preview.columnCount(), int(RoutePreview::ColumnCount));
        QVERIFY(preview.coversTechnician(1000));
        QVERIFY(!preview.coversTechnician(1002));
        QCOMPARE(preview.bars(1000).size(), 2);
        QCOMPARE(preview.breaks(1000).size(), 1);
        // Moved: a bar where it goes, an outline where it was.
        QCOMPARE(preview.proposedBar(1)->first, 1001);
        QCOMPARE(preview.proposedBar(1)->second.startMs, timestampMs(at(11 * 60)));
        QCOMPARE(preview.outline(1)->first, 1000);
        QCOMPARE(preview.outline(1)->second.startMs, timestampMs(at(9 * 60)));
        QVERIFY(!preview.outline(2)); // it was nowhere
        QVERIFY(preview.outline(3)->second.leftOut);
        QVERIFY(!preview.outline(4)); // it stays
        QHash<qint64, RoutePreview::ChangeKind> kinds;
        for (int row = 0; row < preview.rowCount(); ++row) {
            const qint64 id = preview.index(row, 0).data(RoutePreview::JobIdRole).toLongLong();
            kinds.insert(id, preview.changes().at(row).kind);
        }
        QCOMPARE(kinds.value(1), RoutePreview::ChangeKind::Moved);
        QCOMPARE(kinds.value(2), RoutePreview::ChangeKind::Placed);
        QCOMPARE(kinds.value(3), RoutePreview::ChangeKind::LeftOut);
        int leftOutRow = -1;
        for (int row = 0; row < preview.rowCount(); ++row) {
            if (preview.changes().at(row).jobId == 3)
                leftOutRow = row;
        }
        QCOMPARE(preview.index(leftOutRow, RoutePreview::ChangeColumn).data().toString(),
                 QStringLiteral("No one has the skill"));
        QVERIFY(preview.summary().contains(QStringLiteral("50 min → 35 min")));
        QVERIFY(preview.summary().contains(QStringLiteral("-30 %")));
        preview.clear();
        QCOMPARE(preview.rowCount(), 0);
    }

    void plansFollowsProgressAndApplies()
    {
        RoutingClient::PlanRequest request{1, kDay, {1000, 1001}, {}, 1.5};
        QSignalSpy ready(m_session.get(), &AutoRouteSession::proposalReady);
        m_session->plan(request);
        QCOMPARE(m_session->state(), AutoRouteSession::State::Planning);
        const QString clientId = m_api->clientId().toString(QUuid::WithoutBraces);
        // Progress of this plan counts; another console's or another request's does not.
        QVERIFY(m_session->handleEvent(progressEvent(m_session->requestId(), clientId, 0.4)));
        QCOMPARE(m_session->fraction(), 0.4);
        QVERIFY(!m_session->handleEvent(progressEvent("someone-else", clientId, 0.9)));
        QVERIFY(!m_session->handleEvent(
            progressEvent(m_session->requestId(), QStringLiteral("other-console"), 0.9)));
        QCOMPARE(m_session->fraction(), 0.4);

        QVERIFY(ready.wait());
        QCOMPARE(m_session->state(), AutoRouteSession::State::Previewing);
        QCOMPARE(m_fake->planRequestIds.value(0), m_session->requestId());
        const QJsonObject body = m_fake->planBodies.value(0);
        QCOMPARE(body.value(QLatin1String("location_id")).toInteger(), 1);
        QCOMPARE(body.value(QLatin1String("date")).toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(body.value(QLatin1String("technician_ids")).toArray().size(), 2);
        QVERIFY(!body.contains(QLatin1String("job_ids")));
        QCOMPARE(body.value(QLatin1String("time_limit_s")).toDouble(), 1.5);
        QCOMPARE(m_session->preview()->rowCount(), 3);
        // Nothing changed yet: a preview only.
        QCOMPARE(m_store->job(1)->job.technicianId, 1000);
        QVERIFY(m_fake->applyBodies.isEmpty());

        QSignalSpy applied(m_session.get(), &AutoRouteSession::applied);
        m_session->apply();
        QCOMPARE(m_session->state(), AutoRouteSession::State::Applying);
        QVERIFY(applied.wait());
        QCOMPARE(applied.at(0).at(0).toInt(), 3);
        QCOMPARE(m_session->state(), AutoRouteSession::State::Idle);
        QVERIFY(!m_session->preview()->isActive());
        const QJsonObject versions =
            m_fake->applyBodies.value(0).value(QLatin1String("expected_versions")).toObject();
        QCOMPARE(versions.value(QLatin1String("1")).toInteger(), 3);
        QCOMPARE(versions.value(QLatin1String("3")).toInteger(), 2);
        QCOMPARE(m_store->job(1)->job.technicianId, 1001);
        QCOMPARE(m_store->job(1)->plannedStartMs, timestampMs(at(11 * 60)));
        QCOMPARE(m_store->job(2)->job.technicianId, 1000);
        QVERIFY(!m_store->job(3)->job.technicianId);

        // Undo: every job back where it was, one batch expecting the versions apply left.
        QUndoStack *stack = m_flow->undoStack();
        QCOMPARE(stack->count(), 1);
        QVERIFY(stack->undoText().contains(QStringLiteral("77")));
        QSignalSpy idle(m_flow.get(), &AssignmentFlow::idle);
        stack->undo();
        QVERIFY(m_store->job(1)->pending);
        QVERIFY(idle.wait());
        QCOMPARE(m_fake->batchBodies.size(), 1);
        QHash<qint64, QJsonObject> operations;
        for (const QJsonValue &value :
             m_fake->batchBodies.at(0).value(QLatin1String("operations")).toArray())
            operations.insert(value.toObject().value(QLatin1String("job_id")).toInteger(),
                              value.toObject());
        QCOMPARE(operations.size(), 3);
        QCOMPARE(operations.value(1).value(QLatin1String("technician_id")).toInteger(), 1000);
        QCOMPARE(timestampMs(operations.value(1).value(QLatin1String("planned_start")).toString()),
                 timestampMs(at(9 * 60)));
        QCOMPARE(operations.value(1).value(QLatin1String("expected_version")).toInteger(), 4);
        QCOMPARE(operations.value(2).value(QLatin1String("action")).toString(),
                 QStringLiteral("unassign"));
        QCOMPARE(operations.value(3).value(QLatin1String("technician_id")).toInteger(), 1001);
        QCOMPARE(m_store->job(1)->job.technicianId, 1000);
        QVERIFY(!m_store->job(1)->pending);
        QVERIFY(!m_store->job(2)->job.technicianId);
        QCOMPARE(m_store->job(3)->job.technicianId, 1001);

        // Redo: to the proposal's places again, expecting the versions undo left.
        stack->redo();
        QVERIFY(idle.wait());
        QCOMPARE(m_fake->batchBodies.size(), 2);
        QCOMPARE(m_store->job(1)->job.technicianId, 1001);
        QCOMPARE(m_fake->jobs.value(1).version, 6);
    }

    void aChangedJobStopsTheApplyAndIsNamed()
    {
        // Someone else moves job 3 meanwhile; the live event brings it to the store.
        const QString message = applyAfterJob3MovedOnServer(true);
        QCOMPARE(m_session->state(), AutoRouteSession::State::Conflict);
        QVERIFY2(message.contains(QStringLiteral("Job 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("15:00")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("Job 1")));
        QCOMPARE(m_flow->undoStack()->count(), 0);
        QCOMPARE(m_store->job(1)->job.technicianId, 1000); // nothing applied
        QVERIFY(m_session->preview()->isActive());

        m_session->replan();
        QCOMPARE(m_session->state(), AutoRouteSession::State::Planning);
        QTRY_COMPARE(m_session->state(), AutoRouteSession::State::Previewing);
        QCOMPARE(m_fake->planBodies.size(), 2);
        m_session->discard();
        QCOMPARE(m_session->state(), AutoRouteSession::State::Idle);
        QVERIFY(!m_session->preview()->isActive());
    }

    void theServersListOfChangedJobsNamesThemWithoutLiveEvents()
    {
        // Job 3 moves on the server only: no live event reaches this store.
        const QString message = applyAfterJob3MovedOnServer(false);
        QCOMPARE(m_session->state(), AutoRouteSession::State::Conflict);
        QVERIFY2(message.contains(QStringLiteral("Job 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("15:00")), qPrintable(message));
        QCOMPARE(m_store->confirmedVersion(3), qint64(3)); // the store took the job as it is now
    }

    void aRefusedPlanSaysWhy()
    {
        QSignalSpy failed(m_session.get(), &AutoRouteSession::failed);
        m_session->plan({kNobodyWorksThere, kDay, {}, {}, 1.0});
        QVERIFY(failed.wait());
        QCOMPARE(m_session->state(), AutoRouteSession::State::Idle);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("nobody of these works")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!m_session->preview()->isActive());
    }

    void aCancelledPlanIsForgotten()
    {
        const AnsweredRequests answered(m_api.get());
        m_session->plan({1, kDay, {}, {}, 1.0});
        const QByteArray requestId = m_session->requestId();
        m_session->cancel();
        QCOMPARE(m_session->state(), AutoRouteSession::State::Idle);
        // The server is told to stop the engine, by the id the plan was sent with.
        QTRY_COMPARE(m_fake->cancelledRequestIds, QStringList{QString::fromLatin1(requestId)});
        QTRY_COMPARE(answered.count(kPlanPath), 1); // the server's answer arrived...
        QCOMPARE(m_fake->planBodies.size(), 1);
        QCOMPARE(m_session->state(), AutoRouteSession::State::Idle); // ... and went to nobody
        QVERIFY(!m_session->preview()->isActive());
        QVERIFY(!m_session->handleEvent(progressEvent(m_session->requestId(), {}, 0.5)));
    }

    void listsTheBestSlots()
    {
        QList<BestSlot> suggestions;
        QString error = QStringLiteral("not called");
        m_routing->bestSlots(2, kDay, 5, this,
                             [&](const QList<BestSlot> &list, const QString &problem) {
                                 suggestions = list;
                                 error = problem;
                             });
        QTRY_VERIFY(error.isEmpty());
        QCOMPARE(suggestions.size(), 2);
        QCOMPARE(suggestions.at(0).technicianId, 1001);
        QCOMPARE(suggestions.at(0).technicianName, QStringLiteral("Tech 002"));
        QCOMPARE(suggestions.at(0).startMs, timestampMs(at(13 * 60)));
        QCOMPARE(suggestions.at(0).addedTravelS, 420);
        QCOMPARE(suggestions.at(1).position, 2);
    }

private:
    // Plans, moves job 3 to Tech 001 at 15:00 on the server (and, with a live event, in the
    // store), then applies: the message the session fails with.
    QString applyAfterJob3MovedOnServer(bool liveEvent)
    {
        m_session->plan({1, kDay, {}, {}, 1.0});
        if (!QTest::qWaitFor(
                [&] { return m_session->state() == AutoRouteSession::State::Previewing; }))
            return QStringLiteral("(no preview)");
        Job changed = makeJob(3, 1000, 15 * 60, 3);
        changed.technicianName = QStringLiteral("Tech 001");
        m_fake->jobs.insert(3, changed);
        if (liveEvent)
            m_store->upsertJob(changed);
        QSignalSpy failed(m_session.get(), &AutoRouteSession::failed);
        m_session->apply();
        if (!failed.wait())
            return QStringLiteral("(no failure)");
        return failed.at(0).at(0).toString();
    }

    std::unique_ptr<FakeRoutingApi> m_fake;
    std::unique_ptr<client::ApiClient> m_api;
    std::unique_ptr<DispatchStore> m_store;
    std::unique_ptr<AssignmentClient> m_assignments;
    std::unique_ptr<AssignmentFlow> m_flow;
    std::unique_ptr<RoutingClient> m_routing;
    std::unique_ptr<AutoRouteSession> m_session;
};

FIELDDESK_TEST_GUILESS_MAIN(TestAutoRouteSession)
} // namespace tst_autoroutesession
#include "tst_autoroutesession.moc"
