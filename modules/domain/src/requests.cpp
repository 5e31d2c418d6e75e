#include "fielddesk/domain/requests.h"

#include "jsonform.h"

namespace fielddesk {

QStringList allRequestKinds()
{
    return {QStringLiteral("tool"),   QStringLiteral("clothing"),   QStringLiteral("time_off"),
            QStringLiteral("repair"), QStringLiteral("suggestion"), QStringLiteral("referral")};
}

QStringList allRequestStatuses()
{
    return {QStringLiteral("submitted"), QStringLiteral("approved"),  QStringLiteral("rejected"),
            QStringLiteral("fulfilled"), QStringLiteral("cancelled"), QStringLiteral("revoked")};
}

constexpr jsonform::Form kToolForm{
    field<"id", &Tool::id>,
    field<"name", &Tool::name>,
    field<"code", &Tool::code>,
    field<"location_id", &Tool::locationId>,
    field<"active", &Tool::active>,
    field<"created_at", &Tool::createdAt>,
    field<"updated_at", &Tool::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Tool, kToolForm)

constexpr jsonform::Form kClothingItemForm{
    field<"id", &ClothingItem::id>,
    field<"name", &ClothingItem::name>,
    field<"sizes", &ClothingItem::sizes>,
    field<"active", &ClothingItem::active>,
    field<"created_at", &ClothingItem::createdAt>,
    field<"updated_at", &ClothingItem::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(ClothingItem, kClothingItemForm)

constexpr jsonform::Form kRequestForm{
    field<"id", &Request::id>,
    field<"kind", &Request::kind>,
    field<"status", &Request::status>,
    object<"requester">(field<"id", &Request::requesterId>, field<"name", &Request::requesterName>),
    field<"location_id", &Request::locationId>,
    field<"details", &Request::detailsJson>,
    field<"media_ids", &Request::mediaIds>,
    field<"submitted_at", &Request::submittedAt>,
    objectOrNull<"decided_by", &Request::decidedBy>(field<"id", &Request::decidedBy>,
                                                    field<"name", &Request::decidedByName>),
    textOrNull<"decided_at", &Request::decidedAt>,
    textOrNull<"decision_comment", &Request::decisionComment>,
    field<"version", &Request::version>,
    field<"updated_at", &Request::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Request, kRequestForm)

constexpr jsonform::Form kRequestHistoryEntryForm{
    field<"id", &RequestHistoryEntry::id>,
    field<"request_id", &RequestHistoryEntry::requestId>,
    field<"action", &RequestHistoryEntry::action>,
    textOrNull<"from_status", &RequestHistoryEntry::fromStatus>,
    textOrNull<"to_status", &RequestHistoryEntry::toStatus>,
    object<"actor">(field<"id", &RequestHistoryEntry::actorId>,
                    field<"name", &RequestHistoryEntry::actorName>),
    textOrNull<"comment", &RequestHistoryEntry::comment>,
    field<"occurred_at", &RequestHistoryEntry::occurredAt>,
};
FIELDDESK_JSON_FROM_FORM(RequestHistoryEntry, kRequestHistoryEntryForm)

namespace {

bool notificationIsRead(const Notification &notification)
{
    return !notification.readAt.isEmpty();
}

} // namespace

constexpr jsonform::Form kNotificationForm{
    field<"id", &Notification::id>,
    field<"kind", &Notification::kind>,
    field<"title", &Notification::title>,
    field<"body", &Notification::body>,
    textOrNull<"object_type", &Notification::objectType>,
    field<"object_id", &Notification::objectId>,
    computed<"read", &notificationIsRead>,
    textOrNull<"read_at", &Notification::readAt>,
    field<"created_at", &Notification::createdAt>,
};
FIELDDESK_JSON_FROM_FORM(Notification, kNotificationForm)

} // namespace fielddesk
