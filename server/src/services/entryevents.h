// The event every change of an entry people file for a decision (a request, an expense, a
// spiff) writes in its transaction, at the entry's location: {<noun>_id, …, status, version,
// action}. It says which entry changed and how, never what it holds: a console fetches it, and
// that read applies who may see what.
#pragma once

#include "events/eventrepository.h"
#include "services/callcontext.h"

#include <functional>

namespace fielddesk::server {

struct EntryEventType
{
    QString type;      // "expenses.expense.changed.v1"
    QString source;    // "fielddesk/expenses"
    const char *idKey; // "expense_id"
};

// `more` writes the kind's own members after the id (a request's "kind").
template<typename Entry>
void announceEntryChange(Database &db,
                         const CallContext &call,
                         const EntryEventType &type,
                         const Entry &entry,
                         const QString &action,
                         const std::function<void(JsonWriter &)> &more = {})
{
    JsonWriter data(128);
    data.beginObject().field(type.idKey, entry.id);
    if (more)
        more(data);
    data.field("status", entry.status)
        .field("version", entry.version)
        .field("action", action)
        .endObject();
    DomainEvent event;
    event.tenantId = call.principal.tenantId;
    event.locationId = entry.locationId;
    event.type = type.type;
    event.source = type.source;
    event.correlationId = call.requestId;
    event.dataJson = data.take();
    EventRepository(db).append(event);
}

} // namespace fielddesk::server
