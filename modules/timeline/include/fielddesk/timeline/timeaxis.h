// Where instants fall on the timeline's x axis at one zoom and scroll position: the one
// mapping that painting, hit-testing, dragging and the header share. A value type.
#pragma once

#include <QtGlobal>

namespace fielddesk::timeline {

struct TimeAxis
{
    static constexpr qint64 kMsPerMinute = 60 * 1000;
    static constexpr qint64 kMsPerHour = 60 * kMsPerMinute;

    qint64 startMs = 0; // the instant at x == left
    double pixelsPerHour = 1.0;
    int left = 0;

    int xForTime(qint64 ms) const;
    qint64 timeAt(int x) const;
};

} // namespace fielddesk::timeline
