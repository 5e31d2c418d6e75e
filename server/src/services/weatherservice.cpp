#include "services/weatherservice.h"

#include "app/logline.h"
#include "events/eventnotifier.h"
#include "events/eventrepository.h"
#include "events/eventtypes.h"
#include "fielddesk/domain/timestamps.h"
#include "messaging/blockingpost.h"
#include "repositories/jobrepository.h"
#include "repositories/servicetyperepository.h"
#include "repositories/weatherrepository.h"
#include "services/assignmentservice.h"
#include "services/jobwrite.h"
#include "services/tenantsettings.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace fielddesk::server {

namespace {

const QString kWeatherActor = QStringLiteral("Weather");

// The time a job takes up: planned, else its window; invalid when it has neither.
std::pair<QDateTime, QDateTime> weatherSpanOf(const Job &job)
{
    const QString &start = job.plannedStart.isEmpty() ? job.windowStart : job.plannedStart;
    const QString &end = job.plannedStart.isEmpty() ? job.windowEnd : job.plannedEnd;
    const std::optional<QDateTime> s = parseTimestamp(start);
    const std::optional<QDateTime> e = parseTimestamp(end);
    if (!s || !e)
        return {};
    return {*s, *e};
}

QUrl forecastUrl(const QUrl &base, const WeatherPlace &place)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/forecast"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("latitude"), QString::number(place.latitude, 'f', 4));
    query.addQueryItem(QStringLiteral("longitude"), QString::number(place.longitude, 'f', 4));
    query.addQueryItem(QStringLiteral("hourly"),
                       QStringLiteral("precipitation,wind_speed_10m,temperature_2m"));
    query.addQueryItem(QStringLiteral("timezone"), QStringLiteral("UTC"));
    url.setQuery(query);
    return url;
}

} // namespace

WeatherService::WeatherService(Database &db,
                               EventNotifier &events,
                               const TravelModel &travel,
                               WeatherSettings settings)
    : m_db(db)
    , m_events(events)
    , m_travel(travel)
    , m_settings(std::move(settings))
{}

int WeatherService::pollAll()
{
    if (!m_settings.enabled())
        return 0;
    QNetworkAccessManager network; // on the poller's thread, for this round
    int count = 0;
    for (const WeatherPlace &place : WeatherRepository(m_db).places()) {
        QNetworkRequest request(forecastUrl(m_settings.url, place));
        request.setTransferTimeout(WeatherSettings::kFetchTimeoutMs);
        const PostAnswer answer = blockingGet(network, request, kMaxForecastBytes);
        if (answer.status != 200) {
            LogLine("warning", "weather_fetch_failed")
                .field("location_id", place.locationId)
                .field("status", answer.status)
                .field("error", answer.error);
            continue;
        }
        const Result<Forecast> forecast = Forecast::fromOpenMeteo(answer.body);
        if (!forecast) {
            LogLine("warning", "weather_forecast_unreadable")
                .field("location_id", place.locationId)
                .field("error", forecast.failure().detail);
            continue;
        }
        count += applyForecast(place, *forecast);
    }
    return count;
}

int WeatherService::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastFetch.isValid() && m_lastFetch.msecsTo(now) < m_settings.pollIntervalMs())
        return recheckStored();
    m_lastFetch = now;
    return pollAll();
}

int WeatherService::recheckStored()
{
    if (!m_settings.enabled())
        return 0;
    int count = 0;
    WeatherRepository weather(m_db);
    for (const WeatherPlace &place : weather.places()) {
        if (const std::optional<StoredForecast> stored =
                weather.forecastOf(place.tenantId, place.locationId))
            count += applyForecast(place, Forecast::fromStored(stored->hours), false);
    }
    return count;
}

int WeatherService::applyForecast(const WeatherPlace &place, const Forecast &forecast, bool fetched)
{
    const qint64 tenantId = place.tenantId;
    const WeatherThresholds limits = TenantSettings::of(m_db, tenantId).weather;
    const QList<BadWeatherSpan> spans = forecast.badSpans(limits);
    const LocalClock clock = locationClock(m_db, tenantId, place.locationId);
    const QSet<qint64> sensitive = ServiceTypeRepository(m_db).weatherSensitiveIds(tenantId);
    WeatherRepository weather(m_db);
    const QHash<qint64, QString> flagged = weather.risksAt(tenantId, place.locationId);

    // What each job's flag should become: a reason, or empty to clear the weather's own flag.
    QHash<qint64, QString> wanted;
    const QList<Job> jobs = JobRepository(m_db).overlapping(
        tenantId, {place.locationId}, toTimestamp(forecast.start()), toTimestamp(forecast.end()));
    for (const Job &job : jobs) {
        if (isTerminal(job.status) || !job.serviceId || !sensitive.contains(*job.serviceId))
            continue;
        const auto [start, end] = weatherSpanOf(job);
        if (!start.isValid())
            continue;
        const QString reason = weatherRiskReason(spans, start, end, clock);
        if (!reason.isEmpty())
            wanted.insert(job.id, reason);
    }
    QList<qint64> changing;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (flagged.value(it.key()) != it.value())
            changing.append(it.key());
    }
    for (auto it = flagged.cbegin(); it != flagged.cend(); ++it) {
        if (!wanted.contains(it.key()))
            changing.append(it.key());
    }

    const CallContext call = systemCall(tenantId, kWeatherActor);
    JobWrite write(m_db, m_events, m_travel, call, changing);
    int events = 0;
    for (const qint64 jobId : changing) {
        const QString reason = wanted.value(jobId);
        const std::optional<QString> ownFlag =
            flagged.contains(jobId) ? std::optional(flagged.value(jobId)) : std::nullopt;
        bool wrote = false;
        const Result<Job> changed = write.change(
            jobId, std::nullopt,
            [&](const Job &before, Job &after) -> Result<std::optional<JobChange>> {
                // A flag someone else set (or changed) is theirs: left as it is.
                const bool ours = !before.atRisk || (ownFlag && before.atRiskReason == *ownFlag);
                if (!ours || (before.atRisk == !reason.isEmpty() && before.atRiskReason == reason))
                    return std::optional<JobChange>();
                after.atRisk = !reason.isEmpty();
                after.atRiskReason = reason;
                wrote = true;
                return std::optional<JobChange>(JobChange{QStringLiteral("at_risk_changed"),
                                                          eventtype::jobAtRiskChanged(),
                                                          {{"cause", "\"weather\""}},
                                                          std::nullopt});
            });
        if (!changed)
            continue; // gone meanwhile
        if (reason.isEmpty() || !wrote)
            weather.clearRisk(jobId); // cleared, or someone else's flag now
        else
            weather.setRisk(tenantId, place.locationId, jobId, reason);
        events += wrote ? 1 : 0;
    }

    const QByteArray spansJson = badSpansJson(spans);
    const std::optional<StoredForecast> before = weather.forecastOf(tenantId, place.locationId);
    const QString fetchedAt = fetched || !before ? nowTimestamp() : before->fetchedAt;
    bool alerted = false;
    if (!before || before->alertSpans != spansJson) {
        JsonWriter data(256);
        data.beginObject()
            .field("location_id", place.locationId)
            .field("fetched_at", fetchedAt)
            .field("forecast_start", toTimestamp(forecast.start()))
            .field("forecast_end", toTimestamp(forecast.end()))
            .key("spans")
            .rawValue(spansJson)
            .endObject();
        DomainEvent event;
        event.tenantId = tenantId;
        event.locationId = place.locationId;
        event.type = eventtype::weatherAlertUpdated();
        event.source = QStringLiteral("fielddesk/weather");
        event.dataJson = data.take();
        EventRepository(m_db).append(event);
        alerted = true;
    }
    if (fetched || alerted)
        weather.storeForecast(place, {forecast.hoursJson(), spansJson, fetchedAt});
    write.commit();
    if (alerted)
        m_events.notifyCommitted();
    return events + (alerted ? 1 : 0);
}

QString storedWeatherRisk(
    Database &db, qint64 tenantId, qint64 locationId, const QDateTime &start, const QDateTime &end)
{
    const std::optional<StoredForecast> stored =
        WeatherRepository(db).forecastOf(tenantId, locationId);
    if (!stored)
        return {};
    const Forecast forecast = Forecast::fromStored(stored->hours);
    return weatherRiskReason(forecast.badSpans(TenantSettings::of(db, tenantId).weather), start,
                             end, locationClock(db, tenantId, locationId));
}

} // namespace fielddesk::server
