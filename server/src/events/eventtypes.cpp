#include "events/eventtypes.h"

#include <algorithm>

namespace fielddesk::server {

const QList<EventTypeInfo> &webhookEventTypes()
{
    static const QList<EventTypeInfo> types{
        {QStringLiteral("scheduling.job.created.v1"), QStringLiteral("A job was booked")},
        {QStringLiteral("scheduling.job.updated.v1"),
         QStringLiteral("A job's details changed (title, window, address, notes, ...)")},
        {QStringLiteral("scheduling.job.assigned.v1"),
         QStringLiteral("A job was given to a technician at a time")},
        {QStringLiteral("scheduling.job.rescheduled.v1"),
         QStringLiteral("A job moved to another time or technician")},
        {QStringLiteral("scheduling.job.unassigned.v1"),
         QStringLiteral("A job was taken from its technician")},
        {QStringLiteral("scheduling.job.status_changed.v1"),
         QStringLiteral("A job was dispatched, en route, on site, completed or cancelled")},
        {QStringLiteral("resources.technician.created.v1"),
         QStringLiteral("A technician was added")},
        {QStringLiteral("resources.technician.updated.v1"),
         QStringLiteral("A technician's details changed")},
        {QStringLiteral("resources.technician.deleted.v1"),
         QStringLiteral("A technician was removed")},
        {QStringLiteral("resources.technician.availability_changed.v1"),
         QStringLiteral("A technician's time off or unavailability changed")},
        {QStringLiteral("requests.request.changed.v1"),
         QStringLiteral("An employee's request was filed, decided or withdrawn")},
        {QStringLiteral("expenses.expense.changed.v1"),
         QStringLiteral("An expense was filed, decided or paid")},
        {QStringLiteral("spiffs.spiff.changed.v1"),
         QStringLiteral("A spiff was filed, decided or paid")},
        {QStringLiteral("tenancy.tenant.suspended.v1"),
         QStringLiteral("The company was suspended")},
        {QStringLiteral("tenancy.tenant.resumed.v1"),
         QStringLiteral("The company's suspension was lifted")},
    };
    return types;
}

void EventTypeInfo::writeJson(JsonWriter &w) const
{
    w.beginObject().field("name", name).field("description", description).endObject();
}

bool isWebhookEventType(const QString &type)
{
    const QList<EventTypeInfo> &types = webhookEventTypes();
    return std::any_of(types.begin(), types.end(),
                       [&](const EventTypeInfo &info) { return info.name == type; });
}

} // namespace fielddesk::server
