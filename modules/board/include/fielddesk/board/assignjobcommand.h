// Assigns a job to a technician at a planned start: a first assignment, a reschedule along
// the same technician's day or a reassignment. Undo puts the job back where it was.
// Part of fielddesk_board.
#pragma once

#include "fielddesk/board/jobplacementcommand.h"

namespace fielddesk::board {

class AssignJobCommand : public JobPlacementCommand
{
public:
    AssignJobCommand(AssignmentFlow *flow,
                     qint64 jobId,
                     qint64 technicianId,
                     const QString &plannedStart,
                     QUndoCommand *parent = nullptr);
};

} // namespace fielddesk::board
