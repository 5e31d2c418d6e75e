// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace fielddesk::routing {

// How long and how the engine may search.
struct SolveOptions
{
    double timeLimitS = 5.0;
    // Stop after this many improvement iterations (0: only the time limit counts). With an
    // iteration limit and a generous time limit the result depends on the seed only.
    qint64 maxIterations = 0;
    quint64 seed = 1;
    // Independent searches run in parallel with seeds seed, seed+1, ...; the best plan wins.
    // The benchmark figures are for one thread.
    int threads = 1;
    // Called from the solving thread about ten times a second with the fraction of the budget
    // used (0..1).
    std::function<void(double fraction)> progress;
    // Set to true from any thread to stop early; the best plan so far is returned.
    const std::atomic<bool> *cancel = nullptr;
};

} // namespace fielddesk::routing
