// The weather's rules without a server: an Open-Meteo answer read (and refused when it is not
// one), bad hours of each kind joined into spans with their worst value under a company's
// thresholds, the reason a job's time meets them on the location's clock, and nothing for a
// job before or after the bad hours.
#include "services/forecast.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace tst_forecast {

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

// Hours from 2026-12-08T18:00Z: rain, wind and temperature hour by hour.
QByteArray answer(const QList<double> &rain, const QList<double> &wind, const QList<double> &temp)
{
    QJsonArray time, r, w, t;
    const QDateTime start(QDate(2026, 12, 8), QTime(18, 0), QTimeZone::utc());
    for (qsizetype i = 0; i < rain.size(); ++i) {
        time.append(start.addSecs(3600 * i).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        r.append(rain.at(i));
        w.append(wind.at(i));
        t.append(temp.at(i));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("hourly"),
                                      QJsonObject{{QStringLiteral("time"), time},
                                                  {QStringLiteral("precipitation"), r},
                                                  {QStringLiteral("wind_speed_10m"), w},
                                                  {QStringLiteral("temperature_2m"), t}}}})
        .toJson();
}

QDateTime utc(int hour, int day = 8)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private slots:
    void rainSpansAndTheirReason()
    {
        // 18:00Z dry, 19-21Z wet (worst 8), 22:00Z dry: 12:00-15:00 in Denver (MST).
        const Result<Forecast> f = Forecast::fromOpenMeteo(
            answer({0, 2.5, 8, 3, 1}, {10, 10, 10, 10, 10}, {5, 5, 5, 5, 5}));
        QVERIFY(f);
        QCOMPARE(f->hours().size(), 5);
        QCOMPARE(f->end(), utc(23));
        const QList<BadWeatherSpan> spans = f->badSpans(WeatherThresholds());
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().kind, QStringLiteral("rain"));
        QCOMPARE(spans.first().start, utc(19));
        QCOMPARE(spans.first().end, utc(22));
        QCOMPARE(spans.first().worst, 8.0);
        const LocalClock denver(QStringLiteral("America/Denver"));
        QCOMPARE(weatherRiskReason(spans, utc(18), utc(20), denver),
                 QStringLiteral("rain 8 mm/h 12:00–15:00 MST"));
        QCOMPARE(weatherRiskReason(spans, utc(22), utc(23), denver), QString());
        QCOMPARE(weatherRiskReason(spans, utc(17), utc(19), denver), QString());
        // A stricter company: the lighter rain counts too.
        WeatherThresholds strict;
        strict.rainMmH = 1;
        QCOMPARE(f->badSpans(strict).first().end, utc(23));
    }

    void windColdAndHeat()
    {
        const Result<Forecast> f =
            Forecast::fromOpenMeteo(answer({0, 0, 0, 0}, {20, 65, 70.5, 20}, {-7.5, -2, 39, 39}));
        QVERIFY(f);
        const QList<BadWeatherSpan> spans = f->badSpans(WeatherThresholds());
        QCOMPARE(spans.size(), 3);
        const LocalClock utcClock;
        QCOMPARE(weatherRiskReason(spans, utc(18), utc(22), utcClock),
                 QStringLiteral("cold -7.5 °C 18:00–19:00 UTC; wind 70.5 km/h 19:00–21:00 UTC; "
                                "heat 39 °C 20:00–22:00 UTC"));
    }

    void whatIsNotAForecastIsRefused()
    {
        QVERIFY(!Forecast::fromOpenMeteo("not json"));
        QVERIFY(!Forecast::fromOpenMeteo(R"({"hourly":{"time":["2026-12-08T18:00"]}})"));
        QVERIFY(!Forecast::fromOpenMeteo(answer({}, {}, {})));
        // The stored form reads back as it was.
        const Result<Forecast> f = Forecast::fromOpenMeteo(answer({0, 4}, {10, 10}, {5, 5}));
        QVERIFY(f);
        QCOMPARE(Forecast::fromStored(f->hoursJson()).badSpans(WeatherThresholds()),
                 f->badSpans(WeatherThresholds()));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestForecast)
} // namespace tst_forecast
#include "tst_forecast.moc"
