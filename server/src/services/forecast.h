// A location's weather forecast (hourly rain, wind and temperature, in the shape of
// Open-Meteo's "hourly" object) and the rules that read it: which hours are bad for work that
// weather spoils, under a company's thresholds, as spans; and the one wording of why a job
// meets them ("rain 8 mm/h 13:00–16:00 MST"). Pure: no database, no network.
#pragma once

#include "core/result.h"
#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/localclock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace fielddesk::server {

// A company's limits for weather-sensitive work (tenant settings weather_*).
struct WeatherThresholds
{
    double rainMmH = 2;          // at or above: too wet
    double windKmh = 50;         // at or above: too windy
    double temperatureMinC = -5; // below: too cold
    double temperatureMaxC = 38; // above: too hot
};

struct ForecastHour
{
    QDateTime start; // UTC; the hour lasts until the next
    double rainMmH = 0;
    double windKmh = 0;
    double temperatureC = 0; // NaN where the forecast has no value
};

// Consecutive bad hours of one kind ("rain", "wind", "cold", "heat") and the worst value in
// them (most rain or wind, coldest, hottest).
struct BadWeatherSpan
{
    QString kind;
    QDateTime start;
    QDateTime end;
    double worst = 0;

    // "rain 8 mm/h 13:00–16:00 MST" on that clock; the day is named when it is not `day`.
    QString describe(const LocalClock &clock, const QDate &day) const;
    void writeJson(JsonWriter &w) const;
    bool operator==(const BadWeatherSpan &other) const = default;
};

class Forecast
{
public:
    // An Open-Meteo answer (its "hourly" object with time, precipitation, wind_speed_10m and
    // temperature_2m, times in UTC): a failure saying what is wrong with it.
    static Result<Forecast> fromOpenMeteo(const QByteArray &answer);
    // The "hourly" object as stored (hoursJson()); empty for what cannot be read.
    static Forecast fromStored(const QByteArray &hours);

    const QList<ForecastHour> &hours() const { return m_hours; }
    bool isEmpty() const { return m_hours.isEmpty(); }
    QDateTime start() const;
    QDateTime end() const; // the end of the last hour
    // Open-Meteo's "hourly" shape, as stored.
    QByteArray hoursJson() const;

    QList<BadWeatherSpan> badSpans(const WeatherThresholds &limits) const;

private:
    QList<ForecastHour> m_hours;
};

// Why work during [start, end) meets bad weather, each span it overlaps described on the
// clock (separated by "; "); empty when it meets none.
QString weatherRiskReason(const QList<BadWeatherSpan> &spans,
                          const QDateTime &start,
                          const QDateTime &end,
                          const LocalClock &clock);
QByteArray badSpansJson(const QList<BadWeatherSpan> &spans);

} // namespace fielddesk::server
