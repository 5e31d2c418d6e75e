// The part of a technician's absence that one re-plan covers: one day of the board (the
// engine re-plans a day at a time), the absence clipped to it, and the technician's planned
// jobs it collides with. The time off dialog counts them ("Record and re-plan 3 jobs"), the
// board's menu on a time off offers them, and the board sends the request it makes.
// Part of fielddesk_board: no widgets.
#pragma once

#include "fielddesk/board/routingclient.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace fielddesk::board {

class DispatchStore;

struct AbsenceReplan
{
    RoutingClient::Unavailability unavailable;
    qint64 locationId = 0;
    QDate day;
    QList<qint64> jobIds; // by start

    // The absence from..to on `day` (the board's day, in its time zone), or, without a day,
    // on the day of the first planned job it collides with. No jobs: jobIds is empty.
    static AbsenceReplan of(const DispatchStore &store,
                            qint64 technicianId,
                            const QDateTime &from,
                            const QDateTime &to,
                            std::optional<QDate> day = std::nullopt);

    // The same for a recorded period of time off.
    static AbsenceReplan of(const DispatchStore &store,
                            qint64 technicianId,
                            const AvailabilityPeriod &period,
                            QDate day);

    bool isEmpty() const { return jobIds.isEmpty(); }
    // What AutoRouteSession::plan sends for it.
    RoutingClient::PlanRequest request(double timeLimitS) const;
};

} // namespace fielddesk::board
