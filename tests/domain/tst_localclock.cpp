// The times people read: on the location's clock (else the tenant's), with the zone's
// abbreviation, the date where the span leaves the day, right across changes of offset.
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "testmain.h"

#include <QTest>

namespace tst_localclock {

using namespace fielddesk;

namespace {

const QString kDenver = QStringLiteral("America/Denver");

QDateTime utc(const char *iso)
{
    return *parseTimestamp(QLatin1String(iso));
}

} // namespace

class TestLocalClock : public QObject
{
    Q_OBJECT
private slots:
    void spans_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("expected");
        // 15:00-17:00 in Denver is 22:00-00:00 UTC: the window.
        QTest::newRow("afternoon")
            << "2026-12-07T22:00:00Z"
            << "2026-12-08T00:00:00Z" << QDate() << QStringLiteral("15:00\u201317:00 MST");
        QTest::newRow("until midnight")
            << "2026-12-08T05:00:00Z"
            << "2026-12-08T07:00:00Z" << QDate() << QStringLiteral("22:00\u201324:00 MST");
        QTest::newRow("across midnight")
            << "2026-12-08T05:00:00Z"
            << "2026-12-08T09:00:00Z" << QDate()
            << QStringLiteral("Mon 7 Dec 22:00 \u2013 Tue 8 Dec 02:00 MST");
        QTest::newRow("another day than the reader's")
            << "2026-12-08T22:00:00Z"
            << "2026-12-09T00:00:00Z" << QDate(2026, 12, 7)
            << QStringLiteral("Tue 8 Dec 15:00\u201317:00 MST");
        QTest::newRow("the reader's day") << "2026-12-07T22:00:00Z"
                                          << "2026-12-08T00:00:00Z" << QDate(2026, 12, 7)
                                          << QStringLiteral("15:00\u201317:00 MST");
        // Sunday 8 March 2026: 02:00 MST becomes 03:00 MDT.
        QTest::newRow("spring forward")
            << "2026-03-08T08:00:00Z"
            << "2026-03-08T10:00:00Z" << QDate() << QStringLiteral("01:00 MST\u201304:00 MDT");
        QTest::newRow("after the change")
            << "2026-03-08T22:00:00Z"
            << "2026-03-09T00:00:00Z" << QDate() << QStringLiteral("16:00\u201318:00 MDT");
        // Sunday 1 November 2026: 01:00-02:00 happens twice.
        QTest::newRow("fall back")
            << "2026-11-01T07:30:00Z"
            << "2026-11-01T08:30:00Z" << QDate() << QStringLiteral("01:30 MDT\u201301:30 MST");
        QTest::newRow("open start") << QString() << "2026-12-08T00:00:00Z" << QDate()
                                    << QStringLiteral("\u2026\u201317:00 MST");
        QTest::newRow("open end") << "2026-12-07T22:00:00Z" << QString() << QDate()
                                  << QStringLiteral("15:00 MST\u2013\u2026");
    }
    void spans()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QDate, day);
        QFETCH(QString, expected);
        const LocalClock clock(kDenver);
        const auto instant = [](const QString &text) {
            return text.isEmpty() ? QDateTime() : *parseTimestamp(text);
        };
        QCOMPARE(clock.span(instant(start), instant(end), day), expected);
    }

    void aDayWhoseMidnightIsSkippedEndsAt24()
    {
        // Santiago, Sunday 6 September 2026: 00:00 -04 becomes 01:00 -03, so the day starts
        // at 01:00. A window to that moment ends with the 5th, at 24:00.
        const LocalClock santiago(QStringLiteral("America/Santiago"));
        const QString span = santiago.span(*parseTimestamp(QStringLiteral("2026-09-06T02:00:00Z")),
                                           *parseTimestamp(QStringLiteral("2026-09-06T04:00:00Z")));
        QVERIFY2(span.startsWith(QLatin1String("22:00")) && span.contains(QLatin1String("24:00")),
                 qPrintable(span));
        QVERIFY2(!span.contains(QLatin1String("Sep")), qPrintable(span)); // one day: not dated
    }

    void instants()
    {
        const LocalClock clock(kDenver);
        QCOMPARE(clock.time(utc("2026-12-07T22:00:00Z")), QStringLiteral("15:00 MST"));
        QCOMPARE(clock.time(utc("2026-07-07T22:00:00Z")), QStringLiteral("16:00 MDT"));
        QCOMPARE(clock.dateTime(utc("2026-12-08T05:30:00Z")),
                 QStringLiteral("Mon 7 Dec 22:30 MST"));
        QCOMPARE(clock.local(utc("2026-12-08T05:30:00Z")).date(), QDate(2026, 12, 7));
    }

    void daysNameTheirWeekdayAndYear()
    {
        QCOMPARE(LocalClock::day(QDate(2027, 5, 13)), QStringLiteral("Thu 13 May 2027"));
        QCOMPARE(LocalClock::day(QDate()), QString());
    }

    void locationWithoutZoneReadsTheTenantsClock()
    {
        const auto tenant = [] { return kDenver; };
        QCOMPARE(LocalClock::forLocation(QString(), tenant).zoneId(), kDenver);
        QCOMPARE(LocalClock::forLocation(QString(), tenant).time(utc("2026-12-07T22:00:00Z")),
                 QStringLiteral("15:00 MST"));
        QCOMPARE(LocalClock::forLocation(QStringLiteral("Mars/Olympus_Mons"), tenant).zoneId(),
                 kDenver);
        // A location's own zone wins, without asking for the tenant's.
        bool asked = false;
        const LocalClock berlin =
            LocalClock::forLocation(QStringLiteral("Europe/Berlin"), [&asked] {
                asked = true;
                return kDenver;
            });
        QCOMPARE(berlin.time(utc("2026-12-07T22:00:00Z")), QStringLiteral("23:00 CET"));
        QVERIFY(!asked);
        // Neither knows one: UTC, as the server reads every instant it stores.
        const LocalClock none = LocalClock::forLocation(QString(), [] { return QString(); });
        QCOMPARE(none.zoneId(), QStringLiteral("UTC"));
        QCOMPARE(none.span(utc("2026-12-07T22:00:00Z"), utc("2026-12-08T00:00:00Z")),
                 QStringLiteral("22:00\u201324:00 UTC"));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestLocalClock)
} // namespace tst_localclock
#include "tst_localclock.moc"
