// What every painter of one timeline frame agrees on: where instants fall (the axis), the
// area of the rows and which rows are in sight, the range of time to paint, what is selected
// or hovered, and the proposal being compared. TimelineView makes one per paint event, from
// the same geometry it hit-tests with; a value type.
#pragma once

#include "fielddesk/timeline/timeaxis.h"

#include <QList>
#include <QRect>

namespace fielddesk::board {
class JobArrivals;
class RoutePreview;
} // namespace fielddesk::board

namespace fielddesk::timeline {

struct TimelineRow
{
    qint64 technicianId = 0;
    QRect rect;      // the whole width of the viewport
    QString warning; // marked before the name (no vehicle that day, …); empty: none
};

struct TimelineFrame
{
    TimeAxis axis;
    QRect timeArea;          // right of the names column, below the header
    QList<TimelineRow> rows; // the rows to paint, top to bottom
    int rowsBottom = 0;      // the bottom of the last row: lines through the rows stop there
    qint64 fromMs = 0;       // the time range to paint
    qint64 toMs = 0;
    qint64 nowMs = 0;
    qint64 selectedJobId = 0;
    qint64 hoveredJobId = 0;
    const board::RoutePreview *comparing = nullptr; // the proposal while comparing, else none
    const board::JobArrivals *arrivals = nullptr;   // the ETAs of the next jobs, if shown
};

} // namespace fielddesk::timeline
