#include "solver.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <numeric>
#include <thread>

namespace fielddesk::routing::detail {
namespace {

// SISR parameters (Christiaens & Vanden Berghe 2020): average number of removed jobs, longest
// removed string, split-string preservation, blink rate of the greedy insertion.
constexpr double kAverageRemoved = 10.0;
constexpr double kMaxStringLength = 10.0;
constexpr double kSplitDepth = 0.01;
constexpr double kBlinkRate = 0.01;
// Annealing temperatures as multiples of the average arc cost of the first solution.
constexpr double kStartTemperature = 3.0;
constexpr double kFinalTemperature = 0.01;
// Regret construction is used while jobs x vehicles stays below this; plain greedy above.
constexpr long long kRegretLimit = 200'000;
constexpr int kNeighbourCount = 100;
// Unplaced jobs retried per iteration: the seed's nearest ones, and about this many others.
constexpr std::size_t kNearbyRetries = 30;
constexpr double kUnassignedRetries = 5.0;

// xoshiro256** seeded through splitmix64: fast, and the same sequence on every platform.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (std::uint64_t &s : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4] = {};
};

// One vehicle's route with the labels that make insertion checks O(1):
// f0/f1 = earliest service start at each position with the break still to take / taken,
// l0/l1 = latest service start at each position from which the rest stays feasible.
// Position 0 is the vehicle start, position n+1 its end.
struct Route
{
    std::vector<int> jobs;
    std::vector<int> f0, f1, l0, l1;
    std::vector<int> leg; // travel from position i to i+1
    int load = 0;
    long long travel = 0;
    bool feasible = true;
};

int positionNode(const Model &m, int vehicle, const Route &r, int pos)
{
    const VehicleSpec &veh = m.vehicles[static_cast<std::size_t>(vehicle)];
    if (pos == 0)
        return veh.startNode;
    if (pos == static_cast<int>(r.jobs.size()) + 1)
        return veh.endNode;
    return m.jobs[static_cast<std::size_t>(r.jobs[static_cast<std::size_t>(pos - 1)])].node;
}

void updateRoute(const Model &m, int vehicle, Route &r)
{
    const VehicleSpec &veh = m.vehicles[static_cast<std::size_t>(vehicle)];
    const int n = static_cast<int>(r.jobs.size());
    const auto size = static_cast<std::size_t>(n + 2);
    r.f0.resize(size);
    r.f1.resize(size);
    r.l0.resize(size);
    r.l1.resize(size);
    r.leg.resize(size);
    r.load = 0;
    for (int j : r.jobs)
        r.load += m.jobs[static_cast<std::size_t>(j)].demand;

    r.f0[0] = veh.hasBreak ? veh.shiftStart : kInf;
    r.f1[0] = veh.hasBreak ? kInf : veh.shiftStart;
    long long travel = 0;
    int prevNode = veh.startNode;
    int prevService = 0;
    for (int i = 1; i <= n + 1; ++i) {
        const auto ui = static_cast<std::size_t>(i);
        const bool isEnd = i == n + 1;
        const int job = isEnd ? -1 : r.jobs[ui - 1];
        const int node = isEnd ? veh.endNode : m.jobs[static_cast<std::size_t>(job)].node;
        const int t = m.travel(prevNode, node);
        r.leg[ui - 1] = t;
        travel += t;
        const int d0 = addTime(r.f0[ui - 1], prevService);
        const int d1 = addTime(r.f1[ui - 1], prevService);
        const int a0 = addTime(d0, t);
        int a1 = addTime(d1, t);
        if (veh.hasBreak && d0 <= veh.breakLatest)
            a1 = std::min(a1, std::max(a0, veh.breakEarliest) + veh.breakDuration);
        if (isEnd) {
            r.f0[ui] = a0 <= veh.shiftEnd ? a0 : kInf;
            r.f1[ui] = a1 <= veh.shiftEnd ? a1 : kInf;
        } else {
            r.f0[ui] = m.earliestStart(job, a0);
            r.f1[ui] = m.earliestStart(job, a1);
            prevService = m.jobs[static_cast<std::size_t>(job)].service;
        }
        prevNode = node;
    }
    r.leg[static_cast<std::size_t>(n + 1)] = 0;
    r.travel = n == 0 ? 0 : travel;
    r.feasible = n == 0 || (r.f1[static_cast<std::size_t>(n + 1)] < kInf &&
                            r.load <= veh.capacity && n <= veh.maxJobs);

    r.l1[static_cast<std::size_t>(n + 1)] = veh.shiftEnd;
    r.l0[static_cast<std::size_t>(n + 1)] = kNegInf;
    for (int i = n; i >= 0; --i) {
        const auto ui = static_cast<std::size_t>(i);
        const int job = i == 0 ? -1 : r.jobs[ui - 1];
        const int service = i == 0 ? 0 : m.jobs[static_cast<std::size_t>(job)].service;
        const int t = r.leg[ui];
        const int next1 = r.l1[ui + 1];
        const int dep1 = subTime(next1, t);
        int dep0 = subTime(r.l0[ui + 1], t);
        if (veh.hasBreak && next1 > kNegInf && veh.breakEarliest + veh.breakDuration <= next1)
            dep0 = std::max(dep0, std::min(veh.breakLatest, next1 - veh.breakDuration - t));
        if (i == 0) {
            r.l1[0] = dep1;
            r.l0[0] = dep0;
        } else {
            r.l1[ui] = m.latestStart(job, subTime(dep1, service));
            r.l0[ui] = m.latestStart(job, subTime(dep0, service));
        }
    }
}

// After inserting a job at index `pos` of a feasible route: shift the labels, then recompute
// forward and backward from the new position only until they match the old values again.
void updateAfterInsertion(const Model &m, int vehicle, Route &r, int pos)
{
    const VehicleSpec &veh = m.vehicles[static_cast<std::size_t>(vehicle)];
    const int n = static_cast<int>(r.jobs.size());
    if (n == 1 || static_cast<int>(r.f0.size()) != n + 1) {
        updateRoute(m, vehicle, r);
        return;
    }
    const int job = r.jobs[static_cast<std::size_t>(pos)];
    const JobSpec &js = m.jobs[static_cast<std::size_t>(job)];
    const int p = pos + 1; // route position of the new job
    const auto up = static_cast<std::size_t>(p);
    const int u = positionNode(m, vehicle, r, p - 1);
    const int w = positionNode(m, vehicle, r, p + 1);
    const int tux = m.travel(u, js.node);
    const int txw = m.travel(js.node, w);
    r.travel += tux + txw - r.leg[up - 1];
    r.load += js.demand;
    r.leg[up - 1] = tux;
    r.leg.insert(r.leg.begin() + p, txw);
    r.f0.insert(r.f0.begin() + p, 0);
    r.f1.insert(r.f1.begin() + p, 0);
    r.l0.insert(r.l0.begin() + p, 0);
    r.l1.insert(r.l1.begin() + p, 0);

    auto serviceAt = [&](int i) {
        return i == 0 || i == n + 1
                   ? 0
                   : m.jobs[static_cast<std::size_t>(r.jobs[static_cast<std::size_t>(i - 1)])]
                         .service;
    };
    for (int i = p; i <= n + 1; ++i) {
        const auto ui = static_cast<std::size_t>(i);
        const int prevService = serviceAt(i - 1);
        const int t = r.leg[ui - 1];
        const int d0 = addTime(r.f0[ui - 1], prevService);
        const int d1 = addTime(r.f1[ui - 1], prevService);
        const int a0 = addTime(d0, t);
        int a1 = addTime(d1, t);
        if (veh.hasBreak && d0 <= veh.breakLatest)
            a1 = std::min(a1, std::max(a0, veh.breakEarliest) + veh.breakDuration);
        int n0 = 0;
        int n1 = 0;
        if (i == n + 1) {
            n0 = a0 <= veh.shiftEnd ? a0 : kInf;
            n1 = a1 <= veh.shiftEnd ? a1 : kInf;
        } else {
            const int j = r.jobs[ui - 1];
            n0 = m.earliestStart(j, a0);
            n1 = m.earliestStart(j, a1);
        }
        if (i > p && n0 == r.f0[ui] && n1 == r.f1[ui])
            break;
        r.f0[ui] = n0;
        r.f1[ui] = n1;
    }
    for (int i = p; i >= 0; --i) {
        const auto ui = static_cast<std::size_t>(i);
        const int t = r.leg[ui];
        const int next1 = r.l1[ui + 1];
        const int dep1 = subTime(next1, t);
        int dep0 = subTime(r.l0[ui + 1], t);
        if (veh.hasBreak && next1 > kNegInf && veh.breakEarliest + veh.breakDuration <= next1)
            dep0 = std::max(dep0, std::min(veh.breakLatest, next1 - veh.breakDuration - t));
        int n0 = dep0;
        int n1 = dep1;
        if (i > 0) {
            const int j = r.jobs[ui - 1];
            const int service = m.jobs[static_cast<std::size_t>(j)].service;
            n1 = m.latestStart(j, subTime(dep1, service));
            n0 = m.latestStart(j, subTime(dep0, service));
        }
        if (i < p && n0 == r.l0[ui] && n1 == r.l1[ui])
            break;
        r.l0[ui] = n0;
        r.l1[ui] = n1;
    }
    r.feasible =
        r.f1[static_cast<std::size_t>(n + 1)] < kInf && r.load <= veh.capacity && n <= veh.maxJobs;
}

// Can `job` go between positions pos and pos+1? tux/txw: travel to and from it.
bool insertionFeasible(
    const Model &m, const VehicleSpec &veh, const Route &r, int pos, int job, int tux, int txw)
{
    const auto up = static_cast<std::size_t>(pos);
    const int su = pos == 0 ? 0 : m.jobs[static_cast<std::size_t>(r.jobs[up - 1])].service;
    const int d0 = addTime(r.f0[up], su);
    const int d1 = addTime(r.f1[up], su);
    const int a0 = addTime(d0, tux);
    int a1 = addTime(d1, tux);
    if (veh.hasBreak && d0 <= veh.breakLatest)
        a1 = std::min(a1, std::max(a0, veh.breakEarliest) + veh.breakDuration);
    const int x0 = m.earliestStart(job, a0);
    const int x1 = m.earliestStart(job, a1);
    if (x0 >= kInf && x1 >= kInf)
        return false;
    const int sx = m.jobs[static_cast<std::size_t>(job)].service;
    const int e0 = addTime(x0, sx);
    const int e1 = addTime(x1, sx);
    if (addTime(e1, txw) <= r.l1[up + 1] || addTime(e0, txw) <= r.l0[up + 1])
        return true;
    return veh.hasBreak && e0 <= veh.breakLatest &&
           std::max(e0 + txw, veh.breakEarliest) + veh.breakDuration <= r.l1[up + 1];
}

// Cheapest feasible position of `job` in route `vehicle`; improves bestDelta/bestPos in place.
template<typename Blink>
bool bestInRoute(const Model &m,
                 int vehicle,
                 const Route &r,
                 int job,
                 long long &bestDelta,
                 int &bestPos,
                 Blink &&blink)
{
    const VehicleSpec &veh = m.vehicles[static_cast<std::size_t>(vehicle)];
    if (veh.frozen || !m.canServe(job, vehicle))
        return false;
    const JobSpec &js = m.jobs[static_cast<std::size_t>(job)];
    const int n = static_cast<int>(r.jobs.size());
    if (n + 1 > veh.maxJobs || r.load + js.demand > veh.capacity)
        return false;
    const int xNode = js.node;
    const int lastClose = m.lastClose(job);
    const int earliestFinish =
        js.windowEnd > js.windowBegin
            ? m.windows[static_cast<std::size_t>(js.windowBegin)].open + js.service
            : kNegInf;
    bool found = false;
    int prevNode = veh.startNode;
    for (int pos = 0; pos <= n; ++pos) {
        const auto up = static_cast<std::size_t>(pos);
        const int nextNode =
            pos == n ? veh.endNode : m.jobs[static_cast<std::size_t>(r.jobs[up])].node;
        if (std::min(r.f0[up], r.f1[up]) > lastClose)
            break;
        // Latest starts grow along the route: skip positions whose successor must start
        // before the job could even be finished.
        if (std::max(r.l0[up + 1], r.l1[up + 1]) < earliestFinish) {
            prevNode = nextNode;
            continue;
        }
        const int tux = m.travel(prevNode, xNode);
        const int txw = m.travel(xNode, nextNode);
        const long long delta = n == 0 ? tux + txw : tux + txw - r.leg[up];
        if (delta < bestDelta && !blink() && insertionFeasible(m, veh, r, pos, job, tux, txw)) {
            bestDelta = delta;
            bestPos = pos;
            found = true;
        }
        prevNode = nextNode;
    }
    return found;
}

class Search
{
public:
    Search(const Model &model, const SolverSettings &settings)
        : m(model)
        , s(settings)
        , m_random(settings.seed)
        , m_started(std::chrono::steady_clock::now())
    {}

    SolverResult run();

private:
    double elapsed() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    }
    bool excluded(int job) const
    {
        return !s.excluded.empty() && s.excluded[static_cast<std::size_t>(job)] != 0;
    }
    void buildNeighbours();
    void construct();
    void regretInsert(std::vector<int> pool);
    void recreate(std::vector<int> &pool, bool blinks);
    void ruin(std::vector<int> &removed);
    void removePositions(int vehicle, std::vector<int> positions, std::vector<int> &removed);
    void repair(int vehicle, std::vector<int> &removed);
    void insertAt(int vehicle, int pos, int job);
    void touch(int vehicle);
    void commit();
    void rollback();
    long long cost() const { return m_travel + m_penalty; }
    void recomputeTotals();
    void saveBest();
    int firstEmptyVehicle() const;

    const Model &m;
    const SolverSettings &s;
    Random m_random;
    std::chrono::steady_clock::time_point m_started;

    std::vector<Route> m_routes;
    std::vector<int> m_routeOf;
    std::vector<int> m_unassigned;
    std::vector<std::vector<int>> m_neighbours;
    std::vector<long long> m_nearStamp; // == m_stamp: near this iteration's ruin
    long long m_stamp = 0;
    long long m_travel = 0;
    long long m_penalty = 0;

    // Undo log of one iteration.
    std::vector<Route> m_backup;
    std::vector<std::uint8_t> m_touched;
    std::vector<int> m_touchedList;
    std::vector<int> m_unassignedBackup;
    long long m_travelBackup = 0;
    long long m_penaltyBackup = 0;

    std::vector<std::vector<int>> m_bestRoutes;
    std::vector<int> m_bestUnassigned;
    long long m_bestCost = LLONG_MAX;
    long long m_bestTravel = 0;
};

void Search::buildNeighbours()
{
    const int n = m.jobCount();
    const int k = std::min(n - 1, kNeighbourCount);
    m_neighbours.assign(static_cast<std::size_t>(n), {});
    m_nearStamp.assign(static_cast<std::size_t>(n), -1);
    if (k <= 0)
        return;
    std::vector<std::pair<int, int>> buffer;
    buffer.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        buffer.clear();
        const int a = m.jobs[static_cast<std::size_t>(i)].node;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const int b = m.jobs[static_cast<std::size_t>(j)].node;
            buffer.emplace_back(m.travel(a, b) + m.travel(b, a), j);
        }
        std::partial_sort(buffer.begin(), buffer.begin() + k, buffer.end());
        auto &list = m_neighbours[static_cast<std::size_t>(i)];
        list.reserve(static_cast<std::size_t>(k));
        for (int t = 0; t < k; ++t)
            list.push_back(buffer[static_cast<std::size_t>(t)].second);
    }
}

int Search::firstEmptyVehicle() const
{
    for (int v = 0; v < m.vehicleCount(); ++v) {
        if (m_routes[static_cast<std::size_t>(v)].jobs.empty() &&
            !m.vehicles[static_cast<std::size_t>(v)].frozen)
            return v;
    }
    return -1;
}

void Search::touch(int vehicle)
{
    const auto uv = static_cast<std::size_t>(vehicle);
    if (m_touched[uv])
        return;
    m_touched[uv] = 1;
    m_touchedList.push_back(vehicle);
    m_backup[uv] = m_routes[uv];
}

void Search::commit()
{
    for (int v : m_touchedList)
        m_touched[static_cast<std::size_t>(v)] = 0;
    m_touchedList.clear();
}

void Search::rollback()
{
    for (int v : m_touchedList) {
        const auto uv = static_cast<std::size_t>(v);
        std::swap(m_routes[uv], m_backup[uv]);
        for (int j : m_routes[uv].jobs)
            m_routeOf[static_cast<std::size_t>(j)] = v;
        m_touched[uv] = 0;
    }
    m_touchedList.clear();
    m_unassigned = m_unassignedBackup;
    for (int j : m_unassigned)
        m_routeOf[static_cast<std::size_t>(j)] = -1;
    m_travel = m_travelBackup;
    m_penalty = m_penaltyBackup;
}

void Search::recomputeTotals()
{
    m_travel = 0;
    for (const Route &r : m_routes)
        m_travel += r.travel;
    m_penalty = 0;
    for (int j : m_unassigned)
        m_penalty += m.unassignedPenalty * m.jobs[static_cast<std::size_t>(j)].priority;
}

void Search::saveBest()
{
    m_bestCost = cost();
    m_bestTravel = m_travel;
    m_bestRoutes.resize(m_routes.size());
    for (std::size_t v = 0; v < m_routes.size(); ++v)
        m_bestRoutes[v] = m_routes[v].jobs;
    m_bestUnassigned = m_unassigned;
}

void Search::insertAt(int vehicle, int pos, int job)
{
    touch(vehicle);
    Route &r = m_routes[static_cast<std::size_t>(vehicle)];
    m_travel -= r.travel;
    r.jobs.insert(r.jobs.begin() + pos, job);
    updateAfterInsertion(m, vehicle, r, pos);
    m_travel += r.travel;
    m_routeOf[static_cast<std::size_t>(job)] = vehicle;
}

// Removing jobs can break a route when travel times violate the triangle inequality (rounded
// distances do); drop jobs from the first failing one until the route is feasible again.
void Search::repair(int vehicle, std::vector<int> &removed)
{
    Route &r = m_routes[static_cast<std::size_t>(vehicle)];
    while (!r.feasible && !r.jobs.empty()) {
        const int n = static_cast<int>(r.jobs.size());
        int drop = n - 1;
        for (int i = 1; i <= n; ++i) {
            const auto ui = static_cast<std::size_t>(i);
            if (r.f0[ui] >= kInf && r.f1[ui] >= kInf) {
                drop = i - 1;
                break;
            }
        }
        const int job = r.jobs[static_cast<std::size_t>(drop)];
        r.jobs.erase(r.jobs.begin() + drop);
        m_routeOf[static_cast<std::size_t>(job)] = -1;
        removed.push_back(job);
        updateRoute(m, vehicle, r);
    }
}

void Search::removePositions(int vehicle, std::vector<int> positions, std::vector<int> &removed)
{
    touch(vehicle);
    Route &r = m_routes[static_cast<std::size_t>(vehicle)];
    m_travel -= r.travel;
    std::sort(positions.begin(), positions.end(), std::greater<>());
    for (int p : positions) {
        const int job = r.jobs[static_cast<std::size_t>(p)];
        if (m.jobs[static_cast<std::size_t>(job)].locked)
            continue;
        r.jobs.erase(r.jobs.begin() + p);
        m_routeOf[static_cast<std::size_t>(job)] = -1;
        removed.push_back(job);
    }
    updateRoute(m, vehicle, r);
    repair(vehicle, removed);
    m_travel += r.travel;
}

void Search::ruin(std::vector<int> &removed)
{
    int nonEmpty = 0;
    int assigned = 0;
    for (const Route &r : m_routes) {
        if (!r.jobs.empty()) {
            ++nonEmpty;
            assigned += static_cast<int>(r.jobs.size());
        }
    }
    const double average = nonEmpty > 0 ? static_cast<double>(assigned) / nonEmpty : 1.0;
    const double lsMax = std::min(kMaxStringLength, average);
    const double ksMax = 4.0 * kAverageRemoved / (1.0 + lsMax) - 1.0;
    const int ks = static_cast<int>(m_random.uniform() * ksMax) + 1;
    const int seed = m_random.below(m.jobCount());

    std::vector<int> ruined;
    auto consider = [&](int c) {
        const int v = m_routeOf[static_cast<std::size_t>(c)];
        if (v < 0 || m.vehicles[static_cast<std::size_t>(v)].frozen ||
            m.jobs[static_cast<std::size_t>(c)].locked ||
            std::find(ruined.begin(), ruined.end(), v) != ruined.end())
            return;
        ruined.push_back(v);
        const Route &r = m_routes[static_cast<std::size_t>(v)];
        const int size = static_cast<int>(r.jobs.size());
        const int p = static_cast<int>(std::find(r.jobs.begin(), r.jobs.end(), c) - r.jobs.begin());
        const double lMaxT = std::min(static_cast<double>(size), lsMax);
        const int l = std::min(size, static_cast<int>(m_random.uniform() * lMaxT) + 1);
        std::vector<int> positions;
        if (l == size || m_random.uniform() < 0.5) {
            const int lo = std::max(0, p - l + 1);
            const int hi = std::min(p, size - l);
            const int start = lo + m_random.below(hi - lo + 1);
            for (int i = start; i < start + l; ++i)
                positions.push_back(i);
        } else {
            int keep = 1;
            while (l + keep < size && m_random.uniform() > kSplitDepth)
                ++keep;
            const int total = l + keep;
            const int lo = std::max(0, p - total + 1);
            const int hi = std::min(p, size - total);
            const int start = lo + m_random.below(hi - lo + 1);
            const int keepAt = m_random.below(l + 1);
            for (int i = 0; i < total; ++i) {
                if (i < keepAt || i >= keepAt + keep)
                    positions.push_back(start + i);
            }
        }
        removePositions(v, std::move(positions), removed);
    };
    ++m_stamp;
    m_nearStamp[static_cast<std::size_t>(seed)] = m_stamp;
    const auto &near = m_neighbours[static_cast<std::size_t>(seed)];
    for (std::size_t i = 0; i < near.size() && i < kNearbyRetries; ++i)
        m_nearStamp[static_cast<std::size_t>(near[i])] = m_stamp;
    consider(seed);
    for (int c : near) {
        if (static_cast<int>(ruined.size()) >= ks)
            break;
        consider(c);
    }
}

void Search::recreate(std::vector<int> &pool, bool blinks)
{
    // Order of insertion (SISR): random, largest demand, farthest, tightest window; weights
    // 4:4:2:1. Higher priority always first.
    const int depot = m.vehicles.empty() ? 0 : m.vehicles.front().startNode;
    std::vector<long long> key(pool.size());
    const double pick = m_random.uniform() * 11.0;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const int j = pool[i];
        const JobSpec &js = m.jobs[static_cast<std::size_t>(j)];
        long long k = 0;
        if (pick < 4.0) {
            k = static_cast<long long>(m_random.below(1 << 30));
        } else if (pick < 8.0) {
            k = -js.demand;
        } else if (pick < 10.0) {
            k = -(m.travel(depot, js.node) + m.travel(js.node, depot));
        } else {
            const int width =
                js.windowEnd > js.windowBegin
                    ? m.lastClose(j) - m.windows[static_cast<std::size_t>(js.windowBegin)].open
                    : 0;
            k = width;
        }
        key[i] = (static_cast<long long>(10 - js.priority) << 40) + (k + (1LL << 39));
    }
    std::vector<std::size_t> order(pool.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });

    auto blink = [&]() { return blinks && m_random.uniform() < kBlinkRate; };
    for (std::size_t idx : order) {
        const int job = pool[idx];
        long long bestDelta = LLONG_MAX;
        int bestPos = -1;
        int bestVehicle = -1;
        bool emptyTried = false;
        for (int v = 0; v < m.vehicleCount(); ++v) {
            const Route &r = m_routes[static_cast<std::size_t>(v)];
            if (r.jobs.empty() && m.homogeneous) {
                if (emptyTried || m.vehicles[static_cast<std::size_t>(v)].frozen)
                    continue;
                emptyTried = true;
            }
            if (bestInRoute(m, v, r, job, bestDelta, bestPos, blink))
                bestVehicle = v;
        }
        if (bestVehicle >= 0) {
            insertAt(bestVehicle, bestPos, job);
        } else {
            m_unassigned.push_back(job);
            m_routeOf[static_cast<std::size_t>(job)] = -1;
        }
    }
}

void Search::regretInsert(std::vector<int> pool)
{
    const int nv = m.vehicleCount();
    struct Option
    {
        long long delta = LLONG_MAX;
        int pos = -1;
    };
    std::vector<Option> cache(pool.size() * static_cast<std::size_t>(nv));
    auto noBlink = []() { return false; };
    auto isCandidate = [&](int v, int firstEmpty) {
        const Route &r = m_routes[static_cast<std::size_t>(v)];
        return !r.jobs.empty() || !m.homogeneous || v == firstEmpty;
    };
    auto refresh = [&](std::size_t i, int v) {
        Option &o = cache[i * static_cast<std::size_t>(nv) + static_cast<std::size_t>(v)];
        o = Option{};
        bestInRoute(m, v, m_routes[static_cast<std::size_t>(v)], pool[i], o.delta, o.pos, noBlink);
    };
    int firstEmpty = m.homogeneous ? firstEmptyVehicle() : -1;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        for (int v = 0; v < nv; ++v) {
            if (isCandidate(v, firstEmpty))
                refresh(i, v);
        }
    }
    std::vector<std::uint8_t> done(pool.size(), 0);
    std::size_t remaining = pool.size();
    while (remaining > 0) {
        long long bestScore = LLONG_MIN;
        std::size_t bestIndex = 0;
        int bestVehicle = -1;
        for (std::size_t i = 0; i < pool.size(); ++i) {
            if (done[i])
                continue;
            long long first = LLONG_MAX;
            long long second = LLONG_MAX;
            int firstVehicle = -1;
            for (int v = 0; v < nv; ++v) {
                if (!isCandidate(v, firstEmpty))
                    continue;
                const Option &o =
                    cache[i * static_cast<std::size_t>(nv) + static_cast<std::size_t>(v)];
                if (o.pos < 0)
                    continue;
                if (o.delta < first) {
                    second = first;
                    first = o.delta;
                    firstVehicle = v;
                } else if (o.delta < second) {
                    second = o.delta;
                }
            }
            if (firstVehicle < 0) {
                // Routes only fill up during construction: this job will not fit later either.
                done[i] = 1;
                --remaining;
                m_unassigned.push_back(pool[i]);
                continue;
            }
            const long long regret = second == LLONG_MAX ? (1LL << 40) : second - first;
            const long long score =
                (static_cast<long long>(m.jobs[static_cast<std::size_t>(pool[i])].priority) << 42) +
                regret;
            if (score > bestScore) {
                bestScore = score;
                bestIndex = i;
                bestVehicle = firstVehicle;
            }
        }
        if (bestVehicle < 0)
            break;
        const Option &chosen =
            cache[bestIndex * static_cast<std::size_t>(nv) + static_cast<std::size_t>(bestVehicle)];
        insertAt(bestVehicle, chosen.pos, pool[bestIndex]);
        done[bestIndex] = 1;
        --remaining;
        const bool openedEmpty = bestVehicle == firstEmpty;
        if (openedEmpty)
            firstEmpty = firstEmptyVehicle();
        for (std::size_t i = 0; i < pool.size(); ++i) {
            if (done[i])
                continue;
            refresh(i, bestVehicle);
            if (openedEmpty && firstEmpty >= 0)
                refresh(i, firstEmpty);
        }
    }
}

void Search::construct()
{
    const int nv = m.vehicleCount();
    m_routes.assign(static_cast<std::size_t>(nv), Route{});
    m_backup.assign(static_cast<std::size_t>(nv), Route{});
    m_touched.assign(static_cast<std::size_t>(nv), 0);
    m_routeOf.assign(static_cast<std::size_t>(m.jobCount()), -1);
    std::vector<int> removed;
    for (int v = 0; v < nv; ++v) {
        Route &r = m_routes[static_cast<std::size_t>(v)];
        if (static_cast<std::size_t>(v) < s.initialRoutes.size())
            r.jobs = s.initialRoutes[static_cast<std::size_t>(v)];
        for (int j : r.jobs)
            m_routeOf[static_cast<std::size_t>(j)] = v;
        updateRoute(m, v, r);
        if (!m.vehicles[static_cast<std::size_t>(v)].frozen)
            repair(v, removed);
    }
    std::vector<int> pool;
    for (int j = 0; j < m.jobCount(); ++j) {
        if (m_routeOf[static_cast<std::size_t>(j)] >= 0)
            continue;
        if (excluded(j))
            m_unassigned.push_back(j);
        else
            pool.push_back(j);
    }
    if (static_cast<long long>(pool.size()) * nv <= kRegretLimit) {
        regretInsert(pool);
    } else {
        recreate(pool, false);
    }
    commit();
    recomputeTotals();
}

SolverResult Search::run()
{
    buildNeighbours();
    construct();
    saveBest();

    long long assigned = 0;
    long long routes = 0;
    for (const Route &r : m_routes) {
        if (!r.jobs.empty()) {
            assigned += static_cast<long long>(r.jobs.size());
            ++routes;
        }
    }
    const double averageArc =
        assigned > 0 ? static_cast<double>(m_travel) / static_cast<double>(assigned + routes) : 1.0;
    const double t0 = std::max(1e-3, kStartTemperature * averageArc);
    const double tf = std::max(1e-4, kFinalTemperature * averageArc);

    // Nothing to search when no job can move: no vehicle may take it, or it is fixed.
    bool searchable = false;
    for (int j = 0; j < m.jobCount() && !searchable; ++j) {
        const int v = m_routeOf[static_cast<std::size_t>(j)];
        if (excluded(j))
            continue;
        if (v >= 0 && (m.vehicles[static_cast<std::size_t>(v)].frozen ||
                       m.jobs[static_cast<std::size_t>(j)].locked))
            continue;
        for (int w = 0; w < m.vehicleCount() && !searchable; ++w)
            searchable = !m.vehicles[static_cast<std::size_t>(w)].frozen && m.canServe(j, w);
    }

    long long iteration = 0;
    double lastReport = 0;
    std::vector<int> pool;
    while (searchable && m.jobCount() > 0) {
        if (s.maxIterations > 0 && iteration >= s.maxIterations)
            break;
        if (s.cancel && s.cancel->load(std::memory_order_relaxed))
            break;
        const double now = elapsed();
        if (now >= s.timeLimitS)
            break;
        const double fraction = s.maxIterations > 0 ? static_cast<double>(iteration) /
                                                          static_cast<double>(s.maxIterations)
                                                    : now / s.timeLimitS;
        if (s.progress && now - lastReport >= 0.1) {
            lastReport = now;
            s.progress(fraction, m_bestCost);
        }
        const double temperature = t0 * std::pow(tf / t0, fraction);
        const long long current = cost();
        m_unassignedBackup = m_unassigned;
        m_travelBackup = m_travel;
        m_penaltyBackup = m_penalty;

        pool.clear();
        ruin(pool);
        // Unplaced jobs get another try when they are near the ruined area, and a few others
        // at random: trying all of them every time is slow on over-full days.
        const double extraChance =
            m_unassigned.empty() ? 0.0
                                 : kUnassignedRetries / static_cast<double>(m_unassigned.size());
        std::size_t kept = 0;
        for (int j : m_unassigned) {
            if (m_nearStamp[static_cast<std::size_t>(j)] == m_stamp ||
                m_random.uniform() < extraChance)
                pool.push_back(j);
            else
                m_unassigned[kept++] = j;
        }
        m_unassigned.resize(kept);
        recreate(pool, true);
        m_penalty = 0;
        for (int j : m_unassigned)
            m_penalty += m.unassignedPenalty * m.jobs[static_cast<std::size_t>(j)].priority;

        const long long candidate = cost();
        const double threshold = static_cast<double>(current) -
                                 temperature * std::log(std::max(1e-300, m_random.uniform()));
        if (static_cast<double>(candidate) < threshold) {
            commit();
            if (candidate < m_bestCost)
                saveBest();
        } else {
            rollback();
        }
        ++iteration;
    }
    if (s.progress)
        s.progress(1.0, m_bestCost);

    SolverResult result;
    result.routes = m_bestRoutes;
    result.unassigned = m_bestUnassigned;
    std::sort(result.unassigned.begin(), result.unassigned.end());
    result.travel = m_bestTravel;
    result.cost = m_bestCost;
    result.iterations = iteration;
    result.elapsedS = elapsed();
    return result;
}

} // namespace

RouteSchedule scheduleRoute(const Model &m, int vehicle, const std::vector<int> &jobs)
{
    RouteSchedule out;
    const VehicleSpec &veh = m.vehicles[static_cast<std::size_t>(vehicle)];
    const int n = static_cast<int>(jobs.size());
    if (n == 0) {
        out.feasible = true;
        out.endArrival = veh.shiftStart;
        return out;
    }
    const auto size = static_cast<std::size_t>(n + 2);
    std::vector<int> f0(size), f1(size);
    std::vector<std::uint8_t> viaBreak(size, 0);
    f0[0] = veh.hasBreak ? veh.shiftStart : kInf;
    f1[0] = veh.hasBreak ? kInf : veh.shiftStart;
    int prevNode = veh.startNode;
    int prevService = 0;
    int load = 0;
    for (int i = 1; i <= n + 1; ++i) {
        const auto ui = static_cast<std::size_t>(i);
        const bool isEnd = i == n + 1;
        const int job = isEnd ? -1 : jobs[ui - 1];
        const int node = isEnd ? veh.endNode : m.jobs[static_cast<std::size_t>(job)].node;
        const int t = m.travel(prevNode, node);
        out.travel += t;
        const int d0 = addTime(f0[ui - 1], prevService);
        const int d1 = addTime(f1[ui - 1], prevService);
        const int a0 = addTime(d0, t);
        int a1 = addTime(d1, t);
        if (veh.hasBreak && d0 <= veh.breakLatest) {
            const int ab = std::max(a0, veh.breakEarliest) + veh.breakDuration;
            if (ab < a1) {
                a1 = ab;
                viaBreak[ui] = 1;
            }
        }
        if (isEnd) {
            f0[ui] = a0 <= veh.shiftEnd ? a0 : kInf;
            f1[ui] = a1 <= veh.shiftEnd ? a1 : kInf;
        } else {
            f0[ui] = m.earliestStart(job, a0);
            f1[ui] = m.earliestStart(job, a1);
            prevService = m.jobs[static_cast<std::size_t>(job)].service;
            load += m.jobs[static_cast<std::size_t>(job)].demand;
        }
        prevNode = node;
    }
    const auto last = static_cast<std::size_t>(n + 1);
    out.feasible = f1[last] < kInf && load <= veh.capacity && n <= veh.maxJobs;
    if (!out.feasible)
        return out;
    out.endArrival = f1[last];
    out.starts.assign(static_cast<std::size_t>(n), 0);
    bool taken = true; // walking backwards: the break is still ahead of us (taken before here)
    for (int i = n + 1; i >= 1; --i) {
        const auto ui = static_cast<std::size_t>(i);
        if (i <= n)
            out.starts[ui - 1] = taken ? f1[ui] : f0[ui];
        if (taken && veh.hasBreak && viaBreak[ui]) {
            const int service = i == 1 ? 0 : m.jobs[static_cast<std::size_t>(jobs[ui - 2])].service;
            out.breakStart = std::max(f0[ui - 1] + service, veh.breakEarliest);
            out.breakBeforeStop = i - 1;
            taken = false;
        }
    }
    return out;
}

std::vector<Insertion>
insertionOptions(const Model &m, const std::vector<std::vector<int>> &routes, int job)
{
    std::vector<Insertion> options;
    Route r;
    for (int v = 0; v < m.vehicleCount(); ++v) {
        const VehicleSpec &veh = m.vehicles[static_cast<std::size_t>(v)];
        if (!m.canServe(job, v))
            continue;
        r.jobs = static_cast<std::size_t>(v) < routes.size() ? routes[static_cast<std::size_t>(v)]
                                                             : std::vector<int>{};
        updateRoute(m, v, r);
        const int n = static_cast<int>(r.jobs.size());
        if (!r.feasible || n + 1 > veh.maxJobs ||
            r.load + m.jobs[static_cast<std::size_t>(job)].demand > veh.capacity)
            continue;
        const int xNode = m.jobs[static_cast<std::size_t>(job)].node;
        for (int pos = 0; pos <= n; ++pos) {
            const int u = positionNode(m, v, r, pos);
            const int w = positionNode(m, v, r, pos + 1);
            const int tux = m.travel(u, xNode);
            const int txw = m.travel(xNode, w);
            if (!insertionFeasible(m, veh, r, pos, job, tux, txw))
                continue;
            std::vector<int> changed = r.jobs;
            changed.insert(changed.begin() + pos, job);
            const RouteSchedule schedule = scheduleRoute(m, v, changed);
            if (!schedule.feasible)
                continue;
            Insertion option;
            option.vehicle = v;
            option.position = pos;
            option.start = schedule.starts[static_cast<std::size_t>(pos)];
            option.addedTravel = static_cast<int>(schedule.travel - r.travel);
            options.push_back(option);
        }
    }
    return options;
}

std::vector<std::uint8_t>
placeable(const Model &m, const std::vector<std::vector<int>> &routes, const std::vector<int> &jobs)
{
    std::vector<Route> states(static_cast<std::size_t>(m.vehicleCount()));
    for (int v = 0; v < m.vehicleCount(); ++v) {
        Route &r = states[static_cast<std::size_t>(v)];
        r.jobs = static_cast<std::size_t>(v) < routes.size() ? routes[static_cast<std::size_t>(v)]
                                                             : std::vector<int>{};
        updateRoute(m, v, r);
    }
    std::vector<std::uint8_t> result(jobs.size(), 0);
    auto noBlink = []() { return false; };
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        long long bestDelta = LLONG_MAX;
        int bestPos = -1;
        for (int v = 0; v < m.vehicleCount() && bestPos < 0; ++v) {
            const Route &r = states[static_cast<std::size_t>(v)];
            if (r.feasible)
                bestInRoute(m, v, r, jobs[i], bestDelta, bestPos, noBlink);
        }
        result[i] = bestPos >= 0 ? 1 : 0;
    }
    return result;
}

SolverResult solve(const Model &model, const SolverSettings &settings)
{
    const int threads = std::max(1, settings.threads);
    if (threads == 1) {
        Search search(model, settings);
        return search.run();
    }
    // Independent searches with seeds seed, seed+1, ...; the best wins (ties: lowest seed), so
    // the result stays reproducible under an iteration limit. Only the first reports progress.
    std::vector<SolverSettings> perThread(static_cast<std::size_t>(threads), settings);
    std::vector<SolverResult> results(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        SolverSettings &s = perThread[static_cast<std::size_t>(t)];
        s.seed = settings.seed + static_cast<std::uint64_t>(t);
        s.threads = 1;
        if (t > 0)
            s.progress = nullptr;
        if (t == 0)
            continue;
        workers.emplace_back([&model, &s, &results, t]() {
            Search search(model, s);
            results[static_cast<std::size_t>(t)] = search.run();
        });
    }
    {
        Search search(model, perThread.front());
        results.front() = search.run();
    }
    for (std::thread &w : workers)
        w.join();
    std::size_t best = 0;
    long long iterations = 0;
    for (std::size_t t = 0; t < results.size(); ++t) {
        iterations += results[t].iterations;
        if (results[t].cost < results[best].cost)
            best = t;
    }
    SolverResult result = std::move(results[best]);
    result.iterations = iterations;
    return result;
}

} // namespace fielddesk::routing::detail
