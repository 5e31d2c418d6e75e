#include "events/eventtypes.h"

#include <algorithm>

namespace fielddesk::server {

namespace eventtype {

const QString &jobCreated()
{
    static const QString name = QStringLiteral("scheduling.job.created.v1");
    return name;
}

const QString &jobUpdated()
{
    static const QString name = QStringLiteral("scheduling.job.updated.v1");
    return name;
}

const QString &jobAssigned()
{
    static const QString name = QStringLiteral("scheduling.job.assigned.v1");
    return name;
}

const QString &jobRescheduled()
{
    static const QString name = QStringLiteral("scheduling.job.rescheduled.v1");
    return name;
}

const QString &jobUnassigned()
{
    static const QString name = QStringLiteral("scheduling.job.unassigned.v1");
    return name;
}

const QString &jobStatusChanged()
{
    static const QString name = QStringLiteral("scheduling.job.status_changed.v1");
    return name;
}

const QString &jobAtRiskChanged()
{
    static const QString name = QStringLiteral("scheduling.job.at_risk_changed.v1");
    return name;
}

const QString &weatherAlertUpdated()
{
    static const QString name = QStringLiteral("weather.alert.updated.v1");
    return name;
}

const QString &technicianCreated()
{
    static const QString name = QStringLiteral("resources.technician.created.v1");
    return name;
}

const QString &technicianUpdated()
{
    static const QString name = QStringLiteral("resources.technician.updated.v1");
    return name;
}

const QString &technicianDeleted()
{
    static const QString name = QStringLiteral("resources.technician.deleted.v1");
    return name;
}

const QString &technicianAvailabilityChanged()
{
    static const QString name = QStringLiteral("resources.technician.availability_changed.v1");
    return name;
}

const QString &requestChanged()
{
    static const QString name = QStringLiteral("requests.request.changed.v1");
    return name;
}

const QString &expenseChanged()
{
    static const QString name = QStringLiteral("expenses.expense.changed.v1");
    return name;
}

const QString &spiffChanged()
{
    static const QString name = QStringLiteral("spiffs.spiff.changed.v1");
    return name;
}

const QString &tenantSuspended()
{
    static const QString name = QStringLiteral("tenancy.tenant.suspended.v1");
    return name;
}

const QString &tenantResumed()
{
    static const QString name = QStringLiteral("tenancy.tenant.resumed.v1");
    return name;
}

} // namespace eventtype

const QList<EventTypeInfo> &webhookEventTypes()
{
    static const QList<EventTypeInfo> types{
        {eventtype::jobCreated(), QStringLiteral("A job was booked")},
        {eventtype::jobUpdated(),
         QStringLiteral("A job's details changed (title, window, address, notes, ...)")},
        {eventtype::jobAssigned(), QStringLiteral("A job was given to a technician at a time")},
        {eventtype::jobRescheduled(), QStringLiteral("A job moved to another time or technician")},
        {eventtype::jobUnassigned(), QStringLiteral("A job was taken from its technician")},
        {eventtype::jobStatusChanged(),
         QStringLiteral("A job was dispatched, en route, on site, completed or cancelled")},
        {eventtype::jobAtRiskChanged(),
         QStringLiteral("A job was flagged at risk (bad weather in its time) or the flag cleared")},
        {eventtype::weatherAlertUpdated(),
         QStringLiteral("The bad-weather spans of a location's forecast changed")},
        {eventtype::technicianCreated(), QStringLiteral("A technician was added")},
        {eventtype::technicianUpdated(), QStringLiteral("A technician's details changed")},
        {eventtype::technicianDeleted(), QStringLiteral("A technician was removed")},
        {eventtype::technicianAvailabilityChanged(),
         QStringLiteral("A technician's time off or unavailability changed")},
        {eventtype::requestChanged(),
         QStringLiteral("An employee's request was filed, decided or withdrawn")},
        {eventtype::expenseChanged(), QStringLiteral("An expense was filed, decided or paid")},
        {eventtype::spiffChanged(), QStringLiteral("A spiff was filed, decided or paid")},
        {eventtype::tenantSuspended(), QStringLiteral("The company was suspended")},
        {eventtype::tenantResumed(), QStringLiteral("The company's suspension was lifted")},
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
