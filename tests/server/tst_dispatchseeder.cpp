// The generated dispatch week on a real SQLite file: whichever day of the week "now" falls on,
// the days before it are mostly done by technicians, and today has work under way (a demo
// seeded on the week's last day once had no job assigned at all); every status appears,
// whatever the hour.
#include "app/dispatchseeder.h"
#include "fielddesk/domain/dispatch.h"
#include "repositories/locationrepository.h"
#include "repositories/tenantrepository.h"
#include "storage/migrations.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace tst_dispatchseeder {

using namespace fielddesk;
using namespace fielddesk::server;

class TestDispatchSeeder : public QObject
{
    Q_OBJECT

private slots:
    // Every status a job can have shows somewhere, at whatever time of the day the data is
    // seeded: the benchmark's check of its seed once failed after 13:00 in Denver, when the
    // only job on its way was moved back to "dispatched" to have one of those.
    void everyStatusAppearsWhateverTheHour_data()
    {
        QTest::addColumn<QDateTime>("asOf");
        const QTimeZone denver(QByteArrayLiteral("America/Denver"));
        for (const QDate day : {QDate(2026, 12, 5), QDate(2026, 12, 8)}) { // Saturday, Tuesday
            for (int minute = 6 * 60; minute <= 21 * 60; minute += 180) {  // every 3 hours
                const QDateTime at(day, QTime(minute / 60, minute % 60), denver);
                QTest::addRow("%s", qPrintable(at.toString(QStringLiteral("ddd HH:mm")))) << at;
            }
        }
    }

    void everyStatusAppearsWhateverTheHour()
    {
        QFETCH(QDateTime, asOf);
        QTemporaryDir dir;
        const std::unique_ptr<Database> database = migratedIn(dir);
        Database &db = *database;
        // The benchmark's check: its three Denver locations, 14 days from four days back.
        DispatchSeedPlan plan = planFor(db, asOf.date().addDays(-4), 14, 3);
        plan.technicians = 40;
        plan.customers = 300;
        plan.jobs = 3000;
        plan.asOf = asOf;
        DispatchSeeder(db).seed(plan);
        SqlQuery q(db, QStringLiteral("SELECT DISTINCT status FROM jobs"));
        q.exec();
        QStringList statuses;
        while (q.next())
            statuses << q.text(0);
        for (const QString &status : allJobStatusNames())
            QVERIFY2(statuses.contains(status), qPrintable(QStringLiteral("no job is ") + status));
    }

    void pastDaysAreDoneWhicheverDayItIs_data()
    {
        QTest::addColumn<int>("todayIndex");
        QTest::newRow("first day") << 0;
        QTest::newRow("middle of the week") << 3;
        QTest::newRow("last day") << 6;
    }

    void pastDaysAreDoneWhicheverDayItIs()
    {
        QFETCH(int, todayIndex);
        QTemporaryDir dir;
        const std::unique_ptr<Database> database = migratedIn(dir);
        Database &db = *database;
        const QDate monday(2026, 11, 30);
        DispatchSeedPlan plan = planFor(db, monday, 7);
        plan.technicians = 8;
        plan.customers = 60;
        plan.jobs = 140;
        plan.asOf = QDateTime(monday.addDays(todayIndex), QTime(12, 0),
                              QTimeZone(QByteArrayLiteral("America/Denver")));
        const DispatchSeedResult seeded = DispatchSeeder(db).seed(plan);
        QCOMPARE(seeded.jobs, qint64(plan.jobs));

        // Jobs whose window opens before today, and how many of them a technician did.
        const QString todayStart =
            plan.asOf.date().startOfDay(plan.asOf.timeZone()).toUTC().toString(Qt::ISODateWithMs);
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*), COUNT(technician_id) FROM jobs "
                                      "WHERE window_start < ? AND status <> 'cancelled'"));
        q.bind(todayStart);
        q.exec();
        QVERIFY(q.next());
        const qint64 past = q.integer(0);
        const qint64 pastAssigned = q.integer(1);
        if (todayIndex == 0) {
            QCOMPARE(past, 0);
        } else {
            QVERIFY(past > 0);
            QVERIFY2(
                pastAssigned * 10 >= past * 6,
                qPrintable(
                    QStringLiteral("%1 of %2 past jobs assigned").arg(pastAssigned).arg(past)));
        }
        QVERIFY2(seeded.assignedJobs > 0, "no job has a technician");
    }

private:
    // A new SQLite file in `dir`, migrated.
    static std::unique_ptr<Database> migratedIn(const QTemporaryDir &dir)
    {
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("seed.db"));
        auto db = std::make_unique<Database>(url);
        Migrator(*db).migrate();
        return db;
    }

    // A tenant with `depots` depots around Denver in `db`, and a plan for it of `days` days
    // from `firstDay`.
    static DispatchSeedPlan planFor(Database &db, const QDate &firstDay, int days, int depots = 1)
    {
        Tenant tenant;
        tenant.name = QStringLiteral("Acme");
        tenant.timeZone = QStringLiteral("America/Denver");
        tenant = TenantRepository(db).insert(tenant);
        DispatchSeedPlan plan;
        // The benchmark's (tools/bench/benchdatabase.cpp).
        const double places[][2] = {
            {39.7525, -105.0002}, {39.7107, -104.8197}, {39.7402, -105.0822}};
        for (int d = 0; d < depots; ++d) {
            Location depot;
            depot.tenantId = tenant.id;
            depot.name = QStringLiteral("Depot %1").arg(d + 1);
            depot.latitude = places[d][0];
            depot.longitude = places[d][1];
            depot.timeZone = QStringLiteral("America/Denver");
            plan.locationIds << LocationRepository(db).insert(depot).id;
        }
        plan.tenantId = tenant.id;
        plan.firstDay = firstDay;
        plan.days = days;
        plan.technicianPasswordHash = QStringLiteral("not-a-real-hash");
        return plan;
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestDispatchSeeder)
} // namespace tst_dispatchseeder
#include "tst_dispatchseeder.moc"
