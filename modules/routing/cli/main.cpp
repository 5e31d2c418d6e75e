// fielddesk-route: the routing engine on the command line.
//   solve    --time-limit S --seed N FILE        Solomon text or FieldDesk problem JSON
//   bench    --time-limit S [--seed N] DIR       every Solomon instance of DIR against bks.csv
//   generate --technicians T --jobs J --seed N   a realistic FieldDesk day as problem JSON
//   slots    --job ID [--plan PLAN] [--time-limit S] FILE   best slots for one job
//   replan   --technician ID [--unavailable] --plan PLAN FILE
//   daybench --technicians T --jobs J [--new-jobs K]  plan a generated day, time best slots
#include <fielddesk/routing/daygenerator.h>
#include <fielddesk/routing/planner.h>

#include "feasibilitychecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace fielddesk::routing;

namespace {

struct Arguments
{
    QString command;
    QHash<QString, QString> options;
    QStringList flags;
    QStringList positional;

    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return options.value(name, fallback);
    }
};

const QStringList kFlags{QStringLiteral("--unavailable"), QStringLiteral("--all-slots")};

Arguments parse(const QStringList &args)
{
    Arguments a;
    for (int i = 1; i < args.size(); ++i) {
        const QString &s = args[i];
        if (a.command.isEmpty() && !s.startsWith(QLatin1String("--"))) {
            a.command = s;
        } else if (kFlags.contains(s)) {
            a.flags.append(s);
        } else if (s.startsWith(QLatin1String("--")) && i + 1 < args.size()) {
            a.options.insert(s, args[++i]);
        } else {
            a.positional.append(s);
        }
    }
    return a;
}

void print(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    std::fflush(stdout);
}

int usage()
{
    print("usage: fielddesk-route solve [--time-limit S] [--seed N] [--iterations N] FILE\n"
          "       fielddesk-route bench [--time-limit S] [--seed N] DIR\n"
          "       fielddesk-route generate [--technicians T] [--jobs J] [--seed N]\n"
          "       fielddesk-route slots --job ID [--plan PLAN.json] [--time-limit S] FILE\n"
          "       fielddesk-route replan --technician ID [--unavailable] --plan PLAN.json FILE\n"
          "       fielddesk-route daybench [--technicians T] [--jobs J] [--new-jobs K] [--seed N]\n"
          "                                [--time-limit S]\n");
    return 2;
}

SolveOptions optionsFrom(const Arguments &a, double defaultLimit)
{
    SolveOptions o;
    o.timeLimitS =
        a.value(QStringLiteral("--time-limit"), QString::number(defaultLimit)).toDouble();
    o.seed = a.value(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    o.maxIterations = a.value(QStringLiteral("--iterations"), QStringLiteral("0")).toLongLong();
    o.threads = a.value(QStringLiteral("--threads"), QStringLiteral("1")).toInt();
    return o;
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qUtf8Printable(path));
        return std::nullopt;
    }
    return f.readAll();
}

std::optional<Problem> readProblem(const QString &path)
{
    const auto text = readFile(path);
    if (!text)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*text, &parseError);
    if (!doc.isObject()) {
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(path),
                     qUtf8Printable(parseError.errorString()));
        return std::nullopt;
    }
    QString error;
    auto problem = Problem::fromJson(doc.object(), &error);
    if (!problem)
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(path), qUtf8Printable(error));
    return problem;
}

std::optional<Plan> readPlan(const QString &path)
{
    const auto text = readFile(path);
    if (!text)
        return std::nullopt;
    QString error;
    auto plan = Plan::fromJson(QJsonDocument::fromJson(*text).object(), &error);
    if (!plan)
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(path), qUtf8Printable(error));
    return plan;
}

bool looksLikeJson(const QByteArray &text)
{
    return text.trimmed().startsWith('{');
}

int solve(const Arguments &a)
{
    if (a.positional.size() != 1)
        return usage();
    const auto text = readFile(a.positional.front());
    if (!text)
        return 1;
    if (!looksLikeJson(*text)) {
        QString error;
        auto instance = SolomonInstance::fromText(*text, &error);
        if (!instance) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        const SolomonSolution solution = Planner::solveSolomon(*instance, optionsFrom(a, 10.0));
        print(QJsonDocument(solution.toJson()).toJson(QJsonDocument::Compact) + '\n');
        return solution.unserved == 0 ? 0 : 1;
    }
    auto problem = readProblem(a.positional.front());
    if (!problem)
        return 1;
    SolveOptions options = optionsFrom(a, problem->timeLimitS);
    if (!a.options.contains(QStringLiteral("--time-limit")))
        options.timeLimitS = problem->timeLimitS;
    if (!a.options.contains(QStringLiteral("--seed")))
        options.seed = problem->seed;
    const Plan plan = Planner::planDay(*problem, options);
    print(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
    const QStringList violations = FeasibilityChecker::checkPlan(*problem, plan);
    for (const QString &v : violations)
        std::fprintf(stderr, "infeasible: %s\n", qUtf8Printable(v));
    return violations.isEmpty() ? 0 : 1;
}

QString classOf(const QString &name)
{
    QString c = name;
    while (!c.isEmpty() && c.back().isDigit())
        c.chop(1);
    return c + name.mid(c.size(), 1);
}

int bench(const Arguments &a)
{
    if (a.positional.size() != 1)
        return usage();
    const QDir dir(a.positional.front());
    QHash<QString, double> best;
    if (const auto csv = readFile(dir.filePath(QStringLiteral("bks.csv"))))
        best = solomonBestKnownDistances(*csv);
    const SolveOptions options = optionsFrom(a, 10.0);
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("instance"), -10)
               .arg(QStringLiteral("routes"), 6)
               .arg(QStringLiteral("distance"), 10)
               .arg(QStringLiteral("best"), 10)
               .arg(QStringLiteral("gap%"), 7)
               .arg(QStringLiteral("time_s"), 7)
               .arg(QStringLiteral("feasible"));
    out.flush();
    QMap<QString, QList<double>> gaps;
    QList<double> all;
    int infeasible = 0;
    for (const QString &file : files) {
        const auto text = readFile(dir.filePath(file));
        if (!text)
            return 1;
        QString error;
        auto instance = SolomonInstance::fromText(*text, &error);
        if (!instance) {
            std::fprintf(stderr, "%s: %s\n", qUtf8Printable(file), qUtf8Printable(error));
            ++infeasible;
            continue;
        }
        const QString name = QFileInfo(file).baseName();
        const SolomonSolution solution = Planner::solveSolomon(*instance, options);
        qint64 checked = 0;
        const QStringList violations =
            FeasibilityChecker::checkSolomon(*text, solution.routes, &checked);
        const bool ok = violations.isEmpty() && checked == solution.distanceTenths;
        if (!ok) {
            ++infeasible;
            for (const QString &v : violations)
                std::fprintf(stderr, "%s: %s\n", qUtf8Printable(name), qUtf8Printable(v));
            if (checked != solution.distanceTenths)
                std::fprintf(stderr, "%s: distance %lld reported, %lld recomputed (tenths)\n",
                             qUtf8Printable(name), static_cast<long long>(solution.distanceTenths),
                             static_cast<long long>(checked));
        }
        const double distance = static_cast<double>(checked) / 10.0;
        const bool known = best.contains(name);
        const double gap = known ? 100.0 * (distance - best.value(name)) / best.value(name) : 0.0;
        if (known) {
            gaps[classOf(name)].append(gap);
            all.append(gap);
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(name, -10)
                   .arg(solution.routes.size(), 6)
                   .arg(distance, 10, 'f', 1)
                   .arg(known ? QString::number(best.value(name), 'f', 1) : QStringLiteral("-"), 10)
                   .arg(gap, 7, 'f', 2)
                   .arg(solution.elapsedS, 7, 'f', 2)
                   .arg(ok ? QStringLiteral("yes") : QStringLiteral("NO"));
        out.flush();
    }
    auto mean = [](const QList<double> &v) {
        double s = 0;
        for (double x : v)
            s += x;
        return v.isEmpty() ? 0.0 : s / static_cast<double>(v.size());
    };
    out << QStringLiteral("\nclass     instances  mean_gap%\n");
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it)
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(it.key(), -9)
                   .arg(it.value().size(), 10)
                   .arg(mean(it.value()), 10, 'f', 3);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("all"), -9)
               .arg(all.size(), 10)
               .arg(mean(all), 10, 'f', 3);
    out << QStringLiteral("infeasible: %1\n").arg(infeasible);
    out.flush();
    return infeasible == 0 ? 0 : 1;
}

int generate(const Arguments &a)
{
    DayGenerator::Settings s;
    s.technicians = a.value(QStringLiteral("--technicians"), QStringLiteral("40")).toInt();
    s.jobs = a.value(QStringLiteral("--jobs"), QStringLiteral("300")).toInt();
    s.seed = a.value(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    print(QJsonDocument(DayGenerator::generate(s).toJson()).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

int findSlots(const Arguments &a)
{
    const QString jobId = a.value(QStringLiteral("--job"));
    if (a.positional.size() != 1 || jobId.isEmpty())
        return usage();
    auto problem = readProblem(a.positional.front());
    if (!problem)
        return 1;
    if (problem->jobIndex(jobId) < 0) {
        std::fprintf(stderr, "no job %s in the problem\n", qUtf8Printable(jobId));
        return 1;
    }
    Plan current;
    if (a.options.contains(QStringLiteral("--plan"))) {
        auto plan = readPlan(a.value(QStringLiteral("--plan")));
        if (!plan)
            return 1;
        current = *plan;
    } else {
        // Plan the day without the new job first, then look for its slots.
        Problem without = *problem;
        without.jobs.removeAt(problem->jobIndex(jobId));
        current = Planner::planDay(without, optionsFrom(a, 2.0));
    }
    QElapsedTimer timer;
    timer.start();
    const QList<Slot> found = Planner::bestSlots(*problem, current, jobId, 10,
                                                 !a.flags.contains(QStringLiteral("--all-slots")));
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QJsonArray array;
    for (const Slot &s : found)
        array.append(s.toJson());
    print(QJsonDocument(QJsonObject{{QStringLiteral("job"), jobId},
                                    {QStringLiteral("slots"), array},
                                    {QStringLiteral("elapsed_ms"), ms}})
              .toJson(QJsonDocument::Indented));
    return 0;
}

// Peak resident memory of this process in MB (Linux), 0 when unknown.
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

// A realistic day end to end: generate, plan (timed, checked), then best slots for new jobs.
int dayBench(const Arguments &a)
{
    DayGenerator::Settings s;
    s.technicians = a.value(QStringLiteral("--technicians"), QStringLiteral("40")).toInt();
    s.jobs = a.value(QStringLiteral("--jobs"), QStringLiteral("300")).toInt();
    s.seed = a.value(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    const int newJobs = a.value(QStringLiteral("--new-jobs"), QStringLiteral("20")).toInt();
    const SolveOptions options = optionsFrom(a, 3.0);
    DayGenerator::Settings withNew = s;
    withNew.jobs += newJobs;
    const Problem full = DayGenerator::generate(withNew);
    Problem day = full;
    day.jobs.resize(s.jobs);

    QElapsedTimer timer;
    timer.start();
    const Plan plan = Planner::planDay(day, options);
    const double planS = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QStringList violations = FeasibilityChecker::checkPlan(day, plan);

    double totalMs = 0;
    double maxMs = 0;
    int withSlot = 0;
    for (int i = s.jobs; i < full.jobs.size(); ++i) {
        timer.restart();
        const QList<Slot> found = Planner::bestSlots(full, plan, full.jobs[i].id);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        totalMs += ms;
        maxMs = std::max(maxMs, ms);
        withSlot += found.isEmpty() ? 0 : 1;
    }
    QTextStream out(stdout);
    out << QStringLiteral("technicians %1, jobs %2, time limit %3 s, seed %4\n")
               .arg(s.technicians)
               .arg(s.jobs)
               .arg(options.timeLimitS)
               .arg(s.seed);
    out << QStringLiteral("plan: %1 s wall, served %2 (priority %3), unassigned %4, travel %5 h, "
                          "%6 iterations, feasible %7\n")
               .arg(planS, 0, 'f', 2)
               .arg(plan.served)
               .arg(plan.servedPriority)
               .arg(plan.unassigned.size())
               .arg(static_cast<double>(plan.travelS) / 3600.0, 0, 'f', 1)
               .arg(plan.iterations)
               .arg(violations.isEmpty() ? QStringLiteral("yes") : QStringLiteral("NO"));
    if (newJobs > 0)
        out << QStringLiteral("best slots: %1 new jobs, mean %2 ms, max %3 ms, %4 with a slot\n")
                   .arg(newJobs)
                   .arg(totalMs / newJobs, 0, 'f', 2)
                   .arg(maxMs, 0, 'f', 2)
                   .arg(withSlot);
    out << QStringLiteral("peak memory: %1 MB\n").arg(peakMemoryMb(), 0, 'f', 1);
    for (const QString &v : violations)
        std::fprintf(stderr, "infeasible: %s\n", qUtf8Printable(v));
    return violations.isEmpty() ? 0 : 1;
}

int replan(const Arguments &a)
{
    const QString technician = a.value(QStringLiteral("--technician"));
    if (a.positional.size() != 1 || technician.isEmpty() ||
        !a.options.contains(QStringLiteral("--plan")))
        return usage();
    auto problem = readProblem(a.positional.front());
    auto current = readPlan(a.value(QStringLiteral("--plan")));
    if (!problem || !current)
        return 1;
    const SolveOptions options = optionsFrom(a, 2.0);
    const Plan plan =
        a.flags.contains(QStringLiteral("--unavailable"))
            ? Planner::replanWithoutTechnician(*problem, *current, technician, options)
            : Planner::replanTechnician(*problem, *current, technician, options);
    print(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Arguments a = parse(QCoreApplication::arguments());
    if (a.command == QLatin1String("solve"))
        return solve(a);
    if (a.command == QLatin1String("bench"))
        return bench(a);
    if (a.command == QLatin1String("generate"))
        return generate(a);
    if (a.command == QLatin1String("slots"))
        return findSlots(a);
    if (a.command == QLatin1String("replan"))
        return replan(a);
    if (a.command == QLatin1String("daybench"))
        return dayBench(a);
    return usage();
}
