#include "fielddesk/board/unassignjobcommand.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"

namespace fielddesk::board {

UnassignJobCommand::UnassignJobCommand(AssignmentFlow *flow, qint64 jobId, QUndoCommand *parent)
    : JobPlacementCommand(flow, jobId, JobPlacement::unassigned(), parent)
{
    const JobRecord *record = flow->store()->job(jobId);
    setText(tr("Unassign “%1”").arg(record ? record->job.title : QString::number(jobId)));
}

} // namespace fielddesk::board
