// The search: regret insertion to start, then ruin and recreate in the style of Slack Induction
// by String Removals (Christiaens & Vanden Berghe, 2020) under simulated annealing. Works on
// the integer Model only. Private to the routing module.
#pragma once

#include "model.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace fielddesk::routing::detail {

struct SolverSettings
{
    double timeLimitS = 1.0;
    long long maxIterations = 0; // 0: until the time limit
    std::uint64_t seed = 1;
    int threads = 1; // independent searches with seeds seed, seed+1, ...; the best wins
    const std::atomic<bool> *cancel = nullptr;
    // Called now and then with the fraction of the budget used and the best cost so far.
    std::function<void(double fraction, long long bestCost)> progress;
    // Routes to start from (one list of job indices per vehicle); empty: construct.
    std::vector<std::vector<int>> initialRoutes;
    // Jobs that may not be inserted anywhere (left unassigned without trying).
    std::vector<std::uint8_t> excluded;
};

struct SolverResult
{
    std::vector<std::vector<int>> routes; // per vehicle, job indices in order
    std::vector<int> unassigned;
    long long travel = 0;
    long long cost = 0;
    long long iterations = 0;
    double elapsedS = 0;
};

// Where a job can go in a route and what it costs.
struct Insertion
{
    int vehicle = -1;
    int position = 0; // index in the route's job list before which the job goes
    int start = 0;    // earliest service start there
    int addedTravel = 0;
};

// Schedule of one route with earliest starts; break placed in the first leg that allows it.
struct RouteSchedule
{
    bool feasible = false;
    std::vector<int> starts;
    int breakStart = -1;      // -1: no break
    int breakBeforeStop = -1; // index of the stop the break precedes (== size: before the end)
    int endArrival = 0;
    long long travel = 0;
};

RouteSchedule scheduleRoute(const Model &model, int vehicle, const std::vector<int> &jobs);

// Every feasible place for `job` in the given routes, without moving anything else.
std::vector<Insertion>
insertionOptions(const Model &model, const std::vector<std::vector<int>> &routes, int job);

// For each of `jobs`: could it be inserted somewhere in `routes` as they are?
std::vector<std::uint8_t> placeable(const Model &model,
                                    const std::vector<std::vector<int>> &routes,
                                    const std::vector<int> &jobs);

SolverResult solve(const Model &model, const SolverSettings &settings);

} // namespace fielddesk::routing::detail
