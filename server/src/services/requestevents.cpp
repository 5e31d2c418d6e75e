#include "services/requestevents.h"

#include "events/eventtypes.h"
#include "services/entryevents.h"
#include "services/requestvisibility.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fielddesk::server {

namespace {
const QString kRequestEventSource = QStringLiteral("fielddesk/requests");
const QString kRequestEventPrefix = QStringLiteral("requests.");
} // namespace

const QString RequestEvents::kChanged = eventtype::requestChanged();

void RequestEvents::announce(Database &db,
                             const CallContext &call,
                             const Request &request,
                             const QString &action)
{
    static const EntryEventType type{kChanged, kRequestEventSource, "request_id"};
    announceEntryChange(db, call, type, request, action,
                        [&request](JsonWriter &data) { data.field("kind", request.kind); });
}

bool RequestEvents::isRequestEvent(const DomainEvent &event)
{
    return event.type.startsWith(kRequestEventPrefix);
}

bool RequestEvents::visibleTo(const Principal &principal, const DomainEvent &event)
{
    if (!event.locationId)
        return false; // every request is at a location; a stray event is nobody's
    const QString kind =
        QJsonDocument::fromJson(event.dataJson).object().value(QLatin1String("kind")).toString();
    return canSeeRequest(principal, std::nullopt, *event.locationId, kind);
}

} // namespace fielddesk::server
