#include "fielddesk/domain/messages.h"

#include "jsonform.h"

namespace fielddesk {

QStringList allMessageChannels()
{
    return {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("webhook")};
}

QStringList allMessageStatuses()
{
    return {QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed"),
            QStringLiteral("given_up")};
}

constexpr jsonform::Form kMessageDeliveryForm{
    field<"id", &MessageDelivery::id>,
    field<"channel", &MessageDelivery::channel>,
    field<"recipient", &MessageDelivery::recipient>,
    field<"template", &MessageDelivery::templateName>,
    field<"language", &MessageDelivery::language>,
    field<"subject", &MessageDelivery::subject>,
    field<"body", &MessageDelivery::body>,
    textOrNull<"object_type", &MessageDelivery::objectType>,
    field<"object_id", &MessageDelivery::objectId>,
    field<"location_id", &MessageDelivery::locationId>,
    field<"webhook_id", &MessageDelivery::webhookId>,
    field<"status", &MessageDelivery::status>,
    field<"attempts", &MessageDelivery::attempts>,
    field<"last_error", &MessageDelivery::lastError>,
    textOrNull<"next_attempt_at", &MessageDelivery::nextAttemptAt>,
    textOrNull<"sent_at", &MessageDelivery::sentAt>,
    field<"created_at", &MessageDelivery::createdAt>,
};
FIELDDESK_JSON_FROM_FORM(MessageDelivery, kMessageDeliveryForm)

bool Webhook::wants(const QString &eventType) const
{
    for (const QString &pattern : eventTypes) {
        if (pattern == eventType)
            return true;
        if (pattern.endsWith(QLatin1Char('*')) && eventType.startsWith(pattern.chopped(1)))
            return true;
    }
    return false;
}

constexpr jsonform::Form kWebhookForm{
    field<"id", &Webhook::id>,
    field<"url", &Webhook::url>,
    field<"event_types", &Webhook::eventTypes>,
    field<"description", &Webhook::description>,
    field<"active", &Webhook::active>,
    field<"created_at", &Webhook::createdAt>,
    field<"updated_at", &Webhook::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Webhook, kWebhookForm)

constexpr jsonform::Form kMessageWordsForm{
    field<"subject", &MessageWords::subject>,
    field<"email_body", &MessageWords::emailBody>,
    field<"sms_body", &MessageWords::smsBody>,
};
FIELDDESK_JSON_FROM_FORM(MessageWords, kMessageWordsForm)

constexpr jsonform::Form kMessageTemplateForm{
    field<"name", &MessageTemplate::name>,
    field<"language", &MessageTemplate::language>,
    field<"subject", &MessageTemplate::subject>,
    field<"email_body", &MessageTemplate::emailBody>,
    field<"sms_body", &MessageTemplate::smsBody>,
    field<"customized", &MessageTemplate::customized>,
    field<"placeholders", &MessageTemplate::placeholders>,
    field<"example", &MessageTemplate::example>,
    textOrNull<"updated_at", &MessageTemplate::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(MessageTemplate, kMessageTemplateForm)

} // namespace fielddesk
