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
#include "repositories/workturns.h"
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

int WeatherService::tick()
{
    if (!m_settings.enabled())
        return 0;
    QNetworkAccessManager network; // on the poller's thread, for this round
    WeatherRepository weather(m_db);
    WorkTurns turns(m_db);
    int count = 0;
    for (const WeatherPlace &place : weather.places()) {
        if (m_stopping)
            break;
        // A turn a little shorter than the poll, so that a timer firing early keeps its rhythm.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const qint64 untilMs = nowMs + m_settings.pollIntervalMs() * 9 / 10;
        if (turns.take(QStringLiteral("weather_fetch:%1").arg(place.locationId), nowMs, untilMs)) {
            if (const std::optional<Forecast> fetched = fetch(network, place)) {
                count += applyForecast(place, *fetched);
                continue;
            }
            if (m_stopping)
                break;
        }
        if (const std::optional<StoredForecast> stored =
                weather.forecastOf(place.tenantId, place.locationId))
            count += applyForecast(place, Forecast::fromStored(stored->hours), stored->fetchedAt);
    }
    return count;
}

std::optional<Forecast> WeatherService::fetch(QNetworkAccessManager &network,
                                              const WeatherPlace &place)
{
    QNetworkRequest request(forecastUrl(m_settings.url, place));
    request.setTransferTimeout(WeatherSettings::kFetchTimeoutMs);
    const PostAnswer answer = blockingGet(network, request, kMaxForecastBytes, &m_stopping);
    if (m_stopping)
        return std::nullopt; // not a failure of the API: nothing to log
    if (answer.status != 200) {
        LogLine("warning", "weather_fetch_failed")
            .field("location_id", place.locationId)
            .field("status", answer.status)
            .field("error", answer.error);
        return std::nullopt;
    }
    Result<Forecast> forecast = Forecast::fromOpenMeteo(answer.body);
    if (!forecast) {
        LogLine("warning", "weather_forecast_unreadable")
            .field("location_id", place.locationId)
            .field("error", forecast.failure().detail);
        return std::nullopt;
    }
    return std::move(*forecast);
}

int WeatherService::applyForecast(const WeatherPlace &place,
                                  const Forecast &forecast,
                                  const std::optional<QString> &storedAt)
{
    const bool fetched = !storedAt;
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
    weather.lockPlace(place.locationId);
    const std::optional<StoredForecast> stored = weather.forecastOf(tenantId, place.locationId);
    if (storedAt && (!stored || stored->fetchedAt != *storedAt))
        return 0; // rolled back: a newer forecast came meanwhile
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
        // The weather's own flag is the one the job now carries with the weather's reason
        // (written now, or a moment ago by another server); any other is someone else's.
        if (!reason.isEmpty() && changed->atRisk && changed->atRiskReason == reason)
            weather.setRisk(tenantId, place.locationId, jobId, reason);
        else
            weather.clearRisk(jobId);
        events += wrote ? 1 : 0;
    }

    const QByteArray spansJson = badSpansJson(spans);
    const QString fetchedAt = fetched || !stored ? nowTimestamp() : stored->fetchedAt;
    bool alerted = false;
    if (!stored || stored->alertSpans != spansJson) {
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
