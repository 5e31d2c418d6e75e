#include "fielddesk/timeline/rowlayout.h"

#include "fielddesk/board/dispatchstore.h"

#include <algorithm>

namespace fielddesk::timeline {

using board::JobConflict;
using board::JobRecord;
using board::kNoTime;

namespace {

enum class Lane { Full, Top, Bottom };

QRect laneRect(int left, int right, const QRect &row, Lane lane)
{
    const int top = row.top() + RowLayout::kBarMargin;
    const int height = row.height() - 2 * RowLayout::kBarMargin;
    switch (lane) {
    case Lane::Full:
        return QRect(left, top, right - left, height);
    case Lane::Top:
        return QRect(left, top, right - left, height / 2);
    case Lane::Bottom:
        return QRect(left, top + height / 2, right - left, height - height / 2);
    }
    return {};
}

QRect barBetween(const QRect &row, const TimeAxis &axis, qint64 startMs, qint64 endMs, Lane lane)
{
    const int left = axis.xForTime(startMs);
    const int right = std::max(left + RowLayout::kMinBarWidth, axis.xForTime(endMs));
    return laneRect(left, right, row, lane);
}

} // namespace

QList<BarPlacement> RowLayout::jobBars(const board::DispatchStore &store,
                                       const board::TechnicianRecord &technician,
                                       const QRect &row,
                                       const TimeAxis &axis)
{
    QList<BarPlacement> bars;
    bars.reserve(technician.jobRows.size());
    qint64 topEnd = kNoTime;
    for (const int storeRow : technician.jobRows) {
        const JobRecord &record = store.jobAt(storeRow);
        Lane lane = Lane::Full;
        if (!record.conflicts.testFlag(JobConflict::Overlap)) {
            topEnd = std::max(topEnd, record.plannedEndMs);
        } else if (topEnd == kNoTime || record.plannedStartMs >= topEnd) {
            lane = Lane::Top;
            topEnd = record.plannedEndMs;
        } else {
            lane = Lane::Bottom;
        }
        BarPlacement placement;
        placement.jobId = record.job.id;
        placement.storeRow = storeRow;
        placement.bar = barBetween(row, axis, record.plannedStartMs, record.plannedEndMs, lane);
        const qint64 travelMs = qint64(record.travelBeforeSec) * 1000;
        if (travelMs > 0) {
            const int travelLeft = axis.xForTime(record.plannedStartMs - travelMs);
            placement.travel = QRect(travelLeft, row.center().y() - kTravelHeight / 2,
                                     placement.bar.left() - travelLeft, kTravelHeight);
        }
        bars.append(placement);
    }
    return bars;
}

QRect RowLayout::spanBar(const QRect &row, const TimeAxis &axis, qint64 startMs, qint64 endMs)
{
    return barBetween(row, axis, startMs, endMs, Lane::Full);
}

qint64 RowLayout::jobAt(const QList<BarPlacement> &bars, const QPoint &pos)
{
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        if (it->bar.contains(pos))
            return it->jobId;
    }
    return 0;
}

} // namespace fielddesk::timeline
