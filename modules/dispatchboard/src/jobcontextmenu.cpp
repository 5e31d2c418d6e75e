#include "fielddesk/dispatchboard/jobcontextmenu.h"

#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobtablemodel.h"

#include <QDateTime>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kAssignMenuEntries = 25;

} // namespace

JobContextMenu::JobContextMenu(board::DispatchStore *store,
                               board::AssignmentFlow *flow,
                               QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_flow(flow)
    , m_parent(parent)
{}

void JobContextMenu::exec(const QList<qint64> &jobIds, const QPoint &globalPos)
{
    if (jobIds.isEmpty() || !m_store->job(jobIds.first()))
        return;
    QMenu menu;
    fill(menu, jobIds);
    menu.exec(globalPos);
}

void JobContextMenu::fill(QMenu &menu, const QList<qint64> &jobIds)
{
    const board::JobRecord *first = jobIds.isEmpty() ? nullptr : m_store->job(jobIds.first());
    if (!first)
        return;
    const Job &job = first->job;
    const qint64 firstId = job.id;
    menu.addAction(tr("Details"), this, [this, firstId] { emit detailsRequested(firstId); });
    QAction *edit =
        menu.addAction(tr("Edit job…"), this, [this, firstId] { emit editRequested(firstId); });
    edit->setObjectName(QStringLiteral("editJobMenuAction"));
    QAction *duplicate = menu.addAction(tr("Duplicate job…"), this,
                                        [this, firstId] { emit duplicateRequested(firstId); });
    duplicate->setObjectName(QStringLiteral("duplicateJobMenuAction"));
    addAssignMenu(menu, jobIds, job.locationId);

    QAction *unassign =
        menu.addAction(tr("Unassign"), m_flow, [this, jobIds] { m_flow->unassign(jobIds); });
    unassign->setEnabled(job.technicianId.has_value());
    QAction *bestSlot = menu.addAction(tr("Find best slot…"), this,
                                       [this, firstId] { emit bestSlotRequested(firstId); });
    bestSlot->setObjectName(QStringLiteral("findBestSlotMenuAction"));
    // Shown in the menu; the board's own action takes the key outside it.
    bestSlot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    bestSlot->setShortcutContext(Qt::WidgetShortcut);
    bestSlot->setEnabled(job.status == JobStatus::New || job.status == JobStatus::Scheduled);
    addStatusMenu(menu, jobIds, job.status);

    menu.addSeparator();
    QAction *onMap = menu.addAction(tr("Show on map"), this,
                                    [this, firstId] { emit showOnMapRequested(firstId); });
    onMap->setEnabled(job.latitude && job.longitude);
    menu.addAction(tr("Show on timeline"), this,
                   [this, firstId] { emit showOnTimelineRequested(firstId); });
    if (job.technicianId) {
        const qint64 technicianId = *job.technicianId;
        menu.addAction(tr("Show the technician's route"), this,
                       [this, technicianId] { emit technicianRouteRequested(technicianId); });
    }
}

void JobContextMenu::addAssignMenu(QMenu &menu, const QList<qint64> &jobIds, qint64 locationId)
{
    // The technicians of the job's location, least busy first.
    QMenu *assign = menu.addMenu(tr("Assign to"));
    QList<int> rows;
    for (int row = 0; row < m_store->technicianCount(); ++row) {
        if (m_store->technicianAt(row).technician.locationId == locationId)
            rows << row;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<int, double> utilisation;
    for (const int row : std::as_const(rows))
        utilisation.insert(row, m_store->dayStats(row, now).utilisation);
    std::sort(rows.begin(), rows.end(),
              [&](int a, int b) { return utilisation.value(a) < utilisation.value(b); });
    for (const int row : rows.mid(0, kAssignMenuEntries)) {
        const Technician &t = m_store->technicianAt(row).technician;
        const qint64 technicianId = t.id;
        assign->addAction(
            tr("%1 (%2 %)").arg(t.name).arg(qRound(utilisation.value(row) * 100)), m_flow,
            [this, jobIds, technicianId] { m_flow->assignInSequence(jobIds, technicianId); });
    }
    assign->setEnabled(!assign->isEmpty());
}

void JobContextMenu::addStatusMenu(QMenu &menu, const QList<qint64> &jobIds, JobStatus from)
{
    QMenu *status = menu.addMenu(tr("Change status"));
    for (const JobStatus to : allowedStatusChanges(from)) {
        status->addAction(board::JobTableModel::statusTitle(to), this, [this, jobIds, to] {
            if (to == JobStatus::Cancelled &&
                QMessageBox::question(m_parent, tr("Cancel jobs"),
                                      tr("Cancel %n job(s)? This cannot be undone.", nullptr,
                                         int(jobIds.size()))) != QMessageBox::Yes)
                return;
            m_flow->changeStatus(jobIds, to);
        });
    }
    status->setEnabled(!status->isEmpty());
}

} // namespace fielddesk::dispatchboard
