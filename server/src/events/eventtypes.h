// The event types the company's other systems may subscribe to (webhooks), with what each
// says, as GET /api/v1/event-types lists them. An event of a type not listed here (the
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

const QList<EventTypeInfo> &webhookEventTypes();
bool isWebhookEventType(const QString &type);

} // namespace fielddesk::server
