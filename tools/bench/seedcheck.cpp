#include "seedcheck.h"

#include "fielddesk/domain/dispatch.h"
#include "storage/database.h"

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

struct Rule
{
    const char *broken; // what it means when the query counts anything
    const char *sql;    // counts the rows that break the rule; ? is the tenant
};

const Rule kRules[] = {
    {"technicians booked twice at once",
     "SELECT COUNT(*) FROM jobs a JOIN jobs b ON a.technician_id = b.technician_id AND a.id < b.id "
     "WHERE a.tenant_id = ? AND a.status <> 'cancelled' AND b.status <> 'cancelled' AND "
     "a.planned_start < b.planned_end AND b.planned_start < a.planned_end"},
    {"jobs whose version is not their number of history rows",
     "SELECT COUNT(*) FROM jobs j WHERE j.tenant_id = ? AND j.version <> (SELECT COUNT(*) FROM "
     "dispatch_history h WHERE h.job_id = j.id)"},
    {"history rows without a before that are not the creation",
     "SELECT COUNT(*) FROM dispatch_history WHERE tenant_id = ? AND before_json IS NULL AND "
     "action <> 'created'"},
    {"jobs with a technician but no planned time, or the other way round",
     "SELECT COUNT(*) FROM jobs WHERE tenant_id = ? AND ((technician_id IS NULL) <> (planned_start "
     "IS NULL) OR (planned_start IS NULL) <> (planned_end IS NULL))"},
    {"scheduled or later jobs without a technician, or new ones with one",
     "SELECT COUNT(*) FROM jobs WHERE tenant_id = ? AND ((status IN ('scheduled', 'dispatched', "
     "'en_route', 'on_site', 'completed') AND technician_id IS NULL) OR (status = 'new' AND "
     "technician_id IS NOT NULL))"},
    {"spans that are not the planned time, else the window",
     "SELECT COUNT(*) FROM jobs WHERE tenant_id = ? AND (span_start <> COALESCE(planned_start, "
     "window_start) OR span_end <> COALESCE(planned_end, window_end))"},
    {"at-risk jobs without a reason",
     "SELECT COUNT(*) FROM jobs WHERE tenant_id = ? AND at_risk = 1 AND at_risk_reason = ''"},
};

} // namespace

QStringList SeedCheck::problems(Database &db, qint64 tenantId)
{
    QStringList found;
    for (const Rule &rule : kRules) {
        SqlQuery q(db, QLatin1String(rule.sql));
        q.bind(tenantId).exec();
        if (q.next() && q.integer(0) > 0)
            found << QStringLiteral("%1: %2").arg(q.integer(0)).arg(QLatin1String(rule.broken));
    }
    SqlQuery statuses(db, QStringLiteral("SELECT DISTINCT status FROM jobs WHERE tenant_id = ?"));
    statuses.bind(tenantId).exec();
    QStringList missing = allJobStatusNames();
    while (statuses.next())
        missing.removeAll(statuses.text(0));
    if (!missing.isEmpty())
        found << QStringLiteral("no job is %1").arg(missing.join(QStringLiteral(", ")));
    return found;
}
