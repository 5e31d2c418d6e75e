// What the server said to one assignment change: settled (the job now), refused because the
// job changed meanwhile (the job now and who changed it), held back by warnings the
// dispatcher may override, refused for good, or not delivered. Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::board {

// One reason the server asks for a second look ("outside_shift", "overlap"...).
struct AssignmentWarning
{
    QString code; // empty when the server's answer did not say
    QString message;
    std::optional<qint64> jobId; // the other job of an overlap
};

struct AssignmentOutcome
{
    enum class Kind { Settled, VersionConflict, NeedsConfirmation, Refused, Failed };

    Kind kind = Kind::Failed;
    std::optional<Job> job; // Settled: the job now; VersionConflict: the job now, if known
    QList<AssignmentWarning> warnings;
    QString message; // for the dispatcher: who changed what, why refused, what failed
};

// What the server said to several changes sent at once (a batch, applying a route): all
// settled (the jobs now), or none (a job changed meanwhile, refused, not delivered).
struct BatchOutcome
{
    AssignmentOutcome::Kind kind = AssignmentOutcome::Kind::Failed;
    QList<Job> jobs; // Settled: every job as it is now, in the order sent; VersionConflict:
                     // the jobs that changed meanwhile, as they are now, when the server says
    QString message;

    bool isSettled() const { return kind == AssignmentOutcome::Kind::Settled; }
};

} // namespace fielddesk::board
