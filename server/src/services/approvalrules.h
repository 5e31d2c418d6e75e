// The rules every kind of thing people file for a decision shares (requests, expenses, spiffs):
// who takes which step (the owner cancels; managers of its location and admins decide, never
// on their own), a stale version (409 with "current"), the workflow's legal steps (409 with
// "allowed" and "current", services/workflow.h), a reason to reject, and awaiting_me=true.
// Each service says what its objects are called and keeps what a step writes.
#pragma once

#include "auth/principal.h"
#include "core/result.h"
#include "repositories/decisionscope.h"
#include "services/workflow.h"
#include "storage/listquery.h"

#include <optional>

namespace fielddesk::server {

// A step someone takes: approve, reject, cancel, and the kind's own (fulfil, revoke,
// reimburse, pay).
struct ApprovalDecision
{
    QString action;
    std::optional<qint64> expectedVersion;
    QString comment; // trimmed; reject needs one
};

// What is being decided, as the rules see it.
struct ApprovalSubject
{
    QString noun;      // "request": the messages' word for it
    QString ownerWord; // "requester": who filed it
    qint64 id = 0;
    qint64 ownerId = 0;
    qint64 locationId = 0;
    QString status;
    qint64 version = 0;
    QByteArray currentJson; // the object as it is now, for 409s
    // Someone besides the owner who may cancel it while it waits (a spiff's creator).
    std::optional<qint64> alsoCancelledBy;
};

namespace approval {

inline const QString kSubmitted = QStringLiteral("submitted");
inline const QString kApprove = QStringLiteral("approve");
inline const QString kReject = QStringLiteral("reject");
inline const QString kCancel = QStringLiteral("cancel");

// Whether the caller decides what is filed at this location: its managers and admins.
bool decidesAt(const Principal &caller, qint64 locationId);

// The awaiting_me parameter of a list (true or false; 422 otherwise): what awaits the caller's
// decision (managers: at their locations; admins: everywhere; anyone else: nothing).
Result<AwaitingMe> awaitingMeOf(const Principal &caller, const ListQuery &query);

// 409 /problems/version-conflict for a step or change based on an old version.
Failure staleVersion(const ApprovalSubject &current, qint64 expectedVersion);

// Whether the caller may take the step now: the actor, the version, the workflow and a
// comment to reject. The status the step leads to, or why not.
Result<QString> checkStep(const Principal &caller,
                          const Workflow &workflow,
                          const ApprovalSubject &subject,
                          const ApprovalDecision &decision);

// 409 for a change (PATCH) of something no longer submitted: only what awaits a decision
// changes; an approved amount never does. Shaped as an illegal step ("allowed", "current").
Failure frozen(const Workflow &workflow, const ApprovalSubject &subject, const QString &hint);

// Whether the step records who decided (approve and reject do).
bool isDecision(const QString &action);

// The history's word for a step: "approve" → "approved", "pay" → "paid".
QString pastTense(const QString &action);

} // namespace approval

} // namespace fielddesk::server
