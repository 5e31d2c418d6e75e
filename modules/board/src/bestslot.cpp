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
        slotList << slot;
    }
    return slotList;
}

} // namespace fielddesk::board
