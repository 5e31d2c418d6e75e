#include "services/auditservice.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

std::optional<QList<qint64>> AuditService::visibleLocations(const Principal &caller)
{
    return caller.isAdmin() ? std::nullopt : std::optional<QList<qint64>>(caller.locationIds);
}

Result<Page<AuditEntry>>
AuditService::list(const Principal &caller, const ListQuery &query, const QUrlQuery &raw)
{
    QString bounds[2];
    const char *names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QLatin1String(names[i]);
        if (!raw.hasQueryItem(name))
            continue;
        const auto time = parseTimestamp(raw.queryItemValue(name, QUrl::FullyDecoded));
        if (!time)
            return Failure::validation(name,
                                       QStringLiteral("must be an ISO 8601 date-time with a zone"));
        bounds[i] = toTimestamp(*time);
    }
    return AuditRepository(m_db).list(caller.tenantId, visibleLocations(caller), query, bounds[0],
                                      bounds[1]);
}

Result<AuditEntry> AuditService::get(const Principal &caller, qint64 id)
{
    const std::optional<AuditEntry> entry =
        AuditRepository(m_db).find(caller.tenantId, id, visibleLocations(caller));
    if (!entry)
        return Failure::notFound(QStringLiteral("There is no such audit log entry."));
    return *entry;
}

} // namespace fielddesk::server
