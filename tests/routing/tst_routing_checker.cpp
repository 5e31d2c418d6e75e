// The independent feasibility checker accepts feasible solutions and rejects a solution that
// violates any single constraint.
#include "routingtestproblems.h"

#include "feasibilitychecker.h"
#include "testmain.h"

#include <QtTest>

#include <functional>

Q_DECLARE_METATYPE(std::function<void(fielddesk::routing::Problem &, fielddesk::routing::Plan &)>)

namespace tst_routing_checker {

using namespace fielddesk::routing;

namespace {

const QByteArray kTinySolomon =
    "TINY\n\nVEHICLE\nNUMBER     CAPACITY\n   2         10\n\n"
    "CUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  "
    "DUE DATE   SERVICE   TIME\n\n"
    "    0       0         0          0          0       100          0\n"
    "    1       3         4          5          0        10          2\n"
    "    2       6         8          5         10        30          2\n"
    "    3       0         5          4          0        50          1\n";

bool mentions(const QStringList &problems, const QString &needle)
{
    for (const QString &p : problems) {
        if (p.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestRoutingChecker : public QObject
{
    Q_OBJECT

private slots:
    void acceptsFeasibleSolomonSolution()
    {
        qint64 tenths = 0;
        const QStringList problems =
            FeasibilityChecker::checkSolomon(kTinySolomon, {{1, 2}, {3}}, &tenths);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(tenths, qint64(300));
    }

    void rejectsSolomonViolations_data()
    {
        QTest::addColumn<QByteArray>("instance");
        QTest::addColumn<QList<QList<int>>>("routes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("time window") << kTinySolomon << QList<QList<int>>{{2, 1}, {3}}
                                     << QStringLiteral("after its due date");
        QTest::newRow("capacity") << kTinySolomon << QList<QList<int>>{{1, 2, 3}}
                                  << QStringLiteral("exceeds capacity");
        QByteArray shortDay = kTinySolomon;
        shortDay.replace("0          0       100", "0          0        20");
        QTest::newRow("depot due date")
            << shortDay << QList<QList<int>>{{1, 2}, {3}} << QStringLiteral("back at the depot");
        QTest::newRow("duplicate") << kTinySolomon << QList<QList<int>>{{1, 2}, {3, 1}}
                                   << QStringLiteral("served 2 times");
        QTest::newRow("missing") << kTinySolomon << QList<QList<int>>{{1, 2}}
                                 << QStringLiteral("customer 3 is not served");
        QTest::newRow("fleet") << kTinySolomon << QList<QList<int>>{{1}, {2}, {3}}
                               << QStringLiteral("only 2 vehicles");
        QTest::newRow("unknown") << kTinySolomon << QList<QList<int>>{{1, 2}, {3, 9}}
                                 << QStringLiteral("unknown customer 9");
    }
    void rejectsSolomonViolations()
    {
        QFETCH(QByteArray, instance);
        QFETCH(QList<QList<int>>, routes);
        QFETCH(QString, expected);
        std::vector<std::vector<int>> r;
        for (const auto &route : routes)
            r.emplace_back(route.begin(), route.end());
        const QStringList problems = FeasibilityChecker::checkSolomon(instance, r);
        QVERIFY2(mentions(problems, expected), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void acceptsFeasiblePlan()
    {
        const QStringList problems =
            FeasibilityChecker::checkPlan(test::tinyProblem(), test::tinyPlan());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void rejectsPlanViolations_data()
    {
        using Change = std::function<void(Problem &, Plan &)>;
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("time window") << Change([](Problem &, Plan &plan) {
            plan.routes[0].stops[0] = {QStringLiteral("J1"), false, test::at(9, 1),
                                       test::at(10, 1)};
        }) << QStringLiteral("outside its windows");
        QTest::newRow("too early after travel") << Change([](Problem &, Plan &plan) {
            plan.routes[0].stops[0] = {QStringLiteral("J1"), false, test::at(8, 5), test::at(9, 5)};
        }) << QStringLiteral("can only start");
        QTest::newRow("shift end")
            << Change([](Problem &p, Plan &) { p.technicians[0].shiftEnd = test::at(10, 55); })
            << QStringLiteral("after the shift ends");
        QTest::newRow("break outside its window") << Change([](Problem &, Plan &plan) {
            plan.routes[0].stops[2] = {QString(), true, test::at(10, 40), test::at(11, 10)};
        }) << QStringLiteral("break starts at");
        QTest::newRow("break missing")
            << Change([](Problem &, Plan &plan) { plan.routes[0].stops.removeLast(); })
            << QStringLiteral("0 breaks instead of one");
        QTest::newRow("break during a job") << Change([](Problem &, Plan &plan) {
            plan.routes[0].stops.move(2, 1);
            plan.routes[0].stops[1] = {QString(), true, test::at(10, 0), test::at(10, 30)};
        }) << QStringLiteral("can only start");
        QTest::newRow("skill") << Change([](Problem &p, Plan &) {
            p.jobs[1].skills = {QStringLiteral("b")};
        }) << QStringLiteral("needs skill b");
        QTest::newRow("capacity") << Change([](Problem &p, Plan &) {
            p.technicians[0].capacity = 3;
        }) << QStringLiteral("exceeds capacity");
        QTest::newRow("max jobs") << Change([](Problem &p, Plan &) {
            p.technicians[0].maxJobs = 1;
        }) << QStringLiteral("at most 1 allowed");
        QTest::newRow("pinned") << Change([](Problem &p, Plan &) {
            p.jobs[1].pinnedTechnician = QStringLiteral("T2");
        }) << QStringLiteral("is pinned to T2");
        QTest::newRow("duplicate job") << Change([](Problem &, Plan &plan) {
            plan.unassigned.append({QStringLiteral("J1"), QStringLiteral("x")});
        }) << QStringLiteral("appears 2 times");
        QTest::newRow("missing job")
            << Change([](Problem &, Plan &plan) { plan.routes[0].stops.removeAt(1); })
            << QStringLiteral("neither planned nor unassigned");
        QTest::newRow("unknown technician") << Change([](Problem &, Plan &plan) {
            plan.routes[0].technician = QStringLiteral("T9");
        }) << QStringLiteral("unknown technician");
        QTest::newRow("wrong travel")
            << Change([](Problem &, Plan &plan) { plan.routes[0].travelS = 1000; })
            << QStringLiteral("travel is 1800 s");
        QTest::newRow("wrong duration")
            << Change([](Problem &, Plan &plan) { plan.routes[0].stops[1].end = test::at(10, 0); })
            << QStringLiteral("lasts");
        QTest::newRow("reason missing") << Change([](Problem &p, Plan &plan) {
            Job extra = p.jobs[0];
            extra.id = QStringLiteral("J3");
            p.jobs.append(extra);
            plan.unassigned.append({QStringLiteral("J3"), QString()});
        }) << QStringLiteral("without a reason");
    }
    void rejectsPlanViolations()
    {
        QFETCH(std::function<void(Problem &, Plan &)>, change);
        QFETCH(QString, expected);
        Problem problem = test::tinyProblem();
        Plan plan = test::tinyPlan();
        change(problem, plan);
        const QStringList problems = FeasibilityChecker::checkPlan(problem, plan);
        QVERIFY2(mentions(problems, expected), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void greatCircleTravel()
    {
        TravelSettings travel;
        travel.speedKmh = 60;
        travel.roadFactor = 1.0;
        // One degree of latitude is 111.195 km on the mean Earth radius: 6672 s at 60 km/h.
        QCOMPARE(FeasibilityChecker::travelSeconds(travel, {52.0, 4.0}, {53.0, 4.0}), qint64(6672));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestRoutingChecker)
} // namespace tst_routing_checker
#include "tst_routing_checker.moc"
