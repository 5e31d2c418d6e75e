// The timeline's time ruler: the corner with the day shown ("Preview:" while comparing), the
// hours along the top at one day, the days' names and their hours over several; and the lines
// it draws down through the rows (hours, half hours when zoomed in, day separators, now), so
// that the grid and the ruler follow one axis. Depends on QtGui, fielddesk_board's store and
// fielddesk_theme.
#pragma once

#include "fielddesk/timeline/timelineframe.h"

#include <QCoreApplication>

class QPainter;

namespace fielddesk::board {
class DispatchStore;
}

namespace fielddesk::timeline {

class TimelineHeader
{
    Q_DECLARE_TR_FUNCTIONS(TimelineHeader)

public:
    explicit TimelineHeader(const board::DispatchStore &store);

    // The header strip across the top (header: its whole width, the corner included).
    void paint(QPainter &painter, const TimelineFrame &frame, const QRect &header) const;
    // Hour lines over the row backgrounds, under the bars; day separators over several days.
    void paintLines(QPainter &painter, const TimelineFrame &frame, const QRect &area) const;
    void paintNowLine(QPainter &painter, const TimelineFrame &frame) const;

private:
    void paintOneDay(QPainter &painter, const TimelineFrame &frame, const QRect &header) const;
    void paintDays(QPainter &painter, const TimelineFrame &frame, const QRect &header) const;
    QString timeText(qint64 ms) const;

    const board::DispatchStore &m_store;
};

} // namespace fielddesk::timeline
