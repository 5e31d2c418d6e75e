#include "messaging/customermessages.h"

#include "fielddesk/domain/arrivalforecast.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "messaging/messagetemplates.h"
#include "messaging/outboundchannels.h"
#include "repositories/messagerepository.h"
#include "repositories/positionrepository.h"
#include "repositories/tenantrepository.h"
#include "services/assignmentservice.h"
#include "services/tenantsettings.h"

#include <QLocale>

namespace fielddesk::server {

namespace {

struct Contact
{
    QString name;
    QString email;
    QString phone;
    QString language; // empty: the tenant's customer_language
};

std::optional<Contact> contactOf(Database &db, qint64 tenantId, qint64 customerId)
{
    SqlQuery q(db, QStringLiteral("SELECT name, email, phone, email_opt_out, sms_opt_out, "
                                  "language FROM customers WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(customerId).exec();
    if (!q.next())
        return std::nullopt;
    Contact contact{q.text(0), {}, {}, q.text(5)};
    if (q.integer(3) == 0)
        contact.email = q.text(1).trimmed();
    if (q.integer(4) == 0)
        contact.phone = q.text(2).trimmed();
    return contact;
}

// When a job is planned and its window: a change of either is news to the customer.
QString plannedKey(const Job &job)
{
    return job.plannedStart.isEmpty() ? QString() : job.plannedStart + job.windowStart;
}

QString templateFor(const std::optional<Job> &before, const Job &after)
{
    const JobStatus was = before ? before->status : JobStatus::New;
    if (after.status == JobStatus::Completed && was != JobStatus::Completed)
        return QStringLiteral("job.completed");
    if (after.status == JobStatus::EnRoute && was != JobStatus::EnRoute)
        return QStringLiteral("job.on_the_way");
    const bool open = after.status == JobStatus::Scheduled || after.status == JobStatus::Dispatched;
    if (open && after.technicianId && !after.plannedStart.isEmpty() &&
        (!before || plannedKey(*before) != plannedKey(after)))
        return QStringLiteral("job.scheduled");
    return {};
}

// When the technician on the way is expected at the job: the travel model's drive from their
// last position (ArrivalForecast, the board's ETA rule), or nothing when that position is not
// recent or the job has no coordinates.
std::optional<qint64>
expectedArrivalMs(Database &db, qint64 tenantId, const TravelModel &serverTravel, const Job &job)
{
    if (!job.technicianId || !job.latitude || !job.longitude)
        return std::nullopt;
    const std::optional<TechnicianPosition> last =
        PositionRepository(db).latestOf(*job.technicianId);
    const std::optional<QDateTime> seen = last ? parseTimestamp(last->recordedAt) : std::nullopt;
    if (!seen)
        return std::nullopt;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!ArrivalForecast::isRecent(seen->toMSecsSinceEpoch(), nowMs))
        return std::nullopt;
    ArrivalForecast::Stop stop;
    stop.jobId = job.id;
    stop.latitude = *job.latitude;
    stop.longitude = *job.longitude;
    stop.durationSec = job.durationMin * 60;
    const QList<ArrivalForecast::Arrival> arrivals =
        ArrivalForecast(tenantTravel(db, tenantId, serverTravel))
            .forecast({last->lat, last->lon, seen->toMSecsSinceEpoch()}, nowMs, {stop});
    if (arrivals.isEmpty())
        return std::nullopt;
    return arrivals.first().arrivalMs;
}

// What the placeholders of a job's messages say, in the location's time and the language;
// {eta} is the expected arrival when known, else the planned start.
QHash<QString, QString> valuesFor(Database &db,
                                  qint64 tenantId,
                                  const Job &job,
                                  const Contact &customer,
                                  const QString &language,
                                  std::optional<qint64> expectedArrival)
{
    const LocalClock clock = locationClock(db, tenantId, job.locationId);
    const QLocale locale(language);
    const auto local = [&clock](const QString &timestamp) {
        const std::optional<QDateTime> at = parseTimestamp(timestamp);
        return at ? clock.local(*at) : QDateTime();
    };
    const QDateTime start = local(job.plannedStart);
    const QDateTime windowFrom = local(job.windowStart);
    const QDateTime windowTo = local(job.windowEnd);
    const QDateTime end = local(job.plannedEnd);
    const auto hhmm = [](const QDateTime &at) { return at.toString(QStringLiteral("HH:mm")); };
    QString window;
    if (windowFrom.isValid() && windowTo.isValid())
        window = hhmm(windowFrom) + QStringLiteral("–") + hhmm(windowTo);
    else if (start.isValid() && end.isValid())
        window = hhmm(start) + QStringLiteral("–") + hhmm(end);
    const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
    const QDate day = start.isValid() ? start.date() : QDate::currentDate();
    return {
        {QStringLiteral("company"), tenant ? tenant->name : QString()},
        {QStringLiteral("customer"), customer.name},
        {QStringLiteral("job"), job.title},
        {QStringLiteral("address"), job.address},
        {QStringLiteral("date"), locale.toString(day, QLocale::LongFormat)},
        {QStringLiteral("window"), window + QLatin1Char(' ') + clock.zone().abbreviation(start)},
        {QStringLiteral("technician"), job.technicianName},
        {QStringLiteral("eta"),
         expectedArrival
             ? hhmm(clock.local(QDateTime::fromMSecsSinceEpoch(*expectedArrival, Qt::UTC)))
             : (start.isValid() ? hhmm(start) : QString())}};
}

} // namespace

void CustomerMessages::queueFor(Database &db,
                                const CallContext &call,
                                const TravelModel &serverTravel,
                                const std::optional<Job> &before,
                                const Job &after)
{
    if (!OutboundChannels::any() || !after.customerId)
        return;
    const QString name = templateFor(before, after);
    if (name.isEmpty())
        return;
    // One message per change it is about: a retried request or a second worker writes none.
    const QString about = name == QLatin1String("job.scheduled")
                              ? after.plannedStart
                              : QStringLiteral("v%1").arg(after.version);
    const std::optional<qint64> eta =
        name == QLatin1String("job.on_the_way")
            ? expectedArrivalMs(db, call.principal.tenantId, serverTravel, after)
            : std::nullopt;
    queue(db, call, after, name, about, eta);
}

bool CustomerMessages::queueReminder(Database &db, const CallContext &call, const Job &job)
{
    if (!OutboundChannels::any() || !job.customerId)
        return false;
    return queue(db, call, job, QStringLiteral("job.reminder"), job.plannedStart);
}

bool CustomerMessages::queue(Database &db,
                             const CallContext &call,
                             const Job &job,
                             const QString &name,
                             const QString &about,
                             std::optional<qint64> expectedArrivalMs)
{
    const qint64 tenantId = call.principal.tenantId;
    const std::optional<Contact> customer = contactOf(db, tenantId, *job.customerId);
    if (!customer)
        return false;
    const QString language = customer->language.isEmpty()
                                 ? TenantSettings::of(db, tenantId).customerLanguage
                                 : customer->language;
    const QHash<QString, QString> values =
        valuesFor(db, tenantId, job, *customer, language, expectedArrivalMs);
    MessageRepository messages(db);
    bool queued = false;
    for (const auto &[channel, recipient] :
         {std::pair{QStringLiteral("email"),
                    OutboundChannels::email() ? customer->email : QString()},
          std::pair{QStringLiteral("sms"),
                    OutboundChannels::sms() ? customer->phone : QString()}}) {
        if (recipient.isEmpty())
            continue;
        const MessageText text =
            MessageTemplates::render(db, tenantId, name, language, channel, values);
        MessageDelivery message;
        message.channel = channel;
        message.recipient = recipient;
        message.templateName = name;
        message.language = language;
        message.subject = text.subject;
        message.body = text.body;
        message.objectType = QStringLiteral("job");
        message.objectId = job.id;
        message.locationId = job.locationId;
        queued |=
            messages.queue(tenantId, message,
                           QStringLiteral("job-%1-%2-%3-%4").arg(job.id).arg(name, about, channel));
    }
    return queued;
}

} // namespace fielddesk::server
