#include "fielddesk/admin/adminresources.h"

#include "fielddesk/domain/passwordpolicy.h"
#include "fielddesk/domain/role.h"

#include <QJsonArray>

#include <algorithm>

namespace fielddesk::admin {

namespace {

using Kind = ResourceField::Kind;

ResourceField field(const char *name, const QString &title, Kind kind = Kind::Text)
{
    ResourceField f;
    f.name = QLatin1String(name);
    f.title = title;
    f.kind = kind;
    return f;
}

ResourceField reference(const char *name, const QString &title, const QString &path)
{
    ResourceField f = field(name, title, Kind::Reference);
    f.choicesPath = path;
    return f;
}

ResourceField integer(const char *name, const QString &title, int minimum, int maximum)
{
    ResourceField f = field(name, title, Kind::Integer);
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

ResourceField nullable(ResourceField f)
{
    f.nullable = true;
    return f;
}

ResourceField placeWith(ResourceField latitude, const QString &longitude)
{
    latitude.longitudeField = longitude;
    return latitude;
}

ResourceField startingAt(ResourceField f, const QJsonValue &initial)
{
    f.initial = initial;
    return f;
}

ResourceField withHelp(ResourceField f, const QString &help)
{
    f.help = help;
    return f;
}

const QString kActive = QStringLiteral("active");

} // namespace

ResourceSpec AdminResources::locations()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("locations");
    spec.title = tr("Locations");
    spec.singular = tr("location");
    spec.path = QStringLiteral("/api/v1/locations");
    spec.fields = {field("name", tr("&Name")),
                   field("address", tr("&Address")),
                   placeWith(nullable(withHelp(field("latitude", tr("La&titude"), Kind::Number),
                                               tr("Degrees north, -90 to 90"))),
                             QStringLiteral("longitude")),
                   nullable(withHelp(field("longitude", tr("Lon&gitude"), Kind::Number),
                                     tr("Degrees east, -180 to 180"))),
                   withHelp(field("time_zone", tr("Time &zone"), Kind::TimeZone),
                            tr("Where the location's days begin and end")),
                   placeWith(withHelp(field("service_area", tr("Service &area"), Kind::Area),
                                      tr("The area the location serves, drawn on the map")),
                             QStringLiteral("latitude"))};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    fieldColumn(tr("Time zone"), QStringLiteral("time_zone")),
                    fieldColumn(tr("Address"), QStringLiteral("address"))};
    return spec;
}

ResourceSpec AdminResources::users()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("users");
    spec.title = tr("Users");
    spec.singular = tr("user");
    spec.path = QStringLiteral("/api/v1/users");
    ResourceField role = field("role", tr("&Role"), Kind::Choice);
    // The least powerful first: a new user is an employee unless the admin says otherwise.
    QStringList roles = tenantRoleNames();
    std::reverse(roles.begin(), roles.end());
    for (const QString &name : std::as_const(roles))
        role.choices.append({name, name.left(1).toUpper() + name.mid(1)});
    ResourceField locations = field("location_ids", tr("&Locations"), Kind::References);
    locations.choicesPath = QStringLiteral("/api/v1/locations");
    spec.fields = {
        field("name", tr("&Name")), field("email", tr("&Email"), Kind::Email), role,
        withHelp(field("password", tr("&Password"), Kind::Password),
                 tr("At least %n characters; left empty, the password stays", nullptr,
                    PasswordPolicy::kMinimumLength)),
        // A password the admin typed is known to two people: by default the user
        // chooses their own at once.
        startingAt(withHelp(field("must_change_password",
                                  tr("&Must change password at next sign-in"), Kind::Boolean),
                            tr("The user signs in with the password given here, then "
                               "must choose one of their own before anything else")),
                   true),
        field("phone", tr("P&hone")), locations, field("active", tr("Acti&ve"), Kind::Boolean)};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    fieldColumn(tr("Email"), QStringLiteral("email")),
                    fieldColumn(tr("Role"), QStringLiteral("role"))};
    spec.activeField = kActive;
    spec.canDelete = false; // people leave; their history stays theirs
    // A lost phone or laptop: every session ends at once, the account stays.
    spec.steps = {{QStringLiteral("end-sessions"), tr("&End all sessions…"),
                   tr("End every session of %1? They are signed out everywhere at once and "
                      "sign in again with their password."),
                   tr("End sessions"), QString()}};
    return spec;
}

ResourceSpec AdminResources::technicians()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("technicians");
    spec.title = tr("Technicians");
    spec.singular = tr("technician");
    spec.path = QStringLiteral("/api/v1/technicians");
    ResourceField user = reference("user_id", tr("&User"), QStringLiteral("/api/v1/users"));
    user.createOnly = true;
    user.help = tr("The account the technician signs in with");
    ResourceField skills = field("skills", tr("&Skills"), Kind::Names);
    skills.choicesPath = QStringLiteral("/api/v1/skills");
    skills.choiceValue = QStringLiteral("name");
    spec.fields = {
        user,
        reference("location_id", tr("&Location"), QStringLiteral("/api/v1/locations")),
        skills,
        startingAt(field("shift_start", tr("Shift &starts"), Kind::Time), QStringLiteral("08:00")),
        startingAt(field("shift_end", tr("Shift &ends"), Kind::Time), QStringLiteral("17:00")),
        startingAt(field("break_earliest", tr("&Break from"), Kind::Time), QStringLiteral("11:30")),
        startingAt(field("break_latest", tr("Break &until"), Kind::Time), QStringLiteral("13:30")),
        startingAt(integer("break_minutes", tr("Break &minutes"), 0, 240), 30),
        startingAt(field("work_days", tr("&Working days"), Kind::Weekdays),
                   QJsonArray{1, 2, 3, 4, 5}),
        nullable(
            withHelp(integer("max_jobs", tr("Most &jobs a day"), 1, 100), tr("Empty: no limit"))),
        nullable(field("home_latitude", tr("Home la&titude"), Kind::Number)),
        nullable(field("home_longitude", tr("Home lon&gitude"), Kind::Number)),
        field("active", tr("Acti&ve"), Kind::Boolean)};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    fieldColumn(tr("Email"), QStringLiteral("email")),
                    {tr("Skills"),
                     [](const QJsonObject &record) {
                         QStringList names;
                         for (const QJsonValue &skill :
                              record.value(QLatin1String("skills")).toArray())
                             names << skill.toString();
                         return names.join(QStringLiteral(", "));
                     }},
                    {tr("Shift"), [](const QJsonObject &record) {
                         return QStringLiteral("%1–%2").arg(
                             record.value(QLatin1String("shift_start")).toString().left(5),
                             record.value(QLatin1String("shift_end")).toString().left(5));
                     }}};
    spec.activeField = kActive;
    return spec;
}

ResourceSpec AdminResources::skills()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("skills");
    spec.title = tr("Skills");
    spec.singular = tr("skill");
    spec.path = QStringLiteral("/api/v1/skills");
    spec.fields = {field("name", tr("&Name")),
                   field("description", tr("&Description"), Kind::LongText)};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    fieldColumn(tr("Description"), QStringLiteral("description"))};
    return spec;
}

ResourceSpec AdminResources::services()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("services");
    spec.title = tr("Services");
    spec.singular = tr("service");
    spec.path = QStringLiteral("/api/v1/services");
    ResourceField skill = nullable(
        reference("required_skill", tr("Required s&kill"), QStringLiteral("/api/v1/skills")));
    skill.choiceValue = QStringLiteral("name");
    spec.fields = {field("name", tr("&Name")),
                   field("description", tr("&Description"), Kind::LongText),
                   startingAt(integer("duration_min", tr("D&uration (minutes)"), 5, 24 * 60), 60),
                   nullable(field("price", tr("&Price"), Kind::Number)),
                   nullable(integer("priority", tr("P&riority (1–5)"), 1, 5)),
                   skill,
                   withHelp(field("weather_sensitive", tr("&Weather-sensitive"), Kind::Boolean),
                            tr("Rain, wind or cold beyond the company's limits put its jobs at "
                               "risk, and the best-slot search skips such days.")),
                   field("active", tr("Acti&ve"), Kind::Boolean)};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    fieldColumn(tr("Minutes"), QStringLiteral("duration_min")),
                    fieldColumn(tr("Required skill"), QStringLiteral("required_skill"))};
    spec.activeField = kActive;
    return spec;
}

ResourceSpec AdminResources::expenseCategories()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("expense-categories");
    spec.title = tr("Expense categories");
    spec.singular = tr("expense category");
    spec.path = QStringLiteral("/api/v1/expense-categories");
    spec.fields = {field("name", tr("&Name")), field("code", tr("&Code")),
                   field("requires_receipt", tr("Needs a &receipt"), Kind::Boolean),
                   nullable(withHelp(integer("limit_minor", tr("&Limit (cents)"), 1, 2000000000),
                                     tr("In the company's currency; more is flagged, not "
                                        "refused. Empty: no limit"))),
                   field("active", tr("Acti&ve"), Kind::Boolean)};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    fieldColumn(tr("Code"), QStringLiteral("code")),
                    fieldColumn(tr("Receipt"), QStringLiteral("requires_receipt"))};
    spec.activeField = kActive;
    return spec;
}

ResourceSpec AdminResources::spiffTypes()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("spiff-types");
    spec.title = tr("Spiff types");
    spec.singular = tr("spiff type");
    spec.path = QStringLiteral("/api/v1/spiff-types");
    spec.fields = {
        field("name", tr("&Name")),
        integer("default_amount_minor", tr("Usual &amount (cents)"), 0, 2000000000),
        nullable(reference("service_id", tr("&Service"), QStringLiteral("/api/v1/services"))),
        withHelp(field("auto_on_completion", tr("Filed when a job is &completed"), Kind::Boolean),
                 tr("With a service: completing a job of it files the spiff for its "
                    "technician")),
        field("active", tr("Acti&ve"), Kind::Boolean)};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    fieldColumn(tr("Cents"), QStringLiteral("default_amount_minor"))};
    spec.activeField = kActive;
    return spec;
}

ResourceSpec AdminResources::apiKeys()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("api-keys");
    spec.title = tr("API keys");
    spec.singular = tr("API key");
    spec.path = QStringLiteral("/api/v1/api-keys");
    ResourceField name = field("name", tr("&Name"));
    name.createOnly = true;
    ResourceField kind = field("kind", tr("&Kind"), Kind::Choice);
    kind.createOnly = true;
    kind.choices = {{QStringLiteral("customer"), tr("A customer's system")},
                    {QStringLiteral("fleet_tracker"), tr("The fleet tracker")}};
    kind.help = tr("A customer's system sees that customer's jobs only; the fleet tracker only "
                   "sends the positions of the location's technicians");
    ResourceField customer =
        nullable(reference("customer_id", tr("&Customer"), QStringLiteral("/api/v1/customers")));
    customer.createOnly = true;
    customer.help = tr("Whose system signs in with the key (none for the fleet tracker)");
    ResourceField location =
        reference("location_id", tr("&Location"), QStringLiteral("/api/v1/locations"));
    location.createOnly = true;
    spec.fields = {name, kind, customer, location};
    spec.columns = {fieldColumn(tr("Name"), QStringLiteral("name")),
                    {tr("Kind"),
                     [](const QJsonObject &record) {
                         return record.value(QLatin1String("kind")).toString() ==
                                        QLatin1String("fleet_tracker")
                                    ? tr("Fleet tracker")
                                    : tr("Customer's system");
                     }},
                    fieldColumn(tr("Starts with"), QStringLiteral("prefix")),
                    fieldColumn(tr("Created"), QStringLiteral("created_at"))};
    spec.removingRevokes = true;
    spec.secretField = QStringLiteral("key");
    return spec;
}

ResourceSpec AdminResources::webhooks()
{
    ResourceSpec spec;
    spec.id = QStringLiteral("webhooks");
    spec.title = tr("Webhooks");
    spec.singular = tr("webhook");
    spec.path = QStringLiteral("/api/v1/webhooks");
    spec.titleField = QStringLiteral("url");
    ResourceField url =
        withHelp(field("url", tr("&URL")), tr("Where the events are POSTed: http:// or https://"));
    ResourceField types = field("event_types", tr("&Events"), Kind::Names);
    types.choicesPath = QStringLiteral("/api/v1/event-types");
    types.choiceValue = QStringLiteral("name");
    types.help = tr("The events sent to the URL");
    ResourceField secret = withHelp(
        field("secret", tr("&Secret"), Kind::Password),
        tr("Signs every call (HMAC-SHA256). Left empty, the server makes one and shows it once; "
           "typed, it replaces the one in use"));
    spec.fields = {url, types, field("description", tr("&Description")),
                   startingAt(field("active", tr("&Active"), Kind::Boolean), true), secret};
    spec.columns = {fieldColumn(tr("URL"), QStringLiteral("url")),
                    {tr("Events"),
                     [](const QJsonObject &record) {
                         QStringList names;
                         for (const QJsonValue &type :
                              record.value(QLatin1String("event_types")).toArray())
                             names << type.toString();
                         return names.join(QStringLiteral(", "));
                     }},
                    fieldColumn(tr("Active"), QStringLiteral("active")),
                    fieldColumn(tr("Description"), QStringLiteral("description"))};
    spec.secretField = QStringLiteral("secret");
    return spec;
}

QList<ResourceSpec> AdminResources::all()
{
    return {locations(),         users(),      technicians(), skills(),  services(),
            expenseCategories(), spiffTypes(), apiKeys(),     webhooks()};
}

} // namespace fielddesk::admin
