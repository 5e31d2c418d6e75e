#include "services/tenantservice.h"

#include "fielddesk/domain/money.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"

#include <QTimeZone>

namespace fielddesk::server {

std::optional<Tenant> TenantService::find(qint64 tenantId) const
{
    std::optional<Tenant> tenant = TenantRepository(m_db).find(tenantId);
    if (tenant)
        tenant->travel = m_travel;
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
        if (!QTimeZone::isTimeZoneIdAvailable(after.timeZone.toUtf8()))
            return Failure::validation(QStringLiteral("time_zone"),
                                       QStringLiteral("is not a known IANA time zone"));
    }
    if (fields.currency) {
        after.currency = *fields.currency;
        if (!isCurrencyCode(after.currency))
            return Failure::validation(
                QStringLiteral("currency"),
                QStringLiteral("is not an ISO 4217 currency code (USD, EUR, …)"));
    }
    applyPatch(after.settingsJson, fields.settingsJson);
    after.updatedAt = nowTimestamp();
    tenants.update(after);
    AuditRepository(m_db).append(call.audit(QStringLiteral("tenant.updated"),
                                            QStringLiteral("tenant"), after.id, std::nullopt,
                                            toJsonText(*before), toJsonText(after)));
    tx.commit();
    return after;
}

} // namespace fielddesk::server
