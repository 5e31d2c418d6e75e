// The assignment warnings on their own (the API tests cover them end to end): one job put on
// one technician's day, changed one way per row, and the warning codes that must come out.
// Times are local to the technician's location (Toronto, UTC-5 in November), so a rule that
// looked at UTC instead would show.
#include "services/assignmentrules.h"

#include "fielddesk/domain/timestamps.h"
#include "testmain.h"

#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(std::function<void(fielddesk::server::AssignmentCheck &)>)

namespace tst_assignmentrules {

using namespace fielddesk;
using namespace fielddesk::server;

using Change = std::function<void(AssignmentCheck &)>;

namespace {

const QDate kMonday(2026, 11, 23);
const QDate kFriday(2026, 11, 27);
const QDate kSaturday(2026, 11, 28);
constexpr qint64 kOtherJob = 77;

QTimeZone zone()
{
    return QTimeZone(QByteArrayLiteral("America/Toronto"));
}

// An instant given as a local date and "HH:mm" at the technician's location.
QString local(const QDate &date, const char *hhmm)
{
    return toTimestamp(
        QDateTime(date, QTime::fromString(QLatin1String(hhmm), QStringLiteral("HH:mm")), zone()));
}

// 10:00-11:00 on a Monday, window 09:00-12:00, skill hvac; Ana has hvac, works Monday to
// Friday 08:00-17:00, nothing else that day.
AssignmentCheck fittingCheck()
{
    AssignmentCheck c;
    c.clock = LocalClock(QString::fromUtf8(zone().id()));
    c.technician.id = 1;
    c.technician.name = QStringLiteral("Ana");
    c.technician.skills = {QStringLiteral("hvac")};
    c.job.id = 10;
    c.job.title = QStringLiteral("Furnace");
    c.job.requiredSkills = {QStringLiteral("hvac")};
    c.job.durationMin = 60;
    c.job.windowStart = local(kMonday, "09:00");
    c.job.windowEnd = local(kMonday, "12:00");
    c.job.plannedStart = local(kMonday, "10:00");
    c.job.plannedEnd = local(kMonday, "11:00");
    c.job.status = JobStatus::Scheduled;
    return c;
}

Job otherJob(const QDate &date, const char *from, const char *to)
{
    Job j;
    j.id = kOtherJob;
    j.title = QStringLiteral("Gutter");
    j.plannedStart = local(date, from);
    j.plannedEnd = local(date, to);
    j.status = JobStatus::Scheduled;
    return j;
}

Change startAt(const QDate &date, const char *hhmm)
{
    return [date, hhmm](AssignmentCheck &c) { c.job.plannedStart = local(date, hhmm); };
}

} // namespace

class TestAssignmentRules : public QObject
{
    Q_OBJECT

private slots:
    void warnings_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<qint64>("otherJobId"); // the job an overlap names, 0: none

        const QStringList none;
        const auto codes = [](const char *code) { return QStringList{QLatin1String(code)}; };

        QTest::newRow("fits") << Change([](AssignmentCheck &) {}) << none << qint64(0);

        QTest::newRow("missing skill")
            << Change([](AssignmentCheck &c) { c.job.requiredSkills << QStringLiteral("ducts"); })
            << codes("skill_mismatch") << qint64(0);

        QTest::newRow("before the window")
            << startAt(kMonday, "08:30") << codes("outside_window") << qint64(0);
        QTest::newRow("starts as the window closes")
            << startAt(kMonday, "12:00") << none << qint64(0);
        QTest::newRow("after the window")
            << startAt(kMonday, "12:30") << codes("outside_window") << qint64(0);
        QTest::newRow("no window") << Change([](AssignmentCheck &c) {
            c.job.windowStart.clear();
            c.job.windowEnd.clear();
            c.job.plannedStart = local(kMonday, "15:00");
        }) << none << qint64(0);

        const auto withoutWindow = [](const QDate &date, const char *hhmm) {
            return Change([date, hhmm](AssignmentCheck &c) {
                c.job.windowStart.clear();
                c.job.windowEnd.clear();
                c.job.plannedStart = local(date, hhmm);
            });
        };
        QTest::newRow("before the shift")
            << withoutWindow(kMonday, "07:30") << codes("outside_shift") << qint64(0);
        QTest::newRow("ends as the shift ends")
            << withoutWindow(kMonday, "16:00") << none << qint64(0);
        QTest::newRow("ends after the shift")
            << withoutWindow(kMonday, "16:30") << codes("outside_shift") << qint64(0);
        // 23:30 on Friday in Toronto is Saturday in UTC: still Friday's (ended) shift.
        QTest::newRow("late Friday, local date")
            << withoutWindow(kFriday, "23:30") << codes("outside_shift") << qint64(0);
        QTest::newRow("a day off")
            << withoutWindow(kSaturday, "10:00") << codes("not_working_day") << qint64(0);
        QTest::newRow("night shift before midnight") << Change([](AssignmentCheck &c) {
            c.technician.shiftStart = QStringLiteral("22:00");
            c.technician.shiftEnd = QStringLiteral("06:00");
            c.job.windowStart.clear();
            c.job.windowEnd.clear();
            c.job.plannedStart = local(kMonday, "23:00");
        }) << none << qint64(0);

        QTest::newRow("overlaps another job") << Change([](AssignmentCheck &c) {
            c.otherJobs << otherJob(kMonday, "10:30", "11:30");
        }) << codes("overlap") << kOtherJob;
        QTest::newRow("follows another job") << Change([](AssignmentCheck &c) {
            c.otherJobs << otherJob(kMonday, "09:00", "10:00");
        }) << none << qint64(0);
        QTest::newRow("overlaps a cancelled job") << Change([](AssignmentCheck &c) {
            Job cancelled = otherJob(kMonday, "10:30", "11:30");
            cancelled.status = JobStatus::Cancelled;
            c.otherJobs << cancelled;
        }) << none << qint64(0);
        QTest::newRow("itself among the other jobs") << Change([](AssignmentCheck &c) {
            Job before = otherJob(kMonday, "10:30", "11:30");
            before.id = c.job.id; // where it was planned before the move
            c.otherJobs << before;
        }) << none << qint64(0);

        QTest::newRow("time off") << Change([](AssignmentCheck &c) {
            AvailabilityPeriod off;
            off.startsAt = local(kMonday, "10:45");
            off.endsAt = local(kMonday, "13:00");
            off.reason = QStringLiteral("dentist");
            c.periods << off;
        }) << codes("time_off") << qint64(0);
        QTest::newRow("time off after the job") << Change([](AssignmentCheck &c) {
            AvailabilityPeriod off;
            off.startsAt = local(kMonday, "11:00");
            off.endsAt = local(kMonday, "13:00");
            c.periods << off;
        }) << none << qint64(0);

        QTest::newRow("one job too many") << Change([](AssignmentCheck &c) {
            c.technician.maxJobs = 1;
            c.otherJobs << otherJob(kMonday, "14:00", "15:00");
        }) << codes("max_jobs") << qint64(0);
        QTest::newRow("the other job is another day") << Change([](AssignmentCheck &c) {
            c.technician.maxJobs = 1;
            c.otherJobs << otherJob(kMonday.addDays(1), "10:00", "11:00");
        }) << none << qint64(0);

        QTest::newRow("several at once")
            << Change([](AssignmentCheck &c) {
                   c.job.requiredSkills << QStringLiteral("ducts");
                   c.job.plannedStart = local(kMonday, "16:30");
                   c.otherJobs << otherJob(kMonday, "17:00", "18:00");
               })
            << QStringList{QStringLiteral("skill_mismatch"), QStringLiteral("outside_window"),
                           QStringLiteral("outside_shift"), QStringLiteral("overlap")}
            << kOtherJob;
    }
    void warnings()
    {
        QFETCH(Change, change);
        QFETCH(QStringList, codes);
        QFETCH(qint64, otherJobId);
        AssignmentCheck check = fittingCheck();
        change(check);
        const QList<AssignmentWarning> warnings = checkAssignment(check);
        QStringList got;
        for (const AssignmentWarning &warning : warnings) {
            got << warning.code;
            QVERIFY2(!warning.message.isEmpty(), qPrintable(warning.code));
            QCOMPARE(warning.jobId.value_or(0),
                     warning.code == QLatin1String("overlap") ? otherJobId : qint64(0));
        }
        QCOMPARE(got, codes);
    }

    void nothingToCheckWithoutAPlannedStart()
    {
        AssignmentCheck check = fittingCheck();
        check.job.plannedStart.clear();
        check.job.requiredSkills << QStringLiteral("ducts");
        QVERIFY(checkAssignment(check).isEmpty());
    }

    void shiftOnALocalDate_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expectedStart");
        QTest::addColumn<QString>("expectedEnd");
        QTest::addColumn<bool>("workingDay");
        QTest::newRow("day shift") << QStringLiteral("08:00") << QStringLiteral("17:00") << kMonday
                                   << local(kMonday, "08:00") << local(kMonday, "17:00") << true;
        QTest::newRow("night shift ends the next morning")
            << QStringLiteral("22:00") << QStringLiteral("06:00") << kFriday
            << local(kFriday, "22:00") << local(kSaturday, "06:00") << true;
        QTest::newRow("weekend") << QStringLiteral("08:00") << QStringLiteral("17:00") << kSaturday
                                 << local(kSaturday, "08:00") << local(kSaturday, "17:00") << false;
    }
    void shiftOnALocalDate()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QDate, date);
        QFETCH(QString, expectedStart);
        QFETCH(QString, expectedEnd);
        QFETCH(bool, workingDay);
        Technician technician;
        technician.shiftStart = start;
        technician.shiftEnd = end;
        const ShiftTimes shift = shiftOn(technician, date, zone());
        QCOMPARE(toTimestamp(shift.start), expectedStart);
        QCOMPARE(toTimestamp(shift.end), expectedEnd);
        QCOMPARE(shift.workingDay, workingDay);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestAssignmentRules)
} // namespace tst_assignmentrules
#include "tst_assignmentrules.moc"
