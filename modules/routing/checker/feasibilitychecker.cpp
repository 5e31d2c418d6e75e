#include "feasibilitychecker.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace fielddesk::routing {
namespace {

struct Customer
{
    int number = 0;
    double x = 0, y = 0;
    long long demand = 0, ready = 0, due = 0, service = 0;
};

// Own minimal parser: the data lines after the CUSTOMER heading, fleet after VEHICLE.
bool parseSolomon(const QByteArray &text,
                  std::vector<Customer> *nodes,
                  int *fleet,
                  long long *capacity)
{
    bool inVehicle = false;
    bool inCustomer = false;
    for (const QByteArray &raw : text.split('\n')) {
        const QList<QByteArray> f = raw.simplified().split(' ');
        if (f.isEmpty() || f.front().isEmpty())
            continue;
        if (f.front() == "VEHICLE") {
            inVehicle = true;
            continue;
        }
        if (f.front() == "CUSTOMER") {
            inVehicle = false;
            inCustomer = true;
            continue;
        }
        bool ok = false;
        f.front().toLongLong(&ok);
        if (!ok)
            continue;
        if (inVehicle && f.size() >= 2) {
            *fleet = f[0].toInt();
            *capacity = f[1].toLongLong();
        } else if (inCustomer && f.size() >= 7) {
            Customer c;
            c.number = f[0].toInt();
            c.x = f[1].toDouble();
            c.y = f[2].toDouble();
            c.demand = f[3].toLongLong();
            c.ready = f[4].toLongLong();
            c.due = f[5].toLongLong();
            c.service = f[6].toLongLong();
            nodes->push_back(c);
        }
    }
    return !nodes->empty() && *fleet > 0;
}

double haversineKm(const GeoPoint &a, const GeoPoint &b)
{
    constexpr double kRadiusKm = 6371.0088;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * kRad;
    const double dLon = (b.lon - a.lon) * kRad;
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace

QStringList FeasibilityChecker::checkSolomon(const QByteArray &instanceText,
                                             const std::vector<std::vector<int>> &routes,
                                             qint64 *distanceTenths)
{
    QStringList problems;
    std::vector<Customer> nodes;
    int fleet = 0;
    long long capacity = 0;
    if (!parseSolomon(instanceText, &nodes, &fleet, &capacity)) {
        problems << QStringLiteral("instance cannot be read");
        return problems;
    }
    QHash<int, int> indexOf;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        indexOf.insert(nodes[i].number, static_cast<int>(i));
    auto tenths = [&](int a, int b) {
        const Customer &p = nodes[static_cast<std::size_t>(a)];
        const Customer &q = nodes[static_cast<std::size_t>(b)];
        return static_cast<long long>(std::floor(10.0 * std::hypot(p.x - q.x, p.y - q.y)));
    };
    if (static_cast<int>(routes.size()) > fleet)
        problems << QStringLiteral("%1 routes but only %2 vehicles").arg(routes.size()).arg(fleet);
    std::vector<int> visits(nodes.size(), 0);
    long long total = 0;
    // Times in tenths so that truncated distances add up exactly.
    const Customer &depot = nodes.front();
    for (std::size_t r = 0; r < routes.size(); ++r) {
        long long time = depot.ready * 10;
        long long load = 0;
        int at = 0;
        for (int number : routes[r]) {
            const int i = indexOf.value(number, -1);
            if (i <= 0) {
                problems << QStringLiteral("route %1: unknown customer %2").arg(r + 1).arg(number);
                continue;
            }
            ++visits[static_cast<std::size_t>(i)];
            const Customer &c = nodes[static_cast<std::size_t>(i)];
            const long long d = tenths(at, i);
            total += d;
            time = std::max(time + d, c.ready * 10);
            if (time > c.due * 10)
                problems << QStringLiteral(
                                "route %1: customer %2 starts at %3, after its due date %4")
                                .arg(r + 1)
                                .arg(number)
                                .arg(static_cast<double>(time) / 10.0)
                                .arg(c.due);
            time += c.service * 10;
            load += c.demand;
            at = i;
        }
        const long long back = tenths(at, 0);
        total += routes[r].empty() ? 0 : back;
        if (!routes[r].empty() && time + back > depot.due * 10)
            problems << QStringLiteral("route %1: back at the depot at %2, after its due date %3")
                            .arg(r + 1)
                            .arg(static_cast<double>(time + back) / 10.0)
                            .arg(depot.due);
        if (load > capacity)
            problems << QStringLiteral("route %1: load %2 exceeds capacity %3")
                            .arg(r + 1)
                            .arg(load)
                            .arg(capacity);
    }
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        if (visits[i] == 0)
            problems << QStringLiteral("customer %1 is not served").arg(nodes[i].number);
        else if (visits[i] > 1)
            problems << QStringLiteral("customer %1 is served %2 times")
                            .arg(nodes[i].number)
                            .arg(visits[i]);
    }
    if (distanceTenths)
        *distanceTenths = total;
    return problems;
}

qint64 FeasibilityChecker::travelSeconds(const TravelSettings &travel,
                                         const GeoPoint &a,
                                         const GeoPoint &b)
{
    return std::llround(haversineKm(a, b) * travel.roadFactor / travel.speedKmh * 3600.0);
}

QStringList FeasibilityChecker::checkPlan(const Problem &problem, const Plan &plan)
{
    // One second of slack per comparison for rounding of travel times.
    constexpr qint64 kSlack = 1;
    QStringList problems;
    const int nt = static_cast<int>(problem.technicians.size());
    QHash<QString, int> jobIndex;
    for (int j = 0; j < problem.jobs.size(); ++j)
        jobIndex.insert(problem.jobs[j].id, j);
    std::vector<int> seen(static_cast<std::size_t>(problem.jobs.size()), 0);
    const bool matrix = !problem.travel.matrixS.empty();
    auto startIndex = [&](int t) { return problem.technicians[t].startIndex.value_or(t); };
    auto endIndex = [&](int t) { return problem.technicians[t].endIndex.value_or(nt + t); };
    auto jobMatrixIndex = [&](int j) { return problem.jobs[j].matrixIndex.value_or(2 * nt + j); };
    auto byMatrix = [&](int a, int b) {
        return static_cast<qint64>(std::llround(
            problem.travel.matrixS[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)]));
    };

    QSet<QString> techniciansSeen;
    for (const PlannedRoute &route : plan.routes) {
        const int t = problem.technicianIndex(route.technician);
        if (t < 0) {
            problems << QStringLiteral("route of unknown technician %1").arg(route.technician);
            continue;
        }
        if (techniciansSeen.contains(route.technician))
            problems << QStringLiteral("technician %1 has two routes").arg(route.technician);
        techniciansSeen.insert(route.technician);
        const Technician &tech = problem.technicians[t];
        const QString who = tech.id;
        int jobs = 0;
        int breaks = 0;
        long long load = 0;
        qint64 travel = 0;
        int legs = 0;
        // Where the technician is, when they may leave, and a break taken since.
        GeoPoint at = tech.start;
        int atIndex = startIndex(t);
        qint64 free = tech.shiftStart;
        bool breakPending = false;
        qint64 pendingBreak = 0;
        auto arrive = [&](const GeoPoint &to, int toIndex) {
            const qint64 leg =
                matrix ? byMatrix(atIndex, toIndex) : travelSeconds(problem.travel, at, to);
            travel += leg;
            ++legs;
            qint64 ready = free + leg;
            if (breakPending) {
                ready = std::max(ready, pendingBreak) +
                        (tech.breakRule ? tech.breakRule->durationS : 0);
                breakPending = false;
            }
            return ready;
        };
        for (const PlannedStop &stop : route.stops) {
            if (stop.isBreak) {
                ++breaks;
                if (!tech.breakRule) {
                    problems << QStringLiteral("%1 has a break but no break rule").arg(who);
                    continue;
                }
                if (stop.start < tech.breakRule->earliest || stop.start > tech.breakRule->latest)
                    problems << QStringLiteral("%1: break starts at %2, outside %3..%4")
                                    .arg(who, toIsoUtc(stop.start),
                                         toIsoUtc(tech.breakRule->earliest),
                                         toIsoUtc(tech.breakRule->latest));
                if (stop.start + kSlack < free)
                    problems
                        << QStringLiteral("%1: break starts before the previous job ends").arg(who);
                pendingBreak = stop.start;
                breakPending = true;
                continue;
            }
            const int j = jobIndex.value(stop.job, -1);
            if (j < 0) {
                problems << QStringLiteral("%1: unknown job %2").arg(who, stop.job);
                continue;
            }
            ++seen[static_cast<std::size_t>(j)];
            ++jobs;
            const Job &job = problem.jobs[j];
            load += job.demand;
            for (const QString &sk : job.skills) {
                if (!tech.skills.contains(sk))
                    problems << QStringLiteral("%1: job %2 needs skill %3").arg(who, job.id, sk);
            }
            if (!job.pinnedTechnician.isEmpty() && job.pinnedTechnician != tech.id)
                problems << QStringLiteral("%1: job %2 is pinned to %3")
                                .arg(who, job.id, job.pinnedTechnician);
            const qint64 ready = arrive(job.location, jobMatrixIndex(j));
            if (stop.start + kSlack < ready)
                problems << QStringLiteral("%1: job %2 starts at %3 but can only start at %4")
                                .arg(who, job.id, toIsoUtc(stop.start), toIsoUtc(ready));
            bool inWindow = job.windows.isEmpty();
            for (const TimeWindow &w : job.windows)
                inWindow = inWindow || (stop.start >= w.start && stop.start <= w.end);
            if (!inWindow)
                problems << QStringLiteral("%1: job %2 starts at %3, outside its windows")
                                .arg(who, job.id, toIsoUtc(stop.start));
            if (stop.end != stop.start + job.durationS)
                problems << QStringLiteral("%1: job %2 lasts %3 s, not %4 s")
                                .arg(who, job.id)
                                .arg(stop.end - stop.start)
                                .arg(job.durationS);
            free = stop.start + job.durationS;
            at = job.location;
            atIndex = jobMatrixIndex(j);
        }
        if (jobs > 0) {
            const qint64 back = arrive(tech.end, endIndex(t));
            if (back > tech.shiftEnd + kSlack)
                problems << QStringLiteral("%1: back at %2, after the shift ends at %3")
                                .arg(who, toIsoUtc(back), toIsoUtc(tech.shiftEnd));
            if (tech.breakRule && breaks != 1)
                problems << QStringLiteral("%1: %2 breaks instead of one").arg(who).arg(breaks);
            if (std::llabs(travel - route.travelS) > legs)
                problems << QStringLiteral("%1: travel is %2 s, reported %3 s")
                                .arg(who)
                                .arg(travel)
                                .arg(route.travelS);
        } else if (breaks > 0) {
            problems << QStringLiteral("%1: a break in an empty day").arg(who);
        }
        if (tech.maxJobs && jobs > *tech.maxJobs)
            problems << QStringLiteral("%1: %2 jobs, at most %3 allowed")
                            .arg(who)
                            .arg(jobs)
                            .arg(*tech.maxJobs);
        if (tech.capacity && load > *tech.capacity)
            problems << QStringLiteral("%1: load %2 exceeds capacity %3")
                            .arg(who)
                            .arg(load)
                            .arg(*tech.capacity);
    }
    for (const UnassignedJob &u : plan.unassigned) {
        const int j = jobIndex.value(u.job, -1);
        if (j < 0) {
            problems << QStringLiteral("unknown unassigned job %1").arg(u.job);
            continue;
        }
        ++seen[static_cast<std::size_t>(j)];
        if (u.reason.isEmpty())
            problems << QStringLiteral("job %1 is unassigned without a reason").arg(u.job);
    }
    for (int j = 0; j < problem.jobs.size(); ++j) {
        const int n = seen[static_cast<std::size_t>(j)];
        if (n == 0)
            problems << QStringLiteral("job %1 is neither planned nor unassigned")
                            .arg(problem.jobs[j].id);
        else if (n > 1)
            problems << QStringLiteral("job %1 appears %2 times").arg(problem.jobs[j].id).arg(n);
    }
    return problems;
}

} // namespace fielddesk::routing
