#include "fielddesk/timeline/timelineheader.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/timelineview.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace fielddesk::timeline {

using theme::Colour;

namespace {

constexpr qint64 kHeaderMsPerMinute = TimeAxis::kMsPerMinute;
constexpr qint64 kHeaderMsPerHour = TimeAxis::kMsPerHour;
constexpr qint64 kHoursPerDay = 24;
constexpr int kMinLabelSpacing = 48; // pixels between two time labels of the header
constexpr int kDayLineWidth = 2;
constexpr int kNowLineWidth = 2;
constexpr int kTickHeight = 6;
constexpr int kHourLabelWidth = 60;
constexpr int kHourLabelGap = 3; // between a tick and its label

} // namespace

TimelineHeader::TimelineHeader(const board::DispatchStore &store)
    : m_store(store)
{}

QString TimelineHeader::timeText(qint64 ms) const
{
    return client::display::time(QDateTime::fromMSecsSinceEpoch(ms, m_store.timeZone()));
}

void TimelineHeader::paint(QPainter &painter, const TimelineFrame &frame, const QRect &header) const
{
    const int labelWidth = frame.timeArea.left();
    painter.fillRect(header, theme::colour(Colour::TimelineHeader));
    painter.setPen(theme::colour(Colour::TextSubtle));
    QString corner = client::display::date(m_store.day());
    if (m_store.dayCount() > 1) {
        corner = tr("%1 – %2").arg(client::display::dayMonth(m_store.day()),
                                   client::display::dayMonth(m_store.lastDay()));
    }
    if (frame.comparing) {
        painter.setPen(theme::colour(Colour::ProposedText));
        corner = tr("Preview: %1").arg(corner);
    }
    constexpr int padding = TimelineView::kLabelPadding;
    painter.drawText(QRect(padding, 0, labelWidth - padding, header.height()), Qt::AlignVCenter,
                     corner);
    painter.save();
    painter.setClipRect(QRect(labelWidth, 0, header.width() - labelWidth, header.height()));
    if (m_store.dayCount() > 1)
        paintDays(painter, frame, header);
    else
        paintOneDay(painter, frame, header);
    painter.restore();
    painter.setPen(theme::colour(Colour::TimelineHourLine));
    painter.drawLine(header.left(), header.bottom(), header.right(), header.bottom());
}

void TimelineHeader::paintOneDay(QPainter &painter,
                                 const TimelineFrame &frame,
                                 const QRect &header) const
{
    const double pixelsPerHour = frame.axis.pixelsPerHour;
    const qint64 dayStart = m_store.daySpan().startMs;
    // Label spacing that keeps labels apart at any zoom.
    qint64 step = kHeaderMsPerHour;
    if (pixelsPerHour < 40)
        step = 3 * kHeaderMsPerHour;
    else if (pixelsPerHour < 70)
        step = 2 * kHeaderMsPerHour;
    else if (pixelsPerHour >= 600)
        step = 15 * kHeaderMsPerMinute;
    else if (pixelsPerHour >= 240)
        step = 30 * kHeaderMsPerMinute;
    const qint64 from = frame.axis.timeAt(frame.timeArea.left());
    const qint64 to = frame.axis.timeAt(header.right());
    for (qint64 t = dayStart + std::max<qint64>(0, (from - dayStart) / step) * step; t <= to;
         t += step) {
        const int x = frame.axis.xForTime(t);
        painter.setPen(theme::colour(Colour::TimelineHourLine));
        painter.drawLine(x, header.bottom() - kTickHeight, x, header.bottom());
        if (x + kHourLabelGap < frame.timeArea.left())
            continue; // its label would be cut by the names' column ("6:00" for 16:00)
        painter.setPen(theme::colour(Colour::TextSubtle));
        painter.drawText(QRect(x + kHourLabelGap, 0, kHourLabelWidth, header.height()),
                         Qt::AlignVCenter, timeText(t));
    }
    if (frame.nowMs >= from && frame.nowMs <= to) {
        const int x = frame.axis.xForTime(frame.nowMs);
        painter.setPen(QPen(theme::colour(Colour::TimelineNow), kNowLineWidth));
        painter.drawLine(x, header.top() + header.height() / 2, x, header.bottom());
    }
}

void TimelineHeader::paintDays(QPainter &painter,
                               const TimelineFrame &frame,
                               const QRect &header) const
{
    // The day's name in the upper half at each midnight, times in the lower half as far
    // apart as the zoom allows.
    const qint64 from = frame.axis.timeAt(frame.timeArea.left());
    const qint64 to = frame.axis.timeAt(header.right());
    const int half = header.height() / 2;
    for (int index = 0; index < m_store.dayCount(); ++index) {
        const qint64 start = m_store.dayStartMs(index);
        const qint64 end = m_store.dayStartMs(index + 1);
        if (end < from || start > to)
            continue;
        const int x = frame.axis.xForTime(start);
        painter.setPen(QPen(theme::colour(Colour::TextFaint), kDayLineWidth));
        painter.drawLine(x, header.top(), x, header.bottom());
        painter.setPen(theme::colour(Colour::Text));
        const int left = std::max(x, frame.timeArea.left()) + TimelineView::kTextPadding;
        painter.drawText(QRect(left, 0, std::max(0, frame.axis.xForTime(end) - left), half + 2),
                         Qt::AlignBottom | Qt::AlignLeft,
                         client::display::weekdayDayMonth(m_store.day().addDays(index)));
    }
    qint64 step = 0;
    for (const qint64 hours : {1, 2, 3, 6, 12}) {
        if (frame.axis.pixelsPerHour * double(hours) >= kMinLabelSpacing) {
            step = hours * kHeaderMsPerHour;
            break;
        }
    }
    if (step == 0)
        return;
    const qint64 rangeStart = m_store.daySpan().startMs;
    painter.setPen(theme::colour(Colour::TextSubtle));
    for (qint64 t = rangeStart + std::max<qint64>(0, (from - rangeStart) / step) * step; t <= to;
         t += step) {
        if ((t - rangeStart) % (kHoursPerDay * kHeaderMsPerHour) == 0)
            continue; // the day's name is there
        const int x = frame.axis.xForTime(t);
        if (x + kHourLabelGap < frame.timeArea.left())
            continue; // would be cut, as in paintOneDay
        painter.drawText(QRect(x + kHourLabelGap, half, kMinLabelSpacing, header.height() - half),
                         Qt::AlignVCenter, timeText(t));
    }
}

void TimelineHeader::paintLines(QPainter &painter,
                                const TimelineFrame &frame,
                                const QRect &area) const
{
    // Hour (and, zoomed in, half-hour) lines; zoomed out over several days, fewer.
    const double pixelsPerHour = frame.axis.pixelsPerHour;
    const qint64 dayStart = m_store.daySpan().startMs;
    qint64 step = pixelsPerHour >= 2 * kHeaderMsPerHour / kHeaderMsPerMinute ? kHeaderMsPerHour / 2
                                                                             : kHeaderMsPerHour;
    if (pixelsPerHour < TimelineView::kMinPixelsPerHour)
        step = pixelsPerHour * 6 >= kMinLabelSpacing / 2 ? 6 * kHeaderMsPerHour
                                                         : 12 * kHeaderMsPerHour;
    const int bottom = std::min(area.bottom(), frame.rowsBottom);
    for (qint64 t = dayStart + std::max<qint64>(0, (frame.fromMs - dayStart) / step) * step;
         t <= frame.toMs; t += step) {
        const bool hour = (t - dayStart) % kHeaderMsPerHour == 0;
        painter.setPen(
            theme::colour(hour ? Colour::TimelineHourLine : Colour::TimelineHalfHourLine));
        const int x = frame.axis.xForTime(t);
        painter.drawLine(x, area.top(), x, bottom);
    }
    if (m_store.dayCount() < 2)
        return;
    painter.setPen(QPen(theme::colour(Colour::TextFaint), kDayLineWidth));
    for (int index = 1; index < m_store.dayCount(); ++index) {
        const int x = frame.axis.xForTime(m_store.dayStartMs(index));
        if (x >= area.left() && x <= area.right() + 1)
            painter.drawLine(x, area.top(), x, bottom);
    }
}

void TimelineHeader::paintNowLine(QPainter &painter, const TimelineFrame &frame) const
{
    if (frame.nowMs < frame.fromMs || frame.nowMs > frame.toMs)
        return;
    const int x = frame.axis.xForTime(frame.nowMs);
    painter.setPen(QPen(theme::colour(Colour::TimelineNow), kNowLineWidth));
    painter.drawLine(x, frame.timeArea.top(), x, frame.timeArea.bottom());
}

} // namespace fielddesk::timeline
