// What the console benchmarks print: elapsed milliseconds, the median of repeated runs (the
// machine is shared; single runs are noisy) and one line per figure against its budget.
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace benchfigures {

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

inline void report(const char *what, double ms, double budgetMs)
{
    std::printf("%-48s %8.1f ms  %s\n", what, ms, ms <= budgetMs ? "ok" : "OVER BUDGET");
    std::fflush(stdout);
}

} // namespace benchfigures
