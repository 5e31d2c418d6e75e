// SQL for the weather: each location's latest forecast with the bad-weather spans last
// announced (weather_forecasts), and the jobs the weather flagged at risk with the reason it
// wrote (weather_job_risks).
#pragma once

#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::server {

// A place whose forecast is fetched: a location with coordinates of an active tenant.
struct WeatherPlace
{
    qint64 tenantId = 0;
    qint64 locationId = 0;
    double latitude = 0;
    double longitude = 0;
};

struct StoredForecast
{
    QByteArray hours;      // Open-Meteo's "hourly" shape
    QByteArray alertSpans; // JSON list of the spans last announced
    QString fetchedAt;
};

class WeatherRepository
{
public:
    explicit WeatherRepository(Database &db)
        : m_db(db)
    {}

    QList<WeatherPlace> places();
    // Inside a write transaction: servers sharing a PostgreSQL database apply one place's
    // forecast one at a time (an advisory lock; SQLite's writes are one at a time anyway).
    // Lock order: after the jobs the write locks, before the outbox.
    void lockPlace(qint64 locationId);
    std::optional<StoredForecast> forecastOf(qint64 tenantId, qint64 locationId);
    void storeForecast(const WeatherPlace &place, const StoredForecast &forecast);

    // Job id -> the reason the weather wrote, for the jobs of a location it flagged.
    QHash<qint64, QString> risksAt(qint64 tenantId, qint64 locationId);
    void setRisk(qint64 tenantId, qint64 locationId, qint64 jobId, const QString &reason);
    void clearRisk(qint64 jobId);

private:
    Database &m_db;
};

} // namespace fielddesk::server
