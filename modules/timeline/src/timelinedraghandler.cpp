#include "fielddesk/timeline/timelinedraghandler.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobmimedata.h"
#include "fielddesk/timeline/timelineview.h"

#include <QApplication>

namespace fielddesk::timeline {

using board::JobRecord;

TimelineDragHandler::TimelineDragHandler(TimelineView *view)
    : QObject(view)
    , m_view(view)
{}

void TimelineDragHandler::press(qint64 jobId, const QPoint &pos)
{
    const JobRecord *record = m_view->store()->job(jobId);
    if (!record)
        return;
    m_press = BarPress{jobId, pos, m_view->timeAt(pos.x()) - record->plannedStartMs, false};
}

void TimelineDragHandler::pressRow(int row, const QPoint &pos)
{
    m_span = SpanPress{row, pos, snap(m_view->timeAt(pos.x())), false};
}

void TimelineDragHandler::moveSpan(const QPoint &pos)
{
    if (!m_span->dragging &&
        (pos - m_span->pos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_span->dragging = true;
    // Along the row it was pressed on, whichever way the mouse goes.
    const qint64 at = snap(m_view->timeAt(pos.x()));
    const qint64 start = std::min(at, m_span->anchorMs);
    setGhost(Ghost{m_span->row, start, std::max(at, m_span->anchorMs) - start});
}

void TimelineDragHandler::releaseSpan()
{
    const SpanPress span = *m_span;
    m_span.reset();
    const std::optional<Ghost> ghost = m_ghost;
    setGhost(std::nullopt);
    if (!span.dragging || !ghost || ghost->durationMs <= 0)
        return;
    emit periodRequested(m_view->technicianAtRow(span.row), ghost->startMs,
                         ghost->startMs + ghost->durationMs);
}

void TimelineDragHandler::move(const QPoint &pos)
{
    if (m_span) {
        moveSpan(pos);
        return;
    }
    if (!m_press)
        return;
    if (!m_press->dragging &&
        (pos - m_press->pos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_press->dragging = true;
    const JobRecord *record = m_view->store()->job(m_press->jobId);
    if (!record) {
        m_press.reset();
        setGhost(std::nullopt);
        return;
    }
    setGhost(ghostAt(pos, record->plannedEndMs - record->plannedStartMs, m_press->grabOffsetMs));
    m_view->setCursor(m_view->viewport()->rect().contains(pos) ? Qt::ClosedHandCursor
                                                               : Qt::ForbiddenCursor);
}

void TimelineDragHandler::release(const QPoint &pos)
{
    if (m_span) {
        releaseSpan();
        return;
    }
    if (!m_press)
        return;
    const BarPress press = *m_press;
    m_press.reset();
    m_view->unsetCursor();
    const std::optional<Ghost> ghost = m_ghost;
    setGhost(std::nullopt);
    if (!press.dragging)
        return;
    if (!m_view->viewport()->rect().contains(pos)) {
        emit unassignRequested(press.jobId);
        return;
    }
    const JobRecord *record = m_view->store()->job(press.jobId);
    if (!ghost || !record)
        return;
    const qint64 technicianId = m_view->technicianAtRow(ghost->row);
    if (technicianId == record->job.technicianId.value_or(0) &&
        ghost->startMs == record->plannedStartMs)
        return;
    emit moveRequested(press.jobId, technicianId, m_view->toDateTime(ghost->startMs));
}

bool TimelineDragHandler::acceptsDrag(const QMimeData *mime) const
{
    return mime->hasFormat(board::jobIdsMimeType()) && !m_view->isComparing();
}

bool TimelineDragHandler::dragMove(const QMimeData *mime, const QPoint &pos)
{
    const QList<qint64> ids = board::decodeJobIds(mime);
    const JobRecord *first = ids.isEmpty() ? nullptr : m_view->store()->job(ids.first());
    setGhost(ghostAt(
        pos, first ? first->job.durationMin * TimeAxis::kMsPerMinute : TimeAxis::kMsPerHour, 0));
    return m_ghost.has_value();
}

void TimelineDragHandler::dragLeave()
{
    setGhost(std::nullopt);
}

bool TimelineDragHandler::drop(const QMimeData *mime, const QPoint &pos)
{
    const QList<qint64> ids = board::decodeJobIds(mime);
    const std::optional<Ghost> ghost = ghostAt(pos, 0, 0);
    setGhost(std::nullopt);
    if (ids.isEmpty() || !ghost)
        return false;
    emit assignmentRequested(ids, m_view->technicianAtRow(ghost->row),
                             m_view->toDateTime(ghost->startMs));
    return true;
}

std::optional<TimelineDragHandler::Ghost>
TimelineDragHandler::ghostAt(const QPoint &pos, qint64 durationMs, qint64 grabOffsetMs) const
{
    const int row = m_view->rowAt(pos.y());
    if (row < 0 || pos.x() < m_view->timeArea().left() || !m_view->viewport()->rect().contains(pos))
        return std::nullopt;
    return Ghost{row, snap(m_view->timeAt(pos.x()) - grabOffsetMs), durationMs};
}

void TimelineDragHandler::setGhost(const std::optional<Ghost> &ghost)
{
    const auto rowOf = [](const std::optional<Ghost> &g) { return g ? g->row : -1; };
    const int before = rowOf(m_ghost);
    m_ghost = ghost;
    emit ghostMoved(before, rowOf(ghost));
}

qint64 TimelineDragHandler::snap(qint64 ms) const
{
    const qint64 step = TimelineView::kSnapMinutes * TimeAxis::kMsPerMinute;
    const qint64 dayStart = m_view->store()->daySpan().startMs;
    const qint64 fromDay = ms - dayStart;
    return dayStart + (fromDay + step / 2) / step * step - (fromDay + step / 2 < 0 ? step : 0);
}

} // namespace fielddesk::timeline
