// The bars of one timeline row, computed once and used for painting, hit-testing, dragging
// and tests alike, so that what is clicked is what is painted. Overlapping jobs share the
// row in two half-height lanes (neither hides the other); the others take the full height.
// Depends on fielddesk_board's store only.
#pragma once

#include "fielddesk/timeline/timeaxis.h"

#include <QList>
#include <QRect>

namespace fielddesk::board {
class DispatchStore;
struct TechnicianRecord;
} // namespace fielddesk::board

namespace fielddesk::timeline {

struct BarPlacement
{
    qint64 jobId = 0;
    int storeRow = -1;
    QRect bar;
    QRect travel; // the travel before the job, empty when none
};

class RowLayout
{
public:
    static constexpr int kBarMargin = 4;
    static constexpr int kMinBarWidth = 3;
    static constexpr int kTravelHeight = 4;

    // Every planned job of the technician, in the order they are painted (later on top).
    static QList<BarPlacement> jobBars(const board::DispatchStore &store,
                                       const board::TechnicianRecord &technician,
                                       const QRect &row,
                                       const TimeAxis &axis);
    // A full-height bar for a span of the row (proposed places, outlines, the drag ghost).
    static QRect spanBar(const QRect &row, const TimeAxis &axis, qint64 startMs, qint64 endMs);
    // The topmost bar at a point (0: none).
    static qint64 jobAt(const QList<BarPlacement> &bars, const QPoint &pos);
};

} // namespace fielddesk::timeline
