#include "services/tenantservice.h"

#include "events/eventnotifier.h"
#include "events/eventrepository.h"
#include "events/eventtypes.h"
#include "fielddesk/domain/money.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/userrepository.h"
#include "services/tenantsettings.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace fielddesk::server {

namespace {

const QString kTenantEventSource = QStringLiteral("fielddesk/tenancy");

Failure tenantNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such tenant."));
}

std::optional<Failure> checkTimeZone(const QString &timeZone)
{
    if (QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        return std::nullopt;
    return Failure::validation(QStringLiteral("time_zone"),
                               QStringLiteral("is not a known IANA time zone"));
}

std::optional<Failure> checkCurrency(const QString &currency)
{
    if (isCurrencyCode(currency))
        return std::nullopt;
    return Failure::validation(QStringLiteral("currency"),
                               QStringLiteral("is not an ISO 4217 currency code (USD, EUR, …)"));
}

// The tenant's suspension or resumption for the whole tenant (its webhooks and live streams
// hear it).
void announce(Database &db, const CallContext &call, const Tenant &tenant, const QString &type)
{
    JsonWriter data(64);
    data.beginObject().field("tenant_id", tenant.id).field("status", tenant.status).endObject();
    DomainEvent event;
    event.tenantId = tenant.id;
    event.type = type;
    event.source = kTenantEventSource;
    event.correlationId = call.requestId;
    event.dataJson = data.take();
    EventRepository(db).append(event);
}

// An audit row about a tenant, filed in that tenant (its admins read what the operator did).
AuditEntry tenantAudit(const CallContext &call,
                       const QString &action,
                       const Tenant &tenant,
                       QByteArray before,
                       QByteArray after)
{
    AuditEntry entry = call.audit(action, QStringLiteral("tenant"), tenant.id, std::nullopt,
                                  std::move(before), std::move(after));
    entry.tenantId = tenant.id;
    return entry;
}

} // namespace

const QString TenantService::kActive = QStringLiteral("active");
const QString TenantService::kSuspended = QStringLiteral("suspended");
const QString TenantService::kSuspendedEvent = eventtype::tenantSuspended();

const Workflow &TenantService::lifecycle()
{
    static const Workflow workflow({{QStringLiteral("suspend"), kActive, kSuspended},
                                    {QStringLiteral("resume"), kSuspended, kActive}});
    return workflow;
}

void TenantService::describeInForce(Tenant &tenant) const
{
    const TenantSettings settings = TenantSettings::stored(tenant.settingsJson);
    tenant.travel = settings.travel(m_travel);
    tenant.settingsInForceJson =
        QJsonDocument(settings.inForce(m_travel)).toJson(QJsonDocument::Compact);
}

std::optional<Tenant> TenantService::find(qint64 tenantId) const
{
    std::optional<Tenant> tenant = TenantRepository(m_db).find(tenantId);
    if (tenant)
        describeInForce(*tenant);
    return tenant;
}

Result<Tenant> TenantService::current(const Principal &caller)
{
    const std::optional<Tenant> tenant = find(caller.tenantId);
    if (!tenant)
        return Failure::notFound(QStringLiteral("Your tenant no longer exists."));
    return *tenant;
}

Result<Tenant> TenantService::update(const CallContext &call, const TenantFields &fields)
{
    TenantRepository tenants(m_db);
    Transaction tx(m_db);
    const std::optional<Tenant> before = find(call.principal.tenantId);
    if (!before)
        return Failure::notFound(QStringLiteral("Your tenant no longer exists."));
    Tenant after = *before;
    if (fields.name) {
        after.name = *fields.name;
        if (after.name.isEmpty())
            return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    }
    if (fields.timeZone) {
        after.timeZone = *fields.timeZone;
        if (auto problem = checkTimeZone(after.timeZone))
            return *problem;
    }
    if (fields.currency) {
        after.currency = *fields.currency;
        if (auto problem = checkCurrency(after.currency))
            return *problem;
    }
    if (fields.settingsJson) {
        // Merged key by key: a form that changes one setting keeps the others.
        const QJsonObject settings = TenantSettings::merged(
            before->settingsJson, QJsonDocument::fromJson(*fields.settingsJson).object());
        const Result<TenantSettings> checked = TenantSettings::read(settings);
        if (!checked)
            return checked.failure();
        after.settingsJson = QJsonDocument(settings).toJson(QJsonDocument::Compact);
        describeInForce(after);
    }
    after.updatedAt = nowTimestamp();
    tenants.update(after);
    AuditRepository(m_db).append(call.audit(QStringLiteral("tenant.updated"),
                                            QStringLiteral("tenant"), after.id, std::nullopt,
                                            toJsonText(*before), toJsonText(after)));
    tx.commit();
    return after;
}

Page<Tenant> TenantService::list(const Principal &, const ListQuery &query)
{
    Page<Tenant> page = TenantRepository(m_db).list(query);
    for (Tenant &tenant : page.items)
        describeInForce(tenant);
    return page;
}

Result<Tenant> TenantService::get(const Principal &, qint64 id)
{
    const std::optional<Tenant> tenant = find(id);
    if (!tenant)
        return tenantNotFound();
    return *tenant;
}

Result<Tenant> TenantService::create(const CallContext &call, const NewTenant &fields)
{
    QList<FieldError> errors;
    if (fields.name.isEmpty())
        errors << FieldError{QStringLiteral("name"), QStringLiteral("may not be empty")};
    if (auto problem = checkTimeZone(fields.timeZone))
        errors << problem->errors;
    if (auto problem = checkCurrency(fields.currency))
        errors << problem->errors;
    if (fields.adminName.isEmpty())
        errors << FieldError{QStringLiteral("admin.name"), QStringLiteral("may not be empty")};
    if (!errors.isEmpty())
        return Failure::validation(std::move(errors));

    Tenant tenant;
    tenant.name = fields.name;
    tenant.timeZone = fields.timeZone;
    tenant.currency = fields.currency;
    tenant.status = kActive;
    User admin;
    admin.email = fields.adminEmail.trimmed().toLower();
    admin.name = fields.adminName;
    admin.role = Role::Admin;
    admin.mustChangePassword = fields.adminMustChangePassword;
    const QString hash = m_hasher.hash(fields.adminPassword);
    try {
        Transaction tx(m_db);
        tenant = TenantRepository(m_db).insert(tenant);
        admin.tenantId = tenant.id;
        admin = UserRepository(m_db).insert(admin, hash);
        AuditRepository audit(m_db);
        audit.append(
            tenantAudit(call, QStringLiteral("tenant.created"), tenant, {}, toJsonText(tenant)));
        AuditEntry adminCreated = call.audit(QStringLiteral("user.created"), QStringLiteral("user"),
                                             admin.id, std::nullopt, {}, toJsonText(admin));
        adminCreated.tenantId = tenant.id;
        audit.append(adminCreated);
        announce(m_db, call, tenant, QStringLiteral("created"));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return Failure::conflict(
                QStringLiteral("The email %1 is already in use.").arg(admin.email));
        throw;
    }
    m_events.notifyCommitted();
    describeInForce(tenant);
    return tenant;
}

Result<Tenant> TenantService::suspend(const CallContext &call, qint64 id)
{
    return takeStep(call, id, QStringLiteral("suspend"));
}

Result<Tenant> TenantService::resume(const CallContext &call, qint64 id)
{
    return takeStep(call, id, QStringLiteral("resume"));
}

Result<Tenant> TenantService::takeStep(const CallContext &call, qint64 id, const QString &action)
{
    TenantRepository tenants(m_db);
    Transaction tx(m_db);
    const std::optional<Tenant> before = find(id);
    if (!before)
        return tenantNotFound();
    const std::optional<QString> status = lifecycle().next(action, before->status);
    if (!status)
        return lifecycle().illegal(QStringLiteral("Tenant #%1").arg(id), action, before->status,
                                   toJsonText(*before));
    Tenant after = *before;
    after.status = *status;
    after.updatedAt = nowTimestamp();
    tenants.update(after);
    // Nobody of a suspended company goes on, and nothing of theirs is revoked or deleted:
    // sign-in, refresh and every call read the tenant's status (AuthService), so resuming
    // gives everything back as it was.
    const QString step =
        after.status == kSuspended ? QStringLiteral("suspended") : QStringLiteral("resumed");
    AuditRepository(m_db).append(tenantAudit(call, QStringLiteral("tenant.") + step, after,
                                             toJsonText(*before), toJsonText(after)));
    announce(m_db, call, after,
             after.status == kSuspended ? eventtype::tenantSuspended()
                                        : eventtype::tenantResumed());
    tx.commit();
    m_events.notifyCommitted();
    return after;
}

} // namespace fielddesk::server
