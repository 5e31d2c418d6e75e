// One suggestion of GET /api/v1/routing/slots for a job: a technician, a start, where in the
// route and the travel it adds, best first; and the days a range skipped for the weather. Part of
// fielddesk_board: QtCore only.
#pragma once

#include "fielddesk/board/jobrecord.h"

#include <QDate>
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
    QDate day; // the local day of the slot (the answer's "date")

    // The "slots" of the answer, in the server's order (best first).
    static QList<BestSlot> listFromJson(const QJsonObject &answer);
};

// A day of a range the server left out for a weather-sensitive job: bad weather in its time.
struct SkippedDay
{
    QDate day;
    QString reason; // "rain 8 mm/h 13:00–16:00 MST"

    // The "skipped_days" of the answer, in day order.
    static QList<SkippedDay> listFromJson(const QJsonObject &answer);
};

} // namespace fielddesk::board
