#include "fielddesk/board/changejobstatuscommand.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobtablemodel.h"

namespace fielddesk::board {

ChangeJobStatusCommand::ChangeJobStatusCommand(AssignmentFlow *flow,
                                               qint64 jobId,
                                               JobStatus to,
                                               QUndoCommand *parent)
    : ServerChangeCommand(parent)
    , m_flow(flow)
    , m_jobId(jobId)
    , m_to(to)
    , m_guard(std::make_unique<QObject>())
{
    const JobRecord *record = flow->store()->job(jobId);
    if (record)
        m_from = record->job.status;
    setText(tr("Set “%1” to %2")
                .arg(record ? record->job.title : QString::number(jobId),
                     JobTableModel::statusTitle(to)));
}

ChangeJobStatusCommand::~ChangeJobStatusCommand() = default;

void ChangeJobStatusCommand::send(JobStatus target)
{
    if (m_busy) {
        m_queued = target;
        return;
    }
    DispatchStore *store = m_flow->store();
    const JobRecord *record = store->job(m_jobId);
    if (!record) {
        finishAnswer(false);
        return;
    }
    if (m_version == 0)
        m_version = store->confirmedVersion(m_jobId);
    m_busy = true;
    Job proposed = record->job;
    proposed.status = target;
    store->proposeJob(proposed);
    m_flow->sendStatus(
        m_jobId, target, m_version, m_guard.get(),
        [this, target](const AssignmentOutcome &outcome) { handle(target, outcome); });
}

void ChangeJobStatusCommand::handle(JobStatus target, const AssignmentOutcome &outcome)
{
    m_busy = false;
    if (outcome.kind != AssignmentOutcome::Kind::Settled || !outcome.job) {
        m_queued.reset();
        m_flow->store()->revertJob(m_jobId, outcome.job);
        m_flow->reportRejected(m_jobId, outcome.message);
        finishAnswer(false); // last: a refused first change deletes this command
        return;
    }
    m_version = outcome.job->version;
    m_flow->store()->settleJob(*outcome.job);
    m_flow->reportSettled(m_jobId, {});
    if (m_queued) {
        const JobStatus next = *m_queued;
        m_queued.reset();
        if (next != target)
            send(next);
    }
    finishAnswer(true);
}

} // namespace fielddesk::board
