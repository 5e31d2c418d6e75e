// The engine's internal, integer form of a routing problem. Both input formats (FieldDesk
// problem JSON and Solomon VRPTW text) are translated into it; the search only sees this.
// Private to the routing module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fielddesk::routing::detail {

constexpr int kInf = 1 << 29;
constexpr int kNegInf = -(1 << 29);

// Saturating arithmetic on time values that may be "infinitely late" or "never possible".
inline int addTime(int a, int b)
{
    return a >= kInf ? kInf : a + b;
}
inline int subTime(int a, int b)
{
    return a <= kNegInf ? kNegInf : a - b;
}

struct Window
{
    int open = 0;
    int close = 0;
};

struct VehicleSpec
{
    int startNode = 0;
    int endNode = 0;
    int shiftStart = 0;
    int shiftEnd = kInf / 2;
    int capacity = kInf;
    int maxJobs = kInf;
    bool hasBreak = false;
    int breakEarliest = 0;
    int breakLatest = 0;
    int breakDuration = 0;
    bool frozen = false; // its route must not change (re-plan modes)
};

struct JobSpec
{
    int node = 0;
    int service = 0;
    int demand = 0;
    int priority = 1;
    bool locked = false; // never taken out of the route it starts in
    int windowBegin = 0; // range in Model::windows, sorted by open time
    int windowEnd = 0;
};

// Travel time between nodes; the same value is the travel cost.
class TravelTable
{
public:
    void setMatrix(int nodes, std::vector<int> matrix);
    // Great-circle travel: seconds = km * factor, computed on demand (for big problems where a
    // full matrix would not fit the memory budget) or tabulated when small.
    void setGeodesic(const std::vector<double> &latDeg,
                     const std::vector<double> &lonDeg,
                     double secondsPerKm,
                     bool tabulate);

    int operator()(int from, int to) const
    {
        if (!m_matrix.empty())
            return m_matrix[static_cast<std::size_t>(from) * static_cast<std::size_t>(m_nodes) +
                            static_cast<std::size_t>(to)];
        return geodesic(from, to);
    }
    int nodeCount() const { return m_nodes; }

private:
    int geodesic(int from, int to) const;

    int m_nodes = 0;
    std::vector<int> m_matrix;
    std::vector<double> m_x, m_y, m_z;
    double m_secondsPerKm = 0;
};

struct Model
{
    std::vector<VehicleSpec> vehicles;
    std::vector<JobSpec> jobs;
    std::vector<Window> windows;
    TravelTable travel;
    // jobs x vehicles: 1 if the vehicle may serve the job (skills, pinning).
    std::vector<std::uint8_t> compatible;
    // All vehicles identical and interchangeable: one empty route stands for every empty one.
    bool homogeneous = false;
    // Cost of leaving a job out, per unit of priority; dominates any travel difference.
    long long unassignedPenalty = 1'000'000'000LL;

    bool canServe(int job, int vehicle) const
    {
        return compatible[static_cast<std::size_t>(job) * vehicles.size() +
                          static_cast<std::size_t>(vehicle)] != 0;
    }
    int vehicleCount() const { return static_cast<int>(vehicles.size()); }
    int jobCount() const { return static_cast<int>(jobs.size()); }

    int earliestStart(int job, int t) const
    {
        if (t >= kInf)
            return kInf;
        const JobSpec &j = jobs[static_cast<std::size_t>(job)];
        for (int w = j.windowBegin; w < j.windowEnd; ++w) {
            const Window &win = windows[static_cast<std::size_t>(w)];
            if (t <= win.close)
                return t > win.open ? t : win.open;
        }
        return kInf;
    }
    int latestStart(int job, int t) const
    {
        if (t <= kNegInf)
            return kNegInf;
        const JobSpec &j = jobs[static_cast<std::size_t>(job)];
        for (int w = j.windowEnd - 1; w >= j.windowBegin; --w) {
            const Window &win = windows[static_cast<std::size_t>(w)];
            if (t >= win.open)
                return t < win.close ? t : win.close;
        }
        return kNegInf;
    }
    int lastClose(int job) const
    {
        const JobSpec &j = jobs[static_cast<std::size_t>(job)];
        return j.windowEnd > j.windowBegin
                   ? windows[static_cast<std::size_t>(j.windowEnd - 1)].close
                   : kNegInf;
    }
};

} // namespace fielddesk::routing::detail
