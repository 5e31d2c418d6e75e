#include "fielddesk/routing/plan.h"

#include "fielddesk/routing/problem.h"

#include <QJsonArray>

namespace fielddesk::routing {

QJsonObject Plan::toJson() const
{
    QJsonArray routeArray;
    for (const PlannedRoute &r : routes) {
        QJsonArray stops;
        for (const PlannedStop &s : r.stops) {
            QJsonObject o;
            if (s.isBreak)
                o.insert(QStringLiteral("break"), true);
            else
                o.insert(QStringLiteral("job"), s.job);
            o.insert(QStringLiteral("start"), toIsoUtc(s.start));
            o.insert(QStringLiteral("end"), toIsoUtc(s.end));
            stops.append(o);
        }
        QJsonObject route{{QStringLiteral("technician"), r.technician},
                          {QStringLiteral("stops"), stops},
                          {QStringLiteral("travel_s"), r.travelS}};
        if (!r.feasible)
            route.insert(QStringLiteral("feasible"), false);
        routeArray.append(route);
    }
    QJsonArray unassignedArray;
    for (const UnassignedJob &u : unassigned)
        unassignedArray.append(
            QJsonObject{{QStringLiteral("job"), u.job}, {QStringLiteral("reason"), u.reason}});
    return QJsonObject{
        {QStringLiteral("routes"), routeArray},
        {QStringLiteral("unassigned"), unassignedArray},
        {QStringLiteral("cost"), QJsonObject{{QStringLiteral("served"), served},
                                             {QStringLiteral("served_priority"), servedPriority},
                                             {QStringLiteral("travel_s"), travelS}}},
        {QStringLiteral("elapsed_s"), elapsedS},
        {QStringLiteral("iterations"), iterations}};
}

std::optional<Plan> Plan::fromJson(const QJsonObject &json, QString *error)
{
    Plan plan;
    for (const QJsonValue &rv : json.value(QLatin1String("routes")).toArray()) {
        const QJsonObject ro = rv.toObject();
        PlannedRoute route;
        route.technician = ro.value(QLatin1String("technician")).toString();
        if (route.technician.isEmpty()) {
            if (error)
                *error = QStringLiteral("a route has no technician");
            return std::nullopt;
        }
        route.travelS = ro.value(QLatin1String("travel_s")).toInteger();
        route.feasible = ro.value(QLatin1String("feasible")).toBool(true);
        for (const QJsonValue &sv : ro.value(QLatin1String("stops")).toArray()) {
            const QJsonObject so = sv.toObject();
            PlannedStop stop;
            stop.isBreak = so.value(QLatin1String("break")).toBool(false);
            stop.job = so.value(QLatin1String("job")).toString();
            stop.start = fromIsoUtc(so.value(QLatin1String("start")).toString()).value_or(0);
            stop.end = fromIsoUtc(so.value(QLatin1String("end")).toString()).value_or(0);
            if (!stop.isBreak && stop.job.isEmpty()) {
                if (error)
                    *error = QStringLiteral("a stop has neither job nor break");
                return std::nullopt;
            }
            route.stops.append(stop);
        }
        plan.routes.append(route);
    }
    for (const QJsonValue &uv : json.value(QLatin1String("unassigned")).toArray()) {
        const QJsonObject uo = uv.toObject();
        plan.unassigned.append(UnassignedJob{uo.value(QLatin1String("job")).toString(),
                                             uo.value(QLatin1String("reason")).toString()});
    }
    const QJsonObject cost = json.value(QLatin1String("cost")).toObject();
    plan.served = cost.value(QLatin1String("served")).toInt();
    plan.servedPriority = cost.value(QLatin1String("served_priority")).toInt();
    plan.travelS = cost.value(QLatin1String("travel_s")).toInteger();
    return plan;
}

const PlannedRoute *Plan::routeOf(const QString &technician) const
{
    for (const PlannedRoute &r : routes) {
        if (r.technician == technician)
            return &r;
    }
    return nullptr;
}

} // namespace fielddesk::routing
