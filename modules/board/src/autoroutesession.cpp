#include "fielddesk/board/autoroutesession.h"

#include "fielddesk/board/applyroutecommand.h"
#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace fielddesk::board {

namespace {

constexpr int kConflictsNamed = 5;

} // namespace

AutoRouteSession::AutoRouteSession(DispatchStore *store,
                                   AssignmentFlow *flow,
                                   RoutingClient *client,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_flow(flow)
    , m_client(client)
    , m_preview(new RoutePreview(this))
{}

AutoRouteSession::~AutoRouteSession() = default;

void AutoRouteSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AutoRouteSession::resetContext()
{
    m_context = std::make_unique<QObject>();
}

void AutoRouteSession::plan(const RoutingClient::PlanRequest &request)
{
    if (m_state == State::Applying)
        return; // the answer decides what comes next
    resetContext();
    m_preview->clear();
    m_request = request;
    m_fraction = 0;
    m_message.clear();
    m_elapsed.start();
    setState(State::Planning);
    emit progressChanged(0);
    m_requestId = m_client->plan(
        request, m_context.get(),
        [this](const std::optional<RoutingProposal> &proposal, const QString &error) {
            if (!proposal) {
                m_message = error;
                setState(State::Idle);
                emit failed(tr("The route could not be planned: %1").arg(error));
                return;
            }
            m_fraction = 1;
            emit progressChanged(1);
            m_preview->setProposal(*proposal, m_store);
            setState(State::Previewing);
            emit proposalReady();
        });
}

void AutoRouteSession::cancel()
{
    if (m_state != State::Planning)
        return;
    m_context.reset();
    m_client->cancelPlan(m_requestId); // frees the server's engine for other plans
    m_requestId.clear();
    setState(State::Idle);
}

void AutoRouteSession::discard()
{
    if (m_state != State::Previewing && m_state != State::Conflict)
        return;
    m_context.reset();
    m_preview->clear();
    setState(State::Idle);
}

void AutoRouteSession::replan()
{
    if (m_state == State::Conflict)
        plan(m_request);
}

void AutoRouteSession::apply()
{
    if (m_state != State::Previewing)
        return;
    const RoutingProposal proposal = m_preview->proposal();
    // Where each job is now and where the proposal puts it: what undo needs.
    QList<ApplyRouteCommand::Change> changes;
    QHash<qint64, JobPlacement> targets;
    QHash<qint64, JobPlacement> previous; // as the proposal saw them, for jobs not on the board
    for (const ProposedRoute &route : proposal.routes) {
        for (const ProposedJob &job : route.jobs) {
            if (!job.moved)
                continue;
            targets.insert(job.jobId, JobPlacement{route.technicianId, job.plannedStart});
            if (job.wasPlaced()) {
                previous.insert(job.jobId,
                                JobPlacement{job.previousTechnicianId,
                                             toTimestamp(QDateTime::fromMSecsSinceEpoch(
                                                 job.previousStartMs, QTimeZone::utc()))});
            }
        }
    }
    for (const qint64 jobId : proposal.changedJobIds()) {
        ApplyRouteCommand::Change change;
        change.jobId = jobId;
        change.to = targets.value(jobId, JobPlacement::unassigned());
        const JobRecord *record = m_store->job(jobId);
        change.from = record ? JobPlacement::of(record->job)
                             : previous.value(jobId, JobPlacement::unassigned());
        changes << change;
    }
    resetContext();
    setState(State::Applying);
    m_client->apply(proposal, m_context.get(), [this, proposal, changes](const BatchOutcome &o) {
        if (o.kind == AssignmentOutcome::Kind::VersionConflict) {
            // The server's list of changed jobs: the store need not wait for their events.
            for (const Job &job : o.jobs)
                m_store->upsertJob(job);
            m_message = describeConflict();
            setState(State::Conflict);
            emit failed(m_message);
            return;
        }
        if (!o.isSettled()) {
            // Not open any more, refused, not delivered: the preview stays for another try.
            m_message = tr("The route was not applied: %1").arg(o.message);
            setState(State::Previewing);
            emit failed(m_message);
            return;
        }
        QHash<qint64, qint64> versions;
        for (const Job &job : o.jobs) {
            versions.insert(job.id, job.version);
            m_store->upsertJob(job);
        }
        QList<ApplyRouteCommand::Change> done = changes;
        for (ApplyRouteCommand::Change &change : done)
            change.version = versions.value(change.jobId, m_store->confirmedVersion(change.jobId));
        if (!done.isEmpty())
            m_flow->undoStack()->push(new ApplyRouteCommand(m_flow, proposal.id, done));
        m_preview->clear();
        m_context.reset();
        setState(State::Idle);
        emit applied(int(o.jobs.size()));
    });
}

QString AutoRouteSession::describeConflict() const
{
    // The jobs whose version moved on since the plan: the store has them from the 409's
    // "changed" list, or from the live events.
    QStringList changed;
    const RoutingProposal &proposal = m_preview->proposal();
    for (auto it = proposal.expectedVersions.cbegin(); it != proposal.expectedVersions.cend();
         ++it) {
        const JobRecord *record = m_store->job(it.key());
        if (!record || m_store->confirmedVersion(it.key()) == it.value())
            continue;
        const Job &job = record->job;
        const QString where =
            job.technicianId
                ? tr("now %1 at %2")
                      .arg(job.technicianName, client::display::time(QDateTime::fromMSecsSinceEpoch(
                                                   record->plannedStartMs, m_store->timeZone())))
                : tr("now unassigned");
        changed << tr("“%1” (%2)").arg(job.title, where);
    }
    if (changed.isEmpty())
        return tr("Jobs of this plan were changed meanwhile. Plan again to include the changes.");
    const qsizetype more = changed.size() - kConflictsNamed;
    if (more > 0) {
        changed = changed.mid(0, kConflictsNamed);
        changed << tr("%n more", nullptr, int(more));
    }
    return tr("Changed since the plan: %1. Plan again to include the changes.")
        .arg(changed.join(QStringLiteral("; ")));
}

bool AutoRouteSession::handleEvent(const DomainEvent &event)
{
    if (event.type != QLatin1String(kProgressEvent))
        return false;
    if (m_state != State::Planning || m_requestId.isEmpty())
        return false;
    const QJsonObject data = QJsonDocument::fromJson(event.dataJson).object();
    const QString requestId = data.value(QLatin1String("request_id")).toString();
    const QString clientId = data.value(QLatin1String("client_id")).toString();
    if (requestId != QLatin1String(m_requestId) ||
        (!clientId.isEmpty() &&
         clientId != m_client->api()->clientId().toString(QUuid::WithoutBraces)))
        return false;
    const double fraction = data.value(QLatin1String("fraction")).toDouble();
    if (fraction > m_fraction) {
        m_fraction = fraction;
        emit progressChanged(fraction);
    }
    return true;
}

} // namespace fielddesk::board
