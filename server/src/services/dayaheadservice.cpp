#include "services/dayaheadservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/timestamps.h"
#include "messaging/customermessages.h"
#include "repositories/jobrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/technicianrepository.h"
#include "services/assignmentservice.h"
#include "services/notificationservice.h"
#include "services/tenantsettings.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QMap>

namespace fielddesk::server {

namespace {

// Records that `key` was sent; false when it already was (by this run or another server's).
bool firstTime(Database &db, qint64 tenantId, const QString &key)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO day_ahead_sent (sent_key, tenant_id, created_at) "
                                  "VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING sent_key"));
    q.bind(key).bind(tenantId).bind(nowTimestamp()).exec();
    return q.next();
}

QString runKey(qint64 locationId, const QDate &day)
{
    return QStringLiteral("run-%1-%2").arg(locationId).arg(day.toString(Qt::ISODate));
}

bool sentBefore(Database &db, const QString &key)
{
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM day_ahead_sent WHERE sent_key = ?"));
    q.bind(key).exec();
    return q.next();
}

bool isPlanned(const Job &job)
{
    return job.technicianId &&
           (job.status == JobStatus::Scheduled || job.status == JobStatus::Dispatched);
}

} // namespace

void DayAheadOutcome::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("plans", plans);
    w.field("reminders", reminders);
    w.endObject();
}

DayAheadOutcome
DayAheadService::sendIn(const CallContext &call, qint64 locationId, const QDate &day)
{
    const qint64 tenantId = call.principal.tenantId;
    const LocalClock clock = locationClock(m_db, tenantId, locationId);
    const QDateTime from = clock.instantAt(day, QTime(0, 0));
    const QDateTime to = clock.instantAt(day.addDays(1), QTime(0, 0));
    QList<Job> jobs =
        JobRepository(m_db).overlapping(tenantId, {locationId}, toTimestamp(from), toTimestamp(to));
    jobs.removeIf([&](const Job &job) {
        const std::optional<QDateTime> start = parseTimestamp(job.plannedStart);
        return !isPlanned(job) || !start || *start < from || *start >= to;
    });
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) {
        return std::pair(a.plannedStart, a.id) < std::pair(b.plannedStart, b.id);
    });

    DayAheadOutcome outcome;
    QMap<qint64, QList<Job>> byTechnician;
    for (const Job &job : std::as_const(jobs)) {
        byTechnician[*job.technicianId].append(job);
        if (CustomerMessages::queueReminder(m_db, call, job))
            ++outcome.reminders;
    }
    const QString dayText =
        clock.local(from.addSecs(12 * 3600)).toString(QStringLiteral("ddd d MMM"));
    TechnicianRepository technicians(m_db);
    for (auto it = byTechnician.cbegin(); it != byTechnician.cend(); ++it) {
        const std::optional<Technician> technician = technicians.find(tenantId, it.key());
        if (!technician)
            continue;
        QStringList lines;
        for (const Job &job : it.value()) {
            const QDateTime start = *parseTimestamp(job.plannedStart);
            const QDateTime end = parseTimestamp(job.plannedEnd).value_or(start);
            lines << clock.span(start, end, day) + QStringLiteral("  ") + job.title +
                         (job.address.isEmpty() ? QString() : QStringLiteral(", ") + job.address);
        }
        Notification plan;
        plan.kind = QStringLiteral("day.plan");
        plan.title = QStringLiteral("Your jobs on %1: %2").arg(dayText).arg(it.value().size());
        plan.body = lines.join(QLatin1Char('\n'));
        const QByteArray digest =
            QCryptographicHash::hash(plan.body.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        if (!firstTime(m_db, tenantId,
                       QStringLiteral("plan-%1-%2-%3")
                           .arg(technician->id)
                           .arg(day.toString(Qt::ISODate), QString::fromLatin1(digest))))
            continue;
        NotificationService::raise(m_db, call, {technician->userId}, plan);
        ++outcome.plans;
    }
    return outcome;
}

Result<DayAheadOutcome>
DayAheadService::send(const CallContext &call, qint64 locationId, const QDate &day)
{
    Transaction tx(m_db);
    const std::optional<Location> location =
        LocationRepository(m_db).find(call.principal.tenantId, locationId);
    if (!location || !call.principal.canAccessLocation(locationId))
        return Failure::notFound(QStringLiteral("There is no location #%1.").arg(locationId));
    const DayAheadOutcome outcome = sendIn(call, locationId, day);
    // The evening run need not send the same again.
    markSent(m_db, call.principal.tenantId, locationId, day);
    tx.commit();
    if (outcome.plans > 0)
        m_events.notifyCommitted();
    return outcome;
}

void DayAheadService::markSent(Database &db, qint64 tenantId, qint64 locationId, const QDate &day)
{
    firstTime(db, tenantId, runKey(locationId, day));
}

int DayAheadService::sendDue()
{
    QList<std::pair<qint64, qint64>> locations; // tenant, location
    {
        SqlQuery q(m_db, QStringLiteral("SELECT l.tenant_id, l.id FROM locations l JOIN tenants t "
                                        "ON t.id = l.tenant_id WHERE t.status = 'active' ORDER "
                                        "BY l.tenant_id, l.id"));
        q.exec();
        while (q.next())
            locations.append({q.integer(0), q.integer(1)});
    }
    int sent = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, QTime> eveningOf; // by tenant: its settings read once per run
    for (const auto &[tenantId, locationId] : std::as_const(locations)) {
        if (!eveningOf.contains(tenantId))
            eveningOf.insert(tenantId,
                             QTime::fromString(TenantSettings::of(m_db, tenantId).dayAheadAt,
                                               QStringLiteral("HH:mm")));
        const QDateTime local = locationClock(m_db, tenantId, locationId).local(now);
        if (local.time() < eveningOf.value(tenantId))
            continue;
        const QDate tomorrow = local.date().addDays(1);
        const QString run = runKey(locationId, tomorrow);
        if (sentBefore(m_db, run))
            continue; // read first: most minutes there is nothing to write
        Transaction tx(m_db);
        if (!firstTime(m_db, tenantId, run))
            continue; // another server was quicker (the transaction rolls back)
        CallContext call;
        call.principal.tenantId = tenantId;
        call.principal.name = QStringLiteral("FieldDesk");
        const DayAheadOutcome outcome = sendIn(call, locationId, tomorrow);
        tx.commit();
        sent += outcome.plans + outcome.reminders;
    }
    if (sent > 0)
        m_events.notifyCommitted();
    return sent;
}

} // namespace fielddesk::server
