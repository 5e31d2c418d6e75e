#include "services/techniciannotices.h"

#include "fielddesk/domain/timestamps.h"
#include "services/notificationservice.h"
#include "services/writelookups.h"

namespace fielddesk::server {

namespace {

// Whether the job (as it was, or is) is planned on the technician's today.
bool touchesToday(const LocalClock &clock, const std::optional<Job> &before, const Job &after)
{
    const QDate today = clock.local(QDateTime::currentDateTimeUtc()).date();
    const auto onToday = [&](const QString &plannedStart) {
        const std::optional<QDateTime> start = parseTimestamp(plannedStart);
        return start && clock.local(*start).date() == today;
    };
    return onToday(after.plannedStart) || (before && onToday(before->plannedStart));
}

void tell(Database &db,
          const CallContext &call,
          WriteLookups &lookups,
          qint64 technicianId,
          const std::optional<Job> &before,
          const Job &after,
          Notification notification)
{
    const Technician *technician = lookups.technician(technicianId);
    if (!technician)
        return;
    const LocalClock &clock = lookups.clockOf(technician->locationId);
    if (const std::optional<QDateTime> start = parseTimestamp(after.plannedStart);
        start && notification.body.isEmpty() && after.status != JobStatus::Cancelled)
        notification.body = QStringLiteral("Planned %1.").arg(clock.dateTime(*start));
    notification.objectType = QStringLiteral("job");
    notification.objectId = after.id;
    NotificationService::raise(db, call, {technician->userId}, notification,
                               touchesToday(clock, before, after) ? NotificationReach::Everywhere
                                                                  : NotificationReach::BellOnly);
}

Notification titled(const char *kind, const QString &title)
{
    Notification n;
    n.kind = QString::fromLatin1(kind);
    n.title = title;
    return n;
}

} // namespace

void TechnicianNotices::raiseFor(Database &db,
                                 const CallContext &call,
                                 WriteLookups &lookups,
                                 const std::optional<Job> &before,
                                 const Job &after)
{
    const std::optional<qint64> was = before ? before->technicianId : std::nullopt;
    const std::optional<qint64> is = after.technicianId;
    if (was != is) {
        if (was)
            tell(db, call, lookups, *was, before, after,
                 titled("job.unassigned",
                        QStringLiteral("Job taken off your day: %1").arg(after.title)));
        if (is && after.status != JobStatus::Cancelled)
            tell(db, call, lookups, *is, before, after,
                 titled("job.assigned", QStringLiteral("New job: %1").arg(after.title)));
        return;
    }
    if (!is || !before)
        return;
    if (after.status == JobStatus::Cancelled && before->status != JobStatus::Cancelled) {
        tell(db, call, lookups, *is, before, after,
             titled("job.cancelled", QStringLiteral("Job cancelled: %1").arg(after.title)));
        return;
    }
    if (before->plannedStart != after.plannedStart || before->windowStart != after.windowStart ||
        before->windowEnd != after.windowEnd || before->address != after.address)
        tell(db, call, lookups, *is, before, after,
             titled("job.changed", QStringLiteral("Job changed: %1").arg(after.title)));
}

} // namespace fielddesk::server
