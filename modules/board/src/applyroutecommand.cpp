#include "fielddesk/board/applyroutecommand.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"

namespace fielddesk::board {

ApplyRouteCommand::ApplyRouteCommand(AssignmentFlow *flow,
                                     qint64 proposalId,
                                     const QList<Change> &changes,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_flow(flow)
    , m_changes(changes)
    , m_guard(std::make_unique<QObject>())
{
    setText(
        tr("Apply route proposal #%1 (%n job(s))", nullptr, int(changes.size())).arg(proposalId));
}

ApplyRouteCommand::~ApplyRouteCommand() = default;

void ApplyRouteCommand::redo()
{
    if (m_applied)
        return; // pushed after the server applied it
    send(true);
}

void ApplyRouteCommand::undo()
{
    send(false);
}

void ApplyRouteCommand::send(bool forward)
{
    DispatchStore *store = m_flow->store();
    QList<AssignmentClient::BatchPlacement> placements;
    for (const Change &change : std::as_const(m_changes)) {
        const JobPlacement &target = forward ? change.to : change.from;
        // Back to where it was: the dispatcher had it there, warnings or not.
        placements << AssignmentClient::BatchPlacement{change.jobId, target, change.version, true};
        if (const JobRecord *record = store->job(change.jobId))
            store->proposeJob(m_flow->proposedJob(record->job, target));
    }
    m_busy = true;
    m_flow->sendBatch(placements, m_guard.get(), [this, forward](const BatchOutcome &outcome) {
        m_busy = false;
        DispatchStore *jobs = m_flow->store();
        if (!outcome.isSettled()) {
            for (const Change &change : std::as_const(m_changes))
                jobs->revertJob(change.jobId);
            setObsolete(true);
            const QString why =
                outcome.kind == AssignmentOutcome::Kind::VersionConflict
                    ? tr("Some of these jobs were changed since the route was applied.")
                    : outcome.message;
            m_flow->reportRejected(m_changes.isEmpty() ? 0 : m_changes.first().jobId,
                                   forward ? tr("The route could not be applied again: %1").arg(why)
                                           : tr("The route could not be undone: %1").arg(why));
            return;
        }
        m_applied = forward;
        QHash<qint64, qint64> versions;
        for (const Job &job : outcome.jobs) {
            versions.insert(job.id, job.version);
            jobs->settleJob(job);
        }
        for (Change &change : m_changes)
            change.version = versions.value(change.jobId, change.version);
        for (const Change &change : std::as_const(m_changes))
            m_flow->reportSettled(change.jobId, {});
    });
}

} // namespace fielddesk::board
