// The due rule of maintenance plans (services/maintenancedue.h), hand-computed: due points by
// distance and by days, the recent daily distance and the estimate it gives, what counts as
// due within a window, and which plan is the most urgent.
#include "services/maintenancedue.h"
#include "testmain.h"

#include <QTest>

namespace tst_maintenancedue {

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

const QDate kToday(2026, 12, 3);

MaintenancePlan planOf(std::optional<qint64> everyKm,
                       std::optional<int> everyDays,
                       std::optional<qint64> lastDoneKm = std::nullopt,
                       const QDate &lastDoneOn = {})
{
    MaintenancePlan plan;
    plan.everyKm = everyKm;
    plan.everyDays = everyDays;
    plan.lastDoneKm = lastDoneKm;
    plan.lastDoneOn = lastDoneOn;
    return plan;
}

MaintenanceDueRule::Reading at(const char *when, qint64 km)
{
    return {QDateTime::fromString(QLatin1String(when), Qt::ISODate), km};
}

} // namespace

class TestMaintenanceDue : public QObject
{
    Q_OBJECT
private slots:
    void dailyDistanceNeedsTwoReadingsADayApart();
    void dueByDays();
    void dueByDistanceWithAnEstimate();
    void reachedDistanceIsOverdueToday();
    void neverDoneIsDueAtEveryKm();
    void withinAWindow();
    void mostUrgentFirst();
    void aServiceMovesTheDuePoint();
};

void TestMaintenanceDue::dailyDistanceNeedsTwoReadingsADayApart()
{
    QCOMPARE(MaintenanceDueRule::dailyDistance({}), std::nullopt);
    QCOMPARE(MaintenanceDueRule::dailyDistance({at("2026-12-01T08:00:00Z", 100)}), std::nullopt);
    // Twelve hours apart: unknown.
    QCOMPARE(MaintenanceDueRule::dailyDistance(
                 {at("2026-12-01T08:00:00Z", 100), at("2026-12-01T20:00:00Z", 300)}),
             std::nullopt);
    // 900 km over four and a half days (the middle reading does not count): 200 km a day.
    const std::optional<double> perDay = MaintenanceDueRule::dailyDistance(
        {at("2026-11-28T08:00:00Z", 1000), at("2026-11-30T08:00:00Z", 1600),
         at("2026-12-02T20:00:00Z", 1900)});
    QVERIFY(perDay.has_value());
    QCOMPARE(*perDay, 200.0);
}

void TestMaintenanceDue::dueByDays()
{
    // Every 90 days from 2026-09-10: due 2026-12-09, six days left.
    const MaintenanceDue soon = MaintenanceDueRule::dueOf(
        planOf(std::nullopt, 90, std::nullopt, QDate(2026, 9, 10)), 5000, 50, kToday);
    QCOMPARE(soon.dueOn, QDate(2026, 12, 9));
    QCOMPARE(soon.daysLeft, std::optional<qint64>(6));
    QCOMPARE(soon.dueKm, std::nullopt);
    QCOMPARE(soon.kmLeft, std::nullopt);
    QVERIFY(!soon.overdue);
    // Due today is not overdue yet; yesterday is.
    QVERIFY(!MaintenanceDueRule::dueOf(planOf(std::nullopt, 10, std::nullopt, QDate(2026, 11, 23)),
                                       {}, {}, kToday)
                 .overdue);
    const MaintenanceDue late = MaintenanceDueRule::dueOf(
        planOf(std::nullopt, 10, std::nullopt, QDate(2026, 11, 22)), {}, {}, kToday);
    QVERIFY(late.overdue);
    QCOMPARE(late.daysLeft, std::optional<qint64>(-1));
    // Never done, by days only: nothing to be due by.
    const MaintenanceDue never =
        MaintenanceDueRule::dueOf(planOf(std::nullopt, 30), 1000, 10, kToday);
    QVERIFY(!never.dueOn.isValid());
    QCOMPARE(never.daysLeft, std::nullopt);
    QVERIFY(!never.overdue);
}

void TestMaintenanceDue::dueByDistanceWithAnEstimate()
{
    // Every 15,000 km from 30,000: due at 45,000; at 44,100 km and 120 km a day, 900 km are
    // 7.5 days: estimated on the 8th day, 2026-12-11.
    const MaintenanceDue due =
        MaintenanceDueRule::dueOf(planOf(15000, std::nullopt, 30000), 44100, 120.0, kToday);
    QCOMPARE(due.dueKm, std::optional<qint64>(45000));
    QCOMPARE(due.kmLeft, std::optional<qint64>(900));
    QCOMPARE(due.estimatedDueOn, QDate(2026, 12, 11));
    QCOMPARE(due.daysLeft, std::optional<qint64>(8));
    QVERIFY(!due.overdue);
    // Both: the earlier of the date and the estimate counts for days_left.
    const MaintenanceDue both = MaintenanceDueRule::dueOf(
        planOf(15000, 365, 30000, QDate(2026, 1, 1)), 44100, 120.0, kToday);
    QCOMPARE(both.dueOn, QDate(2027, 1, 1));
    QCOMPARE(both.daysLeft, std::optional<qint64>(8));
    // Unknown daily distance: no estimate.
    const MaintenanceDue unknown =
        MaintenanceDueRule::dueOf(planOf(15000, std::nullopt, 30000), 44100, std::nullopt, kToday);
    QVERIFY(!unknown.estimatedDueOn.isValid());
    QCOMPARE(unknown.daysLeft, std::nullopt);
    // No reading at all: nothing is left to count.
    QCOMPARE(
        MaintenanceDueRule::dueOf(planOf(15000, std::nullopt, 30000), std::nullopt, 120.0, kToday)
            .kmLeft,
        std::nullopt);
}

void TestMaintenanceDue::reachedDistanceIsOverdueToday()
{
    const MaintenanceDue due =
        MaintenanceDueRule::dueOf(planOf(10000, std::nullopt, 0), 10000, 80.0, kToday);
    QCOMPARE(due.kmLeft, std::optional<qint64>(0));
    QVERIFY(due.overdue);
    QCOMPARE(due.estimatedDueOn, kToday);
    QCOMPARE(due.daysLeft, std::optional<qint64>(0));
}

void TestMaintenanceDue::neverDoneIsDueAtEveryKm()
{
    const MaintenanceDue due =
        MaintenanceDueRule::dueOf(planOf(20000, std::nullopt), 5000, {}, kToday);
    QCOMPARE(due.dueKm, std::optional<qint64>(20000));
    QCOMPARE(due.kmLeft, std::optional<qint64>(15000));
}

void TestMaintenanceDue::withinAWindow()
{
    const MaintenanceDue byKm =
        MaintenanceDueRule::dueOf(planOf(15000, std::nullopt, 30000), 44100, {}, kToday);
    QVERIFY(MaintenanceDueRule::dueWithin(byKm, 0, 900));
    QVERIFY(!MaintenanceDueRule::dueWithin(byKm, 30, 899));
    QVERIFY(!MaintenanceDueRule::fallsDue(byKm)); // 900 km > 500, no date
    const MaintenanceDue byEstimate =
        MaintenanceDueRule::dueOf(planOf(15000, std::nullopt, 30000), 44100, 120.0, kToday);
    QVERIFY(MaintenanceDueRule::dueWithin(byEstimate, 8, 0));
    QVERIFY(!MaintenanceDueRule::dueWithin(byEstimate, 7, 0));
    QVERIFY(!MaintenanceDueRule::fallsDue(byEstimate)); // 8 days > 7
    const MaintenanceDue close =
        MaintenanceDueRule::dueOf(planOf(15000, std::nullopt, 30000), 44600, {}, kToday);
    QVERIFY(MaintenanceDueRule::fallsDue(close)); // 400 km
}

void TestMaintenanceDue::mostUrgentFirst()
{
    MaintenanceDue overdue;
    overdue.overdue = true;
    overdue.daysLeft = 3;
    MaintenanceDue inTwoDays;
    inTwoDays.daysLeft = 2;
    MaintenanceDue inTwoDaysFewerKm = inTwoDays;
    inTwoDaysFewerKm.kmLeft = 100;
    MaintenanceDue byKmOnly;
    byKmOnly.kmLeft = 50;
    QVERIFY(MaintenanceDueRule::moreUrgent(overdue, inTwoDays));
    QVERIFY(!MaintenanceDueRule::moreUrgent(inTwoDays, overdue));
    QVERIFY(MaintenanceDueRule::moreUrgent(inTwoDaysFewerKm, inTwoDays));
    QVERIFY(MaintenanceDueRule::moreUrgent(inTwoDays, byKmOnly)); // a date beats none
}

void TestMaintenanceDue::aServiceMovesTheDuePoint()
{
    const MaintenanceDue before =
        MaintenanceDueRule::dueOf(planOf(10000, 365, 0, QDate(2025, 11, 1)), 9800, {}, kToday);
    const MaintenanceDue after =
        MaintenanceDueRule::dueOf(planOf(10000, 365, 9800, QDate(2026, 12, 2)), 9800, {}, kToday);
    QVERIFY(before.overdue);
    QVERIFY(!after.overdue);
    QVERIFY(before.duePoint() != after.duePoint());
    QCOMPARE(after.duePoint(), QStringLiteral("19800|2027-12-02"));
}

FIELDDESK_TEST_GUILESS_MAIN(TestMaintenanceDue)
} // namespace tst_maintenancedue
#include "tst_maintenancedue.moc"
