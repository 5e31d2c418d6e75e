// An applied routing proposal on the undo stack: the server applied it already (redo the
// first time does nothing); undo sends every changed job back where it was, redo sends them
// to the proposal's places again, each time as one all-or-nothing batch that expects the
// versions the last step left. A refused step makes the command obsolete and says why.
// Part of fielddesk_board.
#pragma once

#include "fielddesk/board/jobplacement.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUndoCommand>

#include <memory>

namespace fielddesk::board {

class AssignmentFlow;

class ApplyRouteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyRouteCommand)

public:
    struct Change
    {
        qint64 jobId = 0;
        JobPlacement from;  // before the proposal was applied
        JobPlacement to;    // the proposal's place
        qint64 version = 0; // the version the applied change left
    };

    ApplyRouteCommand(AssignmentFlow *flow,
                      qint64 proposalId,
                      const QList<Change> &changes,
                      QUndoCommand *parent = nullptr);
    ~ApplyRouteCommand() override;

    void redo() override;
    void undo() override;

    const QList<Change> &changes() const { return m_changes; }
    bool isBusy() const { return m_busy; }

private:
    void send(bool forward);

    AssignmentFlow *m_flow;
    QList<Change> m_changes;
    bool m_applied = true; // the server applied it before the command was pushed
    bool m_busy = false;
    std::unique_ptr<QObject> m_guard;
};

} // namespace fielddesk::board
