#include "app/demodata.h"
#include "app/demomoney.h"
#include "app/demorequests.h"

#include "app/demofleet.h"
#include "app/demopositions.h"
#include "app/dispatchseeder.h"
#include "repositories/jobseriesrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "services/dayaheadservice.h"

#include <QTimeZone>

#include <limits>

namespace fielddesk::server {

namespace {

struct DemoUser
{
    const char *email;
    const char *name;
    Role role;
    const char *tenant;
    QList<int> locations; // indexes into the tenant's demo locations
};

const char *const kDemoTenant = "Demo Duct & Lawn Co.";
const char *const kOtherTenant = "Other Co.";

// The demo tenant's dispatch operation: a week of work around its three Denver locations,
// three days back to three days ahead, so that whatever day the demo starts on there is work
// done, work under way and working days ahead to plan.
constexpr int kDemoTechnicians = 40;
constexpr int kDemoCustomers = 300;
constexpr int kDemoJobs = 600;
constexpr int kDemoDispatchDays = 7;
constexpr int kDemoDispatchDaysBack = 3;

const QList<DemoUser> &demoUsers()
{
    static const QList<DemoUser> users{
        {"admin@demo.local", "Alex Admin", Role::Admin, kDemoTenant, {0, 1, 2}},
        {"manager@demo.local", "Morgan Manager", Role::Manager, kDemoTenant, {0, 1}},
        {"dispatcher@demo.local", "Dana Dispatcher", Role::Dispatcher, kDemoTenant, {0, 1}},
        {"tech1@demo.local", "Taylor Tech", Role::Employee, kDemoTenant, {0}},
        {"admin@other.local", "Olive Other", Role::Admin, kOtherTenant, {0}},
    };
    return users;
}

Location demoLocation(qint64 tenantId,
                      const QString &timeZone,
                      const char *name,
                      const char *address,
                      double lat,
                      double lon)
{
    Location l;
    l.tenantId = tenantId;
    l.name = QLatin1String(name);
    l.address = QLatin1String(address);
    l.latitude = lat;
    l.longitude = lon;
    l.timeZone = timeZone;
    return l;
}

} // namespace

QDate DemoData::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(m_timeZone.toUtf8())).date();
}

QDate DemoData::firstDay() const
{
    return today().addDays(-kDemoDispatchDaysBack);
}

QStringList DemoData::accounts()
{
    QStringList lines;
    for (const DemoUser &user : demoUsers())
        lines << QStringLiteral("%1 (%2, %3)")
                     .arg(QLatin1String(user.email), roleName(user.role),
                          QLatin1String(user.tenant));
    return lines;
}

void DemoData::seedLive()
{
    const std::optional<Tenant> demo =
        TenantRepository(m_db).findByName(QLatin1String(kDemoTenant));
    if (!demo)
        return;
    QList<qint64> locationIds;
    for (const Location &location :
         LocationRepository(m_db).list(demo->id, std::nullopt, ListQuery{}).items)
        locationIds << location.id;
    // After the week's jobs: the technicians' phones follow today's plan.
    DemoPositions(m_db).seed(demo->id, m_timeZone, locationIds);
}

bool DemoData::seedWorldIfEmpty()
{
    TenantRepository tenants(m_db);
    if (tenants.count() > 0)
        return false;
    LocationRepository locations(m_db);
    UserRepository users(m_db);
    // One hash for every demo account would let one crack serve all; hash each.
    Transaction tx(m_db);
    QHash<QString, QPair<qint64, QList<qint64>>> tenantIds; // name -> (id, location ids)
    QList<qint64> demoEmployees;
    User demoDispatcher;
    QHash<Role, Principal> demoDeciders; // the demo tenant's manager and admin
    {
        Tenant demo;
        demo.name = QLatin1String(kDemoTenant);
        demo.timeZone = m_timeZone;
        demo = tenants.insert(demo);
        QList<qint64> ids;
        ids << locations
                   .insert(demoLocation(demo.id, m_timeZone, "Denver Central",
                                        "1550 Wewatta St, Denver, CO 80202", 39.7525, -105.0002))
                   .id;
        ids << locations
                   .insert(demoLocation(demo.id, m_timeZone, "Aurora East",
                                        "14200 E Alameda Ave, Aurora, CO 80012", 39.7107,
                                        -104.8197))
                   .id;
        ids << locations
                   .insert(demoLocation(demo.id, m_timeZone, "Lakewood West",
                                        "7600 W Colfax Ave, Lakewood, CO 80214", 39.7402,
                                        -105.0822))
                   .id;
        tenantIds.insert(demo.name, {demo.id, ids});
    }
    {
        Tenant other;
        other.name = QLatin1String(kOtherTenant);
        other.timeZone = QStringLiteral("America/Chicago");
        other = tenants.insert(other);
        Location hq = demoLocation(other.id, other.timeZone, "Other HQ",
                                   "233 S Wacker Dr, Chicago, IL 60606", 41.8789, -87.6359);
        hq.timeZone = QStringLiteral("America/Chicago");
        tenantIds.insert(other.name, {other.id, {locations.insert(hq).id}});
    }
    for (const DemoUser &demoUser : demoUsers()) {
        const auto &[tenantId, locationIds] = tenantIds.value(QLatin1String(demoUser.tenant));
        User user;
        user.tenantId = tenantId;
        user.email = QLatin1String(demoUser.email);
        user.name = QLatin1String(demoUser.name);
        user.role = demoUser.role;
        for (const int index : demoUser.locations)
            user.locationIds << locationIds.at(index);
        user = users.insert(user, m_hasher.hash(QLatin1String(kPassword)));
        const bool inDemoTenant = tenantId == tenantIds.value(QLatin1String(kDemoTenant)).first;
        if (inDemoTenant && user.role == Role::Employee)
            demoEmployees << user.id;
        if (inDemoTenant && user.role == Role::Dispatcher)
            demoDispatcher = user;
        if (inDemoTenant && (user.role == Role::Manager || user.role == Role::Admin))
            demoDeciders.insert(user.role, Principal{user.id, user.tenantId, user.role, user.email,
                                                     user.name, user.locationIds});
    }
    tx.commit();
    seedDispatchWeek(tenantIds.value(QLatin1String(kDemoTenant)).first,
                     tenantIds.value(QLatin1String(kDemoTenant)).second, demoEmployees,
                     demoDispatcher);
    seedRecurringWork(tenantIds.value(QLatin1String(kDemoTenant)).first,
                      tenantIds.value(QLatin1String(kDemoTenant)).second);
    DemoRequests(m_db).seed(tenantIds.value(QLatin1String(kDemoTenant)).first,
                            demoDeciders.value(Role::Manager), demoDeciders.value(Role::Admin));
    DemoMoney(m_db).seed(tenantIds.value(QLatin1String(kDemoTenant)).first, m_timeZone,
                         demoDeciders.value(Role::Manager), demoDeciders.value(Role::Admin),
                         demoEmployees);
    DemoFleet(m_db).seed(tenantIds.value(QLatin1String(kDemoTenant)).first, m_timeZone,
                         demoDeciders.value(Role::Manager).userId);
    // The demo week's evenings count as past: a demo server sends no evening messages of its
    // own for the days it was made with, so the demo (and every test on it) is the same at any
    // hour. A dispatcher sends them with POST /messages/day-ahead.
    Transaction evenings(m_db);
    for (auto it = tenantIds.cbegin(); it != tenantIds.cend(); ++it) {
        for (const qint64 locationId : it->second) {
            for (int day = 0; day <= kDemoDispatchDays; ++day)
                DayAheadService::markSent(m_db, it->first, locationId, firstDay().addDays(day));
        }
    }
    evenings.commit();
    return true;
}

void DemoData::seedRecurringWork(qint64 tenantId, const QList<qint64> &locationIds)
{
    const QString seriesStart = firstDay().toString(Qt::ISODate);
    const auto series = [&](int location, const char *title, int durationMin, const char *from,
                            const char *to, Recurrence recurrence) {
        JobSeries s;
        s.locationId = locationIds.value(location);
        s.title = QLatin1String(title);
        s.durationMin = durationMin;
        s.windowStartTime = QLatin1String(from);
        s.windowEndTime = QLatin1String(to);
        recurrence.startsOn = seriesStart;
        s.recurrence = std::move(recurrence);
        return s;
    };
    Recurrence mowing;
    mowing.weekdays = {1, 4};
    Recurrence filters;
    filters.frequency = QStringLiteral("monthly");
    filters.nth = 2;
    filters.nthWeekday = 2;
    Recurrence gutters;
    gutters.interval = 2;
    gutters.weekdays = {5};
    // Their occurrences are made by the server's materialiser when it starts.
    Transaction tx(m_db);
    JobSeriesRepository repository(m_db);
    repository.insert(tenantId,
                      series(0, "Lawn mowing, Union Station plaza", 60, "08:00", "10:00", mowing));
    repository.insert(
        tenantId, series(1, "HVAC filter change, Aurora library", 45, "13:00", "15:00", filters));
    repository.insert(tenantId,
                      series(2, "Gutter check, Lakewood commons", 90, "09:00", "12:00", gutters));
    tx.commit();
}

void DemoData::seedDispatchWeek(qint64 tenantId,
                                const QList<qint64> &locationIds,
                                const QList<qint64> &employeeUserIds,
                                const User &dispatcher)
{
    DispatchSeedPlan plan;
    plan.tenantId = tenantId;
    plan.locationIds = locationIds;
    plan.technicians = kDemoTechnicians;
    plan.customers = kDemoCustomers;
    plan.jobs = kDemoJobs;
    plan.firstDay = firstDay();
    plan.days = kDemoDispatchDays;
    // The days back are mostly done; this leaves about two thirds of the weekdays ahead booked.
    plan.assignedFraction = 0.75;
    // Technicians sign in with the demo password too; one hash serves them all (hashing is
    // slow on purpose, and these accounts exist to be tried).
    plan.technicianPasswordHash = m_hasher.hash(QLatin1String(kPassword));
    plan.technicianEmailDomain = QStringLiteral("demo.local");
    plan.employeeUserIds = employeeUserIds;
    if (dispatcher.id > 0) {
        plan.dispatcherUserId = dispatcher.id;
        plan.dispatcherName = dispatcher.name;
    }
    // One transaction: the demo week is there completely or not at all.
    plan.rowsPerCommit = std::numeric_limits<int>::max();
    DispatchSeeder(m_db).seed(plan);
}

} // namespace fielddesk::server
