#include "services/tenantsettings.h"

#include "core/failure.h"
#include "fielddesk/domain/aboutme.h"
#include "fielddesk/domain/dispatch.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>

namespace fielddesk::server {

namespace {

Failure settingProblem(const char *key, const QString &message)
{
    return Failure::validation(QStringLiteral("settings.") + QLatin1String(key), message);
}

std::optional<Failure> readNumber(const QJsonObject &settings,
                                  const char *key,
                                  double minimum,
                                  double maximum,
                                  std::optional<double> &into)
{
    const QJsonValue value = settings.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum)
        return settingProblem(
            key, QStringLiteral("must be a number from %1 to %2").arg(minimum).arg(maximum));
    into = value.toDouble();
    return std::nullopt;
}

std::optional<Failure> readTime(const QJsonObject &settings, const char *key, QString &into)
{
    const QJsonValue value = settings.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString text = value.toString();
    if (!value.isString() || text.size() != 5 ||
        !QTime::fromString(text, QStringLiteral("HH:mm")).isValid())
        return settingProblem(key, QStringLiteral("must be a time \"HH:MM\""));
    into = text;
    return std::nullopt;
}

} // namespace

Result<TenantSettings> TenantSettings::read(const QJsonObject &settings)
{
    TenantSettings s;
    if (auto p =
            readNumber(settings, "travel_speed_kmh", kMinSpeedKmh, kMaxSpeedKmh, s.travelSpeedKmh))
        return *p;
    if (auto p = readNumber(settings, "travel_road_factor", kMinRoadFactor, kMaxRoadFactor,
                            s.travelRoadFactor))
        return *p;
    const QJsonValue days = settings.value(QLatin1String("work_days"));
    if (!days.isUndefined() && !days.isNull()) {
        if (!days.isArray())
            return settingProblem("work_days", QStringLiteral("must be a list of ISO weekdays"));
        for (const QJsonValue &day : days.toArray()) {
            const int d = day.toInt(0);
            if (!day.isDouble() || d < 1 || d > 7 || s.workDays.contains(d))
                return settingProblem(
                    "work_days", QStringLiteral("must hold weekdays 1 (Monday) to 7, once each"));
            s.workDays.append(d);
        }
    }
    if (auto p = readTime(settings, "shift_start", s.shiftStart))
        return *p;
    if (auto p = readTime(settings, "shift_end", s.shiftEnd))
        return *p;
    if (!s.shiftStart.isEmpty() && !s.shiftEnd.isEmpty() && s.shiftEnd <= s.shiftStart)
        return settingProblem("shift_end", QStringLiteral("must be after shift_start"));
    if (auto p = readTime(settings, "day_ahead_at", s.dayAheadAt))
        return *p;
    std::optional<double> rain, wind, coldest, hottest;
    if (auto p = readNumber(settings, "weather_rain_mm_h", 0.1, 500, rain))
        return *p;
    if (auto p = readNumber(settings, "weather_wind_kmh", 1, 500, wind))
        return *p;
    if (auto p = readNumber(settings, "weather_temp_min_c", -80, 60, coldest))
        return *p;
    if (auto p = readNumber(settings, "weather_temp_max_c", -80, 60, hottest))
        return *p;
    s.weather.rainMmH = rain.value_or(s.weather.rainMmH);
    s.weather.windKmh = wind.value_or(s.weather.windKmh);
    s.weather.temperatureMinC = coldest.value_or(s.weather.temperatureMinC);
    s.weather.temperatureMaxC = hottest.value_or(s.weather.temperatureMaxC);
    if (s.weather.temperatureMaxC <= s.weather.temperatureMinC)
        return settingProblem("weather_temp_max_c",
                              QStringLiteral("must be above weather_temp_min_c"));
    const QJsonValue language = settings.value(QLatin1String("customer_language"));
    if (!language.isUndefined() && !language.isNull()) {
        if (!UserPreferences::supportedLanguages().contains(language.toString()))
            return settingProblem(
                "customer_language",
                QStringLiteral("must be one of: ") +
                    UserPreferences::supportedLanguages().join(QStringLiteral(", ")));
        s.customerLanguage = language.toString();
    }
    return s;
}

TenantSettings TenantSettings::stored(const QByteArray &json)
{
    const Result<TenantSettings> s = read(QJsonDocument::fromJson(json).object());
    return s ? *s : TenantSettings();
}

QJsonObject TenantSettings::merged(const QByteArray &stored, const QJsonObject &changes)
{
    QJsonObject settings = QJsonDocument::fromJson(stored).object();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it->isNull())
            settings.remove(it.key());
        else
            settings.insert(it.key(), it.value());
    }
    return settings;
}

TravelModel TenantSettings::travel(const TravelModel &serverDefault) const
{
    TravelModel travel = serverDefault;
    if (travelSpeedKmh)
        travel.speedKmh = *travelSpeedKmh;
    if (travelRoadFactor)
        travel.roadFactor = *travelRoadFactor;
    return travel;
}

QJsonObject TenantSettings::inForce(const TravelModel &serverDefault) const
{
    const TravelModel travelInForce = travel(serverDefault);
    QJsonArray days;
    for (const int day : workDays.isEmpty() ? Technician().workDays : workDays)
        days.append(day);
    return {{QStringLiteral("travel_speed_kmh"), travelInForce.speedKmh},
            {QStringLiteral("travel_road_factor"), travelInForce.roadFactor},
            {QStringLiteral("work_days"), days},
            {QStringLiteral("shift_start"), workdayStart()},
            {QStringLiteral("shift_end"), workdayEnd()},
            {QStringLiteral("day_ahead_at"), dayAheadAt},
            {QStringLiteral("customer_language"), customerLanguage},
            {QStringLiteral("weather_rain_mm_h"), weather.rainMmH},
            {QStringLiteral("weather_wind_kmh"), weather.windKmh},
            {QStringLiteral("weather_temp_min_c"), weather.temperatureMinC},
            {QStringLiteral("weather_temp_max_c"), weather.temperatureMaxC}};
}

QString TenantSettings::workdayStart() const
{
    return shiftStart.isEmpty() ? Technician().shiftStart : shiftStart;
}

QString TenantSettings::workdayEnd() const
{
    return shiftEnd.isEmpty() ? Technician().shiftEnd : shiftEnd;
}

TenantSettings TenantSettings::of(Database &db, qint64 tenantId)
{
    SqlQuery q(db, QStringLiteral("SELECT settings FROM tenants WHERE id = ?"));
    q.bind(tenantId).exec();
    return q.next() ? stored(q.text(0).toUtf8()) : TenantSettings();
}

TravelModel tenantTravel(Database &db, qint64 tenantId, const TravelModel &serverDefault)
{
    return TenantSettings::of(db, tenantId).travel(serverDefault);
}

} // namespace fielddesk::server
