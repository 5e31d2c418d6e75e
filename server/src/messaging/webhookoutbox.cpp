#include "messaging/webhookoutbox.h"

#include "events/eventtypes.h"
#include "fielddesk/domain/organisation.h"
#include "repositories/messagerepository.h"
#include "repositories/webhookrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fielddesk::server {

std::pair<QString, std::optional<qint64>> WebhookOutbox::subjectOf(const DomainEvent &event)
{
    const QString object = event.type.section(QLatin1Char('.'), 1, 1);
    const QJsonObject data = QJsonDocument::fromJson(event.dataJson).object();
    const QJsonValue nested = data.value(object).toObject().value(QLatin1String("id"));
    const QJsonValue flat = data.value(object + QStringLiteral("_id"));
    const QJsonValue id = nested.isDouble() ? nested
                          : flat.isDouble() ? flat
                                            : data.value(QLatin1String("id"));
    if (object.isEmpty() || !id.isDouble())
        return {QString(), std::nullopt};
    return {object, id.toInteger()};
}

QList<Webhook> WebhookOutbox::subscribersOf(Database &db,
                                            const DomainEvent &event,
                                            QHash<qint64, QList<Webhook>> *activeByTenant)
{
    if (event.userId || !isWebhookEventType(event.type))
        return {};
    QList<Webhook> active;
    if (!activeByTenant)
        active = WebhookRepository(db).active(event.tenantId);
    else if (const auto known = activeByTenant->constFind(event.tenantId);
             known != activeByTenant->cend())
        active = *known;
    else
        active =
            *activeByTenant->insert(event.tenantId, WebhookRepository(db).active(event.tenantId));
    QList<Webhook> wanting;
    for (const Webhook &webhook : std::as_const(active)) {
        if (webhook.wants(event.type))
            wanting.append(webhook);
    }
    return wanting;
}

void WebhookOutbox::queue(Database &db, const DomainEvent &event, const QList<Webhook> &subscribers)
{
    QByteArray body;
    MessageRepository messages(db);
    for (const Webhook &webhook : subscribers) {
        if (body.isEmpty())
            body = toJsonText(event);
        const auto [objectType, objectId] = subjectOf(event);
        MessageDelivery call;
        call.channel = QStringLiteral("webhook");
        call.recipient = webhook.url;
        call.templateName = event.type;
        call.body = QString::fromUtf8(body);
        call.objectType = objectType;
        call.objectId = objectId;
        call.locationId = event.locationId;
        call.webhookId = webhook.id;
        messages.queue(event.tenantId, call,
                       QStringLiteral("event-%1-webhook-%2").arg(event.id).arg(webhook.id));
    }
}

} // namespace fielddesk::server
