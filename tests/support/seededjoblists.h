// What the tests of the job lists' in-memory answers (a day's keys, a tenant's search index)
// share: two tenants seeded with the demo's dispatch data in Denver, a list query parsed as
// the API parses it, a page's jobs as the API writes them, and another instance's change as
// this process sees it. Header only, for tests that link the server's core.
#pragma once

#include "app/dispatchseeder.h"
#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/timestamps.h"
#include "http/listquery.h"
#include "repositories/jobrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/tenantrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace JobListTesting {

using namespace fielddesk;
using namespace fielddesk::server;

inline const QTimeZone &denver()
{
    static const QTimeZone zone(QByteArrayLiteral("America/Denver"));
    return zone;
}

inline ListQuery parsed(const QString &query)
{
    const Result<ListQuery> list = parseListQuery(QUrlQuery(query), JobRepository::listSpec());
    if (!list)
        qFatal("%s does not parse", qPrintable(query));
    return *list;
}

// The page's jobs as the API writes them: its items, or the JSON it keeps them as.
inline QByteArray jsonOf(const Page<Job> &page)
{
    if (!page.itemsJson.isEmpty())
        return page.itemsJson;
    JsonWriter w;
    w.beginArray();
    for (const Job &job : page.items)
        job.writeJson(w);
    w.endArray();
    return w.take();
}

inline QList<qint64> idsOf(const Page<Job> &page)
{
    QList<qint64> ids;
    for (const QJsonValue &job : QJsonDocument::fromJson(jsonOf(page)).array())
        ids << job[QLatin1String("id")].toInteger();
    return ids;
}

inline Principal adminOf(qint64 tenantId)
{
    Principal admin;
    admin.tenantId = tenantId;
    admin.userId = 1;
    admin.role = Role::Admin;
    return admin;
}

struct SeededTenants
{
    qint64 tenantId = 0;      // three depots, twelve technicians, 80 customers
    qint64 otherTenantId = 0; // one depot, 200 jobs on the same days: never to show
    QList<qint64> locationIds;
    QList<qint64> technicianIds; // those with jobs
};

// Two tenants in Denver, the first with `jobs` jobs over `days` days from `firstDay`.
inline SeededTenants seedTwoTenants(Database &db, QDate firstDay, int days, int jobs)
{
    SeededTenants seeded;
    Tenant tenant;
    tenant.name = QStringLiteral("Acme");
    tenant.timeZone = QStringLiteral("America/Denver");
    seeded.tenantId = TenantRepository(db).insert(tenant).id;
    const double places[][2] = {{39.7525, -105.0002}, {39.7107, -104.8197}, {39.7402, -105.0822}};
    for (const auto &place : places) {
        Location depot;
        depot.tenantId = seeded.tenantId;
        depot.name = QStringLiteral("Depot %1").arg(seeded.locationIds.size() + 1);
        depot.latitude = place[0];
        depot.longitude = place[1];
        depot.timeZone = QStringLiteral("America/Denver");
        seeded.locationIds << LocationRepository(db).insert(depot).id;
    }
    DispatchSeedPlan plan;
    plan.tenantId = seeded.tenantId;
    plan.locationIds = seeded.locationIds;
    plan.firstDay = firstDay;
    plan.days = days;
    plan.technicians = 12;
    plan.customers = 80;
    plan.jobs = jobs;
    plan.asOf = QDateTime(firstDay.addDays(1), QTime(12, 0), denver());
    plan.technicianPasswordHash = QStringLiteral("not-a-real-hash");
    DispatchSeeder(db).seed(plan);

    Tenant other = tenant;
    other.name = QStringLiteral("Other");
    DispatchSeedPlan theirs = plan;
    theirs.tenantId = TenantRepository(db).insert(other).id;
    seeded.otherTenantId = theirs.tenantId;
    Location depot;
    depot.tenantId = theirs.tenantId;
    depot.name = QStringLiteral("Their depot");
    depot.latitude = places[0][0];
    depot.longitude = places[0][1];
    theirs.locationIds = {LocationRepository(db).insert(depot).id};
    theirs.jobs = 200;
    theirs.technicians = 3;
    theirs.customers = 10;
    theirs.technicianEmailDomain = QStringLiteral("other.local");
    DispatchSeeder(db).seed(theirs);

    SqlQuery q(db, QStringLiteral("SELECT DISTINCT technician_id FROM jobs WHERE tenant_id = ? "
                                  "AND technician_id IS NOT NULL ORDER BY 1"));
    q.bind(seeded.tenantId).exec();
    while (q.next())
        seeded.technicianIds << q.integer(0);
    return seeded;
}

// Another instance's change as this process sees it: the job's row changed and its event in
// the outbox, nothing committed here.
inline void changeElsewhere(Database &db,
                            qint64 tenantId,
                            qint64 jobId,
                            const QString &assignment,
                            const QString &eventType)
{
    SqlQuery change(db, QStringLiteral("UPDATE jobs SET ") + assignment +
                            QStringLiteral(", version = version + 1 WHERE id = ?"));
    change.bind(jobId).exec();
    SqlQuery event(db, QStringLiteral("INSERT INTO outbox_events (tenant_id, type, source, "
                                      "occurred_at, data) VALUES (?, ?, ?, ?, '{}')"));
    event.bind(tenantId)
        .bind(eventType)
        .bind(QStringLiteral("another instance"))
        .bind(toTimestamp(QDateTime::currentDateTimeUtc()))
        .exec();
}

} // namespace JobListTesting
