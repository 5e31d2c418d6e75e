// The rules for requests: who files, sees and decides which, the workflow each kind follows
// (services/workflow.h), what a decision writes besides the request (an approved time off
// becomes an availability period of the requester's technician profile), history, comments
// and audit rows.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "fielddesk/domain/dispatch.h"
#include "repositories/fleetrecords.h"
#include "repositories/requestrepository.h"
#include "services/approvalrules.h"
#include "services/callcontext.h"
#include "services/decidedentries.h"

namespace fielddesk::server {

class EventNotifier;

// One line of a clothing request.
struct ClothingLine
{
    qint64 clothingItemId = 0;
    QString size;
    int quantity = 0;
};

// The details of a new request as given (texts are kept as sent: they are stored so). The
// kind's schema, checked in the route layer, decides which of them a request names.
struct RequestDetails
{
    // tool
    Patch<qint64> toolId;
    Patch<int> quantity;
    Patch<QString> neededBy; // YYYY-MM-DD
    Patch<QString> reason;
    // clothing
    Patch<QList<ClothingLine>> items;
    // time_off
    Patch<QString> startsAt; // ISO 8601 with a zone
    Patch<QString> endsAt;
    Patch<QString> type;
    Patch<QString> note;
    // repair
    Patch<QString> subject;
    Patch<QString> description;
    Patch<QString> severity;
    Patch<qint64> vehicleId;
    // suggestion
    Patch<QString> title;
    Patch<QString> text;
    // referral
    Patch<QString> partnerName;
    Patch<QString> contactName;
    Patch<QString> contactPhone;
    Patch<QString> contactEmail;
    Patch<qint64> customerId;
    Patch<QString> notes;
};

// A new request; the service checks what its details refer to (tools, clothing items and
// sizes, customers).
struct RequestDraft
{
    QString kind;
    std::optional<qint64> locationId; // default: the requester's first location
    RequestDetails details;
    QList<qint64> mediaIds;
};

// approve, reject, fulfil, cancel or revoke.
using RequestDecision = ApprovalDecision;

struct RequestDecisionOutcome
{
    Request request;
    // Approving a time off: the requester's jobs already planned inside it.
    std::optional<QList<Job>> conflicts;
    // Approving a critical repair of a vehicle: the vehicle in service, its assignments gone.
    std::optional<VehicleEffects> vehicleEffects;

    void writeJson(JsonWriter &w) const;
};

// Gets, decides and comments on requests, and reads their history, as services/decidedentries.h
// does for every kind.
class RequestService : private DecidedEntries<Request, RequestRepository>
{
public:
    RequestService(Database &db, EventNotifier &events)
        : DecidedEntries(db, events, kind())
        , m_db(db)
        , m_events(events)
    {}

    Result<Request> create(const CallContext &call, const RequestDraft &draft);
    Result<Page<Request>> list(const Principal &caller, const ListQuery &query);
    Result<RequestDecisionOutcome>
    decide(const CallContext &call, qint64 id, const RequestDecision &decision);
    using DecidedEntries::comment;
    using DecidedEntries::get;
    using DecidedEntries::history;

    // What the shared steps know of requests.
    static const DecidedEntryKind<Request> &kind();

private:
    std::optional<Failure> checkReferences(const Principal &caller, const RequestDraft &draft);
    // Approving or revoking a time off: the period on the requester's technician profile.
    std::optional<QList<Job>> applyTimeOff(const CallContext &call, const Request &request);
    void removeTimeOff(const CallContext &call, const Request &request);

    Database &m_db;
    EventNotifier &m_events;
};

} // namespace fielddesk::server
