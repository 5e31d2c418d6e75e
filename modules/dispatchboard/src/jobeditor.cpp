#include "fielddesk/dispatchboard/jobeditor.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/jobedit/jobdialog.h"
#include "fielddesk/jobedit/jobeditclient.h"
#include "fielddesk/map/mapview.h"

#include <QWidget>

namespace fielddesk::dispatchboard {

JobEditor::JobEditor(board::BoardSession *session, QWidget *board)
    : QObject(board)
    , m_session(session)
    , m_board(board)
    , m_client(new jobedit::JobEditClient(session->api(), this))
{
    connect(session->loader(), &board::DispatchLoader::loaded, this, &JobEditor::assignPending);
}

jobedit::JobDialog *JobEditor::open()
{
    if (m_dialog)
        m_dialog->close(); // one job dialog at a time: the newest ask wins
    const board::DispatchStore *store = m_session->store();
    jobedit::JobDialogContext context;
    context.locations = m_locations;
    for (int row = 0; row < store->technicianCount(); ++row)
        context.technicians.append(store->technicianAt(row).technician);
    context.zone = store->timeZone();
    context.day = store->day();
    if (m_map) {
        context.mapCentre = m_map->center();
        context.mapZoom = m_map->zoom();
    }
    auto *dialog = new jobedit::JobDialog(m_client, context, m_board);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &jobedit::JobDialog::jobSaved, this,
            [this, dialog](const Job &job, bool created) {
                m_session->store()->upsertJob(job);
                saved(dialog, job.id, created);
            });
    m_dialog = dialog;
    return dialog;
}

jobedit::JobDialog *JobEditor::newJob(qint64 locationId)
{
    jobedit::JobDialog *dialog = open();
    dialog->startNew(locationId);
    dialog->open();
    return dialog;
}

jobedit::JobDialog *JobEditor::newJobAt(qint64 technicianId, const QDateTime &start)
{
    const board::TechnicianRecord *technician = m_session->store()->technician(technicianId);
    jobedit::JobDialog *dialog = open();
    dialog->startNew(technician ? technician->technician.locationId : 0);
    dialog->presetAssignment(technicianId, start);
    dialog->open();
    return dialog;
}

jobedit::JobDialog *JobEditor::editJob(qint64 jobId)
{
    const board::JobRecord *record = m_session->store()->job(jobId);
    if (!record)
        return nullptr;
    Job job = record->job;
    // A change still waiting for the server is not what the edit is based on.
    job.version = m_session->store()->confirmedVersion(jobId);
    jobedit::JobDialog *dialog = open();
    dialog->startEdit(job);
    dialog->open();
    return dialog;
}

jobedit::JobDialog *JobEditor::duplicateJob(qint64 jobId)
{
    const board::JobRecord *record = m_session->store()->job(jobId);
    if (!record)
        return nullptr;
    jobedit::JobDialog *dialog = open();
    dialog->startDuplicate(record->job);
    dialog->open();
    return dialog;
}

void JobEditor::saved(jobedit::JobDialog *dialog, qint64 jobId, bool created)
{
    const std::optional<jobedit::JobDialog::Assignment> assignment =
        created ? dialog->assignment() : std::nullopt;
    const board::DispatchStore *store = m_session->store();
    if (!assignment) {
        // A job that is not on the days shown: show its day.
        const std::optional<QDateTime> window = parseTimestamp(dialog->formJob().windowStart);
        if (!store->job(jobId) && window)
            emit showJobRequested(jobId, window->toTimeZone(store->timeZone()).date());
        return;
    }
    m_pending = PendingAssignment{jobId, assignment->technicianId, assignment->start};
    const QDate day = assignment->start.toTimeZone(store->timeZone()).date();
    if (store->job(jobId) && store->dayIndexOf(assignment->start.toMSecsSinceEpoch()) >= 0)
        assignPending();
    else
        emit showJobRequested(jobId, day); // assigned once that day is in
}

void JobEditor::assignPending()
{
    if (!m_pending || !m_session->store()->job(m_pending->jobId))
        return;
    const PendingAssignment pending = *std::exchange(m_pending, std::nullopt);
    m_session->flow()->assign(pending.jobId, pending.technicianId, pending.start);
}

} // namespace fielddesk::dispatchboard
