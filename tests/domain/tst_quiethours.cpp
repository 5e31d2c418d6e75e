// Quiet hours hold a person's emails and text messages: inside them a message waits until they
// end on the person's clock (spanning midnight, on either side of it, across a change of
// offset); outside them it goes at once.
#include "fielddesk/domain/aboutme.h"
#include "fielddesk/domain/timestamps.h"
#include "testmain.h"

#include <QTest>

namespace tst_quiethours {

using namespace fielddesk;

namespace {

QDateTime utc(const char *iso)
{
    return *parseTimestamp(QLatin1String(iso));
}

} // namespace

class TestQuietHours : public QObject
{
    Q_OBJECT
private slots:
    void heldUntil_data()
    {
        QTest::addColumn<QString>("starts");
        QTest::addColumn<QString>("ends");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("expected");
        // Denver is UTC-7 in winter: 21:30 local is 04:30 UTC the next day.
        QTest::newRow("evening, inside hours spanning midnight") << "21:00"
                                                                 << "07:00"
                                                                 << "2026-12-08T04:30:00Z"
                                                                 << "2026-12-08T14:00:00Z";
        QTest::newRow("after midnight, inside hours spanning midnight") << "21:00"
                                                                        << "07:00"
                                                                        << "2026-12-08T09:00:00Z"
                                                                        << "2026-12-08T14:00:00Z";
        QTest::newRow("daytime, outside hours spanning midnight") << "21:00"
                                                                  << "07:00"
                                                                  << "2026-12-08T18:00:00Z"
                                                                  << "2026-12-08T18:00:00Z";
        QTest::newRow("the first minute after they end goes") << "21:00"
                                                              << "07:00"
                                                              << "2026-12-08T14:00:00Z"
                                                              << "2026-12-08T14:00:00Z";
        QTest::newRow("the minute they start waits") << "21:00"
                                                     << "07:00"
                                                     << "2026-12-09T04:00:00Z"
                                                     << "2026-12-09T14:00:00Z";
        QTest::newRow("hours within a day (lunch)") << "12:00"
                                                    << "13:30"
                                                    << "2026-12-08T19:15:00Z"
                                                    << "2026-12-08T20:30:00Z";
        QTest::newRow("outside hours within a day") << "12:00"
                                                    << "13:30"
                                                    << "2026-12-08T21:00:00Z"
                                                    << "2026-12-08T21:00:00Z";
        // 2027-03-14 02:00 Denver springs forward: 07:00 MDT is 13:00 UTC.
        QTest::newRow("the night the clocks go forward") << "22:00"
                                                         << "07:00"
                                                         << "2027-03-14T06:00:00Z"
                                                         << "2027-03-14T13:00:00Z";
        QTest::newRow("no length: never quiet") << "08:00"
                                                << "08:00"
                                                << "2026-12-08T15:00:00Z"
                                                << "2026-12-08T15:00:00Z";
    }

    void heldUntil()
    {
        QFETCH(QString, starts);
        QFETCH(QString, ends);
        QFETCH(QString, at);
        QFETCH(QString, expected);
        const QuietHours quiet{starts, ends};
        const QDateTime held = quiet.heldUntil(utc(at.toLatin1().constData()),
                                               QTimeZone(QByteArrayLiteral("America/Denver")));
        QCOMPARE(held, utc(expected.toLatin1().constData()));
    }
};

FIELDDESK_TEST_APPLESS_MAIN(TestQuietHours)
} // namespace tst_quiethours
#include "tst_quiethours.moc"
