// The weather over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, fetching forecasts from an Open-Meteo-compatible API on loopback that
// the test serves: the request names the location and the hourly variables; rain in a
// weather-sensitive job's window flags it at risk with the reason on the location's clock, a
// job of another service stays as it is; the best slots across days skip the rainy day;
// bad day ranges are 422, another tenant's job 404; the events carry ids; clear skies clear
// the flag; servers sharing the database fetch a place once a poll and announce a change once;
// a server stops at once while the forecast API keeps it waiting.
#include "apisuite.h"
#include "apitestsetup.h"
#include "eventstream.h"
#include "fakeweatherapi.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace tst_weather {

namespace {

const QString kPassword = QStringLiteral("weather-test-pw");
const QString kDemoPw = QStringLiteral("fielddesk-demo");
constexpr int kWaitMs = 20000;
constexpr int kForecastDays = 16;
const QString kRainReason = QStringLiteral("rain 8 mm/h 13:00–16:00 MST");

} // namespace

class TestWeather : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void theForecastIsAskedForEachLocation();
    void rainFlagsOnlyTheSensitiveJob();
    void slotsAcrossDaysSkipTheRainyDay();
    void badDayRangesAreRefused();
    void anotherTenantsJobIsNotFound();
    void theEventsCarryIds();
    void theCompanysLimitsDecide();
    void clearSkiesClearTheFlag();
    void serversSharingTheDatabaseFetchOncePerPollAndAnnounceOnce();
    void aServerStopsAtOnceWhileTheForecastApiHangs();

private:
    QJsonObject job(qint64 id)
    {
        return client(m_dispatcher).get(QStringLiteral("/api/v1/jobs/%1").arg(id)).json();
    }
    qint64 createJob(const QString &title, qint64 service);
    qint64 createService(const QString &name, bool sensitive);
    // The local day and its time in Denver as an API timestamp.
    QString denver(const QDate &day, int hour) const;

    // The suite's database and settings: more servers on the same database use them too.
    ServerProcess::Options m_options;
    FakeWeatherApi m_weather;
    QByteArray m_admin, m_otherAdmin, m_dispatcher;
    qint64 m_location = 0;
    qint64 m_lawnJob = 0, m_ductJob = 0;
    QDate m_rainyDay;
};

QString TestWeather::denver(const QDate &day, int hour) const
{
    return QDateTime(day, QTime(hour, 0), QTimeZone("America/Denver"))
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

qint64 TestWeather::createService(const QString &name, bool sensitive)
{
    const TestReply r = client(m_admin).post(QStringLiteral("/api/v1/services"),
                                             {{QStringLiteral("name"), name},
                                              {QStringLiteral("duration_min"), 60},
                                              {QStringLiteral("weather_sensitive"), sensitive}});
    if (r.status != 201)
        qWarning("service: %d %s", r.status, r.body.constData());
    if (r.json().value(QLatin1String("weather_sensitive")).toBool() != sensitive)
        qWarning("service: weather_sensitive not as sent: %s", r.body.constData());
    return r.id();
}

qint64 TestWeather::createJob(const QString &title, qint64 service)
{
    // 12:00-17:00 in Denver on the rainy day: the rain falls 13:00-16:00.
    const TestReply r = client(m_dispatcher)
                            .post(QStringLiteral("/api/v1/jobs"),
                                  {{QStringLiteral("title"), title},
                                   {QStringLiteral("location_id"), m_location},
                                   {QStringLiteral("service_id"), service},
                                   {QStringLiteral("latitude"), 39.75},
                                   {QStringLiteral("longitude"), -104.98},
                                   {QStringLiteral("window_start"), denver(m_rainyDay, 12)},
                                   {QStringLiteral("window_end"), denver(m_rainyDay, 17)}});
    if (r.status != 201)
        qWarning("job: %d %s", r.status, r.body.constData());
    return r.id();
}

void TestWeather::initTestCase()
{
    QVERIFY(m_weather.listen());
    // A Tuesday at least three days ahead: the next two days are working days too.
    m_rainyDay = QDate::currentDate().addDays(3);
    while (m_rainyDay.dayOfWeek() != Qt::Tuesday)
        m_rainyDay = m_rainyDay.addDays(1);
    const QDateTime from(QDate::currentDate().addDays(-1), QTime(0, 0), QTimeZone::utc());
    m_weather.setRange(from, kForecastDays * 24);
    // 13:00-16:00 MST is 20:00-23:00 UTC.
    m_weather.rain(QDateTime(m_rainyDay, QTime(20, 0), QTimeZone::utc()), 3, 8);

    QString error;
    m_options = suiteServerOptions(QStringLiteral("weather"), m_dir.path(), &error,
                                   {QStringLiteral("FIELDDESK_WEATHER_URL=") + m_weather.url(),
                                    QStringLiteral("FIELDDESK_WEATHER_POLL_MINUTES=0.01")});
    QVERIFY2(!m_options.database.isEmpty() && m_server.start(m_options, &error), qPrintable(error));
    m_admin = login(QStringLiteral("admin@demo.local"), kDemoPw);
    m_otherAdmin = login(QStringLiteral("admin@other.local"), kDemoPw);
    QVERIFY(!m_admin.isEmpty() && !m_otherAdmin.isEmpty());
    m_location = createDenverLocation(m_server, m_admin, QStringLiteral("Weather Test Depot"));
    QVERIFY(m_location > 0);
    QVERIFY(createTestUser(m_server, m_admin, QStringLiteral("disp@weather.test"),
                           QStringLiteral("dispatcher"), m_location, kPassword));
    const qint64 employee = createTestUser(m_server, m_admin, QStringLiteral("tech@weather.test"),
                                           QStringLiteral("employee"), m_location, kPassword);
    QVERIFY(employee > 0);
    m_dispatcher = login(QStringLiteral("disp@weather.test"), kPassword);
    QVERIFY(!m_dispatcher.isEmpty());
    const TestReply technician = client(m_admin).post(
        QStringLiteral("/api/v1/technicians"), {{QStringLiteral("user_id"), employee},
                                                {QStringLiteral("location_id"), m_location},
                                                {QStringLiteral("home_latitude"), 39.70},
                                                {QStringLiteral("home_longitude"), -105.00}});
    QCOMPARE(technician.status, 201);
    const qint64 lawn = createService(QStringLiteral("Lawn care (weather test)"), true);
    const qint64 ducts = createService(QStringLiteral("Duct cleaning (weather test)"), false);
    QVERIFY(lawn > 0 && ducts > 0);
    m_lawnJob = createJob(QStringLiteral("Mow the lawn"), lawn);
    m_ductJob = createJob(QStringLiteral("Clean the ducts"), ducts);
    QVERIFY(m_lawnJob > 0 && m_ductJob > 0);
}

void TestWeather::theForecastIsAskedForEachLocation()
{
    const auto askedForOurs = [&] {
        for (const QUrlQuery &q : m_weather.queries()) {
            if (q.queryItemValue(QStringLiteral("latitude")) == QLatin1String("39.7400") &&
                q.queryItemValue(QStringLiteral("longitude")) == QLatin1String("-104.9900"))
                return true;
        }
        return false;
    };
    QVERIFY(QTest::qWaitFor(askedForOurs, kWaitMs));
    for (const QByteArray &path : m_weather.paths())
        QCOMPARE(path, QByteArray("/v1/forecast"));
    for (const QUrlQuery &q : m_weather.queries()) {
        QCOMPARE(q.queryItemValue(QStringLiteral("hourly"), QUrl::FullyDecoded),
                 QStringLiteral("precipitation,wind_speed_10m,temperature_2m"));
        QCOMPARE(q.queryItemValue(QStringLiteral("timezone")), QStringLiteral("UTC"));
    }
}

void TestWeather::rainFlagsOnlyTheSensitiveJob()
{
    QVERIFY(QTest::qWaitFor([&] { return job(m_lawnJob).value(QLatin1String("at_risk")).toBool(); },
                            kWaitMs));
    QCOMPARE(job(m_lawnJob).value(QLatin1String("at_risk_reason")).toString(), kRainReason);
    // Another poll or two: the other service's job stays as it is.
    const qsizetype asked = m_weather.queries().size();
    QVERIFY(QTest::qWaitFor([&] { return m_weather.queries().size() > asked + 2; }, kWaitMs));
    QCOMPARE(job(m_ductJob).value(QLatin1String("at_risk")).toBool(), false);
    QCOMPARE(job(m_ductJob).value(QLatin1String("at_risk_reason")).toString(), QString());
}

void TestWeather::slotsAcrossDaysSkipTheRainyDay()
{
    const QString from = m_rainyDay.toString(Qt::ISODate);
    const QString to = m_rainyDay.addDays(2).toString(Qt::ISODate);
    const TestReply r = client(m_dispatcher)
                            .get(QStringLiteral("/api/v1/routing/slots?job_id=%1&from=%2&to=%3")
                                     .arg(m_lawnJob)
                                     .arg(from, to));
    QCOMPARE(r.status, 200);
    const QJsonArray skipped = r.json().value(QLatin1String("skipped_days")).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).toObject().value(QLatin1String("date")).toString(), from);
    QCOMPARE(skipped.at(0).toObject().value(QLatin1String("reason")).toString(), kRainReason);
    const QJsonArray offered = r.json().value(QLatin1String("slots")).toArray();
    QVERIFY(!offered.isEmpty());
    QSet<QString> days;
    for (const QJsonValue &slot : offered) {
        const QString day = slot.toObject().value(QLatin1String("date")).toString();
        QVERIFY2(day != from, qPrintable(day));
        days.insert(day);
        // The window's hours on that day: 12:00-17:00 in Denver.
        const QString start = slot.toObject().value(QLatin1String("planned_start")).toString();
        const QDate local = QDate::fromString(day, Qt::ISODate);
        QVERIFY2(start >= denver(local, 12) && start <= denver(local, 17), qPrintable(start));
    }
    QVERIFY(days.contains(m_rainyDay.addDays(1).toString(Qt::ISODate)));
    QVERIFY(days.contains(to));
    // The other service's job may go on the rainy day.
    const TestReply ducts = client(m_dispatcher)
                                .get(QStringLiteral("/api/v1/routing/slots?job_id=%1&from=%2&to=%3")
                                         .arg(m_ductJob)
                                         .arg(from, to));
    QCOMPARE(ducts.status, 200);
    QCOMPARE(ducts.json().value(QLatin1String("skipped_days")).toArray().size(), 0);
    // One date still works as it did.
    const TestReply one =
        client(m_dispatcher)
            .get(QStringLiteral("/api/v1/routing/slots?job_id=%1&date=%2").arg(m_lawnJob).arg(to));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QLatin1String("date")).toString(), to);
    QVERIFY(!one.json().value(QLatin1String("slots")).toArray().isEmpty());
}

void TestWeather::badDayRangesAreRefused()
{
    const QString base = QStringLiteral("/api/v1/routing/slots?job_id=%1").arg(m_lawnJob);
    const auto field = [&](const QString &query) {
        const TestReply r = client(m_dispatcher).get(base + query);
        if (r.status != 422)
            qWarning("%s: %d %s", qPrintable(query), r.status, r.body.constData());
        const QByteArray type = r.header("content-type");
        return r.status == 422 && type.startsWith("application/problem+json")
                   ? errorFields(r).value(0)
                   : QString();
    };
    const QDate day = m_rainyDay;
    QCOMPARE(field(QStringLiteral("&from=%1&to=%2")
                       .arg(day.toString(Qt::ISODate), day.addDays(-1).toString(Qt::ISODate))),
             QStringLiteral("to"));
    QCOMPARE(field(QStringLiteral("&from=%1&to=%2")
                       .arg(day.toString(Qt::ISODate), day.addDays(14).toString(Qt::ISODate))),
             QStringLiteral("to"));
    QCOMPARE(field(QStringLiteral("&from=%1").arg(day.toString(Qt::ISODate))),
             QStringLiteral("to"));
    QCOMPARE(field(QStringLiteral("&from=tuesday&to=%1").arg(day.toString(Qt::ISODate))),
             QStringLiteral("from"));
    QCOMPARE(field(QStringLiteral("&date=%1&from=%1&to=%1").arg(day.toString(Qt::ISODate))),
             QStringLiteral("date"));
    // Fourteen days is the most.
    QCOMPARE(
        client(m_dispatcher)
            .get(base + QStringLiteral("&from=%1&to=%2&limit=1")
                            .arg(day.toString(Qt::ISODate), day.addDays(13).toString(Qt::ISODate)))
            .status,
        200);
}

void TestWeather::anotherTenantsJobIsNotFound()
{
    const QString path =
        QStringLiteral("/api/v1/routing/slots?job_id=%1&from=%2&to=%3")
            .arg(m_lawnJob)
            .arg(m_rainyDay.toString(Qt::ISODate), m_rainyDay.addDays(1).toString(Qt::ISODate));
    QCOMPARE(client(m_otherAdmin).get(path).status, 404);
}

void TestWeather::theEventsCarryIds()
{
    EventStream stream(EventStream::urlOf(m_server.baseUrl(), m_dispatcher, 0));
    const auto ofPlaceOrJob = [&](const char *type, const char *inner, const char *key, qint64 id) {
        QList<QJsonObject> found;
        for (const QJsonObject &e : stream.eventsOfType(QLatin1String(type))) {
            QJsonObject data = e.value(QLatin1String("data")).toObject();
            if (inner)
                data = data.value(QLatin1String(inner)).toObject();
            if (data.value(QLatin1String(key)).toInteger() == id)
                found.append(e);
        }
        return found;
    };
    const auto alerts = [&] {
        return ofPlaceOrJob("weather.alert.updated.v1", nullptr, "location_id", m_location);
    };
    const auto flags = [&] {
        return ofPlaceOrJob("scheduling.job.at_risk_changed.v1", "job", "id", m_lawnJob);
    };
    QVERIFY(QTest::qWaitFor([&] { return !alerts().isEmpty() && !flags().isEmpty(); }, kWaitMs));
    const QJsonObject alert = alerts().first();
    QVERIFY(alert.value(QLatin1String("id")).toInteger() > 0);
    const QJsonArray spans =
        alert.value(QLatin1String("data")).toObject().value(QLatin1String("spans")).toArray();
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.at(0).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("rain"));
    QCOMPARE(spans.at(0).toObject().value(QLatin1String("worst")).toDouble(), 8.0);
    QVERIFY(flags().first().value(QLatin1String("id")).toInteger() > 0);

    // One alert and one flag, however many polls: nothing changed after the first.
    const qsizetype asked = m_weather.queries().size();
    QVERIFY(QTest::qWaitFor([&] { return m_weather.queries().size() > asked + 2; }, kWaitMs));
    QTest::qWait(500); // what those polls might have sent
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(flags().size(), 1);
}

void TestWeather::theCompanysLimitsDecide()
{
    const auto settings = [&](const QJsonObject &changes) {
        return client(m_admin).send(
            "PATCH", QStringLiteral("/api/v1/tenants/current"),
            QJsonDocument(QJsonObject{{QStringLiteral("settings"), changes}})
                .toJson(QJsonDocument::Compact));
    };
    const TestReply negative = settings({{QStringLiteral("weather_rain_mm_h"), -1}});
    QCOMPARE(negative.status, 422);
    QCOMPARE(errorFields(negative), QStringList{QStringLiteral("settings.weather_rain_mm_h")});
    const TestReply upsideDown = settings(
        {{QStringLiteral("weather_temp_min_c"), 10}, {QStringLiteral("weather_temp_max_c"), 5}});
    QCOMPARE(upsideDown.status, 422);
    QCOMPARE(errorFields(upsideDown), QStringList{QStringLiteral("settings.weather_temp_max_c")});
    // A company that works up to 10 mm/h: the rain no longer puts the lawn at risk.
    QCOMPARE(settings({{QStringLiteral("weather_rain_mm_h"), 10}}).status, 200);
    QVERIFY(QTest::qWaitFor(
        [&] { return !job(m_lawnJob).value(QLatin1String("at_risk")).toBool(); }, kWaitMs));
    // Back to the default (2 mm/h): flagged again, with the same reason.
    QCOMPARE(settings({{QStringLiteral("weather_rain_mm_h"), QJsonValue::Null}}).status, 200);
    QVERIFY(QTest::qWaitFor([&] { return job(m_lawnJob).value(QLatin1String("at_risk")).toBool(); },
                            kWaitMs));
    QCOMPARE(job(m_lawnJob).value(QLatin1String("at_risk_reason")).toString(), kRainReason);
}

void TestWeather::clearSkiesClearTheFlag()
{
    m_weather.clearSkies();
    QVERIFY(QTest::qWaitFor(
        [&] { return !job(m_lawnJob).value(QLatin1String("at_risk")).toBool(); }, kWaitMs));
    QCOMPARE(job(m_lawnJob).value(QLatin1String("at_risk_reason")).toString(), QString());
    // And the rainy day is a day like any other again.
    const TestReply r = client(m_dispatcher)
                            .get(QStringLiteral("/api/v1/routing/slots?job_id=%1&from=%2&to=%2")
                                     .arg(m_lawnJob)
                                     .arg(m_rainyDay.toString(Qt::ISODate)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("skipped_days")).toArray().size(), 0);
    // A flag a dispatcher sets is theirs: the weather leaves it.
    const qint64 version = job(m_ductJob).value(QLatin1String("version")).toInteger();
    QCOMPARE(client(m_dispatcher)
                 .patch(QStringLiteral("/api/v1/jobs/%1").arg(m_ductJob),
                        {{QStringLiteral("expected_version"), version},
                         {QStringLiteral("at_risk"), true},
                         {QStringLiteral("at_risk_reason"), QStringLiteral("gate locked")}})
                 .status,
             200);
    const qsizetype asked = m_weather.queries().size();
    QVERIFY(QTest::qWaitFor([&] { return m_weather.queries().size() > asked + 2; }, kWaitMs));
    QCOMPARE(job(m_ductJob).value(QLatin1String("at_risk_reason")).toString(),
             QStringLiteral("gate locked"));
}

void TestWeather::serversSharingTheDatabaseFetchOncePerPollAndAnnounceOnce()
{
    // Two more servers on the suite's database, as behind a load balancer; each polls every
    // 0.6 s, and takes a place's turn to fetch only when nobody fetched it in the last 0.54 s.
    ServerProcess second, third;
    QString error;
    QVERIFY2(second.start(m_options, &error), qPrintable(error));
    QVERIFY2(third.start(m_options, &error), qPrintable(error));
    EventStream stream(EventStream::urlOf(m_server.baseUrl(), m_dispatcher, 0));
    const auto fetches = [&] {
        return m_weather.askedAtMs(QStringLiteral("39.7400"), QStringLiteral("-104.9900"));
    };

    // Rain the day after the rainy day: announced once, by whichever server fetched first.
    const QDate nextDay = m_rainyDay.addDays(1);
    m_weather.rain(QDateTime(nextDay, QTime(20, 0), QTimeZone::utc()), 2, 9);
    const auto announced = [&] {
        int n = 0;
        for (const QJsonObject &e :
             stream.eventsOfType(QStringLiteral("weather.alert.updated.v1"))) {
            const QJsonObject data = e.value(QLatin1String("data")).toObject();
            const QJsonArray spans = data.value(QLatin1String("spans")).toArray();
            n += data.value(QLatin1String("location_id")).toInteger() == m_location &&
                         std::any_of(
                             spans.cbegin(), spans.cend(),
                             [](const QJsonValue &span) {
                                 return span.toObject().value(QLatin1String("worst")).toDouble() ==
                                        9.0;
                             })
                     ? 1
                     : 0;
        }
        return n;
    };
    QVERIFY(QTest::qWaitFor([&] { return announced() > 0; }, kWaitMs));

    // Three servers' polls over 4 s: at most one fetch each 0.54 s (without turns, three each
    // 0.6 s). Counted by the API's own clock, between two moments the test takes.
    const qint64 from = QDateTime::currentMSecsSinceEpoch();
    QTest::qWait(4000);
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const QList<qint64> times = fetches();
    const auto inWindow = std::count_if(times.cbegin(), times.cend(),
                                        [&](qint64 at) { return at >= from && at < to; });
    QVERIFY2(inWindow >= 1, "the place's forecast is still fetched");
    QVERIFY2(inWindow <= (to - from) / 540 + 2,
             qPrintable(QStringLiteral("%1 fetches in %2 ms").arg(inWindow).arg(to - from)));
    QCOMPARE(announced(), 1);
    second.stop();
    third.stop();
}

void TestWeather::aServerStopsAtOnceWhileTheForecastApiHangs()
{
    // The suite's server would take the places' turns too (every 0.6 s, each held 0.54 s): a
    // second server whose ticks fell in them never asked (it failed once so). The last test.
    QCOMPARE(m_server.stop(), 0);
    // A forecast API that takes the request and never answers (the fetch's time limit is 20 s).
    QTcpServer hanging;
    QVERIFY(hanging.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    QByteArray received;
    QObject::connect(&hanging, &QTcpServer::newConnection, &hanging, [&] {
        while (QTcpSocket *socket = hanging.nextPendingConnection()) {
            held << socket;
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [&received, socket] { received += socket->readAll(); });
        }
    });
    ServerProcess waiting;
    ServerProcess::Options options = m_options;
    options.environment
        << QStringLiteral("FIELDDESK_WEATHER_URL=http://127.0.0.1:%1").arg(hanging.serverPort());
    QString error;
    QVERIFY2(waiting.start(options, &error), qPrintable(error));
    // Its poller takes a place's turn and asks: the request has arrived.
    QVERIFY(QTest::qWaitFor([&] { return received.contains("GET /v1/forecast?"); }, kWaitMs));

    QElapsedTimer stopping;
    stopping.start();
    QCOMPARE(waiting.stop(), 0);
    QVERIFY2(stopping.elapsed() < 5000,
             qPrintable(QStringLiteral("stopped after %1 ms").arg(stopping.elapsed())));
}

FIELDDESK_TEST_GUILESS_MAIN(TestWeather)
} // namespace tst_weather
#include "tst_weather.moc"
