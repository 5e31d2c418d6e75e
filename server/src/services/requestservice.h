// The rules for requests: who files, sees and decides which, the workflow each kind follows
// (services/workflow.h), what a decision writes besides the request (an approved time off
// becomes an availability period of the requester's technician profile), history, comments
// and audit rows.
#pragma once

#include "core/result.h"
#include "fielddesk/domain/dispatch.h"
#include "repositories/requestrepository.h"
#include "services/callcontext.h"

#include <QJsonObject>

namespace fielddesk::server {

// A new request. `details` has passed the kind's schema in the route layer; the service
// checks what it refers to (tools, clothing items and sizes, customers).
struct RequestDraft
{
    QString kind;
    std::optional<qint64> locationId; // default: the requester's first location
    QJsonObject details;
    QList<qint64> mediaIds;
};

// approve, reject, fulfil, cancel or revoke.
struct RequestDecision
{
    QString action;
    std::optional<qint64> expectedVersion;
    QString comment; // trimmed; reject needs one
};

struct RequestDecisionOutcome
{
    Request request;
    // Approving a time off: the requester's jobs already planned inside it.
    std::optional<QList<Job>> conflicts;

    void writeJson(JsonWriter &w) const;
};

class RequestService
{
public:
    explicit RequestService(Database &db)
        : m_db(db)
    {}

    Result<Request> create(const CallContext &call, const RequestDraft &draft);
    Result<Page<Request>> list(const Principal &caller, const ListQuery &query);
    Result<Request> get(const Principal &caller, qint64 id);
    Result<RequestDecisionOutcome>
    decide(const CallContext &call, qint64 id, const RequestDecision &decision);
    Result<RequestHistoryEntry> comment(const CallContext &call, qint64 id, const QString &text);
    Result<QList<RequestHistoryEntry>> history(const Principal &caller, qint64 id);

private:
    RequestScope scopeOf(const Principal &caller) const;
    bool canSee(const Principal &caller, const Request &request) const;
    std::optional<Failure> checkReferences(const Principal &caller, const RequestDraft &draft);
    // Approving or revoking a time off: the period on the requester's technician profile.
    std::optional<QList<Job>> applyTimeOff(const Principal &caller, const Request &request);
    void removeTimeOff(const Principal &caller, const Request &request);

    Database &m_db;
};

} // namespace fielddesk::server
