#include "fielddesk/board/routingproposal.h"

#include <QJsonArray>

namespace fielddesk::board {

namespace {

std::optional<qint64> optionalId(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toInteger();
}

} // namespace

QList<qint64> RoutingProposal::changedJobIds() const
{
    QList<qint64> ids;
    for (const ProposedRoute &route : routes) {
        for (const ProposedJob &job : route.jobs) {
            if (job.moved)
                ids << job.jobId;
        }
    }
    for (const LeftOutJob &job : leftOut) {
        if (job.previousTechnicianId)
            ids << job.jobId;
    }
    return ids;
}

QJsonObject RoutingProposal::expectedVersionsJson() const
{
    QJsonObject versions;
    for (auto it = expectedVersions.cbegin(); it != expectedVersions.cend(); ++it)
        versions.insert(QString::number(it.key()), it.value());
    return versions;
}

RoutingProposal RoutingProposal::fromJson(const QJsonObject &object)
{
    RoutingProposal proposal;
    proposal.id = object.value(QLatin1String("id")).toInteger();
    proposal.locationId = object.value(QLatin1String("location_id")).toInteger();
    proposal.date = QDate::fromString(object.value(QLatin1String("date")).toString(), Qt::ISODate);
    proposal.status = object.value(QLatin1String("status")).toString();
    proposal.timeLimitS = object.value(QLatin1String("time_limit_s")).toDouble();
    proposal.elapsedS = object.value(QLatin1String("elapsed_s")).toDouble();
    for (const QJsonValue &t : object.value(QLatin1String("technicians")).toArray()) {
        const QJsonObject o = t.toObject();
        ProposedRoute route;
        route.technicianId = o.value(QLatin1String("technician_id")).toInteger();
        route.name = o.value(QLatin1String("name")).toString();
        route.travelBeforeS = o.value(QLatin1String("travel_before_s")).toInteger();
        route.travelAfterS = o.value(QLatin1String("travel_after_s")).toInteger();
        for (const QJsonValue &j : o.value(QLatin1String("jobs")).toArray()) {
            const QJsonObject jo = j.toObject();
            ProposedJob job;
            job.jobId = jo.value(QLatin1String("job_id")).toInteger();
            job.title = jo.value(QLatin1String("title")).toString();
            job.plannedStart = jo.value(QLatin1String("planned_start")).toString();
            job.plannedEnd = jo.value(QLatin1String("planned_end")).toString();
            job.startMs = timestampMs(job.plannedStart);
            job.endMs = timestampMs(job.plannedEnd);
            job.moved = jo.value(QLatin1String("moved")).toBool();
            job.previousTechnicianId =
                optionalId(jo.value(QLatin1String("previous_technician_id")));
            job.previousStartMs =
                timestampMs(jo.value(QLatin1String("previous_planned_start")).toString());
            route.jobs << job;
        }
        for (const QJsonValue &b : o.value(QLatin1String("breaks")).toArray()) {
            const QJsonObject bo = b.toObject();
            route.breaks << TimeSpan{timestampMs(bo.value(QLatin1String("start")).toString()),
                                     timestampMs(bo.value(QLatin1String("end")).toString())};
        }
        proposal.routes << route;
    }
    for (const QJsonValue &u : object.value(QLatin1String("unassigned")).toArray()) {
        const QJsonObject o = u.toObject();
        proposal.leftOut << LeftOutJob{
            o.value(QLatin1String("job_id")).toInteger(),
            o.value(QLatin1String("title")).toString(), o.value(QLatin1String("reason")).toString(),
            optionalId(o.value(QLatin1String("previous_technician_id")))};
    }
    const QJsonObject totals = object.value(QLatin1String("totals")).toObject();
    proposal.totals.jobs = totals.value(QLatin1String("jobs")).toInt();
    proposal.totals.served = totals.value(QLatin1String("served")).toInt();
    proposal.totals.servedBefore = totals.value(QLatin1String("served_before")).toInt();
    proposal.totals.moved = totals.value(QLatin1String("moved")).toInt();
    proposal.totals.travelBeforeS = totals.value(QLatin1String("travel_before_s")).toInteger();
    proposal.totals.travelAfterS = totals.value(QLatin1String("travel_after_s")).toInteger();
    const QJsonObject versions = object.value(QLatin1String("expected_versions")).toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        proposal.expectedVersions.insert(it.key().toLongLong(), it.value().toInteger());
    return proposal;
}

} // namespace fielddesk::board
