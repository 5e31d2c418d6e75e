// Where a job is planned: a technician and a planned start, or nowhere (unassigned). What an
// assignment command moves a job from and to. Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <optional>

namespace fielddesk::board {

struct JobPlacement
{
    std::optional<qint64> technicianId; // nullopt: unassigned
    QString plannedStart;               // API timestamp; empty when unassigned

    bool isAssigned() const { return technicianId.has_value(); }
    bool operator==(const JobPlacement &) const = default;

    static JobPlacement of(const Job &job)
    {
        if (!job.technicianId)
            return {};
        return {job.technicianId, job.plannedStart};
    }
    static JobPlacement unassigned() { return {}; }
};

} // namespace fielddesk::board
