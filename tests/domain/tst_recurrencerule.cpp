// Recurring series' dates, checked by hand against a calendar: weekly on chosen weekdays
// every N weeks, monthly on a day (short months skipped, February 29th only in leap years) or
// on the nth / last weekday, count and until; and the local window of an occurrence as UTC
// across daylight-saving changes in both directions.
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/recurrencerule.h"
#include "fielddesk/domain/timestamps.h"
#include "testmain.h"

#include <QTest>

Q_DECLARE_METATYPE(fielddesk::Recurrence)

namespace tst_recurrencerule {

using namespace fielddesk;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QList<QDate> days(std::initializer_list<const char *> isos)
{
    QList<QDate> list;
    for (const char *iso : isos)
        list.append(day(iso));
    return list;
}

Recurrence weekly(QList<int> weekdays, const char *startsOn, int interval = 1)
{
    Recurrence r;
    r.frequency = QStringLiteral("weekly");
    r.weekdays = std::move(weekdays);
    r.startsOn = QLatin1String(startsOn);
    r.interval = interval;
    return r;
}

Recurrence monthlyOnDay(int monthDay, const char *startsOn)
{
    Recurrence r;
    r.frequency = QStringLiteral("monthly");
    r.monthDay = monthDay;
    r.startsOn = QLatin1String(startsOn);
    return r;
}

Recurrence monthlyOnNth(int nth, int weekday, const char *startsOn)
{
    Recurrence r;
    r.frequency = QStringLiteral("monthly");
    r.nth = nth;
    r.nthWeekday = weekday;
    r.startsOn = QLatin1String(startsOn);
    return r;
}

} // namespace

class TestRecurrenceRule : public QObject
{
    Q_OBJECT
private slots:
    void occurrences_data()
    {
        QTest::addColumn<Recurrence>("recurrence");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<QDate>>("expected");

        // 2027-03-01 is a Monday.
        QTest::newRow("every 2 weeks, Mon and Thu")
            << weekly({4, 1}, "2027-03-01", 2) << day("2027-03-01") << day("2027-04-04")
            << days({"2027-03-01", "2027-03-04", "2027-03-15", "2027-03-18", "2027-03-29",
                     "2027-04-01"});
        QTest::newRow("starting mid-week skips the days before")
            << weekly({1, 4}, "2027-03-03", 2) << day("2027-03-01") << day("2027-03-20")
            << days({"2027-03-04", "2027-03-15", "2027-03-18"});
        QTest::newRow("from a later date keeps the fortnight rhythm")
            << weekly({1}, "2027-03-01", 2) << day("2027-03-09") << day("2027-04-12")
            << days({"2027-03-15", "2027-03-29", "2027-04-12"});
        QTest::newRow("day 29 through a leap February")
            << monthlyOnDay(29, "2027-12-29") << day("2027-12-01") << day("2028-03-31")
            << days({"2027-12-29", "2028-01-29", "2028-02-29", "2028-03-29"});
        QTest::newRow("day 29 skips a common February")
            << monthlyOnDay(29, "2028-12-29") << day("2028-12-01") << day("2029-03-31")
            << days({"2028-12-29", "2029-01-29", "2029-03-29"});
        QTest::newRow("day 31 skips 30-day months")
            << monthlyOnDay(31, "2027-01-31") << day("2027-01-01") << day("2027-12-31")
            << days({"2027-01-31", "2027-03-31", "2027-05-31", "2027-07-31", "2027-08-31",
                     "2027-10-31", "2027-12-31"});
        // January 2027 starts on a Friday, February and March on a Monday.
        QTest::newRow("2nd Tuesday")
            << monthlyOnNth(2, 2, "2027-01-01") << day("2027-01-01") << day("2027-03-31")
            << days({"2027-01-12", "2027-02-09", "2027-03-09"});
        QTest::newRow("last Friday")
            << monthlyOnNth(-1, 5, "2027-01-01") << day("2027-01-01") << day("2027-03-31")
            << days({"2027-01-29", "2027-02-26", "2027-03-26"});
        QTest::newRow("4th Monday, every 2 months")
            <<
            [] {
                Recurrence r = monthlyOnNth(4, 1, "2027-01-01");
                r.interval = 2;
                return r;
            }()
            << day("2027-01-01") << day("2027-06-30")
            << days({"2027-01-25", "2027-03-22", "2027-05-24"});
        QTest::newRow("count counts from starts_on") << [] {
            Recurrence r = weekly({1}, "2027-03-01");
            r.count = 3;
            return r;
        }() << day("2027-03-10") << day("2027-12-31") << days({"2027-03-15"});
        QTest::newRow("until is the last possible date")
            <<
            [] {
                Recurrence r = weekly({4}, "2027-03-01");
                r.until = QStringLiteral("2027-03-18");
                return r;
            }()
            << day("2027-01-01") << day("2027-12-31")
            << days({"2027-03-04", "2027-03-11", "2027-03-18"});
        QTest::newRow("nothing before starts_on")
            << monthlyOnDay(15, "2027-06-01") << day("2027-01-01") << day("2027-07-31")
            << days({"2027-06-15", "2027-07-15"});
    }

    void occurrences()
    {
        QFETCH(Recurrence, recurrence);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<QDate>, expected);
        const RecurrenceRule rule(recurrence);
        // QVERIFY2 reads its message even when the rule holds: only a problem that is there.
        const std::optional<RecurrenceProblem> problem = rule.problem();
        QVERIFY2(rule.isValid(), qPrintable(problem ? problem->message : QString()));
        QCOMPARE(rule.occurrencesBetween(from, to), expected);
    }

    void nextOccurrencesAndWhatACountLeaves()
    {
        Recurrence r = monthlyOnDay(31, "2027-01-31");
        const RecurrenceRule rule(r);
        QCOMPARE(rule.nextOccurrences(day("2027-04-01"), 3),
                 days({"2027-05-31", "2027-07-31", "2027-08-31"}));
        QCOMPARE(rule.occurrencesBefore(day("2027-06-01")), 3); // Jan, Mar, May
        r.count = 2;
        QCOMPARE(RecurrenceRule(r).nextOccurrences(day("2027-01-01"), 5),
                 days({"2027-01-31", "2027-03-31"}));
    }

    void problemsNameTheField_data()
    {
        QTest::addColumn<Recurrence>("recurrence");
        QTest::addColumn<QString>("field");
        QTest::newRow("weekly without weekdays")
            << weekly({}, "2027-03-01") << QStringLiteral("recurrence.weekdays");
        QTest::newRow("weekday 8")
            << weekly({8}, "2027-03-01") << QStringLiteral("recurrence.weekdays");
        Recurrence both = monthlyOnDay(3, "2027-03-01");
        both.nth = 2;
        both.nthWeekday = 2;
        QTest::newRow("month_day and nth") << both << QStringLiteral("recurrence.month_day");
        Recurrence neither = monthlyOnDay(3, "2027-03-01");
        neither.monthDay.reset();
        QTest::newRow("monthly with neither") << neither << QStringLiteral("recurrence.month_day");
        QTest::newRow("nth 5") << monthlyOnNth(5, 2, "2027-03-01")
                               << QStringLiteral("recurrence.nth");
        Recurrence early = weekly({1}, "2027-03-01");
        early.until = QStringLiteral("2027-02-28");
        QTest::newRow("until before starts_on") << early << QStringLiteral("recurrence.until");
        Recurrence countAndUntil = weekly({1}, "2027-03-01");
        countAndUntil.until = QStringLiteral("2027-04-01");
        countAndUntil.count = 4;
        QTest::newRow("count and until") << countAndUntil << QStringLiteral("recurrence.until");
        QTest::newRow("no start") << weekly({1}, "") << QStringLiteral("recurrence.starts_on");
        QTest::newRow("interval 0")
            << weekly({1}, "2027-03-01", 0) << QStringLiteral("recurrence.interval");
    }

    void problemsNameTheField()
    {
        QFETCH(Recurrence, recurrence);
        QFETCH(QString, field);
        const std::optional<RecurrenceProblem> problem = RecurrenceRule(recurrence).problem();
        QVERIFY(problem);
        QCOMPARE(problem->field, field);
        QVERIFY(RecurrenceRule(recurrence)
                    .occurrencesBetween(day("2027-01-01"), day("2028-01-01"))
                    .isEmpty());
    }

    void windowsFollowTheWallClockAcrossDst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("utc");
        // Denver: MST (-7) until 2027-03-14, MDT (-6) after it.
        QTest::newRow("Denver before spring")
            << "America/Denver" << day("2027-03-12") << QTime(8, 0) << "2027-03-12T15:00:00.000Z";
        QTest::newRow("Denver after spring")
            << "America/Denver" << day("2027-03-15") << QTime(8, 0) << "2027-03-15T14:00:00.000Z";
        // 02:30 does not exist on 2027-03-14 in Denver: the clock shows 03:30 MDT.
        QTest::newRow("Denver in the lost hour")
            << "America/Denver" << day("2027-03-14") << QTime(2, 30) << "2027-03-14T09:30:00.000Z";
        // Berlin: CET (+1) until 2027-03-28, CEST (+2) until 2027-10-31.
        QTest::newRow("Berlin before spring")
            << "Europe/Berlin" << day("2027-03-26") << QTime(9, 0) << "2027-03-26T08:00:00.000Z";
        QTest::newRow("Berlin after spring")
            << "Europe/Berlin" << day("2027-03-29") << QTime(9, 0) << "2027-03-29T07:00:00.000Z";
        QTest::newRow("Berlin before autumn")
            << "Europe/Berlin" << day("2027-10-29") << QTime(9, 0) << "2027-10-29T07:00:00.000Z";
        QTest::newRow("Berlin after autumn")
            << "Europe/Berlin" << day("2027-11-01") << QTime(9, 0) << "2027-11-01T08:00:00.000Z";
    }

    void windowsFollowTheWallClockAcrossDst()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QString, utc);
        QCOMPARE(toTimestamp(LocalClock(zone).instantAt(date, time)), utc);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestRecurrenceRule)
} // namespace tst_recurrencerule
#include "tst_recurrencerule.moc"
