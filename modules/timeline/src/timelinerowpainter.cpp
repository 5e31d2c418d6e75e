#include "fielddesk/timeline/timelinerowpainter.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobarrivals.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/statuscolours.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/rowlayout.h"
#include "fielddesk/timeline/timelineview.h"

#include <QPainter>

#include <algorithm>

namespace fielddesk::timeline {

using board::JobConflicts;
using board::JobRecord;
using board::TechnicianRecord;
using theme::Colour;

namespace {

constexpr int kMovedPenWidth = 3;
constexpr int kMinTextWidth = 28;
// The at-risk stripe: a share of the bar's height, never thinner than this.
constexpr int kAtRiskStripeMin = 3;
constexpr int kAtRiskStripeShare = 4;
constexpr int kGhostRadius = 3;
constexpr int kOutlineFillAlpha = 28;
constexpr int kAtRiskFrameWidth = 2;
constexpr int kAtRiskBadge = 11; // the "!" square at an at-risk bar's corner
constexpr int kEtaMarkHalfWidth = 5;
constexpr int kEtaMarkHeight = 7;

// The proposal, when it plans this technician's day (the row shows the proposal then).
const board::RoutePreview *proposalFor(const TimelineFrame &frame, qint64 technicianId)
{
    return frame.comparing && frame.comparing->coversTechnician(technicianId) ? frame.comparing
                                                                              : nullptr;
}

} // namespace

TimelineRowPainter::TimelineRowPainter(const board::DispatchStore &store)
    : m_store(store)
{}

void TimelineRowPainter::paintBackgrounds(QPainter &painter, const TimelineFrame &frame) const
{
    for (const TimelineRow &row : frame.rows)
        paintBackground(painter, frame, row);
}

void TimelineRowPainter::paintBars(QPainter &painter, const TimelineFrame &frame) const
{
    for (const TimelineRow &row : frame.rows)
        paintRowBars(painter, frame, row);
}

void TimelineRowPainter::paintBackground(QPainter &painter,
                                         const TimelineFrame &frame,
                                         const TimelineRow &row) const
{
    const TechnicianRecord *technician = m_store.technician(row.technicianId);
    const QRect lane(frame.timeArea.left(), row.rect.top(), frame.timeArea.width(),
                     row.rect.height());
    painter.fillRect(lane, theme::colour(Colour::TimelineOffShift));
    if (!technician)
        return;
    const auto span = [&](qint64 start, qint64 end) {
        const int left = std::max(lane.left(), frame.axis.xForTime(start));
        const int right = std::min(lane.right() + 1, frame.axis.xForTime(end));
        return QRect(left, lane.top(), std::max(0, right - left), lane.height());
    };
    for (const board::TimeSpan &shift : technician->shifts)
        painter.fillRect(span(shift.startMs, shift.endMs), theme::colour(Colour::Surface));
    const board::RoutePreview *proposal = proposalFor(frame, row.technicianId);
    const QList<board::TimeSpan> breaks =
        proposal ? proposal->breaks(row.technicianId) : technician->breaks;
    for (const board::TimeSpan &pause : breaks) {
        painter.fillRect(span(pause.startMs, pause.endMs),
                         QBrush(theme::colour(Colour::TimelineBreak), Qt::BDiagPattern));
    }
    for (const board::TimeSpan &off : technician->unavailable) {
        painter.fillRect(span(off.startMs, off.endMs),
                         QBrush(theme::colour(Colour::TimelineTimeOff), Qt::SolidPattern));
    }

    // The selected or hovered job's window, behind the bars.
    for (const qint64 jobId : {frame.selectedJobId, frame.hoveredJobId}) {
        const JobRecord *record = jobId ? m_store.job(jobId) : nullptr;
        if (record && record->hasWindow() && record->job.technicianId == row.technicianId) {
            const QRect window = span(record->windowStartMs, record->windowEndMs);
            painter.fillRect(window, theme::colour(Colour::TimelineWindow));
            painter.setPen(QPen(theme::colour(Colour::TimelineWindowEdge), 1, Qt::DashLine));
            painter.drawLine(window.topLeft(), window.bottomLeft());
            painter.drawLine(window.topRight(), window.bottomRight());
        }
    }
}

void TimelineRowPainter::paintRowBars(QPainter &painter,
                                      const TimelineFrame &frame,
                                      const TimelineRow &row) const
{
    const QRect &area = frame.timeArea;
    const auto paintRowLine = [&] {
        painter.setPen(theme::colour(Colour::TimelineRowLine));
        painter.drawLine(area.left(), row.rect.bottom(), area.right(), row.rect.bottom());
    };
    if (proposalFor(frame, row.technicianId)) {
        // Where jobs were, under where the proposal puts them.
        paintOutlines(painter, frame, row);
        paintProposedRow(painter, frame, row);
        paintRowLine();
        return;
    }
    const TechnicianRecord *technician = m_store.technician(row.technicianId);
    if (!technician)
        return;
    const QList<BarPlacement> bars = RowLayout::jobBars(m_store, *technician, row.rect, frame.axis);
    for (const BarPlacement &placement : bars) {
        const JobRecord &record = m_store.jobAt(placement.storeRow);
        const qint64 travelMs = qint64(record.travelBeforeSec) * 1000;
        if (record.plannedEndMs < frame.fromMs || record.plannedStartMs - travelMs > frame.toMs)
            continue;
        if (!placement.travel.isEmpty())
            painter.fillRect(placement.travel, theme::colour(Colour::TimelineTravel));
        paintBar(painter, frame, record, placement.bar);
    }
    if (frame.arrivals)
        paintArrivals(painter, frame, row, bars);
    if (frame.comparing) {
        paintOutlines(painter, frame, row);
        // Not part of the proposal: in the background.
        painter.fillRect(QRect(area.left(), row.rect.top(), area.width(), row.rect.height()),
                         theme::colour(Colour::TimelineNotCompared));
    }
    paintRowLine();
}

void TimelineRowPainter::paintArrivals(QPainter &painter,
                                       const TimelineFrame &frame,
                                       const TimelineRow &row,
                                       const QList<BarPlacement> &bars) const
{
    const board::JobArrivals &arrivals = *frame.arrivals;
    const qint64 nextJob = arrivals.nextJobOf(row.technicianId);
    for (const BarPlacement &placement : bars) {
        const JobRecord &record = m_store.jobAt(placement.storeRow);
        const ArrivalForecast::Arrival *arrival = arrivals.arrival(record.job.id);
        if (!arrival)
            continue;
        if (arrival->atRisk) {
            // Framed in the warning colour, a "!" in its corner: the window will be missed.
            const QColor danger = theme::colour(Colour::Danger);
            painter.setPen(QPen(danger, kAtRiskFrameWidth, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(placement.bar.adjusted(-1, -1, 0, 0));
            const QRect badge(placement.bar.right() - kAtRiskBadge + 1, placement.bar.top(),
                              kAtRiskBadge, kAtRiskBadge);
            painter.fillRect(badge, danger);
            painter.setPen(theme::colour(Colour::OnAccent));
            painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        }
        if (record.job.id != nextJob)
            continue;
        // The ETA at the next job: a mark at the time on the row, and the time beside it.
        const int x = frame.axis.xForTime(arrival->arrivalMs);
        if (x < frame.timeArea.left() || x > frame.timeArea.right())
            continue;
        const QColor colour = theme::colour(arrival->atRisk ? Colour::Danger : Colour::Route);
        const int top = row.rect.top() + 1;
        QPolygon mark;
        mark << QPoint(x - kEtaMarkHalfWidth, top) << QPoint(x + kEtaMarkHalfWidth, top)
             << QPoint(x, top + kEtaMarkHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(mark);
        painter.setPen(QPen(colour, 1, Qt::DotLine));
        painter.drawLine(x, top + kEtaMarkHeight, x, row.rect.bottom() - 1);
        const QString text = arrivals.etaText(record.job.id);
        const QFontMetrics metrics = painter.fontMetrics();
        // Right of the mark while that leaves the job's bar free, else left of it (the drive).
        const int width = metrics.horizontalAdvance(text) + 2;
        const int right = x + kEtaMarkHalfWidth + 1;
        const bool fitsRight = right + width <= placement.bar.left() || placement.bar.right() < x;
        const QRect label(fitsRight ? right : x - kEtaMarkHalfWidth - 1 - width,
                          row.rect.bottom() - metrics.height(), width, metrics.height());
        painter.fillRect(label, theme::colour(Colour::Surface));
        painter.setPen(colour);
        painter.drawText(label, Qt::AlignCenter, text);
    }
}

void TimelineRowPainter::paintProposedRow(QPainter &painter,
                                          const TimelineFrame &frame,
                                          const TimelineRow &row) const
{
    for (const board::RoutePreview::Bar &proposed : frame.comparing->bars(row.technicianId)) {
        const QRect bar =
            RowLayout::spanBar(row.rect, frame.axis, proposed.startMs, proposed.endMs);
        if (bar.right() < frame.timeArea.left() || bar.left() > row.rect.right())
            continue;
        const JobRecord *record = m_store.job(proposed.jobId);
        JobRecord shown;
        if (record) {
            shown = *record;
        } else {
            shown.job.id = proposed.jobId;
            shown.job.title = proposed.title;
            shown.job.status = JobStatus::Scheduled;
        }
        // The proposal's place: no conflicts, nothing pending.
        shown.conflicts = JobConflicts();
        shown.pending = false;
        if (!proposed.moved) {
            paintBar(painter, frame, shown, bar);
            continue;
        }
        shown.job.status = JobStatus::Scheduled;
        paintBar(painter, frame, shown, bar);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(theme::colour(Colour::Proposed), kMovedPenWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar.adjusted(1, 1, -2, -2));
    }
}

void TimelineRowPainter::paintOutlines(QPainter &painter,
                                       const TimelineFrame &frame,
                                       const TimelineRow &row) const
{
    // Where moved (or left-out) jobs were: an outline, over what is there now.
    const QFontMetrics metrics = painter.fontMetrics();
    for (const board::RoutePreview::Bar &was : frame.comparing->outlines(row.technicianId)) {
        const QRect bar = RowLayout::spanBar(row.rect, frame.axis, was.startMs, was.endMs);
        if (bar.right() < frame.timeArea.left() || bar.left() > row.rect.right())
            continue;
        const QColor edge = theme::colour(was.leftOut ? Colour::Danger : Colour::TextSubtle);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(edge, 1.5, Qt::DashLine));
        QColor fill = edge;
        fill.setAlpha(kOutlineFillAlpha);
        painter.setBrush(fill);
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        if (bar.width() >= kMinTextWidth) {
            const int padding = TimelineView::kTextPadding;
            painter.setPen(edge);
            painter.drawText(
                bar.adjusted(padding, 0, -padding, 0),
                Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                metrics.elidedText(was.title, Qt::ElideRight, bar.width() - 2 * padding));
        }
    }
}

void TimelineRowPainter::paintBar(QPainter &painter,
                                  const TimelineFrame &frame,
                                  const JobRecord &record,
                                  const QRect &bar) const
{
    const bool selected = record.job.id == frame.selectedJobId;
    const bool conflict = record.conflicts != JobConflicts();
    const QColor status = board::jobStatusColour(record.job.status);
    QColor fill = status;
    QPen pen(fill.darker(130), 1);
    Qt::BrushStyle pattern = Qt::SolidPattern;
    if (record.pending) {
        // Asked for, not confirmed: light, hatched, dashed outline.
        fill = fill.lighter(170);
        pen = QPen(status.darker(120), 1.5, Qt::DashLine);
        pattern = Qt::Dense4Pattern;
    }
    if (conflict)
        pen = QPen(theme::colour(Colour::Danger), 2);
    if (selected)
        pen = QPen(theme::colour(Colour::Selection), 2);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(pen);
    painter.setBrush(QBrush(fill, pattern));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    if (conflict) {
        // A warning corner: visible even when the bar is a few pixels wide.
        const int size = std::min(bar.height() / 2, std::max(4, bar.width() / 2));
        QPolygon corner;
        corner << bar.topRight() << QPoint(bar.right() - size, bar.top())
               << QPoint(bar.right(), bar.top() + size);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::colour(Colour::Danger));
        painter.drawPolygon(corner);
    }
    if (record.job.atRisk) {
        // At risk (bad weather in its time, ...): a stripe along the bottom, beside the
        // conflict's corner; the reason is in the tooltip and the details.
        const int stripe = std::max(kAtRiskStripeMin, bar.height() / kAtRiskStripeShare);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(theme::colour(Colour::DangerText), Qt::BDiagPattern));
        painter.drawRect(QRect(bar.left(), bar.bottom() - stripe + 1, bar.width(), stripe));
        painter.setBrush(theme::colour(Colour::DangerText));
        painter.drawRect(QRect(bar.left(), bar.bottom() - 1, bar.width(), 2));
    }
    const QFontMetrics metrics = painter.fontMetrics();
    if (bar.width() >= kMinTextWidth && bar.height() + RowLayout::kBarMargin >= metrics.height()) {
        const int padding = TimelineView::kTextPadding;
        const QRect textRect = bar.adjusted(padding, 0, -padding, 0);
        painter.setPen(theme::colour(record.pending ? Colour::TimelinePendingBarText
                                                    : Colour::TimelineBarText));
        painter.drawText(textRect,
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine | Qt::TextDontClip,
                         elidedTitle(metrics, record.job, textRect.width()));
    }
}

QString
TimelineRowPainter::elidedTitle(const QFontMetrics &metrics, const Job &job, int width) const
{
    ElidedTitle &cached = m_elidedTitles[job.id];
    if (cached.width != width || cached.title != job.title) {
        cached.width = width;
        cached.title = job.title;
        cached.text = metrics.elidedText(job.title, Qt::ElideRight, width);
    }
    return cached.text;
}

void TimelineRowPainter::paintNames(QPainter &painter,
                                    const TimelineFrame &frame,
                                    const QRect &column) const
{
    constexpr int padding = TimelineView::kLabelPadding;
    painter.fillRect(column, theme::colour(Colour::TimelineNames));
    painter.save();
    painter.setClipRect(column);
    const QFontMetrics metrics = painter.fontMetrics();
    for (const TimelineRow &row : frame.rows) {
        const QRect &rect = row.rect;
        if (const TechnicianRecord *technician = m_store.technician(row.technicianId)) {
            const QRect text(column.left() + padding, rect.top(), column.width() - 2 * padding,
                             rect.height());
            painter.setPen(theme::colour(Colour::Text));
            const board::RoutePreview *proposal = proposalFor(frame, row.technicianId);
            const QString count = QString::number(proposal ? proposal->bars(row.technicianId).size()
                                                           : technician->jobRows.size());
            const int countWidth = metrics.horizontalAdvance(count) + padding;
            QRect name = text.adjusted(0, 0, -countWidth, 0);
            if (!row.warning.isEmpty()) {
                // A mark of its own, not only a colour: the name's tooltip says why.
                const QString mark = QStringLiteral("⚠");
                painter.setPen(theme::colour(Colour::DangerText));
                painter.drawText(name, Qt::AlignVCenter, mark);
                name.setLeft(name.left() + metrics.horizontalAdvance(mark) + padding / 2);
                painter.setPen(theme::colour(Colour::Text));
            }
            painter.drawText(
                name, Qt::AlignVCenter,
                metrics.elidedText(technician->technician.name, Qt::ElideRight, name.width()));
            painter.setPen(theme::colour(Colour::TextFaint));
            painter.drawText(text, Qt::AlignVCenter | Qt::AlignRight, count);
        }
        painter.setPen(theme::colour(Colour::TimelineRowLine));
        painter.drawLine(column.left(), rect.bottom(), column.right() + 1, rect.bottom());
    }
    painter.restore();
    painter.setPen(theme::colour(Colour::TimelineHourLine));
    painter.drawLine(column.right(), column.top(), column.right(), column.bottom() + 1);
}

void TimelineRowPainter::paintGhost(QPainter &painter,
                                    const TimelineFrame &frame,
                                    const QRect &row,
                                    qint64 startMs,
                                    qint64 endMs,
                                    const QString &startText) const
{
    const QRect ghost = RowLayout::spanBar(row, frame.axis, startMs, endMs);
    painter.setPen(QPen(theme::colour(Colour::Selection), 1, Qt::DashLine));
    painter.setBrush(theme::colour(Colour::TimelineGhost));
    painter.drawRoundedRect(ghost, kGhostRadius, kGhostRadius);
    painter.setPen(theme::colour(Colour::Selection));
    painter.drawText(ghost.adjusted(TimelineView::kTextPadding, 0, 0, 0), Qt::AlignVCenter,
                     startText);
}

} // namespace fielddesk::timeline
