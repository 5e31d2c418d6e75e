#include "fielddesk/board/assignmentflow.h"

#include "fielddesk/board/assignjobcommand.h"
#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/changejobstatuscommand.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/serverchangecommand.h"
#include "fielddesk/board/unassignjobcommand.h"
#include "fielddesk/domain/timestamps.h"

#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace fielddesk::board {

namespace {

constexpr qint64 kFlowMsPerMinute = 60 * 1000;

QString apiTime(qint64 ms)
{
    return toTimestamp(QDateTime::fromMSecsSinceEpoch(ms));
}

// Several accepted changes of one action as one entry of the undo stack.
class AcceptedGroup : public QUndoCommand
{
public:
    AcceptedGroup(const QString &text, std::vector<std::unique_ptr<ServerChangeCommand>> changes)
        : m_changes(std::move(changes))
    {
        setText(text);
    }

    void redo() override
    {
        for (const auto &change : m_changes)
            change->redo();
    }

    void undo() override
    {
        for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
            (*it)->undo();
    }

private:
    std::vector<std::unique_ptr<ServerChangeCommand>> m_changes;
};

} // namespace

// One action of the dispatcher whose changes the server has not all answered yet.
struct AssignmentFlow::PendingAction
{
    Commands waiting;
    Commands accepted;
    std::function<QString(int)> groupText;
    QString text; // what undo would take back
    bool takeBack = false;
};

AssignmentFlow::AssignmentFlow(DispatchStore *store, AssignmentClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &AssignmentFlow::undoStateChanged);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &AssignmentFlow::undoStateChanged);
}

AssignmentFlow::~AssignmentFlow()
{
    // Commands refer to this flow: they go first.
    clearHistory();
}

bool AssignmentFlow::canUndo() const
{
    return m_undoStack->canUndo() ||
           std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [](const std::shared_ptr<PendingAction> &a) { return !a->takeBack; });
}

QString AssignmentFlow::undoText() const
{
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it) {
        if (!(*it)->takeBack)
            return (*it)->text;
    }
    return m_undoStack->undoText();
}

void AssignmentFlow::undo()
{
    // The newest action still waiting for the server goes first: it is the dispatcher's last.
    for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
        if (!(*it)->takeBack) {
            (*it)->takeBack = true;
            emit undoStateChanged();
            return;
        }
    }
    m_undoStack->undo();
}

void AssignmentFlow::clearHistory()
{
    m_undoStack->clear();
    m_pending.clear();
    emit undoStateChanged();
}

void AssignmentFlow::perform(Commands commands, std::function<QString(int)> groupText)
{
    if (commands.empty())
        return;
    auto action = std::make_shared<PendingAction>();
    action->groupText = std::move(groupText);
    action->text = commands.size() > 1 && action->groupText
                       ? action->groupText(int(commands.size()))
                       : commands.front()->text();
    std::vector<ServerChangeCommand *> started;
    for (auto &command : commands)
        started.push_back(command.get());
    action->waiting = std::move(commands);
    m_pending.push_back(action);
    emit undoStateChanged();
    for (ServerChangeCommand *command : started) {
        // An answer can come at once (a job no longer on the board) and delete the command.
        // Weak: the action owns its commands, and they own this callback.
        command->start([this, weak = std::weak_ptr<PendingAction>(action), command](bool accepted) {
            if (const std::shared_ptr<PendingAction> pending = weak.lock())
                settle(pending, command, accepted);
        });
    }
}

void AssignmentFlow::settle(const std::shared_ptr<PendingAction> &action,
                            ServerChangeCommand *command,
                            bool accepted)
{
    const auto it = std::find_if(
        action->waiting.begin(), action->waiting.end(),
        [command](const std::unique_ptr<ServerChangeCommand> &c) { return c.get() == command; });
    if (it == action->waiting.end())
        return;
    std::unique_ptr<ServerChangeCommand> owned = std::move(*it);
    action->waiting.erase(it);
    if (accepted)
        action->accepted.push_back(std::move(owned));
    if (!action->waiting.empty())
        return; // a refused command is deleted when this returns: nothing runs after its answer
    const auto pending = std::find(m_pending.begin(), m_pending.end(), action);
    if (pending == m_pending.end())
        return; // the history was cleared meanwhile
    m_pending.erase(pending);
    if (!action->accepted.empty()) {
        QUndoCommand *entry = nullptr;
        if (action->accepted.size() == 1) {
            entry = action->accepted.front().release();
        } else {
            const int count = int(action->accepted.size());
            entry = new AcceptedGroup(action->groupText ? action->groupText(count) : action->text,
                                      std::move(action->accepted));
        }
        m_undoStack->push(entry); // its redo() sends nothing: the server has the change
        if (action->takeBack)
            m_undoStack->undo();
    }
    emit undoStateChanged();
}

void AssignmentFlow::assign(qint64 jobId, qint64 technicianId, const QDateTime &plannedStart)
{
    if (!m_store->job(jobId) || !plannedStart.isValid())
        return;
    Commands commands;
    commands.push_back(
        std::make_unique<AssignJobCommand>(this, jobId, technicianId, toTimestamp(plannedStart)));
    perform(std::move(commands));
}

void AssignmentFlow::assignInSequence(const QList<qint64> &jobIds,
                                      qint64 technicianId,
                                      const QDateTime &start)
{
    const TechnicianRecord *technician = m_store->technician(technicianId);
    if (!technician || jobIds.isEmpty())
        return;
    qint64 at = start.isValid() ? start.toMSecsSinceEpoch() : kNoTime;
    if (at == kNoTime) {
        // After the technician's last job, else at the start of the shift, else 08:00.
        at = technician->shift.isValid()
                 ? technician->shift.startMs
                 : QDateTime(m_store->day(), QTime(8, 0), m_store->timeZone()).toMSecsSinceEpoch();
        // Several days shown: after the last job of the first one.
        for (const int row : technician->jobRows) {
            const JobRecord &other = m_store->jobAt(row);
            if (!jobIds.contains(other.job.id) && m_store->dayIndexOf(other.plannedStartMs) <= 0)
                at = std::max(at, other.plannedEndMs);
        }
    }
    Commands commands;
    for (const qint64 jobId : jobIds) {
        const JobRecord *record = m_store->job(jobId);
        if (!record)
            continue;
        const qint64 duration = record->job.durationMin * kFlowMsPerMinute;
        commands.push_back(
            std::make_unique<AssignJobCommand>(this, jobId, technicianId, apiTime(at)));
        at += duration;
    }
    const QString name = technician->technician.name;
    perform(std::move(commands),
            [name](int count) { return tr("Assign %n job(s) to %1", nullptr, count).arg(name); });
}

void AssignmentFlow::unassign(const QList<qint64> &jobIds)
{
    QList<qint64> assigned;
    for (const qint64 jobId : jobIds) {
        const JobRecord *record = m_store->job(jobId);
        if (record && record->job.technicianId)
            assigned << jobId;
    }
    Commands commands;
    for (const qint64 jobId : std::as_const(assigned))
        commands.push_back(std::make_unique<UnassignJobCommand>(this, jobId));
    perform(std::move(commands),
            [](int count) { return tr("Unassign %n job(s)", nullptr, count); });
}

void AssignmentFlow::changeStatus(const QList<qint64> &jobIds, JobStatus status)
{
    QList<qint64> undoable;
    for (const qint64 jobId : jobIds) {
        const JobRecord *record = m_store->job(jobId);
        if (!record || !allowedStatusChanges(record->job.status).contains(status))
            continue;
        if (ChangeJobStatusCommand::canTakeBack(record->job.status, status)) {
            undoable << jobId;
            continue;
        }
        // No way back in the lifecycle: not an undoable command, sent as it is.
        Job proposed = record->job;
        proposed.status = status;
        const qint64 version = m_store->confirmedVersion(jobId);
        m_store->proposeJob(proposed);
        sendStatus(jobId, status, version, this, [this, jobId](const AssignmentOutcome &outcome) {
            if (outcome.kind == AssignmentOutcome::Kind::Settled && outcome.job) {
                m_store->settleJob(*outcome.job);
                reportSettled(jobId, {});
            } else {
                m_store->revertJob(jobId, outcome.job);
                reportRejected(jobId, outcome.message);
            }
        });
    }
    Commands commands;
    for (const qint64 jobId : std::as_const(undoable))
        commands.push_back(std::make_unique<ChangeJobStatusCommand>(this, jobId, status));
    perform(std::move(commands),
            [](int count) { return tr("Change the status of %n job(s)", nullptr, count); });
}

template<typename Outcome>
std::function<void(const Outcome &)>
AssignmentFlow::tracked(QObject *context, std::function<void(const Outcome &)> done)
{
    ++m_inFlight;
    // Answered in the flow's context so that the count stays right when the command that
    // asked is gone (the undo stack deleted it); only then is the answer dropped.
    return [this, guard = QPointer<QObject>(context), done = std::move(done)](const Outcome &o) {
        --m_inFlight;
        if (guard)
            done(o);
        if (m_inFlight == 0)
            emit idle();
    };
}

void AssignmentFlow::sendStatus(qint64 jobId,
                                JobStatus status,
                                qint64 expectedVersion,
                                QObject *context,
                                std::function<void(const AssignmentOutcome &)> done)
{
    m_client->changeStatus(jobId, status, expectedVersion, this, tracked(context, std::move(done)));
}

void AssignmentFlow::sendBatch(const QList<AssignmentClient::BatchPlacement> &placements,
                               QObject *context,
                               std::function<void(const BatchOutcome &)> done)
{
    m_client->placeBatch(placements, this, tracked(context, std::move(done)));
}

void AssignmentFlow::send(qint64 jobId,
                          const JobPlacement &to,
                          qint64 expectedVersion,
                          bool force,
                          QObject *context,
                          std::function<void(const AssignmentOutcome &)> done)
{
    m_client->place(jobId, to, expectedVersion, force, this, tracked(context, std::move(done)));
}

void AssignmentFlow::askOverride(const Job &job,
                                 const QList<AssignmentWarning> &warnings,
                                 std::function<void(bool)> decide)
{
    if (!m_prompt) {
        decide(false);
        return;
    }
    m_prompt(job, warnings, std::move(decide));
}

void AssignmentFlow::reportSettled(qint64 jobId, const QList<AssignmentWarning> &)
{
    emit changeSettled(jobId);
}

void AssignmentFlow::reportRejected(qint64 jobId, const QString &message)
{
    emit changeRejected(jobId, message);
}

Job AssignmentFlow::proposedJob(const Job &job, const JobPlacement &to) const
{
    Job proposed = job;
    if (!to.isAssigned()) {
        proposed.technicianId.reset();
        proposed.technicianName.clear();
        proposed.plannedStart.clear();
        proposed.plannedEnd.clear();
        return proposed;
    }
    proposed.technicianId = to.technicianId;
    if (const TechnicianRecord *technician = m_store->technician(*to.technicianId))
        proposed.technicianName = technician->technician.name;
    proposed.plannedStart = to.plannedStart;
    const qint64 start = timestampMs(to.plannedStart);
    proposed.plannedEnd =
        start == kNoTime ? QString() : apiTime(start + job.durationMin * kFlowMsPerMinute);
    return proposed;
}

} // namespace fielddesk::board
