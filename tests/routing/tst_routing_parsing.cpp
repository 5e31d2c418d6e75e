// Reading and writing the routing formats: Solomon text, problem JSON v1, plan JSON.
#include "routingtestproblems.h"
#include "testmain.h"

#include <fielddesk/routing/daygenerator.h>
#include <fielddesk/routing/solomoninstance.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace tst_routing_parsing {

using namespace fielddesk::routing;

class TestRoutingParsing : public QObject
{
    Q_OBJECT

private slots:
    void readsSolomonInstance()
    {
        QString error;
        const auto instance =
            SolomonInstance::fromFile(test::solomonFile(QStringLiteral("C101")), &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->name, QStringLiteral("C101"));
        QCOMPARE(instance->vehicles, 25);
        QCOMPARE(instance->capacity, 200);
        QCOMPARE(instance->nodes.size(), std::size_t(101));
        QCOMPARE(instance->nodes[1].number, 1);
        QCOMPARE(instance->nodes[1].ready, 912);
        QCOMPARE(instance->nodes[1].service, 90);
        QCOMPARE(instance->nodes.front().due, 1236);
        // (40,50) to (45,68): sqrt(349) = 18.68... -> 186 tenths.
        QCOMPARE(instance->distanceTenths(0, 1), 186);
    }

    void rejectsBrokenSolomonText()
    {
        QString error;
        QVERIFY(!SolomonInstance::fromText("NAME\n\nCUSTOMER\n 0 1 2 3 4 5 6\n", &error));
        QVERIFY(!error.isEmpty());
    }

    void readsProblemJson()
    {
        const QByteArray text = R"({"version":1,
          "technicians":[{"id":"t1","skills":["insulation"],"start":{"lat":52.1,"lon":4.3},
            "shift_start":"2026-03-02T07:00:00Z","shift_end":"2026-03-02T16:00:00Z",
            "break":{"earliest":"2026-03-02T11:00:00Z","latest":"2026-03-02T13:00:00Z",
                     "duration_min":30},"max_jobs":6,"capacity":10}],
          "jobs":[{"id":"j1","location":{"lat":52.2,"lon":4.4},"duration_min":45,
            "window_start":"2026-03-02T08:00:00Z","window_end":"2026-03-02T10:00:00Z",
            "skills":["insulation"],"priority":4,"technician":"t1","demand":3},
            {"id":7,"location":{"lat":52.0,"lon":4.2},"duration_min":30,
             "windows":[{"start":"2026-03-02T08:00:00Z","end":"2026-03-02T09:00:00Z"},
                        {"start":"2026-03-02T14:00:00Z","end":"2026-03-02T15:00:00Z"}]}],
          "travel":{"speed_kmh":50,"road_factor":1.2},"time_limit_s":2,"seed":9})";
        QString error;
        const auto p = Problem::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->technicians.size(), 1);
        const Technician &t = p->technicians.front();
        QCOMPARE(t.end.lat, 52.1); // end defaults to start
        QVERIFY(t.breakRule);
        QCOMPARE(t.breakRule->durationS, 1800);
        QCOMPARE(t.breakRule->earliest, test::at(11));
        QCOMPARE(*t.maxJobs, 6);
        QCOMPARE(*t.capacity, 10);
        QCOMPARE(p->jobs.size(), 2);
        QCOMPARE(p->jobs[0].durationS, 45 * 60);
        QCOMPARE(p->jobs[0].windows.size(), 1);
        QCOMPARE(p->jobs[0].windows[0].start, test::at(8));
        QCOMPARE(p->jobs[0].pinnedTechnician, QStringLiteral("t1"));
        QCOMPARE(p->jobs[0].priority, 4);
        QCOMPARE(p->jobs[0].demand, 3);
        QCOMPARE(p->jobs[1].id, QStringLiteral("7"));
        QCOMPARE(p->jobs[1].windows.size(), 2);
        QCOMPARE(p->travel.speedKmh, 50.0);
        QCOMPARE(p->timeLimitS, 2.0);
        QCOMPARE(p->seed, quint64(9));
    }

    void rejectsInvalidProblemJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no shift") << QByteArray(
            R"({"technicians":[{"id":"t","start":{"lat":1,"lon":2}}],"jobs":[]})");
        QTest::newRow("shift ends first") << QByteArray(
            R"({"technicians":[{"id":"t","start":{"lat":1,"lon":2},
                "shift_start":"2026-03-02T10:00:00Z","shift_end":"2026-03-02T09:00:00Z"}]})");
        QTest::newRow("job without location")
            << QByteArray(R"({"technicians":[],"jobs":[{"id":"j","duration_min":5}]})");
        QTest::newRow("duplicate job") << QByteArray(
            R"({"jobs":[{"id":"j","location":{"lat":1,"lon":2}},
                        {"id":"j","location":{"lat":1,"lon":2}}]})");
        QTest::newRow("small matrix") << QByteArray(
            R"({"jobs":[{"id":"j","location":{"lat":1,"lon":2}}],"travel":{"matrix_s":[[0]]},
                "technicians":[{"id":"t","start":{"lat":1,"lon":2},
                "shift_start":"2026-03-02T08:00:00Z","shift_end":"2026-03-02T09:00:00Z"}]})");
        QTest::newRow("wrong version") << QByteArray(R"({"version":2})");
    }
    void rejectsInvalidProblemJson()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Problem::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY(!error.isEmpty());
    }

    void problemJsonRoundTrips()
    {
        const Problem p = DayGenerator::generate({8, 50, 3, 25.0});
        const auto back = Problem::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), p.toJson());
        QCOMPARE(back->jobs.size(), 50);
        QCOMPARE(back->technicians.size(), 8);
    }

    void planJsonRoundTrips()
    {
        Plan plan = test::tinyPlan();
        plan.unassigned = {UnassignedJob{QStringLiteral("J9"), QStringLiteral("no capacity left")}};
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(QStringLiteral("routes")).toArray().size(), 1);
        const auto back = Plan::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->routes.size(), 1);
        QCOMPARE(back->routes[0].stops.size(), 3);
        QVERIFY(back->routes[0].stops[2].isBreak);
        QCOMPARE(back->routes[0].stops[1].start, test::at(9, 20));
        QCOMPARE(back->unassigned[0].reason, QStringLiteral("no capacity left"));
        QCOMPARE(back->toJson(), json);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestRoutingParsing)
} // namespace tst_routing_parsing
#include "tst_routing_parsing.moc"
