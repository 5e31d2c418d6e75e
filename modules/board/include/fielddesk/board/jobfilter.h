// What the dispatcher wants to see in the job grid: statuses, priorities, a skill, a
// location, only unassigned or at-risk jobs, and free text. Empty means "everything".
// Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QSet>
#include <QString>

namespace fielddesk::board {

struct JobFilter
{
    QSet<JobStatus> statuses;
    QSet<int> priorities;
    QString skill;
    qint64 locationId = 0;
    bool unassignedOnly = false;
    bool atRiskOnly = false; // at risk, or in conflict on the board
    QString search;          // title, customer, address, notes, technician

    bool operator==(const JobFilter &) const = default;
};

} // namespace fielddesk::board
