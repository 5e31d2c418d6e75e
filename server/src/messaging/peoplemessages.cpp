#include "messaging/peoplemessages.h"

#include "fielddesk/domain/timestamps.h"
#include "messaging/messagetemplates.h"
#include "messaging/outboundchannels.h"
#include "repositories/messagerepository.h"
#include "repositories/preferencerepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "services/assignmentservice.h"

namespace fielddesk::server {

namespace {

// Where a person works: a technician's location, else their first location, else nowhere
// (then the tenant's clock). Their messages are listed with that location, and their quiet
// hours are on its clock.
std::optional<qint64> homeLocation(Database &db, qint64 tenantId, const User &user)
{
    if (const std::optional<Technician> technician =
            TechnicianRepository(db).findByUser(tenantId, user.id))
        return technician->locationId;
    if (!user.locationIds.isEmpty())
        return user.locationIds.first();
    return std::nullopt;
}

LocalClock clockAt(Database &db, qint64 tenantId, std::optional<qint64> locationId)
{
    if (locationId)
        return locationClock(db, tenantId, *locationId);
    const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
    return LocalClock(tenant ? tenant->timeZone : QString());
}

} // namespace

void PeopleMessages::queueFor(Database &db,
                              qint64 tenantId,
                              const QList<std::pair<qint64, Notification>> &raised)
{
    if (!OutboundChannels::any() || raised.isEmpty())
        return;
    const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
    MessageRepository messages(db);
    for (const auto &[userId, notification] : raised) {
        const UserPreferences preferences =
            PreferenceRepository(db).preferencesOf(tenantId, userId);
        const bool byEmail = preferences.channels.email && OutboundChannels::email();
        const bool bySms = preferences.channels.sms && OutboundChannels::sms();
        if (!byEmail && !bySms)
            continue;
        const std::optional<User> user = UserRepository(db).find(tenantId, userId);
        if (!user || !user->active)
            continue;
        const std::optional<qint64> locationId = homeLocation(db, tenantId, *user);
        QString dueAt;
        if (preferences.quietHours) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime held =
                preferences.quietHours->heldUntil(now, clockAt(db, tenantId, locationId).zone());
            if (held > now)
                dueAt = toTimestamp(held);
        }
        const QHash<QString, QString> values{
            {QStringLiteral("company"), tenant ? tenant->name : QString()},
            {QStringLiteral("person"), user->name},
            {QStringLiteral("title"), notification.title},
            {QStringLiteral("text"), notification.body}};
        for (const auto &[channel, recipient] :
             {std::pair{QStringLiteral("email"), byEmail ? user->email.trimmed() : QString()},
              std::pair{QStringLiteral("sms"), bySms ? user->phone.trimmed() : QString()}}) {
            if (recipient.isEmpty())
                continue;
            const MessageText text =
                MessageTemplates::render(db, tenantId, QStringLiteral("person.notification"),
                                         preferences.language, channel, values);
            MessageDelivery message;
            message.channel = channel;
            message.recipient = recipient;
            message.templateName = notification.kind;
            message.language = preferences.language;
            message.subject = text.subject;
            message.body = text.body;
            message.objectType = notification.objectType;
            message.objectId = notification.objectId;
            message.locationId = locationId;
            message.nextAttemptAt = dueAt;
            messages.queue(tenantId, message,
                           QStringLiteral("notification-%1-%2").arg(notification.id).arg(channel));
        }
    }
}

} // namespace fielddesk::server
