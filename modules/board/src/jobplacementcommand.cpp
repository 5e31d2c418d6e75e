#include "fielddesk/board/jobplacementcommand.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"

#include <QPointer>

namespace fielddesk::board {

JobPlacementCommand::JobPlacementCommand(AssignmentFlow *flow,
                                         qint64 jobId,
                                         const JobPlacement &to,
                                         QUndoCommand *parent)
    : ServerChangeCommand(parent)
    , m_flow(flow)
    , m_jobId(jobId)
    , m_to(to)
    , m_guard(std::make_unique<QObject>())
{
    if (const JobRecord *record = flow->store()->job(jobId))
        m_from = JobPlacement::of(record->job);
}

JobPlacementCommand::~JobPlacementCommand() = default;

void JobPlacementCommand::send(const JobPlacement &target)
{
    if (m_busy) {
        // The previous change has not been answered: its version is not known yet.
        m_queued = target;
        return;
    }
    DispatchStore *store = m_flow->store();
    const JobRecord *record = store->job(m_jobId);
    if (!record) {
        fail(std::nullopt, tr("The job is no longer on this day's board."));
        return;
    }
    if (m_version == 0)
        m_version = store->confirmedVersion(m_jobId);
    m_busy = true;
    store->proposeJob(m_flow->proposedJob(record->job, target));
    m_flow->send(m_jobId, target, m_version, m_force, m_guard.get(),
                 [this, target](const AssignmentOutcome &outcome) { handle(target, outcome); });
}

void JobPlacementCommand::handle(const JobPlacement &target, const AssignmentOutcome &outcome)
{
    switch (outcome.kind) {
    case AssignmentOutcome::Kind::Settled:
        m_busy = false;
        if (outcome.job) {
            m_version = outcome.job->version;
            m_flow->store()->settleJob(*outcome.job);
        }
        m_flow->reportSettled(m_jobId, outcome.warnings);
        if (m_queued) {
            const JobPlacement next = *m_queued;
            m_queued.reset();
            if (next != target)
                send(next);
        }
        finishAnswer(true);
        return;
    case AssignmentOutcome::Kind::NeedsConfirmation: {
        const JobRecord *record = m_flow->store()->job(m_jobId);
        const Job job = record ? record->job : Job();
        const QPointer<QObject> guard(m_guard.get());
        m_flow->askOverride(job, outcome.warnings, [this, guard, target](bool override) {
            if (!guard)
                return;
            m_busy = false;
            if (!override) {
                fail(std::nullopt, QString());
                return;
            }
            // The dispatcher has seen the warnings: this command overrides them from now on,
            // on redo too.
            m_force = true;
            send(target);
        });
        return; // still busy until the dispatcher decides
    }
    case AssignmentOutcome::Kind::VersionConflict:
    case AssignmentOutcome::Kind::Refused:
    case AssignmentOutcome::Kind::Failed:
        m_busy = false;
        fail(outcome.job, outcome.message);
        return;
    }
}

void JobPlacementCommand::fail(const std::optional<Job> &current, const QString &message)
{
    m_queued.reset();
    m_flow->store()->revertJob(m_jobId, current);
    m_flow->reportRejected(m_jobId, message);
    // Nothing of this change happened: it leaves no entry on the stack.
    finishAnswer(false);
}

} // namespace fielddesk::board
