// The generated dispatch week on a real SQLite file: whichever day of the week "now" falls on,
// the days before it are mostly done by technicians, and today has work under way. (A demo
// seeded on the week's last day once had no job assigned at all.)
#include "app/dispatchseeder.h"
#include "repositories/locationrepository.h"
#include "repositories/tenantrepository.h"
#include "storage/migrations.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fielddesk;
using namespace fielddesk::server;

class TestDispatchSeeder : public QObject
{
    Q_OBJECT

private slots:
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
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("seed.db"));
        Database db(url);
        Migrator(db).migrate();
        Tenant tenant;
        tenant.name = QStringLiteral("Acme");
        tenant = TenantRepository(db).insert(tenant);
        Location depot;
        depot.tenantId = tenant.id;
        depot.name = QStringLiteral("Denver");
        depot.latitude = 39.74;
        depot.longitude = -104.99;
        depot.timeZone = QStringLiteral("America/Denver");
        depot = LocationRepository(db).insert(depot);

        const QDate monday(2026, 11, 30);
        DispatchSeedPlan plan;
        plan.tenantId = tenant.id;
        plan.locationIds = {depot.id};
        plan.technicians = 8;
        plan.customers = 60;
        plan.jobs = 140;
        plan.firstDay = monday;
        plan.days = 7;
        plan.asOf = QDateTime(monday.addDays(todayIndex), QTime(12, 0),
                              QTimeZone(QByteArrayLiteral("America/Denver")));
        plan.technicianPasswordHash = QStringLiteral("not-a-real-hash");
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
};

QTEST_GUILESS_MAIN(TestDispatchSeeder)
#include "tst_dispatchseeder.moc"
