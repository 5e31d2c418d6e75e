// The settings a tenant keeps in tenants.settings (a JSON object): the travel estimate its
// schedules, warnings and routing use (travel_speed_kmh, travel_road_factor; the server's
// configuration where a tenant sets none) and the working week and shift a new technician
// starts with (work_days, shift_start, shift_end); when the evening messages about tomorrow go
// out (day_ahead_at, on each location's clock) and the language customers are written to unless
// they chose one (customer_language); the weather that puts weather-sensitive work at risk
// (weather_rain_mm_h, weather_wind_kmh, weather_temp_min_c, weather_temp_max_c). The one home of
// their names, limits and defaults. A PATCH of /tenants/current merges `settings` key by key (null
// removes a key).
#pragma once

#include "core/result.h"
#include "fielddesk/domain/travelmodel.h"
#include "services/forecast.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::server {

class Database;

struct TenantSettings
{
    static constexpr double kMinSpeedKmh = 1;
    static constexpr double kMaxSpeedKmh = 300;
    static constexpr double kMinRoadFactor = 1;
    static constexpr double kMaxRoadFactor = 3;

    std::optional<double> travelSpeedKmh;
    std::optional<double> travelRoadFactor;
    QList<int> workDays;                          // ISO weekdays; empty: Monday to Friday
    QString shiftStart;                           // "HH:MM"; empty: 08:00
    QString shiftEnd;                             // empty: 17:00
    QString dayAheadAt = QStringLiteral("17:00"); // "HH:MM"
    QString customerLanguage = QStringLiteral("en");
    WeatherThresholds weather;

    // The known keys checked (422 naming "settings.<key>"); other keys are kept as they are.
    static Result<TenantSettings> read(const QJsonObject &settings);
    // Stored settings, read leniently (what read() refused never got stored).
    static TenantSettings stored(const QByteArray &json);
    // A tenant's stored settings (none for a tenant that does not exist).
    static TenantSettings of(Database &db, qint64 tenantId);
    // `changes` over `stored`, key by key; a null value removes the key.
    static QJsonObject merged(const QByteArray &stored, const QJsonObject &changes);

    TravelModel travel(const TravelModel &serverDefault) const;
    // Every known key with the value that applies: these settings over the defaults (the
    // server's travel where the tenant sets none). Sent as a tenant's `settings_in_force`.
    QJsonObject inForce(const TravelModel &serverDefault) const;
    // The working day of a new technician ("HH:MM"): the settings', else a technician's
    // default.
    QString workdayStart() const;
    QString workdayEnd() const;
};

// The travel estimate of a tenant: its settings over the server's.
TravelModel tenantTravel(Database &db, qint64 tenantId, const TravelModel &serverDefault);

} // namespace fielddesk::server
