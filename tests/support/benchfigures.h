// What the console benchmarks print: elapsed milliseconds, the median of repeated runs (the
// machine is shared; single runs are noisy), one line per figure against its budget and the
// process's peak memory.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
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

// This process's peak resident memory so far (VmHWM), in KiB; -1 when unknown.
inline long peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace benchfigures
