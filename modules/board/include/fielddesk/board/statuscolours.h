// One colour per job status, shared by every pane that draws jobs (timeline bars, map
// markers, grid badges) so that a status looks the same everywhere; one colour per technician
// (their position on the map, a replay of their day). The colours are the
// palette's (fielddesk_theme); this maps the domain's statuses to them. Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/theme/palette.h"

#include <QColor>

namespace fielddesk::board {

inline QColor jobStatusColour(JobStatus status)
{
    using theme::Colour;
    switch (status) {
    case JobStatus::New:
        return theme::colour(Colour::StatusNew);
    case JobStatus::Scheduled:
        return theme::colour(Colour::StatusScheduled);
    case JobStatus::Dispatched:
        return theme::colour(Colour::StatusDispatched);
    case JobStatus::EnRoute:
        return theme::colour(Colour::StatusEnRoute);
    case JobStatus::OnSite:
        return theme::colour(Colour::StatusOnSite);
    case JobStatus::Completed:
        return theme::colour(Colour::StatusCompleted);
    case JobStatus::Cancelled:
        return theme::colour(Colour::StatusCancelled);
    }
    return theme::colour(Colour::TextDisabled);
}

// A technician's colour: the chart series' colours, told apart by everyone, by id.
inline QColor technicianColour(qint64 technicianId)
{
    return theme::seriesColour(int(technicianId % theme::kSeriesColourCount));
}

} // namespace fielddesk::board
