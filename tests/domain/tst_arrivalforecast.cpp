// ETAs and windows at risk (fielddesk/domain/arrivalforecast.h), with exact numbers: the
// travel model at 60 km/h and a road factor of 1.5 makes a tenth of a degree of latitude
// (11.1195 km as the crow flies) 16.679 road km, 1001 seconds of driving.
#include "fielddesk/domain/arrivalforecast.h"
#include "testmain.h"

#include <QDateTime>
#include <QTest>

namespace tst_arrivalforecast {

using namespace fielddesk;

namespace {

using Stop = ArrivalForecast::Stop;

constexpr int kLegSec = 1001;

qint64 at(const char *hhmmss)
{
    return QDateTime(QDate(2026, 12, 4), QTime::fromString(QLatin1String(hhmmss)), Qt::UTC)
        .toMSecsSinceEpoch();
}

TravelModel travel()
{
    TravelModel model;
    model.speedKmh = 60;
    model.roadFactor = 1.5;
    return model;
}

// A at 0.1° north of the fix, B at 0.2°: 10:30 for 30 minutes in 10:00–12:00, then 11:15 for
// an hour in 11:00–12:30.
QList<Stop> day()
{
    Stop a;
    a.jobId = 1;
    a.latitude = 0.1;
    a.plannedStartMs = at("10:30:00");
    a.durationSec = 30 * 60;
    a.windowStartMs = at("10:00:00");
    a.windowEndMs = at("12:00:00");
    Stop b;
    b.jobId = 2;
    b.latitude = 0.2;
    b.plannedStartMs = at("11:15:00");
    b.durationSec = 60 * 60;
    b.windowStartMs = at("11:00:00");
    b.windowEndMs = at("12:30:00");
    return {a, b};
}

} // namespace

class TestArrivalForecast : public QObject
{
    Q_OBJECT

private slots:
    void oneLegIsTheTravelModels() { QCOMPARE(travel().seconds(0, 0, 0.1, 0), kLegSec); }

    void onTimeTechnicianWaitsForTheAppointment()
    {
        const ArrivalForecast forecast(travel());
        const auto arrivals = forecast.forecast({0, 0, at("10:03:00")}, at("10:05:00"), day());
        QCOMPARE(arrivals.size(), 2);
        QCOMPARE(arrivals.at(0).jobId, 1);
        QCOMPARE(arrivals.at(0).travelSec, kLegSec);
        QCOMPARE(arrivals.at(0).arrivalMs, at("10:21:41")); // 10:05 + 1001 s
        QCOMPARE(arrivals.at(0).startMs, at("10:30:00"));   // the appointment
        QCOMPARE(arrivals.at(0).endMs, at("11:00:00"));
        QVERIFY(!arrivals.at(0).atRisk);
        QCOMPARE(arrivals.at(1).arrivalMs, at("11:16:41")); // 11:00 + 1001 s, past 11:15
        QCOMPARE(arrivals.at(1).startMs, at("11:16:41"));
        QCOMPARE(arrivals.at(1).endMs, at("12:16:41")); // inside 12:30
        QVERIFY(!arrivals.at(1).atRisk);
        QCOMPARE(arrivals.at(1).lateBySec, 0);
    }

    void lateTechnicianPutsTheNextWindowsAtRisk()
    {
        const ArrivalForecast forecast(travel());
        const auto arrivals = forecast.forecast({0, 0, at("11:38:00")}, at("11:40:00"), day());
        QCOMPARE(arrivals.size(), 2);
        QCOMPARE(arrivals.at(0).arrivalMs, at("11:56:41"));
        QCOMPARE(arrivals.at(0).endMs, at("12:26:41"));
        QVERIFY(arrivals.at(0).atRisk); // the window closes at 12:00
        QCOMPARE(arrivals.at(0).lateBySec, 26 * 60 + 41);
        QCOMPARE(arrivals.at(1).arrivalMs, at("12:43:22")); // chained: 12:26:41 + 1001 s
        QCOMPARE(arrivals.at(1).endMs, at("13:43:22"));
        QVERIFY(arrivals.at(1).atRisk);
        QCOMPARE(arrivals.at(1).lateBySec, 73 * 60 + 22); // past 12:30
    }

    void aFixFromTheFutureLeavesThen()
    {
        // The phone's clock runs ahead: it leaves from the fix's moment, not before.
        const ArrivalForecast forecast(travel());
        const auto arrivals = forecast.forecast({0, 0, at("11:41:00")}, at("11:40:00"), day());
        QCOMPARE(arrivals.at(0).arrivalMs, at("11:57:41"));
    }

    void onSiteTechnicianLeavesAfterThePlannedEnd()
    {
        QList<Stop> stops = day();
        stops[0].onSite = true; // at A now, until 11:00
        const ArrivalForecast forecast(travel());
        const auto arrivals = forecast.forecast({0.1, 0, at("10:40:00")}, at("10:45:00"), stops);
        QCOMPARE(arrivals.size(), 1); // no ETA where they already are
        QCOMPARE(arrivals.at(0).jobId, 2);
        QCOMPARE(arrivals.at(0).arrivalMs, at("11:16:41"));
        // Overrunning: on site past the planned end, they leave now.
        const auto late = forecast.forecast({0.1, 0, at("11:20:00")}, at("11:20:00"), stops);
        QCOMPARE(late.at(0).arrivalMs, at("11:36:41"));
        QCOMPARE(late.at(0).endMs, at("12:36:41"));
        QVERIFY(late.at(0).atRisk);
        QCOMPARE(late.at(0).lateBySec, 6 * 60 + 41);
    }

    void withoutAnAppointmentTheWindowOpensTheJob()
    {
        QList<Stop> stops = day();
        stops[0].plannedStartMs = ArrivalForecast::kUnknown;
        stops[0].windowStartMs = at("10:45:00");
        const ArrivalForecast forecast(travel());
        const auto arrivals = forecast.forecast({0, 0, at("10:00:00")}, at("10:00:00"), stops);
        QCOMPARE(arrivals.at(0).arrivalMs, at("10:16:41"));
        QCOMPARE(arrivals.at(0).startMs, at("10:45:00"));
    }

    void staleFixesMakeNoForecast()
    {
        const ArrivalForecast forecast(travel());
        // 15 minutes is still recent; a second more is not.
        QCOMPARE(forecast.forecast({0, 0, at("11:25:00")}, at("11:40:00"), day()).size(), 2);
        QVERIFY(forecast.forecast({0, 0, at("11:24:59")}, at("11:40:00"), day()).isEmpty());
        QVERIFY(ArrivalForecast::isRecent(at("11:25:00"), at("11:40:00")));
        QVERIFY(!ArrivalForecast::isRecent(at("11:24:59"), at("11:40:00")));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestArrivalForecast)
} // namespace tst_arrivalforecast
#include "tst_arrivalforecast.moc"
