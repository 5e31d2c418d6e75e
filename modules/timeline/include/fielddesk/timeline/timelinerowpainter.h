// Paints the timeline's rows: each technician's working hours, breaks and time off, the
// selected or hovered job's window, the jobs as bars in RowLayout's lanes with the travel
// before each, conflicts, pending changes and the selection drawn apart; in compare mode the
// proposal's bars and outlines of where jobs were; the ETA at each technician's next job (a
// mark at the time, "ETA 14:32") and the jobs at risk of missing their window (framed, with a
// "!"); the names column; the drag ghost. Bars come
// from RowLayout alone, the same placement TimelineView hit-tests and drags with.
// Depends on QtGui, fielddesk_board's store and fielddesk_theme.
#pragma once

#include "fielddesk/timeline/rowlayout.h"
#include "fielddesk/timeline/timelineframe.h"

#include <QHash>
#include <QString>

class QFontMetrics;
class QPainter;

namespace fielddesk {
struct Job;
}

namespace fielddesk::board {
class DispatchStore;
struct JobRecord;
} // namespace fielddesk::board

namespace fielddesk::timeline {

class TimelineRowPainter
{
public:
    explicit TimelineRowPainter(const board::DispatchStore &store);

    // Shading behind the bars, for every row of the frame.
    void paintBackgrounds(QPainter &painter, const TimelineFrame &frame) const;
    // The bars (or, for the rows a proposal plans, the proposal) and each row's bottom line.
    void paintBars(QPainter &painter, const TimelineFrame &frame) const;
    // The names column: each row's technician and job count, and the divider.
    void paintNames(QPainter &painter, const TimelineFrame &frame, const QRect &column) const;
    // Where a dragged job would land, with its start time.
    void paintGhost(QPainter &painter,
                    const TimelineFrame &frame,
                    const QRect &row,
                    qint64 startMs,
                    qint64 endMs,
                    const QString &startText) const;

    // Titles are elided once per width (the costliest part of a frame); a zoom changes every
    // width, so the view forgets them then.
    void forgetElidedTitles() { m_elidedTitles.clear(); }

private:
    void
    paintBackground(QPainter &painter, const TimelineFrame &frame, const TimelineRow &row) const;
    void paintRowBars(QPainter &painter, const TimelineFrame &frame, const TimelineRow &row) const;
    void
    paintProposedRow(QPainter &painter, const TimelineFrame &frame, const TimelineRow &row) const;
    void paintOutlines(QPainter &painter, const TimelineFrame &frame, const TimelineRow &row) const;
    void paintArrivals(QPainter &painter,
                       const TimelineFrame &frame,
                       const TimelineRow &row,
                       const QList<BarPlacement> &bars) const;
    void paintBar(QPainter &painter,
                  const TimelineFrame &frame,
                  const board::JobRecord &record,
                  const QRect &bar) const;
    QString elidedTitle(const QFontMetrics &metrics, const Job &job, int width) const;

    const board::DispatchStore &m_store;
    struct ElidedTitle
    {
        int width = -1;
        QString title;
        QString text;
    };
    mutable QHash<qint64, ElidedTitle> m_elidedTitles;
};

} // namespace fielddesk::timeline
