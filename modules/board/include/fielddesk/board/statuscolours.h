// One colour per job status, shared by every pane that draws jobs (timeline bars, map
// markers, grid badges) so that a status looks the same everywhere. Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QColor>

namespace fielddesk::board {

inline QColor jobStatusColour(JobStatus status)
{
    switch (status) {
    case JobStatus::New:
        return QColor(0x9a, 0xa5, 0xb1);
    case JobStatus::Scheduled:
        return QColor(0x3a, 0x7b, 0xd5);
    case JobStatus::Dispatched:
        return QColor(0x1f, 0x5f, 0xa8);
    case JobStatus::EnRoute:
        return QColor(0x84, 0x5e, 0xc2);
    case JobStatus::OnSite:
        return QColor(0xd9, 0x8e, 0x04);
    case JobStatus::Completed:
        return QColor(0x3e, 0x9b, 0x5c);
    case JobStatus::Cancelled:
        return QColor(0xb8, 0xbf, 0xc6);
    }
    return QColor(Qt::gray);
}

} // namespace fielddesk::board
