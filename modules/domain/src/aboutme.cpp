#include "fielddesk/domain/aboutme.h"

#include "jsonform.h"

namespace fielddesk {

constexpr jsonform::Form kEmergencyContactForm{
    field<"name", &EmergencyContact::name>,
    field<"relationship", &EmergencyContact::relationship>,
    field<"phone", &EmergencyContact::phone>,
    textOrNull<"email", &EmergencyContact::email>,
};
FIELDDESK_JSON_FROM_FORM(EmergencyContact, kEmergencyContactForm)

constexpr jsonform::Form kEmergencyContactListForm{
    field<"user_id", &EmergencyContactList::userId>,
    field<"contacts", &EmergencyContactList::contacts>,
};
FIELDDESK_JSON_FROM_FORM(EmergencyContactList, kEmergencyContactListForm)

constexpr jsonform::Form kNotificationChannelsForm{
    field<"in_app", &NotificationChannels::inApp>,
    field<"email", &NotificationChannels::email>,
    field<"sms", &NotificationChannels::sms>,
    field<"push", &NotificationChannels::push>,
};
FIELDDESK_JSON_FROM_FORM(NotificationChannels, kNotificationChannelsForm)

constexpr jsonform::Form kQuietHoursForm{
    field<"starts", &QuietHours::starts>,
    field<"ends", &QuietHours::ends>,
};
FIELDDESK_JSON_FROM_FORM(QuietHours, kQuietHoursForm)

QDateTime QuietHours::heldUntil(const QDateTime &utc, const QTimeZone &zone) const
{
    const QTime from = QTime::fromString(starts, QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(ends, QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid() || from == to)
        return utc;
    const QDateTime local = utc.toTimeZone(zone);
    const QTime now = local.time();
    const bool spansMidnight = from > to;
    const bool inside = spansMidnight ? (now >= from || now < to) : (now >= from && now < to);
    if (!inside)
        return utc;
    // The end is today, or tomorrow when the quiet hours began before midnight.
    const QDate endDay = spansMidnight && now >= from ? local.date().addDays(1) : local.date();
    return QDateTime(endDay, to, zone).toUTC();
}

QString UserPreferences::languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return code;
}

QStringList UserPreferences::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

constexpr jsonform::Form kUserPreferencesForm{
    field<"language", &UserPreferences::language>,
    field<"notification_channels", &UserPreferences::channels>,
    field<"quiet_hours", &UserPreferences::quietHours>,
};
FIELDDESK_JSON_FROM_FORM(UserPreferences, kUserPreferencesForm)

} // namespace fielddesk
