// Moves one job to a placement and back on undo, through the server with version checks:
// the base of AssignJobCommand and UnassignJobCommand. Pushed on the undo stack only once the
// server accepted it (ServerChangeCommand). Part of fielddesk_board.
#pragma once

#include "fielddesk/board/assignmentoutcome.h"
#include "fielddesk/board/jobplacement.h"
#include "fielddesk/board/serverchangecommand.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace fielddesk::board {

class AssignmentFlow;

class JobPlacementCommand : public ServerChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobPlacementCommand)

public:
    JobPlacementCommand(AssignmentFlow *flow,
                        qint64 jobId,
                        const JobPlacement &to,
                        QUndoCommand *parent = nullptr);
    ~JobPlacementCommand() override;

    qint64 jobId() const { return m_jobId; }
    JobPlacement from() const { return m_from; }
    JobPlacement to() const { return m_to; }
    // Waiting for the server's answer.
    bool isBusy() const { return m_busy; }

protected:
    void sendForward() override { send(m_to); }
    void sendBack() override { send(m_from); }

private:
    void send(const JobPlacement &target);
    void handle(const JobPlacement &target, const AssignmentOutcome &outcome);
    void fail(const std::optional<Job> &current, const QString &message);

    AssignmentFlow *m_flow;
    qint64 m_jobId;
    JobPlacement m_from;
    JobPlacement m_to;
    // The version the last settled change left (what the next change expects).
    qint64 m_version = 0;
    bool m_force = false;
    bool m_busy = false;
    std::optional<JobPlacement> m_queued;
    // Answers for a command the stack has deleted go nowhere.
    std::unique_ptr<QObject> m_guard;
};

} // namespace fielddesk::board
