#include "fielddesk/admin/auditlogquery.h"

#include "fielddesk/domain/timestamps.h"

#include <QUrlQuery>

namespace fielddesk::admin {

QString AuditLogQuery::path(int limit, int offset) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ordering"), QStringLiteral("-created_at"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (actorUserId)
        query.addQueryItem(QStringLiteral("actor_user_id"), QString::number(*actorUserId));
    if (!action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), action);
    if (!objectType.isEmpty())
        query.addQueryItem(QStringLiteral("object_type"), objectType);
    if (objectId)
        query.addQueryItem(QStringLiteral("object_id"), QString::number(*objectId));
    // A day of the tenant's calendar starts at its local midnight, whatever the offset is then.
    const auto startOf = [this](const QDate &day) { return toTimestamp(day.startOfDay(zone)); };
    if (from)
        query.addQueryItem(QStringLiteral("from"), startOf(*from));
    if (until)
        query.addQueryItem(QStringLiteral("to"), startOf(until->addDays(1)));
    return QStringLiteral("/api/v1/audit-logs?") + query.toString(QUrl::FullyEncoded);
}

} // namespace fielddesk::admin
