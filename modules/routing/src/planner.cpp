#include "fielddesk/routing/planner.h"

#include "model.h"
#include "solver.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace fielddesk::routing {
namespace {

using detail::Model;

// Relative times are kept inside this range so that saturating arithmetic never overflows.
constexpr qint64 kTimeClamp = 100'000'000;
// Great-circle travel is tabulated up to this many locations (beyond: computed on demand, to
// stay within the memory budget of big problems).
constexpr int kTabulateLimit = 3000;
constexpr int kMaxPriority = 5;

struct BuiltModel
{
    Model model;
    qint64 origin = 0;
};

int relative(qint64 t, qint64 origin)
{
    return static_cast<int>(std::clamp(t - origin, -kTimeClamp, kTimeClamp));
}

BuiltModel buildModel(const Problem &p)
{
    BuiltModel b;
    Model &m = b.model;
    const int nt = static_cast<int>(p.technicians.size());
    const int nj = static_cast<int>(p.jobs.size());
    qint64 origin = std::numeric_limits<qint64>::max();
    for (const Technician &t : p.technicians)
        origin = std::min(origin, t.shiftStart);
    if (nt == 0)
        origin = 0;
    b.origin = origin;

    const int nodes = 2 * nt + nj;
    std::vector<int> matrixIndex(static_cast<std::size_t>(nodes));
    for (int i = 0; i < nt; ++i) {
        const Technician &t = p.technicians[i];
        matrixIndex[static_cast<std::size_t>(i)] = t.startIndex.value_or(i);
        matrixIndex[static_cast<std::size_t>(nt + i)] = t.endIndex.value_or(nt + i);
    }
    for (int j = 0; j < nj; ++j)
        matrixIndex[static_cast<std::size_t>(2 * nt + j)] =
            p.jobs[j].matrixIndex.value_or(2 * nt + j);
    // A matrix that does not cover every index (possible for problems built in code; JSON is
    // checked when read) is ignored in favour of great-circle travel.
    bool useMatrix = !p.travel.matrixS.empty();
    const auto matrixSize = static_cast<int>(p.travel.matrixS.size());
    for (const auto &row : p.travel.matrixS)
        useMatrix = useMatrix && static_cast<int>(row.size()) == matrixSize;
    for (int index : matrixIndex)
        useMatrix = useMatrix && index >= 0 && index < matrixSize;

    if (useMatrix) {
        std::vector<int> matrix(static_cast<std::size_t>(nodes) * static_cast<std::size_t>(nodes));
        for (int a = 0; a < nodes; ++a) {
            const auto &row =
                p.travel
                    .matrixS[static_cast<std::size_t>(matrixIndex[static_cast<std::size_t>(a)])];
            for (int c = 0; c < nodes; ++c) {
                const double v =
                    row[static_cast<std::size_t>(matrixIndex[static_cast<std::size_t>(c)])];
                matrix[static_cast<std::size_t>(a) * static_cast<std::size_t>(nodes) +
                       static_cast<std::size_t>(c)] =
                    static_cast<int>(std::clamp(std::lround(v), 0L, 10'000'000L));
            }
        }
        m.travel.setMatrix(nodes, std::move(matrix));
    } else {
        std::vector<double> lat(static_cast<std::size_t>(nodes)),
            lon(static_cast<std::size_t>(nodes));
        for (int i = 0; i < nt; ++i) {
            const Technician &t = p.technicians[i];
            lat[static_cast<std::size_t>(i)] = t.start.lat;
            lon[static_cast<std::size_t>(i)] = t.start.lon;
            lat[static_cast<std::size_t>(nt + i)] = t.end.lat;
            lon[static_cast<std::size_t>(nt + i)] = t.end.lon;
        }
        for (int j = 0; j < nj; ++j) {
            lat[static_cast<std::size_t>(2 * nt + j)] = p.jobs[j].location.lat;
            lon[static_cast<std::size_t>(2 * nt + j)] = p.jobs[j].location.lon;
        }
        TravelModel model;
        if (p.travel.speedKmh > 0)
            model.speedKmh = p.travel.speedKmh;
        if (p.travel.roadFactor > 0)
            model.roadFactor = p.travel.roadFactor;
        const double secondsPerKm = model.secondsPerGreatCircleKm();
        m.travel.setGeodesic(lat, lon, secondsPerKm, nodes <= kTabulateLimit);
    }

    std::vector<QSet<QString>> skills;
    skills.reserve(static_cast<std::size_t>(nt));
    for (int i = 0; i < nt; ++i) {
        const Technician &t = p.technicians[i];
        detail::VehicleSpec v;
        v.startNode = i;
        v.endNode = nt + i;
        v.shiftStart = relative(t.shiftStart, origin);
        v.shiftEnd = relative(t.shiftEnd, origin);
        if (t.capacity)
            v.capacity = std::max(0, *t.capacity);
        if (t.maxJobs)
            v.maxJobs = std::max(0, *t.maxJobs);
        if (t.breakRule && t.breakRule->durationS > 0) {
            v.hasBreak = true;
            v.breakEarliest = relative(t.breakRule->earliest, origin);
            v.breakLatest = relative(t.breakRule->latest, origin);
            v.breakDuration = t.breakRule->durationS;
        }
        m.vehicles.push_back(v);
        skills.emplace_back(t.skills.begin(), t.skills.end());
    }
    m.compatible.assign(static_cast<std::size_t>(nj) * static_cast<std::size_t>(nt), 0);
    for (int j = 0; j < nj; ++j) {
        const Job &job = p.jobs[j];
        detail::JobSpec s;
        s.node = 2 * nt + j;
        s.service = std::max(0, job.durationS);
        s.demand = std::max(0, job.demand);
        // Locked jobs are commitments: they outrank every job that is not locked.
        s.priority = std::clamp(job.priority, 1, kMaxPriority) + (job.locked ? kMaxPriority : 0);
        s.locked = job.locked;
        s.windowBegin = static_cast<int>(m.windows.size());
        std::vector<detail::Window> ws;
        for (const TimeWindow &w : job.windows) {
            if (w.end >= w.start)
                ws.push_back({relative(w.start, origin), relative(w.end, origin)});
        }
        if (ws.empty() && !job.windows.isEmpty()) // only reversed windows: never possible
            ws.push_back({static_cast<int>(kTimeClamp), static_cast<int>(kTimeClamp)});
        if (job.windows.isEmpty())
            ws.push_back({static_cast<int>(-kTimeClamp), static_cast<int>(kTimeClamp)});
        std::sort(ws.begin(), ws.end(),
                  [](const detail::Window &a, const detail::Window &c) { return a.open < c.open; });
        for (const detail::Window &w : ws) {
            if (static_cast<int>(m.windows.size()) > s.windowBegin &&
                w.open <= m.windows.back().close)
                m.windows.back().close = std::max(m.windows.back().close, w.close);
            else
                m.windows.push_back(w);
        }
        s.windowEnd = static_cast<int>(m.windows.size());
        m.jobs.push_back(s);
        for (int i = 0; i < nt; ++i) {
            const Technician &t = p.technicians[i];
            if (!job.pinnedTechnician.isEmpty() && job.pinnedTechnician != t.id)
                continue;
            bool ok = true;
            for (const QString &sk : job.skills)
                ok = ok && skills[static_cast<std::size_t>(i)].contains(sk);
            m.compatible[static_cast<std::size_t>(j) * static_cast<std::size_t>(nt) +
                         static_cast<std::size_t>(i)] = ok ? 1 : 0;
        }
    }
    return b;
}

QString clock(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("HH:mm"));
}

QString windowText(const Problem &p, const Job &job)
{
    QStringList parts;
    for (const TimeWindow &w : job.windows)
        parts.append(p.windowText ? p.windowText(w.start, w.end)
                                  : clock(w.start) + QChar(0x2013) + clock(w.end));
    return parts.join(QStringLiteral(", "));
}

// Why a job is not in the plan, in words a dispatcher understands.
QString explainUnassigned(const Problem &p,
                          const BuiltModel &b,
                          const std::vector<std::vector<int>> &routes,
                          int j,
                          bool placeableNow)
{
    const Model &m = b.model;
    const Job &job = p.jobs[j];
    const int nt = static_cast<int>(p.technicians.size());
    if (nt == 0)
        return QStringLiteral("no technician is available");
    if (!job.pinnedTechnician.isEmpty()) {
        const int t = p.technicianIndex(job.pinnedTechnician);
        if (t < 0)
            return QStringLiteral("pinned to technician %1, who is not in the plan")
                .arg(job.pinnedTechnician);
        if (!m.canServe(j, t)) {
            for (const QString &sk : job.skills) {
                if (!p.technicians[t].skills.contains(sk))
                    return QStringLiteral("pinned to technician %1, who lacks skill %2")
                        .arg(job.pinnedTechnician, sk);
            }
            return QStringLiteral("pinned to technician %1, who is unavailable")
                .arg(job.pinnedTechnician);
        }
    }
    for (const QString &sk : job.skills) {
        bool anyone = false;
        for (const Technician &t : p.technicians)
            anyone = anyone || t.skills.contains(sk);
        if (!anyone)
            return QStringLiteral("no technician has skill %1").arg(sk);
    }
    std::vector<int> candidates;
    for (int v = 0; v < nt; ++v) {
        if (m.canServe(j, v))
            candidates.push_back(v);
    }
    if (candidates.empty())
        return QStringLiteral("no available technician has all of the skills %1")
            .arg(job.skills.join(QStringLiteral(", ")));
    bool capacityTooSmall = true;
    bool soloPossible = false;
    for (int v : candidates) {
        const auto &veh = m.vehicles[static_cast<std::size_t>(v)];
        if (m.jobs[static_cast<std::size_t>(j)].demand <= veh.capacity)
            capacityTooSmall = false;
        if (detail::scheduleRoute(m, v, {j}).feasible)
            soloPossible = true;
    }
    if (capacityTooSmall)
        return QStringLiteral("demand %1 exceeds the capacity of every suitable technician")
            .arg(job.demand);
    if (!soloPossible) {
        if (job.windows.isEmpty())
            return QStringLiteral("the job does not fit in any suitable technician's shift");
        return QStringLiteral("window %1 cannot be reached by anyone").arg(windowText(p, job));
    }
    if (placeableNow)
        return QStringLiteral("not planned within the time limit");
    bool allFull = true;
    bool allLoaded = true;
    for (int v : candidates) {
        const auto &veh = m.vehicles[static_cast<std::size_t>(v)];
        const auto &route = routes[static_cast<std::size_t>(v)];
        int load = 0;
        for (int o : route)
            load += m.jobs[static_cast<std::size_t>(o)].demand;
        if (static_cast<int>(route.size()) < veh.maxJobs)
            allFull = false;
        if (load + m.jobs[static_cast<std::size_t>(j)].demand <= veh.capacity)
            allLoaded = false;
    }
    if (allLoaded)
        return QStringLiteral("no capacity left");
    if (allFull)
        return QStringLiteral("every suitable technician already has the maximum number of jobs");
    if (job.windows.isEmpty())
        return QStringLiteral("no time left in any suitable technician's day");
    return QStringLiteral("no time left in any suitable technician's day for window %1")
        .arg(windowText(p, job));
}

Plan toPlan(const Problem &p,
            const BuiltModel &b,
            const detail::SolverResult &result,
            const Plan *keepFrom = nullptr,
            const std::vector<std::uint8_t> *frozen = nullptr)
{
    const Model &m = b.model;
    Plan plan;
    plan.elapsedS = result.elapsedS;
    plan.iterations = result.iterations;
    for (int v = 0; v < m.vehicleCount(); ++v) {
        const Technician &t = p.technicians[v];
        const auto &jobs = result.routes[static_cast<std::size_t>(v)];
        if (keepFrom && frozen && (*frozen)[static_cast<std::size_t>(v)]) {
            if (const PlannedRoute *kept = keepFrom->routeOf(t.id)) {
                plan.routes.append(*kept);
                plan.travelS += kept->travelS;
                for (int j : jobs) {
                    ++plan.served;
                    plan.servedPriority += p.jobs[j].priority;
                }
                continue;
            }
        }
        PlannedRoute route;
        route.technician = t.id;
        const detail::RouteSchedule schedule = detail::scheduleRoute(m, v, jobs);
        if (!schedule.feasible) {
            // Only Planner::evaluate hands in days that break a rule: keep them as they came.
            route.feasible = false;
            route.travelS = schedule.travel;
            plan.travelS += route.travelS;
            if (const PlannedRoute *given = keepFrom ? keepFrom->routeOf(t.id) : nullptr)
                route.stops = given->stops;
            for (int j : jobs) {
                ++plan.served;
                plan.servedPriority += p.jobs[j].priority;
            }
            plan.routes.append(route);
            continue;
        }
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            if (schedule.breakBeforeStop == static_cast<int>(i)) {
                route.stops.append(
                    PlannedStop{QString(), true, b.origin + schedule.breakStart,
                                b.origin + schedule.breakStart +
                                    m.vehicles[static_cast<std::size_t>(v)].breakDuration});
            }
            const int j = jobs[i];
            const qint64 start = b.origin + schedule.starts[i];
            route.stops.append(PlannedStop{p.jobs[j].id, false, start,
                                           start + m.jobs[static_cast<std::size_t>(j)].service});
            ++plan.served;
            plan.servedPriority += p.jobs[j].priority;
        }
        if (schedule.breakStart >= 0 && schedule.breakBeforeStop == static_cast<int>(jobs.size())) {
            route.stops.append(
                PlannedStop{QString(), true, b.origin + schedule.breakStart,
                            b.origin + schedule.breakStart +
                                m.vehicles[static_cast<std::size_t>(v)].breakDuration});
        }
        route.travelS = schedule.travel;
        plan.travelS += route.travelS;
        plan.routes.append(route);
    }
    const std::vector<std::uint8_t> fits = detail::placeable(m, result.routes, result.unassigned);
    for (std::size_t i = 0; i < result.unassigned.size(); ++i) {
        const int j = result.unassigned[i];
        plan.unassigned.append(
            UnassignedJob{p.jobs[j].id, explainUnassigned(p, b, result.routes, j, fits[i] != 0)});
    }
    return plan;
}

detail::SolverSettings settingsFrom(const SolveOptions &options)
{
    detail::SolverSettings s;
    s.timeLimitS = options.timeLimitS;
    s.maxIterations = options.maxIterations;
    s.seed = options.seed;
    s.threads = options.threads;
    s.cancel = options.cancel;
    if (options.progress) {
        auto progress = options.progress;
        s.progress = [progress](double fraction, long long) { progress(fraction); };
    }
    return s;
}

// Job index lists per technician from a plan (unknown ids are ignored, each job once).
std::vector<std::vector<int>> routesFrom(const Problem &p, const Plan &plan)
{
    std::vector<std::vector<int>> routes(static_cast<std::size_t>(p.technicians.size()));
    QHash<QString, int> jobIndex;
    for (int j = 0; j < p.jobs.size(); ++j)
        jobIndex.insert(p.jobs[j].id, j);
    QSet<int> used;
    for (const PlannedRoute &r : plan.routes) {
        const int v = p.technicianIndex(r.technician);
        if (v < 0)
            continue;
        for (const PlannedStop &s : r.stops) {
            if (s.isBreak)
                continue;
            const int j = jobIndex.value(s.job, -1);
            if (j < 0 || used.contains(j))
                continue;
            used.insert(j);
            routes[static_cast<std::size_t>(v)].push_back(j);
        }
    }
    return routes;
}

} // namespace

Plan Planner::planDay(const Problem &problem, const SolveOptions &options)
{
    const BuiltModel b = buildModel(problem);
    const detail::SolverResult result = detail::solve(b.model, settingsFrom(options));
    return toPlan(problem, b, result);
}

QList<Slot> Planner::bestSlots(const Problem &problem,
                               const Plan &current,
                               const QString &jobId,
                               int maxResults,
                               bool onePerTechnician)
{
    QList<Slot> ranked;
    const int j = problem.jobIndex(jobId);
    if (j < 0)
        return ranked;
    const BuiltModel b = buildModel(problem);
    std::vector<std::vector<int>> routes = routesFrom(problem, current);
    for (auto &r : routes)
        r.erase(std::remove(r.begin(), r.end(), j), r.end());
    std::vector<detail::Insertion> options = detail::insertionOptions(b.model, routes, j);
    std::sort(options.begin(), options.end(),
              [](const detail::Insertion &a, const detail::Insertion &c) {
                  if (a.addedTravel != c.addedTravel)
                      return a.addedTravel < c.addedTravel;
                  if (a.start != c.start)
                      return a.start < c.start;
                  return a.vehicle < c.vehicle;
              });
    QSet<int> seen;
    for (const detail::Insertion &o : options) {
        if (ranked.size() >= maxResults)
            break;
        if (onePerTechnician && seen.contains(o.vehicle))
            continue;
        seen.insert(o.vehicle);
        ranked.append(
            Slot{problem.technicians[o.vehicle].id, o.position, b.origin + o.start, o.addedTravel});
    }
    return ranked;
}

Plan Planner::replanTechnician(const Problem &problem,
                               const Plan &current,
                               const QString &technicianId,
                               const SolveOptions &options)
{
    BuiltModel b = buildModel(problem);
    const int target = problem.technicianIndex(technicianId);
    std::vector<std::uint8_t> frozen(b.model.vehicles.size(), 1);
    if (target >= 0)
        frozen[static_cast<std::size_t>(target)] = 0;
    for (std::size_t v = 0; v < frozen.size(); ++v)
        b.model.vehicles[v].frozen = frozen[v] != 0;
    detail::SolverSettings s = settingsFrom(options);
    s.initialRoutes = routesFrom(problem, current);
    const detail::SolverResult result = detail::solve(b.model, s);
    return toPlan(problem, b, result, &current, &frozen);
}

Plan Planner::replanWithoutTechnician(const Problem &problem,
                                      const Plan &current,
                                      const QString &technicianId,
                                      const SolveOptions &options)
{
    BuiltModel b = buildModel(problem);
    Model &m = b.model;
    const int gone = problem.technicianIndex(technicianId);
    std::vector<std::vector<int>> routes = routesFrom(problem, current);
    const auto nv = static_cast<std::size_t>(m.vehicleCount());
    if (gone >= 0) {
        routes[static_cast<std::size_t>(gone)].clear();
        for (int j = 0; j < m.jobCount(); ++j)
            m.compatible[static_cast<std::size_t>(j) * nv + static_cast<std::size_t>(gone)] = 0;
    }
    // Stability: jobs someone else already has stay with that person (only their order may
    // change) and outweigh any orphaned job, so no one loses a job to make room.
    for (std::size_t v = 0; v < routes.size(); ++v) {
        for (int j : routes[v]) {
            for (std::size_t w = 0; w < nv; ++w)
                m.compatible[static_cast<std::size_t>(j) * nv + w] = w == v ? 1 : 0;
            m.jobs[static_cast<std::size_t>(j)].priority += kMaxPriority;
        }
    }
    detail::SolverSettings s = settingsFrom(options);
    s.initialRoutes = routes;
    const detail::SolverResult result = detail::solve(m, s);
    // Reasons are explained against the real problem, where the technician is simply gone.
    BuiltModel explain = buildModel(problem);
    if (gone >= 0) {
        for (int j = 0; j < explain.model.jobCount(); ++j)
            explain.model
                .compatible[static_cast<std::size_t>(j) * nv + static_cast<std::size_t>(gone)] = 0;
    }
    return toPlan(problem, explain, result);
}

Plan Planner::evaluate(const Problem &problem, const Plan &assignments)
{
    const BuiltModel b = buildModel(problem);
    detail::SolverResult result;
    result.routes = routesFrom(problem, assignments);
    std::vector<std::uint8_t> held(static_cast<std::size_t>(problem.jobs.size()), 0);
    for (const auto &route : result.routes) {
        for (int j : route)
            held[static_cast<std::size_t>(j)] = 1;
    }
    for (int j = 0; j < problem.jobs.size(); ++j) {
        if (!held[static_cast<std::size_t>(j)])
            result.unassigned.push_back(j);
    }
    return toPlan(problem, b, result, &assignments);
}

SolomonSolution Planner::solveSolomon(const SolomonInstance &instance, const SolveOptions &options)
{
    Model m;
    const int n = static_cast<int>(instance.nodes.size());
    std::vector<int> matrix(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    for (int a = 0; a < n; ++a) {
        for (int c = 0; c < n; ++c)
            matrix[static_cast<std::size_t>(a) * static_cast<std::size_t>(n) +
                   static_cast<std::size_t>(c)] = instance.distanceTenths(a, c);
    }
    m.travel.setMatrix(n, std::move(matrix));
    const SolomonInstance::Node &depot = instance.nodes.front();
    for (int v = 0; v < instance.vehicles; ++v) {
        detail::VehicleSpec spec;
        spec.startNode = 0;
        spec.endNode = 0;
        spec.shiftStart = depot.ready * 10;
        spec.shiftEnd = depot.due * 10;
        spec.capacity = instance.capacity;
        m.vehicles.push_back(spec);
    }
    for (int i = 1; i < n; ++i) {
        const SolomonInstance::Node &node = instance.nodes[static_cast<std::size_t>(i)];
        detail::JobSpec s;
        s.node = i;
        s.service = node.service * 10;
        s.demand = node.demand;
        s.windowBegin = static_cast<int>(m.windows.size());
        m.windows.push_back({node.ready * 10, node.due * 10});
        s.windowEnd = s.windowBegin + 1;
        m.jobs.push_back(s);
    }
    m.compatible.assign(m.jobs.size() * m.vehicles.size(), 1);
    m.homogeneous = true;
    const detail::SolverResult result = detail::solve(m, settingsFrom(options));
    SolomonSolution solution;
    solution.instance = instance.name;
    for (const auto &route : result.routes) {
        if (route.empty())
            continue;
        std::vector<int> customers;
        for (int j : route)
            customers.push_back(instance.nodes[static_cast<std::size_t>(j + 1)].number);
        solution.routes.push_back(customers);
    }
    solution.distanceTenths = result.travel;
    solution.elapsedS = result.elapsedS;
    solution.iterations = result.iterations;
    solution.unserved = static_cast<int>(result.unassigned.size());
    return solution;
}

} // namespace fielddesk::routing
