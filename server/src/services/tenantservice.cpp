#include "services/tenantservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"

#include <QJsonDocument>
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

Result<Tenant> TenantService::update(const CallContext &call, const QJsonObject &body)
{
    TenantRepository tenants(m_db);
    Transaction tx(m_db);
    const std::optional<Tenant> before = find(call.principal.tenantId);
    if (!before)
        return Failure::notFound(QStringLiteral("Your tenant no longer exists."));
    Tenant after = *before;
    if (body.contains(QLatin1String("name"))) {
        after.name = body.value(QLatin1String("name")).toString().trimmed();
        if (after.name.isEmpty())
            return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    }
    if (body.contains(QLatin1String("time_zone"))) {
        after.timeZone = body.value(QLatin1String("time_zone")).toString();
        if (!QTimeZone::isTimeZoneIdAvailable(after.timeZone.toUtf8()))
            return Failure::validation(QStringLiteral("time_zone"),
                                       QStringLiteral("is not a known IANA time zone"));
    }
    if (body.contains(QLatin1String("settings"))) {
        after.settingsJson = QJsonDocument(body.value(QLatin1String("settings")).toObject())
                                 .toJson(QJsonDocument::Compact);
    }
    after.updatedAt = nowTimestamp();
    tenants.update(after);
    AuditRepository(m_db).append(call.audit(QStringLiteral("tenant.updated"),
                                            QStringLiteral("tenant"), after.id, std::nullopt,
                                            toJsonText(*before), toJsonText(after)));
    tx.commit();
    return after;
}

} // namespace fielddesk::server
