#include "repositories/weatherrepository.h"

namespace fielddesk::server {

QList<WeatherPlace> WeatherRepository::places()
{
    SqlQuery q(m_db, QStringLiteral("SELECT l.tenant_id, l.id, l.latitude, l.longitude FROM "
                                    "locations l JOIN tenants t ON t.id = l.tenant_id WHERE "
                                    "t.status = 'active' AND l.latitude IS NOT NULL AND "
                                    "l.longitude IS NOT NULL ORDER BY l.id"));
    q.exec();
    QList<WeatherPlace> list;
    while (q.next())
        list.append({q.integer(0), q.integer(1), q.number(2), q.number(3)});
    return list;
}

void WeatherRepository::lockPlace(qint64 locationId)
{
    // The two-key advisory lock: a class of this repository's own, then the location.
    constexpr int kWeatherLockClass = 7240533;
    if (m_db.engine() != Engine::Postgres)
        return;
    SqlQuery q(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    q.bind(kWeatherLockClass).bind(qint64(qint32(locationId))).exec();
}

std::optional<StoredForecast> WeatherRepository::forecastOf(qint64 tenantId, qint64 locationId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT hours, alert_spans, fetched_at FROM weather_forecasts "
                                    "WHERE tenant_id = ? AND location_id = ?"));
    q.bind(tenantId).bind(locationId).exec();
    if (!q.next())
        return std::nullopt;
    return StoredForecast{q.bytes(0), q.bytes(1), q.text(2)};
}

void WeatherRepository::storeForecast(const WeatherPlace &place, const StoredForecast &forecast)
{
    SqlQuery update(m_db, QStringLiteral("UPDATE weather_forecasts SET latitude = ?, longitude = "
                                         "?, hours = ?, alert_spans = ?, fetched_at = ? WHERE "
                                         "location_id = ?"));
    update.bind(place.latitude)
        .bind(place.longitude)
        .bind(QString::fromUtf8(forecast.hours))
        .bind(QString::fromUtf8(forecast.alertSpans))
        .bind(forecast.fetchedAt)
        .bind(place.locationId)
        .exec();
    if (update.rowsAffected() > 0)
        return;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO weather_forecasts (location_id, tenant_id, "
                                         "latitude, longitude, hours, alert_spans, fetched_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(place.locationId)
        .bind(place.tenantId)
        .bind(place.latitude)
        .bind(place.longitude)
        .bind(QString::fromUtf8(forecast.hours))
        .bind(QString::fromUtf8(forecast.alertSpans))
        .bind(forecast.fetchedAt)
        .exec();
}

QHash<qint64, QString> WeatherRepository::risksAt(qint64 tenantId, qint64 locationId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT job_id, reason FROM weather_job_risks WHERE "
                                    "tenant_id = ? AND location_id = ?"));
    q.bind(tenantId).bind(locationId).exec();
    QHash<qint64, QString> risks;
    while (q.next())
        risks.insert(q.integer(0), q.text(1));
    return risks;
}

void WeatherRepository::setRisk(qint64 tenantId,
                                qint64 locationId,
                                qint64 jobId,
                                const QString &reason)
{
    clearRisk(jobId);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO weather_job_risks (job_id, tenant_id, "
                                    "location_id, reason) VALUES (?, ?, ?, ?)"));
    q.bind(jobId).bind(tenantId).bind(locationId).bind(reason).exec();
}

void WeatherRepository::clearRisk(qint64 jobId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM weather_job_risks WHERE job_id = ?"));
    q.bind(jobId).exec();
}

} // namespace fielddesk::server
