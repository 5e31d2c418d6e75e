// Opens the job dialogs from the board (new, new at a place on the timeline, edit, duplicate)
// with what the board knows (locations, technicians, day, time zone), and brings their result
// onto the board: a saved job into the store at once (its live event follows), and a new job's
// "assign now" through the assignment flow, undoable, with its warnings. A job for another day
// is assigned once that day is shown. Depends on fielddesk_board and fielddesk_jobedit.
#pragma once

#include "fielddesk/jobedit/jobdialog.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace fielddesk::board {
class BoardSession;
}

namespace fielddesk::jobedit {
class JobEditClient;
}

namespace fielddesk::map {
class MapView;
}

namespace fielddesk::dispatchboard {

class JobEditor : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over board.
    JobEditor(board::BoardSession *session, QWidget *board);

    void setLocations(const QHash<qint64, QString> &names) { m_locations = names; }
    // The board's map: where picking a place starts.
    void setMap(map::MapView *map) { m_map = map; }

    jobedit::JobDialog *newJob(qint64 locationId = 0);
    // A new job assigned at once to the technician at that time.
    jobedit::JobDialog *newJobAt(qint64 technicianId, const QDateTime &start);
    // nullptr when the job is not on the board.
    jobedit::JobDialog *editJob(qint64 jobId);
    jobedit::JobDialog *duplicateJob(qint64 jobId);
    // The dialog open now, if any.
    jobedit::JobDialog *openDialog() const { return m_dialog; }

signals:
    // The saved job should be shown, on its day.
    void showJobRequested(qint64 jobId, QDate day);

private:
    jobedit::JobDialog *open();
    void saved(jobedit::JobDialog *dialog, qint64 jobId, bool created);
    void assignPending();

    struct PendingAssignment
    {
        qint64 jobId = 0;
        qint64 technicianId = 0;
        QDateTime start;
    };

    board::BoardSession *m_session;
    QWidget *m_board;
    jobedit::JobEditClient *m_client;
    QHash<qint64, QString> m_locations;
    QPointer<jobedit::JobDialog> m_dialog;
    map::MapView *m_map = nullptr;
    std::optional<PendingAssignment> m_pending;
};

} // namespace fielddesk::dispatchboard
