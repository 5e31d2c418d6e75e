#include "fielddesk/board/bestslot.h"

#include <QJsonArray>

namespace fielddesk::board {

QList<BestSlot> BestSlot::listFromJson(const QJsonObject &answer)
{
    QList<BestSlot> slotList;
    for (const QJsonValue &value : answer.value(QLatin1String("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        BestSlot slot;
        slot.technicianId = o.value(QLatin1String("technician_id")).toInteger();
        slot.technicianName = o.value(QLatin1String("technician_name")).toString();
        slot.plannedStart = o.value(QLatin1String("planned_start")).toString();
        slot.startMs = timestampMs(slot.plannedStart);
        slot.position = o.value(QLatin1String("position")).toInt();
        slot.addedTravelS = o.value(QLatin1String("added_travel_s")).toInteger();
        slot.day = QDate::fromString(
            o.value(QLatin1String("date")).toString(answer.value(QLatin1String("date")).toString()),
            Qt::ISODate);
        slotList << slot;
    }
    return slotList;
}

QList<SkippedDay> SkippedDay::listFromJson(const QJsonObject &answer)
{
    QList<SkippedDay> days;
    for (const QJsonValue &value : answer.value(QLatin1String("skipped_days")).toArray()) {
        const QJsonObject o = value.toObject();
        days.append({QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate),
                     o.value(QLatin1String("reason")).toString()});
    }
    return days;
}

} // namespace fielddesk::board
