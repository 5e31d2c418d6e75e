// fielddesk-bench: seeds a large dispatch database (100,000 jobs, 500 technicians by
// default), runs the real fielddesk-server on it and drives the dispatch API with 32
// keep-alive connections, printing requests/s and latency percentiles per scenario, the
// server's peak memory and the seeding time next to the targets of issue 3.
#include "benchdatabase.h"
#include "dispatchscenarios.h"
#include "httpconnection.h"
#include "loaddriver.h"
#include "planload.h"
#include "reportscenarios.h"
#include "serverlauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <unistd.h>

namespace {

// The targets of issue 3 (SQLite on the 2-core reference machine).
constexpr double kReadP95TargetMs = 10.0;
constexpr double kWriteP95TargetMs = 15.0;
constexpr double kListRateTarget = 3000.0;
// Issue 12: the backlog (new and scheduled jobs by priority, no date), page cache off.
constexpr double kBacklogP95TargetMs = 20.0;
// Issue 12: many distinct searches; nine reads to one assignment at once.
constexpr double kSearchManyP95TargetMs = 20.0;
constexpr double kMixedReadP95TargetMs = 15.0;
constexpr double kMixedWriteP95TargetMs = 25.0;
// The load generator must not be what limits the figures.
constexpr double kClientRateTarget = 20000.0;
// Issue 12: reads stay quick while this many plans with this time limit run at once.
constexpr int kBackgroundPlans = 6;
constexpr double kBackgroundPlanLimitS = 10.0;
constexpr double kReadBesidePlansP95TargetMs = 20.0;
// Issue 14: the expense report by month and category over 500,000 expenses.
constexpr double kReportP95TargetMs = 300.0;
constexpr int kReportExpenses = 500000;

struct Scenario
{
    QString name;
    LoadDriver::NextRequest next;
    LoadDriver::Classify classify;
    QString target; // printed next to the figures
    std::function<bool(const ScenarioResult &)> meetsTarget;
    PlanLoad *background = nullptr; // runs beside the scenario, warm-up included
};

// CPU time per answered request, of the server and of this load generator: unlike latency
// it hardly depends on what else the machine is doing.
struct CpuShare
{
    double serverMs = 0;
    double clientMs = 0;
};

void printHeader()
{
    std::printf("%-10s %9s %8s %8s %8s %7s %6s %8s %8s  %s\n", "scenario", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "errors", "409s", "srv cpu", "cli cpu", "target");
    std::printf("%-10s %9s %8s %8s %8s %7s %6s %8s %8s\n", "", "", "", "", "", "", "", "ms/req",
                "ms/req");
}

// One line per answer: when it came (ms from the start of the run) and its latency (ms).
void writeLatencyLog(const QString &directory, const ScenarioResult &r)
{
    QDir().mkpath(directory);
    QFile file(QDir(directory).filePath(r.name + QStringLiteral(".tsv")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return;
    }
    QByteArray text = "answered_ms\tlatency_ms\n";
    for (qsizetype i = 0; i < r.latenciesUs.size(); ++i)
        text += QByteArray::number(r.answeredAtUs.at(i) / 1000.0, 'f', 3) + '\t' +
                QByteArray::number(r.latenciesUs.at(i) / 1000.0, 'f', 3) + '\n';
    file.write(text);
}

void printResult(const Scenario &scenario, const ScenarioResult &r, const CpuShare &cpu)
{
    QString verdict;
    if (scenario.meetsTarget && r.requests == 0)
        verdict = QStringLiteral(" [no answers]");
    else if (scenario.meetsTarget)
        verdict = scenario.meetsTarget(r) ? QStringLiteral(" [met]") : QStringLiteral(" [MISSED]");
    std::printf("%-10s %9.0f %8.2f %8.2f %8.2f %7lld %6lld %8.3f %8.3f  %s%s%s\n",
                qPrintable(r.name), r.requestsPerSecond(), r.percentileMs(0.50),
                r.percentileMs(0.95), r.percentileMs(0.99), static_cast<long long>(r.errors),
                static_cast<long long>(r.conflicts), cpu.serverMs, cpu.clientMs,
                qPrintable(scenario.target), qPrintable(verdict),
                r.ranOut ? " (ran out of jobs)" : "");
    if (r.errors > 0) {
        QStringList statuses;
        for (auto it = r.statuses.cbegin(); it != r.statuses.cend(); ++it)
            statuses << QStringLiteral("%1x%2").arg(it.key()).arg(it.value());
        std::printf("           statuses %s; first error: %s\n",
                    qPrintable(statuses.join(QStringLiteral(", "))),
                    r.firstErrorBody.left(300).constData());
    }
    std::fflush(stdout);
}

std::optional<QByteArray> signIn(HttpConnection &api, const BenchData &data, QString *error)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), data.adminEmail},
                                  {QStringLiteral("password"), data.adminPassword}})
            .toJson(QJsonDocument::Compact);
    const std::optional<HttpResponse> response =
        api.roundTrip({"POST", "/api/v1/auth/login", body});
    if (!response || response->status != 200) {
        *error = QStringLiteral("sign-in failed: %1")
                     .arg(response ? QString::fromUtf8(response->body.left(300))
                                   : QStringLiteral("no answer"));
        return std::nullopt;
    }
    const QString token = QJsonDocument::fromJson(response->body)
                              .object()
                              .value(QLatin1String("access_token"))
                              .toString();
    return "Bearer " + token.toLatin1();
}

// The figures only mean something next to how busy the machine was (other builds, tests).
QString machineLoad()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return QStringLiteral("load average %1 on %2 cores")
        .arg(QString::fromLatin1(text.split(' ').value(0, "?")))
        .arg(QThread::idealThreadCount());
}

int fail(const QString &message)
{
    std::fprintf(stderr, "fielddesk-bench: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows even when piped to a file
    QCoreApplication::setApplicationName(QStringLiteral("fielddesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Seeds a dispatch database, runs fielddesk-server on it and measures the API under "
        "load with keep-alive connections."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral(
            "postgresql://USER@HOST:PORT/DB (default: SQLite in a temporary directory)."),
        QStringLiteral("url"));
    const QCommandLineOption resetOption(
        QStringLiteral("reset"), QStringLiteral("Wipe the PostgreSQL database first (all data)."));
    const QCommandLineOption techniciansOption(QStringLiteral("technicians"),
                                               QStringLiteral("Technicians (default 500)."),
                                               QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customers (default 5000)."),
                                             QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        QStringLiteral("Jobs (default 100000)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QStringLiteral("Days the jobs spread over (default 60)."),
                                        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption expensesOption(
        QStringLiteral("expenses"),
        QStringLiteral("Expenses over the last two years (default: 500000 with the reports "
                       "scenario, else none)."),
        QStringLiteral("n"));
    const QCommandLineOption warmupOption(
        QStringLiteral("warmup"),
        QStringLiteral("Seconds each scenario runs before it is measured, to fill the server's "
                       "caches (default 1; 0 measures from the first request)."),
        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            QStringLiteral("Seconds per scenario (default 10)."),
                                            QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption connectionsOption(
        QStringLiteral("connections"), QStringLiteral("Keep-alive connections (default 32)."),
        QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption scenariosOption(
        QStringLiteral("scenarios"),
        QStringLiteral("Comma list of list, search, list-many, search-many, mixed, backlog, "
                       "schedule, assign, locations, healthz, reports (GET /reports/expenses by "
                       "month and category over --expenses), plans-under-load (GET /locations "
                       "while 6 auto-route plans of 10 s run; default: all but "
                       "plans-under-load, in this order). The issue 12 figures are taken with "
                       "the page cache off: FIELDDESK_JOB_LIST_CACHE_ENTRIES=0."),
        QStringLiteral("list"),
        QStringLiteral("list,search,list-many,search-many,mixed,backlog,schedule,assign,"
                       "locations,healthz"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("fielddesk-server executable (default: next to this program)."),
        QStringLiteral("path"));
    const QCommandLineOption workersOption(
        QStringLiteral("worker-threads"),
        QStringLiteral("The server's worker threads (default: the server's own)."),
        QStringLiteral("n"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QStringLiteral("Requests per second per scenario, paced (default: as fast as answered)."),
        QStringLiteral("n"));
    const QCommandLineOption verifyOption(
        QStringLiteral("verify-seed"),
        QStringLiteral("Check the seeded data (no double bookings, history per version, every "
                       "status) before measuring."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the temporary directory (database, log)."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed of the generated data."),
                                        QStringLiteral("n"), QStringLiteral("20261123"));
    const QCommandLineOption latencyLogOption(
        QStringLiteral("latency-log"),
        QStringLiteral("Write every answer's time and latency to <dir>/<scenario>.tsv (to see "
                       "when the slow ones come)."),
        QStringLiteral("dir"));
    parser.addOptions({databaseOption, resetOption, techniciansOption, customersOption, jobsOption,
                       daysOption, durationOption, connectionsOption, scenariosOption, serverOption,
                       workersOption, rateOption, verifyOption, keepOption, seedOption,
                       latencyLogOption, warmupOption, expensesOption});
    parser.process(app);

    QTemporaryDir workDirectory(QDir::tempPath() + QStringLiteral("/fielddesk-bench-XXXXXX"));
    if (!workDirectory.isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    workDirectory.setAutoRemove(!parser.isSet(keepOption));

    BenchSeedOptions seedOptions;
    seedOptions.databaseUrl = parser.isSet(databaseOption)
                                  ? parser.value(databaseOption)
                                  : QStringLiteral("sqlite:%1/bench.db").arg(workDirectory.path());
    seedOptions.reset = parser.isSet(resetOption);
    seedOptions.verify = parser.isSet(verifyOption);
    seedOptions.technicians = parser.value(techniciansOption).toInt();
    seedOptions.customers = parser.value(customersOption).toInt();
    seedOptions.jobs = parser.value(jobsOption).toInt();
    seedOptions.days = std::max(1, parser.value(daysOption).toInt());
    seedOptions.seed = parser.value(seedOption).toULongLong();
    const auto duration =
        std::chrono::milliseconds(qint64(parser.value(durationOption).toDouble() * 1000));
    const auto warmup =
        std::chrono::milliseconds(qint64(parser.value(warmupOption).toDouble() * 1000));
    const int connections = std::max(1, parser.value(connectionsOption).toInt());
    const QStringList wanted =
        parser.value(scenariosOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    seedOptions.expenses = parser.isSet(expensesOption)
                               ? parser.value(expensesOption).toInt()
                               : (wanted.contains(QLatin1String("reports")) ? kReportExpenses : 0);

    std::printf("Seeding %s: %d technicians, %d customers, %d jobs over %d days...\n",
                qPrintable(seedOptions.databaseUrl), seedOptions.technicians, seedOptions.customers,
                seedOptions.jobs, seedOptions.days);
    std::fflush(stdout);
    BenchData data;
    QString error;
    if (!BenchDatabase::create(seedOptions, &data, &error))
        return fail(error);
    std::printf("Seeded in %.1f s: %lld jobs (%lld assigned), %lld history rows, %lld expenses, "
                "days %s to %s\n",
                data.seedSeconds, static_cast<long long>(data.jobs),
                static_cast<long long>(data.assignedJobs), static_cast<long long>(data.historyRows),
                static_cast<long long>(data.expenses),
                qPrintable(data.firstDay.toString(Qt::ISODate)),
                qPrintable(data.firstDay.addDays(data.days - 1).toString(Qt::ISODate)));
    // The seeding leaves hundreds of MB for the kernel to write back, which it would do during
    // the measurement (flushing it competes with the server's own writes): flushed first.
    QElapsedTimer flushTimer;
    flushTimer.start();
    ::sync();
    std::printf("Flushed the seeded data to disk in %.1f s\n", double(flushTimer.elapsed()) / 1000);

    const QString serverPath = parser.isSet(serverOption) ? parser.value(serverOption)
                                                          : QCoreApplication::applicationDirPath() +
                                                                QStringLiteral("/fielddesk-server");
    QStringList serverArguments;
    if (parser.isSet(workersOption))
        serverArguments << QStringLiteral("--worker-threads") << parser.value(workersOption);
    ServerLauncher server;
    if (!server.start(serverPath, seedOptions.databaseUrl, workDirectory.path(), serverArguments,
                      &error))
        return fail(error);
    std::printf("Server pid %lld on 127.0.0.1:%d; %d connections, %.1f s per scenario after "
                "%.1f s of warm-up; %s\n",
                static_cast<long long>(server.pid()), server.port(), connections,
                double(duration.count()) / 1000.0, double(warmup.count()) / 1000.0,
                qPrintable(machineLoad()));

    HttpConnection api("127.0.0.1", server.port());
    const std::optional<QByteArray> authorization = signIn(api, data, &error);
    if (!authorization)
        return fail(error);
    api.setAuthorization(*authorization);

    DispatchScenarios scenarios(data.firstDay, data.days, seedOptions.seed);
    const bool needsJobPool =
        wanted.contains(QLatin1String("assign")) || wanted.contains(QLatin1String("mixed"));
    const bool needsTechnicians = needsJobPool || wanted.contains(QLatin1String("schedule")) ||
                                  wanted.contains(QLatin1String("list-many"));
    if (needsTechnicians && !scenarios.loadTechnicians(api, &error))
        return fail(error);
    if (needsJobPool) {
        // Enough distinct jobs for a fast server over the warm-up and the whole duration.
        const qint64 seconds = (warmup.count() + duration.count()) / 1000 + 1;
        const int pool = int(std::min<qint64>(70000, 6000 * seconds));
        if (!scenarios.loadUnassignedJobs(api, pool, &error))
            return fail(error);
    }

    const auto readTarget = [](double rate) {
        return [rate](const ScenarioResult &r) {
            return r.percentileMs(0.95) < kReadP95TargetMs && r.requestsPerSecond() >= rate;
        };
    };
    // The highest request rates come last: the client check on /healthz is what stresses the
    // HTTP front most, and a crash there should not cost the dispatch figures.
    // A weekday in the middle of the seeded days: jobs to plan, technicians at work.
    QDate planDay = data.firstDay.addDays(data.days / 2);
    while (planDay.dayOfWeek() > 5)
        planDay = planDay.addDays(1);
    PlanLoad plans("127.0.0.1", server.port(), *authorization);
    ReportScenarios reports(data.today, data.locationIds);
    const QList<Scenario> all{
        {QStringLiteral("list"), scenarios.list(), LoadDriver::successOnly,
         QStringLiteral("p95 < %1 ms, >= %2 req/s (SQLite)")
             .arg(kReadP95TargetMs)
             .arg(kListRateTarget),
         readTarget(kListRateTarget)},
        {QStringLiteral("search"), scenarios.search(), LoadDriver::successOnly,
         QStringLiteral("p95 < %1 ms").arg(kReadP95TargetMs), readTarget(0)},
        {QStringLiteral("list-many"), scenarios.listMany(), LoadDriver::successOnly,
         QStringLiteral("p95 < %1 ms (issue 12, page cache off)").arg(kReadP95TargetMs),
         readTarget(0)},
        {QStringLiteral("search-many"), scenarios.searchMany(), LoadDriver::successOnly,
         QStringLiteral("p95 < %1 ms (issue 12, page cache off)").arg(kSearchManyP95TargetMs),
         [](const ScenarioResult &r) { return r.percentileMs(0.95) < kSearchManyP95TargetMs; }},
        {QStringLiteral("mixed"), scenarios.mixed(), DispatchScenarios::assignOutcome,
         QStringLiteral("reads p95 < %1 ms, assignments p95 < %2 ms (issue 12)")
             .arg(kMixedReadP95TargetMs)
             .arg(kMixedWriteP95TargetMs),
         [](const ScenarioResult &r) {
             return r.percentileMs(0.95, false) < kMixedReadP95TargetMs &&
                    r.percentileMs(0.95, true) < kMixedWriteP95TargetMs;
         }},
        {QStringLiteral("backlog"), scenarios.backlog(), LoadDriver::successOnly,
         QStringLiteral("p95 < %1 ms (issue 12, page cache off)").arg(kBacklogP95TargetMs),
         [](const ScenarioResult &r) { return r.percentileMs(0.95) < kBacklogP95TargetMs; }},
        {QStringLiteral("schedule"), scenarios.schedule(), LoadDriver::successOnly, {}, {}},
        {QStringLiteral("assign"), scenarios.assign(), DispatchScenarios::assignOutcome,
         QStringLiteral("p95 < %1 ms").arg(kWriteP95TargetMs),
         [](const ScenarioResult &r) { return r.percentileMs(0.95) < kWriteP95TargetMs; }},
        {QStringLiteral("locations"), scenarios.locations(), LoadDriver::successOnly, {}, {}},
        {QStringLiteral("reports"), reports.expensesByMonthAndCategory(), LoadDriver::successOnly,
         QStringLiteral("p95 < %1 ms (issue 14)").arg(kReportP95TargetMs),
         [](const ScenarioResult &r) { return r.percentileMs(0.95) < kReportP95TargetMs; }},
        {QStringLiteral("healthz"), scenarios.healthz(), LoadDriver::successOnly,
         QStringLiteral("client check: >= %1 req/s").arg(kClientRateTarget),
         [](const ScenarioResult &r) { return r.requestsPerSecond() >= kClientRateTarget; }},
        {QStringLiteral("plans-under-load"), scenarios.locations(), LoadDriver::successOnly,
         QStringLiteral("p95 < %1 ms beside %2 plans of %3 s (SQLite)")
             .arg(kReadBesidePlansP95TargetMs)
             .arg(kBackgroundPlans)
             .arg(kBackgroundPlanLimitS),
         [](const ScenarioResult &r) { return r.percentileMs(0.95) < kReadBesidePlansP95TargetMs; },
         &plans},
    };

    LoadDriver driver("127.0.0.1", server.port(), *authorization, connections);
    if (parser.isSet(rateOption)) {
        driver.setRate(parser.value(rateOption).toDouble());
        std::printf("Paced at %s requests/s; latency counts from when each request was due\n",
                    qPrintable(parser.value(rateOption)));
    }
    printHeader();
    if (seedOptions.databaseUrl.startsWith(QLatin1String("postgresql:")))
        std::printf("(srv cpu: the fielddesk-server process only, not PostgreSQL's own)\n");
    qint64 errors = 0;
    // Read after every scenario: a server that dies later still leaves its peak.
    qint64 peakKiB = server.peakMemoryKiB();
    for (const Scenario &scenario : all) {
        if (!wanted.contains(scenario.name))
            continue;
        if (!server.isRunning()) {
            std::printf("%-10s skipped: the server is gone (%s)\n", qPrintable(scenario.name),
                        qPrintable(server.howItEnded()));
            ++errors;
            continue;
        }
        if (scenario.background && !scenario.background->start(api, planDay, kBackgroundPlans,
                                                               kBackgroundPlanLimitS, &error))
            return fail(error);
        if (warmup.count() > 0) // same load, answers not counted
            driver.run(scenario.name, warmup, scenario.next, scenario.classify);
        const qint64 serverBefore = server.cpuMilliseconds();
        const qint64 clientBefore =
            ServerLauncher::cpuMillisecondsOf(QCoreApplication::applicationPid());
        const ScenarioResult result =
            driver.run(scenario.name, duration, scenario.next, scenario.classify);
        const double answered = double(std::max<qint64>(1, result.requests));
        const CpuShare cpu{
            double(server.cpuMilliseconds() - serverBefore) / answered,
            double(ServerLauncher::cpuMillisecondsOf(QCoreApplication::applicationPid()) -
                   clientBefore) /
                answered};
        printResult(scenario, result, cpu);
        if (result.answered(true) > 0 && result.answered(false) > 0)
            std::printf(
                "           reads: %lld, p95 %.2f ms; writes: %lld, p95 %.2f ms\n",
                static_cast<long long>(result.answered(false)), result.percentileMs(0.95, false),
                static_cast<long long>(result.answered(true)), result.percentileMs(0.95, true));
        if (scenario.background)
            std::printf("           %s\n", qPrintable(scenario.background->finish(api)));
        if (parser.isSet(latencyLogOption))
            writeLatencyLog(parser.value(latencyLogOption), result);
        peakKiB = std::max(peakKiB, server.peakMemoryKiB());
        if (!server.isRunning()) {
            workDirectory.setAutoRemove(false); // the log and the database, to look into
            std::printf("           the server died during %s (%s); its log: %s\n",
                        qPrintable(scenario.name), qPrintable(server.howItEnded()),
                        qPrintable(server.logPath()));
        }
        errors += result.errors;
    }

    std::printf("After the run: %s\n", qPrintable(machineLoad()));
    peakKiB = std::max(peakKiB, server.peakMemoryKiB());
    const int exitCode = server.stop();
    std::printf("Server peak memory (VmHWM): %.1f MiB; seeding took %.1f s; server exit code %d\n",
                double(peakKiB) / 1024.0, data.seedSeconds, exitCode);
    if (parser.isSet(keepOption))
        std::printf("Kept %s (database, server.log)\n", qPrintable(workDirectory.path()));
    if (exitCode != 0) {
        std::fprintf(stderr, "%s\n", server.logTail().constData());
        return 1;
    }
    return errors == 0 ? 0 : 1;
}
