#include "benchdatabase.h"

#include "seedcheck.h"

#include "app/dispatchseeder.h"
#include "app/moneyseeder.h"
#include "auth/passwordhasher.h"
#include "repositories/locationrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QElapsedTimer>
#include <QTimeZone>

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

const char *const kTimeZone = "America/Denver";
const char *const kAdminEmail = "bench-admin@bench.local";
const char *const kAdminPassword = "fielddesk-bench";
// The seeded range starts this many days before today, so that it has history and future.
constexpr int kDaysBeforeToday = 20;

Location
benchLocation(qint64 tenantId, const char *name, const char *address, double lat, double lon)
{
    Location l;
    l.tenantId = tenantId;
    l.name = QLatin1String(name);
    l.address = QLatin1String(address);
    l.latitude = lat;
    l.longitude = lon;
    l.timeZone = QLatin1String(kTimeZone);
    return l;
}

bool isEmpty(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM tenants"));
    q.exec();
    return q.next() && q.integer(0) == 0;
}

} // namespace

bool BenchDatabase::create(const BenchSeedOptions &options, BenchData *data, QString *error)
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(options.databaseUrl, error);
    if (!url)
        return false;
    QElapsedTimer timer;
    timer.start();
    try {
        Database db(*url);
        if (url->engine == Engine::Postgres) // no NOTICE per dropped or existing table
            db.execute(QStringLiteral("SET client_min_messages = warning"));
        if (url->engine == Engine::Postgres && options.reset) {
            db.execute(QStringLiteral("DROP SCHEMA public CASCADE"));
            db.execute(QStringLiteral("CREATE SCHEMA public"));
        }
        Migrator(db).migrate();
        if (!isEmpty(db)) {
            *error = QStringLiteral("%1 holds data already; the bench needs an empty database "
                                    "(--reset wipes a PostgreSQL one)")
                         .arg(url->redacted());
            return false;
        }

        const PasswordHasher hasher;
        Tenant tenant;
        QList<qint64> locationIds;
        User admin;
        {
            Transaction tx(db);
            tenant.name = QStringLiteral("Bench Heating & Lawn");
            tenant.timeZone = QLatin1String(kTimeZone);
            tenant = TenantRepository(db).insert(tenant);
            LocationRepository locations(db);
            locationIds << locations
                               .insert(benchLocation(tenant.id, "Denver Central",
                                                     "1550 Wewatta St, Denver, CO 80202", 39.7525,
                                                     -105.0002))
                               .id;
            locationIds << locations
                               .insert(benchLocation(tenant.id, "Aurora East",
                                                     "14200 E Alameda Ave, Aurora, CO 80012",
                                                     39.7107, -104.8197))
                               .id;
            locationIds << locations
                               .insert(benchLocation(tenant.id, "Lakewood West",
                                                     "7600 W Colfax Ave, Lakewood, CO 80214",
                                                     39.7402, -105.0822))
                               .id;
            admin.tenantId = tenant.id;
            admin.email = QLatin1String(kAdminEmail);
            admin.name = QStringLiteral("Bench Admin");
            admin.role = Role::Admin;
            admin.locationIds = locationIds;
            admin = UserRepository(db).insert(admin, hasher.hash(QLatin1String(kAdminPassword)));
            tx.commit();
        }

        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(kTimeZone)).date();
        DispatchSeedPlan plan;
        plan.tenantId = tenant.id;
        plan.locationIds = locationIds;
        plan.technicians = options.technicians;
        plan.customers = options.customers;
        plan.jobs = options.jobs;
        plan.firstDay = today.addDays(-std::min(kDaysBeforeToday, options.days / 3));
        plan.days = options.days;
        plan.technicianPasswordHash = hasher.hash(QStringLiteral("fielddesk-bench-technician"));
        plan.technicianEmailDomain = QStringLiteral("bench.local");
        plan.dispatcherUserId = admin.id;
        plan.dispatcherName = admin.name;
        plan.seed = options.seed;
        const DispatchSeedResult seeded = DispatchSeeder(db).seed(plan);
        if (options.expenses > 0) {
            MoneySeedPlan money;
            money.tenantId = tenant.id;
            for (const Technician &t : TechnicianRepository(db).activeAt(tenant.id, locationIds))
                money.employees << MoneySeedPerson{t.userId, t.name, t.locationId, 1};
            money.admin = MoneySeedPerson{admin.id, admin.name, locationIds.first(), 1};
            money.lastDay = today;
            money.firstDay = today.addYears(-2);
            money.expenses = options.expenses;
            money.receipts = false;
            money.history = false;
            money.rowsPerCommit = 50000;
            money.seed = quint32(options.seed);
            data->expenses = MoneySeeder(db).seed(money).expenses;
        }
        data->locationIds = locationIds;
        data->today = today;

        // PostgreSQL's autovacuum would gather planner statistics and mark the pages
        // all-visible (index-only scans) within minutes of the load; doing it now measures the
        // steady state instead of the first minutes.
        if (url->engine == Engine::Postgres)
            db.execute(QStringLiteral("VACUUM ANALYZE"));

        data->seedSeconds = double(timer.elapsed()) / 1000.0;
        if (options.verify) {
            const QStringList problems = SeedCheck::problems(db, tenant.id);
            if (!problems.isEmpty()) {
                *error = QStringLiteral("the seeded data breaks rules:\n  ") +
                         problems.join(QStringLiteral("\n  "));
                return false;
            }
        }
        data->adminEmail = QLatin1String(kAdminEmail);
        data->adminPassword = QLatin1String(kAdminPassword);
        data->firstDay = plan.firstDay;
        data->days = plan.days;
        data->jobs = seeded.jobs;
        data->assignedJobs = seeded.assignedJobs;
        data->historyRows = seeded.historyRows;
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}
