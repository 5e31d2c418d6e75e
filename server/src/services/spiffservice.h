// The rules for spiffs: their types (admins and managers write them, everyone reads them),
// claiming one's own, managers and admins filing them for anyone at their locations, the
// spiffs a completed job earns its technician (a type with auto_on_completion and a service),
// and the workflow submitted → approved | rejected, approved → paid, cancel while submitted —
// decided by the shared rules (services/approvalrules.h) with history, comments, audit rows,
// events and notifications.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/requests.h"
#include "repositories/spiffrepository.h"
#include "services/approvalrules.h"
#include "services/callcontext.h"
#include "services/decidedentries.h"

namespace fielddesk::server {

class EventNotifier;

struct SpiffTypeFields
{
    Patch<QString> name;
    Patch<qint64> defaultAmountMinor;
    NullablePatch<qint64> serviceId;
    Patch<bool> autoOnCompletion;
    Patch<bool> active;
};

// A new spiff (create) or a change of one (PATCH names only what it changes).
struct SpiffFields
{
    Patch<qint64> employeeId; // create only; default: the caller
    Patch<qint64> spiffTypeId;
    Patch<qint64> amountMinor; // default: the type's
    Patch<QString> currency;   // create only; default: the tenant's
    NullablePatch<qint64> jobId;
    Patch<QString> reason;
    std::optional<qint64> locationId;      // create only
    std::optional<qint64> expectedVersion; // change only
};

// Gets, decides and comments on spiffs, and reads their history, as services/decidedentries.h
// does for every kind.
class SpiffService : private DecidedEntries<Spiff, SpiffRepository>
{
public:
    SpiffService(Database &db, EventNotifier &events)
        : DecidedEntries(db, events, kind())
        , m_db(db)
        , m_events(events)
    {}

    Page<SpiffType> types(const Principal &caller, const ListQuery &query);
    Result<SpiffType> type(const Principal &caller, qint64 id);
    Result<SpiffType> createType(const CallContext &call, const SpiffTypeFields &fields);
    Result<SpiffType> updateType(const CallContext &call, qint64 id, const SpiffTypeFields &fields);
    Status removeType(const CallContext &call, qint64 id);

    Result<Spiff> create(const CallContext &call, const SpiffFields &fields);
    Result<Page<Spiff>> list(const Principal &caller, const ListQuery &query);
    Result<Spiff> update(const CallContext &call, qint64 id, const SpiffFields &fields);
    // approve, reject, pay or cancel.
    using DecidedEntries::comment;
    using DecidedEntries::decide;
    using DecidedEntries::get;
    using DecidedEntries::history;

    // What the shared steps know of spiffs.
    static const DecidedEntryKind<Spiff> &kind();

    // A job was completed, in the transaction that completes it (services/jobwrite.h): files
    // the spiffs its service earns its technician, once per job and type however often the
    // completion is written.
    static void jobCompleted(Database &db, const CallContext &call, const Job &job);

    static const Workflow &workflow();

private:
    std::optional<Failure>
    apply(const Principal &caller, Spiff &spiff, const SpiffFields &fields, bool creating);

    Database &m_db;
    EventNotifier &m_events;
};

} // namespace fielddesk::server
