// Moves a job one step along its lifecycle (dispatch it, recall it) and back on undo, through
// the server with version checks; only for steps the lifecycle can take back. A refused step
// snaps back; pushed on the undo stack only once the server accepted it
// (ServerChangeCommand). Part of fielddesk_board.
#pragma once

#include "fielddesk/board/assignmentoutcome.h"
#include "fielddesk/board/serverchangecommand.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace fielddesk::board {

class AssignmentFlow;

class ChangeJobStatusCommand : public ServerChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJobStatusCommand)

public:
    ChangeJobStatusCommand(AssignmentFlow *flow,
                           qint64 jobId,
                           JobStatus to,
                           QUndoCommand *parent = nullptr);
    ~ChangeJobStatusCommand() override;

    // Whether the lifecycle allows going back from to to from.
    static bool canTakeBack(JobStatus from, JobStatus to)
    {
        return allowedStatusChanges(to).contains(from);
    }

protected:
    void sendForward() override { send(m_to); }
    void sendBack() override { send(m_from); }

private:
    void send(JobStatus target);
    void handle(JobStatus target, const AssignmentOutcome &outcome);

    AssignmentFlow *m_flow;
    qint64 m_jobId;
    JobStatus m_from = JobStatus::New;
    JobStatus m_to;
    qint64 m_version = 0;
    bool m_busy = false;
    std::optional<JobStatus> m_queued;
    std::unique_ptr<QObject> m_guard;
};

} // namespace fielddesk::board
