// The names of the events the server publishes for other systems, in one place: the services
// that emit them and the webhook catalogue (GET /api/v1/event-types, with what each says) read
// them from here. An event of a type not listed here (the
// progress of an auto-route plan, one person's notifications) goes to the console's live
// stream only.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QList>
#include <QString>

namespace fielddesk::server {

struct EventTypeInfo
{
    QString name;
    QString description;

    void writeJson(JsonWriter &w) const;
};

namespace eventtype {
const QString &jobCreated();
const QString &jobUpdated();
const QString &jobAssigned();
const QString &jobRescheduled();
const QString &jobUnassigned();
const QString &jobStatusChanged();
const QString &jobAtRiskChanged();
const QString &weatherAlertUpdated();
const QString &technicianCreated();
const QString &technicianUpdated();
const QString &technicianDeleted();
const QString &technicianAvailabilityChanged();
const QString &requestChanged();
const QString &expenseChanged();
const QString &spiffChanged();
const QString &tenantSuspended();
const QString &tenantResumed();
} // namespace eventtype

const QList<EventTypeInfo> &webhookEventTypes();
bool isWebhookEventType(const QString &type);

} // namespace fielddesk::server
