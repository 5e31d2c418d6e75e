#include "fielddesk/board/assignmentflow.h"

#include "fielddesk/board/assignjobcommand.h"
#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/changejobstatuscommand.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/unassignjobcommand.h"
#include "fielddesk/domain/timestamps.h"

#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace fielddesk::board {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;

QString apiTime(qint64 ms)
{
    return toTimestamp(QDateTime::fromMSecsSinceEpoch(ms));
}

} // namespace

AssignmentFlow::AssignmentFlow(DispatchStore *store, AssignmentClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_undoStack(new QUndoStack(this))
{}

AssignmentFlow::~AssignmentFlow()
{
    // Commands refer to this flow: they go first.
    m_undoStack->clear();
}

void AssignmentFlow::assign(qint64 jobId, qint64 technicianId, const QDateTime &plannedStart)
{
    if (!m_store->job(jobId) || !plannedStart.isValid())
        return;
    m_undoStack->push(new AssignJobCommand(this, jobId, technicianId, toTimestamp(plannedStart)));
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
    if (jobIds.size() > 1)
        m_undoStack->beginMacro(tr("Assign %n job(s) to %1", nullptr, int(jobIds.size()))
                                    .arg(technician->technician.name));
    for (const qint64 jobId : jobIds) {
        const JobRecord *record = m_store->job(jobId);
        if (!record)
            continue;
        const qint64 duration = record->job.durationMin * kMsPerMinute;
        m_undoStack->push(new AssignJobCommand(this, jobId, technicianId, apiTime(at)));
        at += duration;
    }
    if (jobIds.size() > 1)
        m_undoStack->endMacro();
}

void AssignmentFlow::unassign(const QList<qint64> &jobIds)
{
    QList<qint64> assigned;
    for (const qint64 jobId : jobIds) {
        const JobRecord *record = m_store->job(jobId);
        if (record && record->job.technicianId)
            assigned << jobId;
    }
    if (assigned.isEmpty())
        return;
    if (assigned.size() > 1)
        m_undoStack->beginMacro(tr("Unassign %n job(s)", nullptr, int(assigned.size())));
    for (const qint64 jobId : std::as_const(assigned))
        m_undoStack->push(new UnassignJobCommand(this, jobId));
    if (assigned.size() > 1)
        m_undoStack->endMacro();
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
    if (undoable.size() > 1)
        m_undoStack->beginMacro(
            tr("Change the status of %n job(s)", nullptr, int(undoable.size())));
    for (const qint64 jobId : std::as_const(undoable))
        m_undoStack->push(new ChangeJobStatusCommand(this, jobId, status));
    if (undoable.size() > 1)
        m_undoStack->endMacro();
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
        start == kNoTime ? QString() : apiTime(start + job.durationMin * kMsPerMinute);
    return proposed;
}

} // namespace fielddesk::board
