// Where forecasts come from (configuration weather_url, an Open-Meteo-compatible API) and how
// often each location's is fetched (weather_poll_minutes). No URL: the weather is off.
#pragma once

#include <QUrl>

#include <algorithm>

namespace fielddesk::server {

struct WeatherSettings
{
    static constexpr double kDefaultPollMinutes = 60;
    static constexpr int kFetchTimeoutMs = 20000;
    // How often the stored forecasts are applied again between fetches (jobs moved meanwhile).
    static constexpr int kRecheckIntervalMs = 60 * 1000;

    QUrl url; // empty: off
    double pollMinutes = kDefaultPollMinutes;

    bool enabled() const { return !url.isEmpty(); }
    int pollIntervalMs() const { return int(pollMinutes * 60 * 1000); }
    int recheckIntervalMs() const { return std::min(kRecheckIntervalMs, pollIntervalMs()); }
};

} // namespace fielddesk::server
