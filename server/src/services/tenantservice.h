// Tenants: the caller's own, read by everyone in it and changed by its admins; and every
// tenant of the installation for the operator, who creates, suspends and resumes them.
#pragma once

#include "auth/passwordhasher.h"
#include "core/patch.h"
#include "core/result.h"
#include "fielddesk/domain/travelmodel.h"
#include "repositories/tenantrepository.h"
#include "services/callcontext.h"
#include "services/workflow.h"

namespace fielddesk::server {

class EventNotifier;

// A partial change of the caller's tenant (only the named fields change).
struct TenantFields
{
    Patch<QString> name;            // trimmed
    Patch<QString> timeZone;        // an IANA id
    Patch<QString> currency;        // ISO 4217, the default of money entries
    Patch<QByteArray> settingsJson; // a JSON object, compact
};

// A new tenant with its first admin, made together (operator).
struct NewTenant
{
    QString name; // trimmed
    QString timeZone;
    QString currency;
    QString adminEmail; // as given; the service folds it to lower case
    QString adminName;  // trimmed
    QString adminPassword;
    bool adminMustChangePassword = false;
};

class TenantService
{
public:
    static const QString kActive;    // "active"
    static const QString kSuspended; // "suspended"
    // tenancy.tenant.suspended.v1: the event hub closes the tenant's live streams on it.
    static const QString kSuspendedEvent;

    TenantService(Database &db,
                  TravelModel travel,
                  const PasswordHasher &hasher,
                  EventNotifier &events)
        : m_db(db)
        , m_travel(travel)
        , m_hasher(hasher)
        , m_events(events)
    {}

    // A tenant as the API shows it: its row with what applies to it (travel, settings in force).
    std::optional<Tenant> find(qint64 tenantId) const;
    Result<Tenant> current(const Principal &caller);
    Result<Tenant> update(const CallContext &call, const TenantFields &fields);

    // The operator's: every tenant, one tenant, a new one, suspension and resumption (409
    // /problems/illegal-transition when it is in that state already). A suspended tenant's
    // users can neither sign in, refresh nor call (AuthService reads the status), and
    // tenancy.tenant.suspended.v1 closes their live streams; nothing of theirs is deleted.
    Page<Tenant> list(const Principal &caller, const ListQuery &query);
    Result<Tenant> get(const Principal &caller, qint64 id);
    Result<Tenant> create(const CallContext &call, const NewTenant &fields);
    Result<Tenant> suspend(const CallContext &call, qint64 id);
    Result<Tenant> resume(const CallContext &call, qint64 id);

    static const Workflow &lifecycle();

private:
    // Fills what the tenant's stored settings put in force, over the server's defaults.
    void describeInForce(Tenant &tenant) const;
    Result<Tenant> takeStep(const CallContext &call, qint64 id, const QString &action);

    Database &m_db;
    TravelModel m_travel;
    const PasswordHasher &m_hasher;
    EventNotifier &m_events;
};

} // namespace fielddesk::server
