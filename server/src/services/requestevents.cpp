#include "services/requestevents.h"

#include "events/eventrepository.h"
#include "services/requestvisibility.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fielddesk::server {

namespace {
const QString kRequestEventSource = QStringLiteral("fielddesk/requests");
const QString kRequestEventPrefix = QStringLiteral("requests.");
} // namespace

const QString RequestEvents::kChanged = QStringLiteral("requests.request.changed.v1");

void RequestEvents::announce(Database &db,
                             const CallContext &call,
                             const Request &request,
                             const QString &action)
{
    JsonWriter data(128);
    data.beginObject()
        .field("request_id", request.id)
        .field("kind", request.kind)
        .field("status", request.status)
        .field("version", request.version)
        .field("action", action)
        .endObject();
    DomainEvent event;
    event.tenantId = call.principal.tenantId;
    event.locationId = request.locationId;
    event.type = kChanged;
    event.source = kRequestEventSource;
    event.correlationId = call.requestId;
    event.dataJson = data.take();
    EventRepository(db).append(event);
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
