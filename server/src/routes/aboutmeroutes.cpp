// /me/emergency-contacts, /me/preferences and /users/{id}/emergency-contacts: what people keep
// about themselves, and what their managers may read of it.
#include "http/bodyreader.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/emergencycontactservice.h"
#include "services/preferenceservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kContacts{
    .name = QStringLiteral("EmergencyContacts"),
    .fields = {{.name = QStringLiteral("contacts"),
                .type = FieldType::ObjectList,
                .required = true,
                .maxLength = EmergencyContactList::kMaxContacts,
                .description = QStringLiteral(
                    "[{name, relationship, phone, email?}], 0 to 5; replaces the list")}}};

const BodySchema kContact{
    .name = QStringLiteral("EmergencyContact"),
    .fields = {{.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
               {.name = QStringLiteral("relationship"),
                .required = true,
                .minLength = 1,
                .maxLength = 100},
               {.name = QStringLiteral("phone"),
                .type = FieldType::Phone,
                .required = true,
                .maxLength = 40},
               {.name = QStringLiteral("email"),
                .type = FieldType::Email,
                .nullable = true,
                .maxLength = 320}}};

const BodySchema kPreferences{
    .name = QStringLiteral("Preferences"),
    .fields = {{.name = QStringLiteral("language"),
                .type = FieldType::Enum,
                .required = true,
                .enumValues = UserPreferences::supportedLanguages()},
               {.name = QStringLiteral("notification_channels"),
                .type = FieldType::Object,
                .required = true,
                .description = QStringLiteral("{in_app, email, sms, push}, each true or false")},
               {.name = QStringLiteral("quiet_hours"),
                .type = FieldType::Object,
                .required = true,
                .nullable = true,
                .description = QStringLiteral("{starts, ends} as HH:MM, or null for none")}}};

FieldSpec channel(const char *name)
{
    return {.name = QLatin1String(name), .type = FieldType::Boolean, .required = true};
}

const BodySchema kChannels{
    .name = QStringLiteral("NotificationChannels"),
    .fields = {channel("in_app"), channel("email"), channel("sms"), channel("push")}};

const BodySchema kQuietHours{
    .name = QStringLiteral("QuietHours"),
    .fields = {{.name = QStringLiteral("starts"), .type = FieldType::LocalTime, .required = true},
               {.name = QStringLiteral("ends"), .type = FieldType::LocalTime, .required = true}}};

// The contacts of a body kContacts has passed, each checked against kContact.
Result<QList<EmergencyContact>> emergencyContacts(const QJsonObject &body)
{
    const QList<QJsonObject> items =
        BodyReader(body).objects("contacts").value_or(QList<QJsonObject>());
    QList<EmergencyContact> contacts;
    QList<FieldError> errors;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Result<QJsonObject> item =
            validateNested(items.at(i), kContact, QStringLiteral("contacts[%1].").arg(i));
        if (!item) {
            errors << item.failure().errors;
            continue;
        }
        const BodyReader read(*item);
        contacts.append({read.trimmedText("name").value_or(QString()),
                         read.trimmedText("relationship").value_or(QString()),
                         read.trimmedText("phone").value_or(QString()),
                         read.trimmedText("email").value_or(QString())});
    }
    if (!errors.isEmpty())
        return Failure::validation(std::move(errors));
    return contacts;
}

// The change a body kPreferences has passed (whole for PUT, partial for PATCH), with its
// nested objects checked.
Result<PreferenceChange> preferenceChange(const QJsonObject &body, WriteMode mode)
{
    const BodyReader read(body);
    PreferenceChange change;
    change.language = read.text("language");
    if (const Patch<QJsonObject> channels = read.object("notification_channels")) {
        const Result<QJsonObject> checked =
            validateNested(*channels, kChannels, QStringLiteral("notification_channels."), mode);
        if (!checked)
            return checked.failure();
        const BodyReader channel(*checked);
        change.inApp = channel.boolean("in_app");
        change.email = channel.boolean("email");
        change.sms = channel.boolean("sms");
        change.push = channel.boolean("push");
    }
    if (read.has("quiet_hours")) {
        change.quietHours.emplace(); // null: none
        if (const Patch<QJsonObject> quiet = read.object("quiet_hours")) {
            const Result<QJsonObject> checked =
                validateNested(*quiet, kQuietHours, QStringLiteral("quiet_hours."));
            if (!checked)
                return checked.failure();
            const BodyReader hours(*checked);
            change.quietHours = QuietHours{hours.text("starts").value_or(QString()),
                                           hours.text("ends").value_or(QString())};
        }
    }
    return change;
}

} // namespace

void registerAboutMeRoutes(Router &router, const Services &services)
{
    EmergencyContactService &contacts = services.emergencyContacts;
    PreferenceService &preferences = services.preferences;
    const QString tag = QStringLiteral("About me");
    router.add({"GET",
                QStringLiteral("/api/v1/me/emergency-contacts"),
                Access::Authenticated,
                {},
                [&contacts](const ApiRequest &r) {
                    return respond(contacts.of(r.caller(), r.caller().userId));
                },
                {QStringLiteral("The caller's emergency contacts"), tag}});
    router.add(
        {"PUT",
         QStringLiteral("/api/v1/me/emergency-contacts"),
         Access::Authenticated,
         {},
         [&contacts](const ApiRequest &r) {
             return withBody(r, kContacts, WriteMode::Create, [&](const QJsonObject &b) {
                 const Result<QList<EmergencyContact>> list = emergencyContacts(b);
                 if (!list)
                     return problemResponse(list.failure());
                 return respond(contacts.replace(callContext(r), *list));
             });
         },
         {QStringLiteral("Replace the caller's emergency contacts (audited)"), tag, &kContacts}});
    router.add({"GET",
                QStringLiteral("/api/v1/users/{id}/emergency-contacts"),
                Access::Authenticated,
                {},
                [&contacts](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(contacts.of(r.caller(), id)); });
                },
                {QStringLiteral("A person's emergency contacts: for the managers of their "
                                "locations and admins (404 for anyone else)"),
                 tag}});
    router.add({"GET",
                QStringLiteral("/api/v1/me/preferences"),
                Access::Authenticated,
                {},
                [&preferences](const ApiRequest &r) {
                    return ApiResponse::json(toJsonText(preferences.of(r.caller())));
                },
                {QStringLiteral("The caller's preferences (defaults until set)"), tag}});
    for (const auto &[method, writeMode] :
         {std::pair{"PUT", WriteMode::Create}, std::pair{"PATCH", WriteMode::Update}}) {
        const WriteMode mode = writeMode;
        router.add({method,
                    QStringLiteral("/api/v1/me/preferences"),
                    Access::Authenticated,
                    {},
                    [&preferences, mode](const ApiRequest &r) {
                        return withBody(r, kPreferences, mode, [&](const QJsonObject &b) {
                            const Result<PreferenceChange> change = preferenceChange(b, mode);
                            if (!change)
                                return problemResponse(change.failure());
                            return respond(preferences.change(callContext(r), *change));
                        });
                    },
                    {mode == WriteMode::Create
                         ? QStringLiteral("Replace the caller's preferences")
                         : QStringLiteral("Change some of the caller's preferences (partial)"),
                     tag, &kPreferences}});
    }
}

} // namespace fielddesk::server
