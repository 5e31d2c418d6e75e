// Takes a job off its technician's day; undo assigns it back at the same time.
// Part of fielddesk_board.
#pragma once

#include "fielddesk/board/jobplacementcommand.h"

namespace fielddesk::board {

class UnassignJobCommand : public JobPlacementCommand
{
public:
    UnassignJobCommand(AssignmentFlow *flow, qint64 jobId, QUndoCommand *parent = nullptr);
};

} // namespace fielddesk::board
