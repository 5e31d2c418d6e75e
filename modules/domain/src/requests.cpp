#include "fielddesk/domain/requests.h"

namespace fielddesk {

namespace {

void writeTextOrNull(JsonWriter &w, std::string_view name, const QString &text)
{
    w.key(name);
    if (text.isEmpty())
        w.nullValue();
    else
        w.value(text);
}

} // namespace

void Tool::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.field("code", code);
    w.field("location_id", locationId);
    w.field("active", active);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

void ClothingItem::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.key("sizes").beginArray();
    for (const QString &size : sizes)
        w.value(size);
    w.endArray();
    w.field("active", active);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

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

void Request::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("kind", kind);
    w.field("status", status);
    w.key("requester").beginObject().field("id", requesterId).field("name", requesterName);
    w.endObject();
    w.field("location_id", locationId);
    w.key("details").rawValue(detailsJson);
    w.key("media_ids").beginArray();
    for (const qint64 mediaId : mediaIds)
        w.value(mediaId);
    w.endArray();
    w.field("submitted_at", submittedAt);
    if (decidedBy)
        w.key("decided_by")
            .beginObject()
            .field("id", *decidedBy)
            .field("name", decidedByName)
            .endObject();
    else
        w.key("decided_by").nullValue();
    writeTextOrNull(w, "decided_at", decidedAt);
    writeTextOrNull(w, "decision_comment", decisionComment);
    w.field("version", version);
    w.field("updated_at", updatedAt);
    w.endObject();
}

void RequestHistoryEntry::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("request_id", requestId);
    w.field("action", action);
    writeTextOrNull(w, "from_status", fromStatus);
    writeTextOrNull(w, "to_status", toStatus);
    w.key("actor").beginObject().field("id", actorId).field("name", actorName).endObject();
    writeTextOrNull(w, "comment", comment);
    w.field("occurred_at", occurredAt);
    w.endObject();
}

void Notification::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("kind", kind);
    w.field("title", title);
    w.field("body", body);
    writeTextOrNull(w, "object_type", objectType);
    w.field("object_id", objectId);
    w.field("read", !readAt.isEmpty());
    writeTextOrNull(w, "read_at", readAt);
    w.field("created_at", createdAt);
    w.endObject();
}

} // namespace fielddesk
