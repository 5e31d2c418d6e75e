// What the audit log viewer asks the server for: who did it, which action, which kind of
// record and which one, between which days of the tenant's calendar; as the path of one page
// of GET /api/v1/audit-logs, newest first. Part of fielddesk_admin (QtCore only).
#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace fielddesk::admin {

struct AuditLogQuery
{
    std::optional<qint64> actorUserId;
    QString action;     // exact, as the server writes it ("user.updated"); empty: any
    QString objectType; // "user", "location"...; empty: any
    std::optional<qint64> objectId;
    std::optional<QDate> from;  // the first day shown, in `zone`
    std::optional<QDate> until; // the last day shown (the whole day), in `zone`
    QTimeZone zone = QTimeZone::utc();

    QString path(int limit, int offset) const;

    bool operator==(const AuditLogQuery &) const = default;
};

} // namespace fielddesk::admin
