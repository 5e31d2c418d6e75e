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

#include <atomic>

class QNetworkAccessManager;

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

    // One round of the poller (every WeatherSettings::recheckIntervalMs, on one thread): each
    // place's forecast is fetched by the server that takes its turn (WorkTurns: once in
    // weather_poll_minutes, however many servers share the database); the other places' stored
    // forecasts are applied again, so jobs moved into or out of bad weather since the last
    // fetch are flagged or cleared. How many jobs' flags changed plus how many alerts went out.
    int tick();
    // Ends a round under way at once (from another thread, before its poller is destroyed): a
    // fetch waiting on a slow forecast API is aborted and the places left are skipped, so the
    // server stops without waiting out the fetch's time limit.
    void stop() { m_stopping = true; }
    // Applies one location's forecast: stores it (a fetched one), announces changed spans,
    // flags and clears jobs. How many events it wrote. Servers sharing the database apply one
    // place's forecasts one at a time (each sees the spans the one before announced).
    // `storedAt`: for a stored forecast applied again, when it was fetched; nothing is written
    // when another server has stored a newer one since (that server applies it).
    int applyForecast(const WeatherPlace &place,
                      const Forecast &forecast,
                      const std::optional<QString> &storedAt = std::nullopt);

private:
    // Fetches a place's forecast; nothing (and a log line) when it cannot.
    std::optional<Forecast> fetch(QNetworkAccessManager &network, const WeatherPlace &place);

    Database &m_db;
    EventNotifier &m_events;
    TravelModel m_travel; // the server's
    WeatherSettings m_settings;
    std::atomic<bool> m_stopping = false;
};

// Why work of a weather-sensitive job at this location during [start, end) is at risk, from
// the latest forecast stored and the tenant's thresholds; empty when it is not (or no forecast
// covers it).
QString storedWeatherRisk(
    Database &db, qint64 tenantId, qint64 locationId, const QDateTime &start, const QDateTime &end);

} // namespace fielddesk::server
