// The dispatcher's assignment actions, from a drop to a settled job: the job shows at once as
// pending in the store, settles on the server's answer, or snaps back (with who changed what)
// when the job changed meanwhile. Each action the server accepted is an undoable command on
// the flow's QUndoStack (several jobs one entry); a refused one leaves no entry, and undo of
// an action still waiting for the server takes it back as soon as it is accepted. Warnings from the
// server go to the prompt the board installs, which may choose a deliberate override. Part of
// fielddesk_board: no widgets (the prompt is the board's).
#pragma once

#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/assignmentoutcome.h"
#include "fielddesk/board/jobplacement.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QUndoStack;

namespace fielddesk::board {

class AssignmentClient;
class DispatchStore;
class ServerChangeCommand;

class AssignmentFlow : public QObject
{
    Q_OBJECT

public:
    // Shown the warnings of one job's change; calls decide(true) to send it anyway.
    using WarningsPrompt = std::function<void(const Job &job,
                                              const QList<AssignmentWarning> &warnings,
                                              std::function<void(bool override)> decide)>;

    AssignmentFlow(DispatchStore *store, AssignmentClient *client, QObject *parent = nullptr);
    ~AssignmentFlow() override;

    DispatchStore *store() const { return m_store; }
    AssignmentClient *client() const { return m_client; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // No change is waiting for the server.
    bool isIdle() const { return m_inFlight == 0; }

    // Undo as the dispatcher sees it: the last action, accepted or still waiting for the
    // server (that one is taken back once accepted). Redo is the stack's.
    bool canUndo() const;
    QString undoText() const;
    void undo();
    // Forgets every action, accepted or waiting (their answers still settle the store).
    void clearHistory();

    // Without a prompt, warnings are never overridden (the change snaps back).
    void setWarningsPrompt(WarningsPrompt prompt) { m_prompt = std::move(prompt); }

    // The actions (each one undoable command, several jobs one macro).
    void assign(qint64 jobId, qint64 technicianId, const QDateTime &plannedStart);
    // Several jobs one after the other from start (or after the technician's last job when
    // start is invalid), in the given order.
    void
    assignInSequence(const QList<qint64> &jobIds, qint64 technicianId, const QDateTime &start = {});
    void unassign(const QList<qint64> &jobIds);
    // Moves jobs along their lifecycle; jobs that cannot take that step are left alone.
    // Steps the lifecycle can take back (dispatch, recall) are undoable commands; the others
    // (complete, cancel) are sent at once.
    void changeStatus(const QList<qint64> &jobIds, JobStatus status);

    // Used by the commands.
    void send(qint64 jobId,
              const JobPlacement &to,
              qint64 expectedVersion,
              bool force,
              QObject *context,
              std::function<void(const AssignmentOutcome &)> done);
    // Several placements at once, all or nothing (ApplyRouteCommand).
    void sendBatch(const QList<AssignmentClient::BatchPlacement> &placements,
                   QObject *context,
                   std::function<void(const BatchOutcome &)> done);
    void sendStatus(qint64 jobId,
                    JobStatus status,
                    qint64 expectedVersion,
                    QObject *context,
                    std::function<void(const AssignmentOutcome &)> done);
    void askOverride(const Job &job,
                     const QList<AssignmentWarning> &warnings,
                     std::function<void(bool)> decide);
    void reportSettled(qint64 jobId, const QList<AssignmentWarning> &warnings);
    void reportRejected(qint64 jobId, const QString &message);
    // The job as the dispatcher would see it at a placement (for the pending preview).
    Job proposedJob(const Job &job, const JobPlacement &to) const;

signals:
    void changeSettled(qint64 jobId);
    // Snapped back: message says why (who changed what, the server's refusal).
    void changeRejected(qint64 jobId, const QString &message);
    // Every change asked for has an answer.
    void idle();
    // canUndo() or undoText() may have changed.
    void undoStateChanged();

private:
    struct PendingAction;
    using Commands = std::vector<std::unique_ptr<ServerChangeCommand>>;
    // Starts the commands of one action; accepted ones go on the stack as one entry named by
    // groupText(accepted count) when there are several.
    void perform(Commands commands, std::function<QString(int)> groupText = {});
    void settle(const std::shared_ptr<PendingAction> &action,
                ServerChangeCommand *command,
                bool accepted);

    // `done` wrapped to count the request in flight, drop the answer once `context` is gone
    // and say idle() when nothing is out any more.
    template<typename Outcome>
    std::function<void(const Outcome &)> tracked(QObject *context,
                                                 std::function<void(const Outcome &)> done);

    DispatchStore *m_store;
    AssignmentClient *m_client;
    QUndoStack *m_undoStack;
    WarningsPrompt m_prompt;
    int m_inFlight = 0;
    std::vector<std::shared_ptr<PendingAction>> m_pending; // oldest first
};

} // namespace fielddesk::board
