#include "app/demomoney.h"

#include "app/moneyseeder.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/technicianrepository.h"

#include <QTimeZone>

#include <limits>

namespace fielddesk::server {

namespace {

constexpr int kDemoDays = 91;
constexpr int kDemoExpenses = 700;
constexpr int kDemoSpiffs = 160;
constexpr int kFeaturedWeight = 6; // tech1 files about six times as many as a colleague

MoneySeedPerson personOf(const Principal &p)
{
    return {p.userId, p.name, p.locationIds.value(0), 1};
}

} // namespace

void DemoMoney::seed(qint64 tenantId,
                     const QString &timeZone,
                     const Principal &manager,
                     const Principal &admin,
                     const QList<qint64> &featured)
{
    MoneySeedPlan plan;
    plan.tenantId = tenantId;
    for (const Technician &t : TechnicianRepository(m_db).activeAt(tenantId, admin.locationIds))
        plan.employees << MoneySeedPerson{t.userId, t.name, t.locationId,
                                          featured.contains(t.userId) ? kFeaturedWeight : 1};
    plan.admin = personOf(admin);
    for (const qint64 location : manager.locationIds)
        plan.deciders.insert(location, personOf(manager));
    plan.lastDay = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(timeZone.toUtf8())).date();
    plan.firstDay = plan.lastDay.addDays(1 - kDemoDays);
    plan.expenses = kDemoExpenses;
    plan.spiffs = kDemoSpiffs;
    plan.rowsPerCommit = std::numeric_limits<int>::max(); // all of it or none

    // Duct cleanings completed this week earned their automatic spiff already.
    SqlQuery service(m_db, QStringLiteral("SELECT id FROM services WHERE tenant_id = ? AND "
                                          "name = 'Duct cleaning'"));
    service.bind(tenantId).exec();
    if (service.next()) {
        plan.autoSpiffServiceId = service.integer(0);
        SqlQuery jobs(
            m_db, QStringLiteral("SELECT j.id, t.user_id, u.name, j.location_id, j.planned_start "
                                 "FROM jobs j JOIN technicians t ON t.id = j.technician_id JOIN "
                                 "users u ON u.id = t.user_id WHERE j.tenant_id = ? AND j.status "
                                 "= 'completed' AND j.service_id = ? ORDER BY j.id"));
        jobs.bind(tenantId).bind(*plan.autoSpiffServiceId).exec();
        while (jobs.next()) {
            const std::optional<QDateTime> start = parseTimestamp(jobs.text(4));
            plan.completedJobs.append(
                {jobs.integer(0), jobs.integer(1), jobs.text(2), jobs.integer(3),
                 start ? start->toTimeZone(QTimeZone(timeZone.toUtf8())).date() : plan.lastDay});
        }
    }
    MoneySeeder(m_db).seed(plan);
}

} // namespace fielddesk::server
