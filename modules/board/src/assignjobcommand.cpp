#include "fielddesk/board/assignjobcommand.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/displayformat.h"

namespace fielddesk::board {

AssignJobCommand::AssignJobCommand(AssignmentFlow *flow,
                                   qint64 jobId,
                                   qint64 technicianId,
                                   const QString &plannedStart,
                                   QUndoCommand *parent)
    : JobPlacementCommand(flow, jobId, JobPlacement{technicianId, plannedStart}, parent)
{
    const DispatchStore *store = flow->store();
    const JobRecord *record = store->job(jobId);
    const TechnicianRecord *technician = store->technician(technicianId);
    const QString title = record ? record->job.title : QString::number(jobId);
    const QString name = technician ? technician->technician.name : QString::number(technicianId);
    const qint64 startMs = timestampMs(plannedStart);
    const QString at =
        startMs == kNoTime
            ? QString()
            : client::display::time(QDateTime::fromMSecsSinceEpoch(startMs, store->timeZone()));
    if (from().technicianId == technicianId)
        setText(tr("Reschedule “%1” to %2").arg(title, at));
    else if (from().isAssigned())
        setText(tr("Reassign “%1” to %2 at %3").arg(title, name, at));
    else
        setText(tr("Assign “%1” to %2 at %3").arg(title, name, at));
}

} // namespace fielddesk::board
