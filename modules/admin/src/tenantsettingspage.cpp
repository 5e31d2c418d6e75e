#include "fielddesk/admin/tenantsettingspage.h"

#include "fielddesk/admin/resourceform.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/aboutme.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QPushButton>
#include <QVBoxLayout>

namespace fielddesk::admin {

namespace {

const QString kTenantPath = QStringLiteral("/api/v1/tenants/current");

QList<ResourceField> tenantFields()
{
    using FieldKind = ResourceField::Kind;
    ResourceField name{.name = QStringLiteral("name"),
                       .title = TenantSettingsPage::tr("Company &name")};
    ResourceField zone{.name = QStringLiteral("time_zone"),
                       .title = TenantSettingsPage::tr("Time &zone"),
                       .kind = FieldKind::TimeZone,
                       .help = TenantSettingsPage::tr("Where the company's days begin and end, "
                                                      "unless a location has its own")};
    ResourceField currency{.name = QStringLiteral("currency"),
                           .title = TenantSettingsPage::tr("&Currency"),
                           .kind = FieldKind::Currency,
                           .help = TenantSettingsPage::tr("ISO 4217; what expenses and spiffs "
                                                          "are in unless one says otherwise")};
    // The company's own settings (tenants.settings); empty travel fields: the server's.
    const auto setting = [](const char *key, const QString &title, FieldKind kind,
                            const QString &help) {
        return ResourceField{.name = QStringLiteral("settings.") + QLatin1String(key),
                             .title = title,
                             .kind = kind,
                             .help = help};
    };
    ResourceField speed = setting(
        "travel_speed_kmh", TenantSettingsPage::tr("Travel &speed (km/h)"), FieldKind::Number,
        TenantSettingsPage::tr("The average speed between jobs, for travel gaps, "
                               "warnings and routing; empty: the server's"));
    speed.nullable = true;
    ResourceField factor =
        setting("travel_road_factor", TenantSettingsPage::tr("&Road factor"), FieldKind::Number,
                TenantSettingsPage::tr("How much longer roads are than the straight line (1 to 3); "
                                       "empty: the server's"));
    factor.nullable = true;
    ResourceField customerLanguage = setting(
        "customer_language", TenantSettingsPage::tr("Customers are written to &in"),
        FieldKind::Choice,
        TenantSettingsPage::tr("The language of customers' messages, unless a customer chose "
                               "one"));
    for (const QString &code : UserPreferences::supportedLanguages())
        customerLanguage.choices.append({code, UserPreferences::languageName(code)});
    const QString weatherHelp = TenantSettingsPage::tr(
        "Jobs of weather-sensitive services are at risk when the forecast passes it");
    return {name,
            zone,
            currency,
            speed,
            factor,
            setting("work_days", TenantSettingsPage::tr("&Working week"), FieldKind::Weekdays,
                    TenantSettingsPage::tr("What a new technician works unless told otherwise")),
            setting("shift_start", TenantSettingsPage::tr("Shift &starts"), FieldKind::Time, {}),
            setting("shift_end", TenantSettingsPage::tr("Shift &ends"), FieldKind::Time, {}),
            setting("day_ahead_at", TenantSettingsPage::tr("Evening messages &at"), FieldKind::Time,
                    TenantSettingsPage::tr("When technicians get the next day's plan and "
                                           "customers a reminder, on each location's clock")),
            customerLanguage,
            setting("weather_rain_mm_h", TenantSettingsPage::tr("Rain &limit (mm/h)"),
                    FieldKind::Number, weatherHelp),
            setting("weather_wind_kmh", TenantSettingsPage::tr("Win&d limit (km/h)"),
                    FieldKind::Number, weatherHelp),
            setting("weather_temp_min_c", TenantSettingsPage::tr("C&oldest (°C)"),
                    FieldKind::Number, weatherHelp),
            setting("weather_temp_max_c", TenantSettingsPage::tr("&Hottest (°C)"),
                    FieldKind::Number, weatherHelp)};
}

// The tenant as the form shows it: the settings it does not set read as what applies (the
// server's `settings_in_force`), so that leaving them is no change.
QJsonObject withSettingsShown(QJsonObject tenant)
{
    QJsonObject settings = tenant.value(QStringLiteral("settings")).toObject();
    const QJsonObject inForce = tenant.value(QStringLiteral("settings_in_force")).toObject();
    for (auto it = inForce.begin(); it != inForce.end(); ++it) {
        if (!settings.contains(it.key()) || settings.value(it.key()).isNull())
            settings.insert(it.key(), it.value());
    }
    tenant.insert(QStringLiteral("settings"), settings);
    return tenant;
}

} // namespace

TenantSettingsPage::TenantSettingsPage(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_form(new ResourceForm(tenantFields(), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("tenantMessage"), this))
    , m_notice(new forms::MessageLabel(
          forms::MessageLabel::Tone::Notice, QStringLiteral("tenantNotice"), this))
{
    setObjectName(QStringLiteral("tenantSettingsPage"));
    m_save->setObjectName(QStringLiteral("saveTenantButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Send the changes to the server (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, &TenantSettingsPage::save);
    connect(m_form, &ResourceForm::edited, this, [this] {
        m_notice->showMessage({});
        m_save->setEnabled(m_form->hasChanges());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new forms::SectionTitle(tr("Company"), QStringLiteral("tenantTitle"), this));
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_save->setEnabled(false);
}

void TenantSettingsPage::reload()
{
    const int generation = ++m_generation;
    m_api->get(kTenantPath, this, [this, generation](const client::ApiResponse &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_message->showMessage(
                tr("The company's settings could not be loaded: %1").arg(r.error->message()));
            return;
        }
        m_form->load(withSettingsShown(r.json));
        m_save->setEnabled(false);
        emit loaded();
    });
}

void TenantSettingsPage::clear()
{
    ++m_generation;
    m_form->load({});
    m_message->showMessage({});
    m_notice->showMessage({});
}

void TenantSettingsPage::save()
{
    const QJsonObject changes = m_form->changes();
    if (changes.isEmpty() || m_form->isNew())
        return;
    m_message->showMessage({});
    m_form->clearErrors();
    m_save->setEnabled(false);
    const int generation = m_generation;
    m_api->send(client::ApiRequest::patch(kTenantPath, changes), this,
                [this, generation](const client::ApiResponse &r) {
                    if (generation != m_generation)
                        return;
                    if (!r.ok()) {
                        forms::FormRefusal::show(
                            *r.error,
                            [this](const QList<forms::FormRefusal::FieldError> &errors) {
                                return m_form->showErrors(errors);
                            },
                            m_message);
                        m_save->setEnabled(true);
                        return;
                    }
                    m_form->load(withSettingsShown(r.json));
                    m_notice->showMessage(tr("Saved."));
                    emit saved(r.json);
                });
}

} // namespace fielddesk::admin
