// Dragging on the timeline: a bar pressed, moved (past the drag distance) along or between
// rows and released becomes a move, released outside the rows an unassignment; jobs dragged in
// from other panes become an assignment where they are dropped. While the mouse moves, the
// ghost shows where the job would land (snapped to TimelineView::kSnapMinutes). Every place
// comes from the view's geometry (its rows and TimeAxis), so a drop lands where its ghost was
// painted. A drag across a technician's row where no bar is marks a period (time off), shown
// by the same ghost while the mouse moves. The view forwards its mouse and drag events and
// repaints the rows ghostMoved names.
// Depends on QtWidgets and fielddesk_board.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPoint>

#include <optional>

class QMimeData;

namespace fielddesk::timeline {

class TimelineView;

class TimelineDragHandler : public QObject
{
    Q_OBJECT

public:
    // Where a dragged job would land.
    struct Ghost
    {
        int row = -1;
        qint64 startMs = 0;
        qint64 durationMs = 0;
    };

    explicit TimelineDragHandler(TimelineView *view);

    const std::optional<Ghost> &ghost() const { return m_ghost; }
    // A bar or an empty stretch of a row is held down (dragged or not yet).
    bool isPressed() const { return m_press.has_value() || m_span.has_value(); }

    // A bar pressed at pos; the job keeps the offset from its start to where it was grabbed.
    void press(qint64 jobId, const QPoint &pos);
    // An empty stretch of a row pressed at pos: dragging marks a period from there.
    void pressRow(int row, const QPoint &pos);
    void move(const QPoint &pos);
    void release(const QPoint &pos);

    // Jobs from other panes (the job ids' MIME type); false: not accepted here.
    bool acceptsDrag(const QMimeData *mime) const;
    bool dragMove(const QMimeData *mime, const QPoint &pos);
    void dragLeave();
    bool drop(const QMimeData *mime, const QPoint &pos);

signals:
    // The rows whose ghost appeared or went (-1: none), to repaint.
    void ghostMoved(int fromRow, int toRow);
    void moveRequested(qint64 jobId, qint64 technicianId, const QDateTime &start);
    void unassignRequested(qint64 jobId);
    // A period marked across a technician's row (at least one snap step long).
    void periodRequested(qint64 technicianId, qint64 startMs, qint64 endMs);
    void
    assignmentRequested(const QList<qint64> &jobIds, qint64 technicianId, const QDateTime &start);

private:
    struct BarPress
    {
        qint64 jobId = 0;
        QPoint pos;
        qint64 grabOffsetMs = 0; // from the bar's start to where it was grabbed
        bool dragging = false;
    };

    struct SpanPress
    {
        int row = -1;
        QPoint pos;
        qint64 anchorMs = 0; // where the press was, snapped
        bool dragging = false;
    };

    void moveSpan(const QPoint &pos);
    void releaseSpan();
    std::optional<Ghost> ghostAt(const QPoint &pos, qint64 durationMs, qint64 grabOffsetMs) const;
    void setGhost(const std::optional<Ghost> &ghost);
    qint64 snap(qint64 ms) const;

    TimelineView *m_view;
    std::optional<BarPress> m_press;
    std::optional<SpanPress> m_span;
    std::optional<Ghost> m_ghost;
};

} // namespace fielddesk::timeline
