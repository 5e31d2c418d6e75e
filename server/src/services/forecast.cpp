#include "services/forecast.h"

#include "core/failure.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace fielddesk::server {

namespace {

constexpr qint64 kHourSeconds = 3600;

const char *const kTimeKey = "time";
const char *const kRainKey = "precipitation";
const char *const kWindKey = "wind_speed_10m";
const char *const kTemperatureKey = "temperature_2m";

// Open-Meteo answers "2026-12-05T13:00" for timezone=UTC; a zone or a Z is taken too.
QDateTime forecastTime(const QString &text)
{
    if (const std::optional<QDateTime> zoned = parseTimestamp(text))
        return zoned->toUTC();
    QDateTime local = QDateTime::fromString(text, Qt::ISODate);
    if (!local.isValid())
        return {};
    local.setTimeZone(QTimeZone::utc());
    return local;
}

double valueAt(const QJsonArray &values, qsizetype i)
{
    const QJsonValue v = values.at(i);
    return v.isDouble() ? v.toDouble() : qQNaN();
}

Result<Forecast> readHourly(const QJsonObject &hourly, QList<ForecastHour> &into)
{
    const QJsonArray times = hourly.value(QLatin1String(kTimeKey)).toArray();
    const QJsonArray rain = hourly.value(QLatin1String(kRainKey)).toArray();
    const QJsonArray wind = hourly.value(QLatin1String(kWindKey)).toArray();
    const QJsonArray temperature = hourly.value(QLatin1String(kTemperatureKey)).toArray();
    if (times.isEmpty() || rain.size() != times.size() || wind.size() != times.size() ||
        temperature.size() != times.size())
        return Failure::validation(
            QStringLiteral("hourly"),
            QStringLiteral("must hold time, precipitation, wind_speed_10m and temperature_2m "
                           "lists of one length"));
    for (qsizetype i = 0; i < times.size(); ++i) {
        const QDateTime start = forecastTime(times.at(i).toString());
        if (!start.isValid() || (!into.isEmpty() && start <= into.last().start))
            return Failure::validation(QStringLiteral("hourly.time"),
                                       QStringLiteral("must be ascending ISO 8601 times"));
        into.append({start, valueAt(rain, i), valueAt(wind, i), valueAt(temperature, i)});
    }
    return Forecast();
}

QString amount(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString unitOf(const QString &kind)
{
    if (kind == QLatin1String("rain"))
        return QStringLiteral("mm/h");
    if (kind == QLatin1String("wind"))
        return QStringLiteral("km/h");
    return QStringLiteral("°C");
}

} // namespace

Result<Forecast> Forecast::fromOpenMeteo(const QByteArray &answer)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(answer, &error);
    if (!doc.isObject())
        return Failure::validation(QStringLiteral("forecast"),
                                   QStringLiteral("is not a JSON object: ") + error.errorString());
    Forecast forecast;
    const Result<Forecast> read =
        readHourly(doc.object().value(QLatin1String("hourly")).toObject(), forecast.m_hours);
    if (!read)
        return read.failure();
    return forecast;
}

Forecast Forecast::fromStored(const QByteArray &hours)
{
    Forecast forecast;
    if (!readHourly(QJsonDocument::fromJson(hours).object(), forecast.m_hours))
        forecast.m_hours.clear();
    return forecast;
}

QDateTime Forecast::start() const
{
    return m_hours.isEmpty() ? QDateTime() : m_hours.first().start;
}

QDateTime Forecast::end() const
{
    return m_hours.isEmpty() ? QDateTime() : m_hours.last().start.addSecs(kHourSeconds);
}

QByteArray Forecast::hoursJson() const
{
    QJsonArray times, rain, wind, temperature;
    const auto number = [](double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); };
    for (const ForecastHour &h : m_hours) {
        times.append(h.start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        rain.append(number(h.rainMmH));
        wind.append(number(h.windKmh));
        temperature.append(number(h.temperatureC));
    }
    return QJsonDocument(QJsonObject{{QLatin1String(kTimeKey), times},
                                     {QLatin1String(kRainKey), rain},
                                     {QLatin1String(kWindKey), wind},
                                     {QLatin1String(kTemperatureKey), temperature}})
        .toJson(QJsonDocument::Compact);
}

QList<BadWeatherSpan> Forecast::badSpans(const WeatherThresholds &limits) const
{
    struct Rule
    {
        const char *kind;
        std::function<bool(const ForecastHour &)> bad;
        std::function<double(const ForecastHour &)> value;
        bool higherIsWorse;
    };
    const Rule rules[] = {
        {"rain", [&](const ForecastHour &h) { return h.rainMmH >= limits.rainMmH; },
         [](const ForecastHour &h) { return h.rainMmH; }, true},
        {"wind", [&](const ForecastHour &h) { return h.windKmh >= limits.windKmh; },
         [](const ForecastHour &h) { return h.windKmh; }, true},
        {"cold", [&](const ForecastHour &h) { return h.temperatureC < limits.temperatureMinC; },
         [](const ForecastHour &h) { return h.temperatureC; }, false},
        {"heat", [&](const ForecastHour &h) { return h.temperatureC > limits.temperatureMaxC; },
         [](const ForecastHour &h) { return h.temperatureC; }, true},
    };
    QList<BadWeatherSpan> spans;
    for (const Rule &rule : rules) {
        std::optional<BadWeatherSpan> open;
        for (const ForecastHour &h : m_hours) {
            const QDateTime end = h.start.addSecs(kHourSeconds);
            if (!rule.bad(h)) {
                if (open)
                    spans.append(*std::exchange(open, std::nullopt));
                continue;
            }
            const double v = rule.value(h);
            if (open && open->end == h.start) {
                open->end = end;
                open->worst =
                    rule.higherIsWorse ? std::max(open->worst, v) : std::min(open->worst, v);
            } else {
                if (open)
                    spans.append(*open);
                open = BadWeatherSpan{QLatin1String(rule.kind), h.start, end, v};
            }
        }
        if (open)
            spans.append(*open);
    }
    std::stable_sort(
        spans.begin(), spans.end(),
        [](const BadWeatherSpan &a, const BadWeatherSpan &b) { return a.start < b.start; });
    return spans;
}

QString BadWeatherSpan::describe(const LocalClock &clock, const QDate &day) const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(kind, amount(worst), unitOf(kind), clock.span(start, end, day));
}

void BadWeatherSpan::writeJson(JsonWriter &w) const
{
    w.beginObject()
        .field("kind", kind)
        .field("start", toTimestamp(start))
        .field("end", toTimestamp(end))
        .field("worst", worst)
        .field("unit", unitOf(kind))
        .endObject();
}

QString weatherRiskReason(const QList<BadWeatherSpan> &spans,
                          const QDateTime &start,
                          const QDateTime &end,
                          const LocalClock &clock)
{
    QStringList reasons;
    const QDate day = clock.local(start).date();
    for (const BadWeatherSpan &span : spans) {
        if (span.start < end && start < span.end)
            reasons << span.describe(clock, day);
    }
    return reasons.join(QStringLiteral("; "));
}

QByteArray badSpansJson(const QList<BadWeatherSpan> &spans)
{
    JsonWriter w(256);
    w.beginArray();
    for (const BadWeatherSpan &span : spans)
        span.writeJson(w);
    w.endArray();
    return w.take();
}

} // namespace fielddesk::server
