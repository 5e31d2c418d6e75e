// The weather adapter: fetches each location's forecast from the configured
// Open-Meteo-compatible API (on the poller's thread), keeps the latest, announces a location's
// bad-weather spans when they change (weather.alert.updated.v1) and flags the jobs of
// weather-sensitive services whose time meets them at risk, with the reason, clearing the flag
// it set when the forecast improves (scheduling.job.at_risk_changed.v1). A flag someone else
// set is left alone.
#pragma once

#include "fielddesk/domain/travelmodel.h"
#include "services/forecast.h"
#include "services/weathersettings.h"
#include "storage/database.h"

#include <QDateTime>

namespace fielddesk::server {

class EventNotifier;
struct WeatherPlace;

class WeatherService
{
public:
    static constexpr qint64 kMaxForecastBytes = 4 * 1024 * 1024;

    WeatherService(Database &db,
                   EventNotifier &events,
                   const TravelModel &travel,
                   WeatherSettings settings);

    // One round of the poller (every WeatherSettings::recheckIntervalMs, on one thread): fetches
    // when weather_poll_minutes have passed since the last fetch, else applies the stored
    // forecasts again. One thread for both, so that no two rounds race each other.
    int tick();
    // Fetches and applies every place's forecast; how many jobs' flags changed plus how many
    // alerts went out. Nothing when the weather is off.
    int pollAll();
    // Applies the stored forecasts again (no fetching): jobs moved into or out of bad weather
    // since the last fetch are flagged or cleared. How many flags changed.
    int recheckStored();
    // Applies one location's forecast: stores it (a fetched one), announces changed spans,
    // flags and clears jobs. How many events it wrote.
    int applyForecast(const WeatherPlace &place, const Forecast &forecast, bool fetched = true);

private:
    Database &m_db;
    EventNotifier &m_events;
    TravelModel m_travel; // the server's
    WeatherSettings m_settings;
    QDateTime m_lastFetch; // the poller's thread only
};

// Why work of a weather-sensitive job at this location during [start, end) is at risk, from
// the latest forecast stored and the tenant's thresholds; empty when it is not (or no forecast
// covers it).
QString storedWeatherRisk(
    Database &db, qint64 tenantId, qint64 locationId, const QDateTime &start, const QDateTime &end);

} // namespace fielddesk::server
