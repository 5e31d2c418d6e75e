// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code. Thread-safe: every
// call works on its own data, so calls may run concurrently (e.g. from QtConcurrent::run).
#pragma once

#include "plan.h"
#include "problem.h"
#include "slot.h"
#include "solomoninstance.h"
#include "solomonsolution.h"
#include "solveoptions.h"

#include <QList>

namespace fielddesk::routing {

// The engine's entry points. All of them block until done; run them off the GUI / request
// thread and stop them early through SolveOptions::cancel.
class Planner
{
public:
    // Plans the whole day: serves as much priority as possible, then least travel time.
    static Plan planDay(const Problem &problem, const SolveOptions &options);

    // Ranked places (least added travel first) for job `jobId` of `problem` in the `current`
    // plan, without moving anything else. At most one slot per technician unless
    // onePerTechnician is false.
    static QList<Slot> bestSlots(const Problem &problem,
                                 const Plan &current,
                                 const QString &jobId,
                                 int maxResults = 10,
                                 bool onePerTechnician = true);

    // Re-plans one technician's day (order, and unplanned jobs that fit); every other
    // technician's day stays exactly as in `current`.
    static Plan replanTechnician(const Problem &problem,
                                 const Plan &current,
                                 const QString &technicianId,
                                 const SolveOptions &options);

    // The technician became unavailable: their jobs go to others. Everyone else keeps the jobs
    // they had (only their order may change) and gets some of the orphaned ones.
    static Plan replanWithoutTechnician(const Problem &problem,
                                        const Plan &current,
                                        const QString &technicianId,
                                        const SolveOptions &options);

    // Re-times the days of `assignments` as they are (same technicians, same order): earliest
    // starts, break, travel per day and in total, e.g. the "travel before" of a proposal. A day
    // that breaks a rule comes back with feasible = false; jobs of `problem` that no day holds
    // are listed as unassigned with a reason.
    static Plan evaluate(const Problem &problem, const Plan &assignments);

    // Solves a Solomon VRPTW instance (least total distance, any number of routes up to the
    // fleet size, DIMACS convention).
    static SolomonSolution solveSolomon(const SolomonInstance &instance,
                                        const SolveOptions &options);
};

} // namespace fielddesk::routing
