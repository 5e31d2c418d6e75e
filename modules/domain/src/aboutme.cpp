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

QStringList UserPreferences::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

constexpr jsonform::Form kUserPreferencesForm{
    field<"language", &UserPreferences::language>,
    field<"notification_channels", &UserPreferences::channels>,
    field<"quiet_hours", &UserPreferences::quietHours>,
};
FIELDDESK_JSON_FROM_FORM(UserPreferences, kUserPreferencesForm)

} // namespace fielddesk
