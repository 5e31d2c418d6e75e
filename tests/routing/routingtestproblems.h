// Small hand-made routing problems shared by the routing tests.
#pragma once

#include <fielddesk/routing/plan.h>
#include <fielddesk/routing/problem.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <optional>

namespace fielddesk::routing::test {

inline qint64 at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

inline QString solomonDir()
{
    return QString::fromUtf8(ROUTING_SOLOMON_DIR);
}

inline QString solomonFile(const QString &name)
{
    return QDir(solomonDir()).filePath(name + QStringLiteral(".txt"));
}

// The text of a file of tests/data/vrptw/solomon, nothing if it cannot be read. The data is
// part of the repository: a test fails when it is missing, it never skips.
inline std::optional<QByteArray> readSolomonData(const QString &fileName)
{
    QFile file(QDir(solomonDir()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// One technician T1 (skill a, 08:00-12:00, break 10:00-10:30 for 30 min, capacity 5, at most 2
// jobs), a second technician T2 (skill b), and two jobs; every trip takes 10 minutes.
inline Problem tinyProblem()
{
    Problem p;
    Technician t1;
    t1.id = QStringLiteral("T1");
    t1.skills = {QStringLiteral("a")};
    t1.shiftStart = at(8);
    t1.shiftEnd = at(12);
    t1.breakRule = BreakRule{at(10), at(10, 30), 30 * 60};
    t1.capacity = 5;
    t1.maxJobs = 2;
    Technician t2;
    t2.id = QStringLiteral("T2");
    t2.skills = {QStringLiteral("b")};
    t2.shiftStart = at(8);
    t2.shiftEnd = at(9);
    p.technicians = {t1, t2};
    Job j1;
    j1.id = QStringLiteral("J1");
    j1.durationS = 3600;
    j1.windows = {TimeWindow{at(8), at(9)}};
    j1.skills = {QStringLiteral("a")};
    j1.demand = 2;
    Job j2 = j1;
    j2.id = QStringLiteral("J2");
    j2.windows = {TimeWindow{at(9), at(11)}};
    p.jobs = {j1, j2};
    const int n = 2 * 2 + 2;
    p.travel.matrixS.assign(static_cast<std::size_t>(n),
                            std::vector<double>(static_cast<std::size_t>(n), 600.0));
    for (int i = 0; i < n; ++i)
        p.travel.matrixS[static_cast<std::size_t>(i)][static_cast<std::size_t>(i)] = 0;
    return p;
}

// The feasible plan for tinyProblem(): J1 08:10, J2 09:20, break 10:20, home 11:00.
inline Plan tinyPlan()
{
    Plan plan;
    PlannedRoute r;
    r.technician = QStringLiteral("T1");
    r.stops = {PlannedStop{QStringLiteral("J1"), false, at(8, 10), at(9, 10)},
               PlannedStop{QStringLiteral("J2"), false, at(9, 20), at(10, 20)},
               PlannedStop{QString(), true, at(10, 20), at(10, 50)}};
    r.travelS = 1800;
    plan.routes = {r};
    plan.served = 2;
    return plan;
}

} // namespace fielddesk::routing::test
