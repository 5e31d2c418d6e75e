// One suggestion of GET /api/v1/routing/slots for a job: a technician, a start, where in the
// route and the travel it adds, best first. Part of fielddesk_board: QtCore only.
#pragma once

#include "fielddesk/board/jobrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fielddesk::board {

struct BestSlot
{
    qint64 technicianId = 0;
    QString technicianName;
    QString plannedStart; // API timestamp
    qint64 startMs = kNoTime;
    int position = 0; // the job's place in the technician's route
    qint64 addedTravelS = 0;

    // The "slots" of the answer, in the server's order (best first).
    static QList<BestSlot> listFromJson(const QJsonObject &answer);
};

} // namespace fielddesk::board
