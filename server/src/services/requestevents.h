// requests.request.changed.v1: the event at a request's location that every change of the
// request writes in its transaction (the submission, each transition, each comment), so that
// inboxes update live. It says which request changed and how, never what it holds: a console
// fetches the request, and that read applies who may see what. The live stream carries it to
// those who may read such a request (services/requestvisibility.h).
#pragma once

#include "auth/principal.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/requests.h"
#include "services/callcontext.h"
#include "storage/database.h"

namespace fielddesk::server {

class RequestEvents
{
public:
    static const QString kChanged; // "requests.request.changed.v1"

    // Inside the change's transaction. action: the history's word ("submitted", "approved",
    // "commented", …). Data: {request_id, kind, status, version, action}.
    static void
    announce(Database &db, const CallContext &call, const Request &request, const QString &action);

    // An event of the requests source (requests.*): the stream asks visibleTo() for these.
    static bool isRequestEvent(const DomainEvent &event);
    // Whether a stream of this person may carry the request event (its kind and location).
    static bool visibleTo(const Principal &principal, const DomainEvent &event);
};

} // namespace fielddesk::server
