// The fleet over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE (docs/fleet-api.md): vehicles with unique plates; odometer readings
// that only go up in read_at order (in and out of order, 422 naming both readings) and big
// jumps flagged; maintenance due by days and by distance (hand-computed); a service record
// resets its plan; who drives what (conflicts both ways, status rules, defaults filling the
// days); approving a critical repair; roles, locations and tenants; audit rows and the
// maintenance.due notification. The suite's locations run on UTC, so "today" is the UTC day.
#include "apisuite.h"
#include "apitestsetup.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTest>

namespace tst_fleet {

namespace {

const QString kPassword = QStringLiteral("fleet-test-pw");

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QString isoDay(qint64 daysFromToday)
{
    return QDateTime::currentDateTimeUtc().date().addDays(daysFromToday).toString(Qt::ISODate);
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

class TestFleet : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void vehiclesAreCreatedChangedAndRemoved();
    void platesAreUniqueIgnoringCaseAndSpaces();
    void badInputIs422NamingTheField_data();
    void badInputIs422NamingTheField();
    void readingsOnlyGoUpInReadAtOrder();
    void aBigJumpIsKeptButFlagged();
    void maintenanceFallsDueByDays();
    void maintenanceFallsDueByDistance();
    void aServiceRecordResetsItsPlan();
    void assignmentsConflictBothWays();
    void onlyActiveVehiclesOfTheLocationAreAssigned();
    void defaultVehiclesFillTheDays();
    void aTechniciansVehicleMustBeAVehicleOfTheTenant();
    void approvingACriticalRepairTakesTheVehicleOffTheRoad();
    void rolesLocationsAndTenants();
    void employeesRecordReadingsForWhatTheyDrive();
    void everyChangeIsAudited();
    void managersAreToldOnceWhenMaintenanceFallsDue();
    void theDemoHasAFleet();
    void openApiDescribesTheFleet();

private:
    TestHttpClient admin() const { return client(m_staff.admin); }
    TestHttpClient manager() const { return client(m_staff.manager); }
    // A vehicle made by the manager at the suite's location (or `location`); its answer.
    QJsonObject createVehicle(const QString &name,
                              const QString &plate,
                              qint64 location = 0,
                              const QString &status = QStringLiteral("active"));
    qint64 vehicle(const QString &name) { return integer(createVehicle(name, name), "id"); }
    TestReply reading(qint64 vehicle, qint64 km, const QDateTime &at, const QByteArray &token = {});
    TestReply plan(qint64 vehicle, const QJsonObject &body);
    TestReply assign(qint64 vehicle, qint64 technician, const QString &date);
    // A technician profile at `location` for a new employee; (technician id, token).
    std::pair<qint64, QByteArray> technician(const QString &name, qint64 location);
    QJsonArray auditRows(const QString &objectType, qint64 objectId, const QString &action);

    LocationStaff m_staff;
    qint64 m_tech = 0; // the technician of m_staff.employee
    int m_people = 0;
};

void TestFleet::initTestCase()
{
    QString error;
    QVERIFY2(startSuiteServer(m_server, QStringLiteral("fleet"), m_dir.path(), &error),
             qPrintable(error));
    QVERIFY(m_staff.create(m_server, QStringLiteral("fleet.test"), kPassword));
    for (const qint64 location : {m_staff.location, m_staff.farLocation})
        QCOMPARE(admin()
                     .patch(QStringLiteral("/api/v1/locations/%1").arg(location),
                            {{QStringLiteral("time_zone"), QStringLiteral("UTC")}})
                     .status,
                 200);
    const TestReply profile = admin().post(QStringLiteral("/api/v1/technicians"),
                                           {{QStringLiteral("user_id"), m_staff.employeeId},
                                            {QStringLiteral("location_id"), m_staff.location}});
    QVERIFY2(profile.status == 201, profile.body.constData());
    m_tech = profile.id();
}

QJsonObject TestFleet::createVehicle(const QString &name,
                                     const QString &plate,
                                     qint64 location,
                                     const QString &status)
{
    const TestReply r =
        manager().post(QStringLiteral("/api/v1/vehicles"),
                       {{QStringLiteral("name"), name},
                        {QStringLiteral("plate"), plate},
                        {QStringLiteral("make"), QStringLiteral("Ford")},
                        {QStringLiteral("model"), QStringLiteral("Transit")},
                        {QStringLiteral("year"), 2021},
                        {QStringLiteral("fuel"), QStringLiteral("diesel")},
                        {QStringLiteral("location_id"), location ? location : m_staff.location},
                        {QStringLiteral("status"), status}});
    if (r.status != 201)
        qWarning("create vehicle: %d %s", r.status, r.body.constData());
    return r.json();
}

TestReply
TestFleet::reading(qint64 vehicle, qint64 km, const QDateTime &at, const QByteArray &token)
{
    return client(token.isEmpty() ? m_staff.admin : token)
        .post(QStringLiteral("/api/v1/vehicles/%1/odometer").arg(vehicle),
              {{QStringLiteral("reading_km"), km}, {QStringLiteral("read_at"), stamp(at)}});
}

TestReply TestFleet::plan(qint64 vehicle, const QJsonObject &body)
{
    return manager().post(QStringLiteral("/api/v1/vehicles/%1/maintenance-plans").arg(vehicle),
                          body);
}

TestReply TestFleet::assign(qint64 vehicle, qint64 technician, const QString &date)
{
    return manager().post(QStringLiteral("/api/v1/vehicle-assignments"),
                          {{QStringLiteral("vehicle_id"), vehicle},
                           {QStringLiteral("technician_id"), technician},
                           {QStringLiteral("date"), date}});
}

std::pair<qint64, QByteArray> TestFleet::technician(const QString &name, qint64 location)
{
    const QString email = QStringLiteral("%1.%2@fleet.test").arg(name).arg(++m_people);
    const qint64 user = createTestUser(m_server, m_staff.admin, email, QStringLiteral("employee"),
                                       location, kPassword);
    const TestReply r = admin().post(
        QStringLiteral("/api/v1/technicians"),
        {{QStringLiteral("user_id"), user}, {QStringLiteral("location_id"), location}});
    if (r.status != 201)
        qWarning("create technician: %d %s", r.status, r.body.constData());
    return {r.id(), login(email, kPassword)};
}

QJsonArray TestFleet::auditRows(const QString &objectType, qint64 objectId, const QString &action)
{
    return admin()
        .get(QStringLiteral("/api/v1/audit-logs?object_type=%1&object_id=%2&action=%3")
                 .arg(objectType)
                 .arg(objectId)
                 .arg(action))
        .results();
}

void TestFleet::vehiclesAreCreatedChangedAndRemoved()
{
    const QJsonObject van = createVehicle(QStringLiteral("Van 1"), QStringLiteral("FL 001"));
    const qint64 id = integer(van, "id");
    QVERIFY(id > 0);
    QCOMPARE(text(van, "plate"), QStringLiteral("FL 001"));
    QCOMPARE(text(van, "fuel"), QStringLiteral("diesel"));
    QCOMPARE(integer(van, "year"), 2021);
    QCOMPARE(text(van, "status"), QStringLiteral("active"));
    QCOMPARE(integer(van, "version"), 1);
    QVERIFY(van.value(QLatin1String("odometer_km")).isNull());
    QVERIFY(van.value(QLatin1String("next_maintenance")).isNull());

    const QString path = QStringLiteral("/api/v1/vehicles/%1").arg(id);
    const TestReply stale = manager().patch(path, {{QStringLiteral("name"), QStringLiteral("X")},
                                                   {QStringLiteral("expected_version"), 7}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(text(stale.json(), "type"), QStringLiteral("/problems/version-conflict"));
    const TestReply changed =
        manager().patch(path, {{QStringLiteral("name"), QStringLiteral("Van One")},
                               {QStringLiteral("expected_version"), 1}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(text(changed.json(), "name"), QStringLiteral("Van One"));
    QCOMPARE(integer(changed.json(), "version"), 2);
    QCOMPARE(text(manager().get(path).json(), "name"), QStringLiteral("Van One"));

    const QJsonArray found =
        manager().get(QStringLiteral("/api/v1/vehicles?search=van%20one")).results();
    QCOMPARE(found.size(), 1);
    QCOMPARE(integer(found.at(0).toObject(), "id"), id);

    // A vehicle with readings is retired, not removed.
    QCOMPARE(reading(id, 100, QDateTime::currentDateTimeUtc().addDays(-1)).status, 201);
    const TestReply kept = manager().del(path);
    QCOMPARE(kept.status, 409);
    QVERIFY2(text(kept.json(), "detail").contains(QLatin1String("retire")), kept.body.constData());
    const qint64 spare = vehicle(QStringLiteral("Spare 1"));
    QCOMPARE(manager().del(QStringLiteral("/api/v1/vehicles/%1").arg(spare)).status, 204);
    QCOMPARE(manager().get(QStringLiteral("/api/v1/vehicles/%1").arg(spare)).status, 404);
}

void TestFleet::platesAreUniqueIgnoringCaseAndSpaces()
{
    const qint64 first =
        integer(createVehicle(QStringLiteral("Van 2"), QStringLiteral("AB 12 CD")), "id");
    QVERIFY(first > 0);
    const TestReply taken = manager().post(QStringLiteral("/api/v1/vehicles"),
                                           {{QStringLiteral("name"), QStringLiteral("Van 3")},
                                            {QStringLiteral("plate"), QStringLiteral("ab12cd")},
                                            {QStringLiteral("make"), QStringLiteral("VW")},
                                            {QStringLiteral("model"), QStringLiteral("Crafter")},
                                            {QStringLiteral("year"), 2020},
                                            {QStringLiteral("fuel"), QStringLiteral("petrol")},
                                            {QStringLiteral("location_id"), m_staff.location}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(text(taken.json(), "type"), QStringLiteral("/problems/conflict"));
    QVERIFY2(text(taken.json(), "detail").contains(QLatin1String("Van 2")), taken.body.constData());
    // Another tenant may have the same plate.
    const TestReply elsewhere =
        client(m_staff.otherAdmin)
            .post(QStringLiteral("/api/v1/vehicles"),
                  {{QStringLiteral("name"), QStringLiteral("Other van")},
                   {QStringLiteral("plate"), QStringLiteral("AB 12 CD")},
                   {QStringLiteral("make"), QStringLiteral("VW")},
                   {QStringLiteral("model"), QStringLiteral("Crafter")},
                   {QStringLiteral("year"), 2020},
                   {QStringLiteral("fuel"), QStringLiteral("petrol")},
                   {QStringLiteral("location_id"), client(m_staff.otherAdmin)
                                                       .get(QStringLiteral("/api/v1/locations"))
                                                       .firstResultId()}});
    QCOMPARE(elsewhere.status, 201);
}

void TestFleet::badInputIs422NamingTheField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good{{QStringLiteral("name"), QStringLiteral("Bad")},
                           {QStringLiteral("plate"), QStringLiteral("BAD 1")},
                           {QStringLiteral("make"), QStringLiteral("Ford")},
                           {QStringLiteral("model"), QStringLiteral("Transit")},
                           {QStringLiteral("year"), 2020},
                           {QStringLiteral("fuel"), QStringLiteral("diesel")}};
    const auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), value);
        return o;
    };
    const QString vehicles = QStringLiteral("/api/v1/vehicles");
    QTest::newRow("year too old") << vehicles << with("year", 1900) << QStringLiteral("year");
    QTest::newRow("year far ahead") << vehicles << with("year", 2999) << QStringLiteral("year");
    QTest::newRow("unknown fuel") << vehicles << with("fuel", QStringLiteral("steam"))
                                  << QStringLiteral("fuel");
    QTest::newRow("empty name") << vehicles << with("name", QString()) << QStringLiteral("name");
    QTest::newRow("long plate") << vehicles << with("plate", QString(21, QLatin1Char('P')))
                                << QStringLiteral("plate");
    QTest::newRow("long vin") << vehicles << with("vin", QString(18, QLatin1Char('V')))
                              << QStringLiteral("vin");
    QTest::newRow("unknown status")
        << vehicles << with("status", QStringLiteral("broken")) << QStringLiteral("status");
    QTest::newRow("foreign location")
        << vehicles << with("location_id", 999999) << QStringLiteral("location_id");
    QTest::newRow("negative reading")
        << QStringLiteral("/odometer")
        << QJsonObject{{QStringLiteral("reading_km"), -1},
                       {QStringLiteral("read_at"), stamp(QDateTime::currentDateTimeUtc())}}
        << QStringLiteral("reading_km");
    QTest::newRow("reading from the future")
        << QStringLiteral("/odometer")
        << QJsonObject{{QStringLiteral("reading_km"), 10},
                       {QStringLiteral("read_at"),
                        stamp(QDateTime::currentDateTimeUtc().addSecs(3600))}}
        << QStringLiteral("read_at");
    QTest::newRow("plan without a period")
        << QStringLiteral("/maintenance-plans")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("Oil")}}
        << QStringLiteral("every_km");
    QTest::newRow("plan every 0 km") << QStringLiteral("/maintenance-plans")
                                     << QJsonObject{{QStringLiteral("name"), QStringLiteral("Oil")},
                                                    {QStringLiteral("every_km"), 0}}
                                     << QStringLiteral("every_km");
    QTest::newRow("plan with a bad date")
        << QStringLiteral("/maintenance-plans")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("Oil")},
                       {QStringLiteral("every_days"), 30},
                       {QStringLiteral("last_done_on"), QStringLiteral("2026-02-30")}}
        << QStringLiteral("last_done_on");
    QTest::newRow("record without description")
        << QStringLiteral("/service-records")
        << QJsonObject{{QStringLiteral("done_on"), isoDay(-1)},
                       {QStringLiteral("odometer_km"), 10},
                       {QStringLiteral("cost_minor"), 100}}
        << QStringLiteral("description");
    QTest::newRow("record with a bad currency")
        << QStringLiteral("/service-records")
        << QJsonObject{{QStringLiteral("done_on"), isoDay(-1)},
                       {QStringLiteral("odometer_km"), 10},
                       {QStringLiteral("description"), QStringLiteral("Tyres")},
                       {QStringLiteral("cost_minor"), 100},
                       {QStringLiteral("currency"), QStringLiteral("XQZ")}}
        << QStringLiteral("currency");
    QTest::newRow("record of a plan of another vehicle")
        << QStringLiteral("/service-records")
        << QJsonObject{{QStringLiteral("done_on"), isoDay(-1)},
                       {QStringLiteral("odometer_km"), 10},
                       {QStringLiteral("description"), QStringLiteral("Tyres")},
                       {QStringLiteral("cost_minor"), 100},
                       {QStringLiteral("plan_id"), 999999}}
        << QStringLiteral("plan_id");
    QTest::newRow("assignment with a bad date")
        << QStringLiteral("/api/v1/vehicle-assignments")
        << QJsonObject{{QStringLiteral("vehicle_id"), 1},
                       {QStringLiteral("technician_id"), 1},
                       {QStringLiteral("date"), QStringLiteral("2026-13-01")}}
        << QStringLiteral("date");
}

void TestFleet::badInputIs422NamingTheField()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    static qint64 target = 0;
    if (!target)
        target = vehicle(QStringLiteral("Target"));
    QJsonObject sent = body;
    if (path == QLatin1String("/api/v1/vehicles") && !sent.contains(QLatin1String("location_id")))
        sent.insert(QStringLiteral("location_id"), m_staff.location);
    const QString url = path.startsWith(QLatin1String("/api/"))
                            ? path
                            : QStringLiteral("/api/v1/vehicles/%1").arg(target) + path;
    const TestReply r = manager().post(url, sent);
    QCOMPARE(r.status, 422);
    QVERIFY2(errorFields(r).contains(field), r.body.constData());
}

void TestFleet::readingsOnlyGoUpInReadAtOrder()
{
    const qint64 id = vehicle(QStringLiteral("Van 4"));
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    QCOMPARE(reading(id, 1000, now.addDays(-3)).status, 201);
    const TestReply latest = reading(id, 1500, now.addDays(-1));
    QCOMPARE(latest.status, 201);
    // Out of order but between its neighbours: fine.
    QCOMPARE(reading(id, 1200, now.addDays(-2)).status, 201);

    // Lower than the earlier one.
    const TestReply lower = reading(id, 900, now.addSecs(-int(2.5 * 86400)));
    QCOMPARE(lower.status, 422);
    QCOMPARE(text(lower.json(), "type"), QStringLiteral("/problems/validation"));
    QCOMPARE(errorFields(lower), QStringList{QStringLiteral("reading_km")});
    QVERIFY2(text(lower.json(), "detail").contains(QLatin1String("900 km")),
             lower.body.constData());
    QVERIFY2(text(lower.json(), "detail").contains(QLatin1String("1,000 km")),
             lower.body.constData());
    QCOMPARE(
        integer(lower.json().value(QLatin1String("conflicting_reading")).toObject(), "reading_km"),
        1000);

    // Higher than the later one.
    const TestReply higher = reading(id, 1600, now.addDays(-2).addSecs(3600));
    QCOMPARE(higher.status, 422);
    QVERIFY2(text(higher.json(), "detail").contains(QLatin1String("1,600 km")),
             higher.body.constData());
    QVERIFY2(text(higher.json(), "detail").contains(QLatin1String("1,500 km")),
             higher.body.constData());
    QCOMPARE(integer(higher.json().value(QLatin1String("conflicting_reading")).toObject(), "id"),
             latest.id());

    // In order, but lower than the latest.
    const TestReply now1400 = reading(id, 1400, now);
    QCOMPARE(now1400.status, 422);
    QCOMPARE(integer(now1400.json().value(QLatin1String("conflicting_reading")).toObject(), "id"),
             latest.id());

    const QJsonObject van = manager().get(QStringLiteral("/api/v1/vehicles/%1").arg(id)).json();
    QCOMPARE(integer(van, "odometer_km"), 1500);
    const QJsonArray list =
        manager().get(QStringLiteral("/api/v1/vehicles/%1/odometer").arg(id)).results();
    QCOMPARE(list.size(), 3);
    QCOMPARE(integer(list.at(0).toObject(), "reading_km"), 1500); // newest first
    QCOMPARE(integer(list.at(2).toObject(), "reading_km"), 1000);
}

void TestFleet::aBigJumpIsKeptButFlagged()
{
    const qint64 id = vehicle(QStringLiteral("Van 5"));
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    QCOMPARE(reading(id, 10000, now.addDays(-2)).status, 201);
    const TestReply jump = reading(id, 13000, now.addDays(-1)); // 3,000 km in a day
    QCOMPARE(jump.status, 201);
    QCOMPARE(jump.json().value(QLatin1String("flagged")), QJsonValue(true));
    QVERIFY2(text(jump.json(), "flag_reason").contains(QLatin1String("3,000 km")),
             jump.body.constData());
    // 1,500 km in two hours counts as one day: within 2,000.
    const TestReply soon = reading(id, 14500, now.addDays(-1).addSecs(7200));
    QCOMPARE(soon.status, 201);
    QCOMPARE(soon.json().value(QLatin1String("flagged")), QJsonValue(false));
    // 2,100 km in two hours is more than a day's 2,000.
    QCOMPARE(
        reading(id, 16600, now.addDays(-1).addSecs(14400)).json().value(QLatin1String("flagged")),
        QJsonValue(true));
    const QJsonArray flagged =
        manager()
            .get(QStringLiteral("/api/v1/vehicles/%1/odometer?flagged=true").arg(id))
            .results();
    QCOMPARE(flagged.size(), 2);
}

void TestFleet::maintenanceFallsDueByDays()
{
    const qint64 id = vehicle(QStringLiteral("Van 6"));
    // Every 180 days, done 175 days ago: due in 5 days.
    const TestReply soon = plan(id, {{QStringLiteral("name"), QStringLiteral("Inspection")},
                                     {QStringLiteral("every_days"), 180},
                                     {QStringLiteral("last_done_on"), isoDay(-175)}});
    QCOMPARE(soon.status, 201);
    QCOMPARE(text(soon.json(), "due_on"), isoDay(5));
    QCOMPARE(integer(soon.json(), "days_left"), 5);
    QVERIFY(soon.json().value(QLatin1String("due_km")).isNull());
    QCOMPARE(soon.json().value(QLatin1String("overdue")), QJsonValue(false));
    // Every 30 days, done 40 days ago: 10 days overdue.
    const TestReply late = plan(id, {{QStringLiteral("name"), QStringLiteral("Wash")},
                                     {QStringLiteral("every_days"), 30},
                                     {QStringLiteral("last_done_on"), isoDay(-40)}});
    QCOMPARE(text(late.json(), "due_on"), isoDay(-10));
    QCOMPARE(integer(late.json(), "days_left"), -10);
    QCOMPARE(late.json().value(QLatin1String("overdue")), QJsonValue(true));

    const auto dueList = [&](int days) {
        QList<qint64> plans;
        for (const QJsonValue &v :
             manager()
                 .get(QStringLiteral(
                          "/api/v1/maintenance/due?within_days=%1&within_km=0&location_id=%2")
                          .arg(days)
                          .arg(m_staff.location))
                 .results()) {
            if (integer(v.toObject(), "vehicle_id") == id)
                plans << integer(v.toObject(), "plan_id");
        }
        return plans;
    };
    QCOMPARE(dueList(7), (QList<qint64>{late.id(), soon.id()})); // most urgent first
    QCOMPARE(dueList(4), QList<qint64>{late.id()});
    const QJsonObject next = manager()
                                 .get(QStringLiteral("/api/v1/vehicles/%1").arg(id))
                                 .json()
                                 .value(QLatin1String("next_maintenance"))
                                 .toObject();
    QCOMPARE(integer(next, "plan_id"), late.id());
    QCOMPARE(next.value(QLatin1String("overdue")), QJsonValue(true));
    // A plan the admin adds overdue: the managers are told, in words a person reads (the day,
    // not an ISO date). (Whoever makes a change is not told of it.)
    QCOMPARE(client(m_staff.admin)
                 .post(QStringLiteral("/api/v1/vehicles/%1/maintenance-plans").arg(id),
                       {{QStringLiteral("name"), QStringLiteral("Filters")},
                        {QStringLiteral("every_days"), 30},
                        {QStringLiteral("last_done_on"), isoDay(-40)}})
                 .status,
             201);
    QString body;
    for (const QJsonValue &v :
         manager()
             .get(QStringLiteral("/api/v1/notifications?kind=maintenance.due&limit=500"))
             .results()) {
        if (integer(v.toObject(), "object_id") == id &&
            text(v.toObject(), "title").contains(QLatin1String("Filters")))
            body = text(v.toObject(), "body");
    }
    const QDate lateDay = QDate::fromString(isoDay(-10), Qt::ISODate);
    QVERIFY2(body.contains(QStringLiteral("due on ") +
                           lateDay.toString(QStringLiteral("ddd d MMM yyyy"))),
             qPrintable(body));
    QVERIFY2(!body.contains(isoDay(-10)), qPrintable(body));
}

void TestFleet::maintenanceFallsDueByDistance()
{
    const qint64 id = vehicle(QStringLiteral("Van 7"));
    // 1,000 km in exactly 10 days: 100 km a day.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    QCOMPARE(reading(id, 20000, now.addDays(-10)).status, 201);
    QCOMPARE(reading(id, 21000, now).status, 201);
    // Every 5,000 km, done at 16,500: due at 21,500, 500 km left, 5 days at 100 km a day.
    const TestReply soon = plan(id, {{QStringLiteral("name"), QStringLiteral("Oil")},
                                     {QStringLiteral("every_km"), 5000},
                                     {QStringLiteral("last_done_km"), 16500}});
    QCOMPARE(soon.status, 201);
    QCOMPARE(integer(soon.json(), "due_km"), 21500);
    QCOMPARE(integer(soon.json(), "km_left"), 500);
    QCOMPARE(text(soon.json(), "estimated_due_on"), isoDay(5));
    QCOMPARE(integer(soon.json(), "days_left"), 5);
    QVERIFY(soon.json().value(QLatin1String("due_on")).isNull());
    QCOMPARE(soon.json().value(QLatin1String("overdue")), QJsonValue(false));
    // Every 30,000 km, never done: due at 30,000, 9,000 km left, 90 days.
    const TestReply far = plan(id, {{QStringLiteral("name"), QStringLiteral("Belt")},
                                    {QStringLiteral("every_km"), 30000}});
    QCOMPARE(integer(far.json(), "due_km"), 30000);
    QCOMPARE(text(far.json(), "estimated_due_on"), isoDay(90));
    // Every 20,000 km, never done: reached already.
    const TestReply reached = plan(id, {{QStringLiteral("name"), QStringLiteral("Brakes")},
                                        {QStringLiteral("every_km"), 20000}});
    QCOMPARE(integer(reached.json(), "km_left"), -1000);
    QCOMPARE(reached.json().value(QLatin1String("overdue")), QJsonValue(true));

    const auto dueIds = [&](const QString &query) {
        QList<qint64> plans;
        for (const QJsonValue &v :
             manager().get(QStringLiteral("/api/v1/maintenance/due?") + query).results()) {
            if (integer(v.toObject(), "vehicle_id") == id)
                plans << integer(v.toObject(), "plan_id");
        }
        return plans;
    };
    // By distance alone, by the estimate alone, and both windows too short for Oil.
    QCOMPARE(dueIds(QStringLiteral("within_days=0&within_km=500")),
             (QList<qint64>{reached.id(), soon.id()}));
    QCOMPARE(dueIds(QStringLiteral("within_days=5&within_km=0")),
             (QList<qint64>{reached.id(), soon.id()}));
    QCOMPARE(dueIds(QStringLiteral("within_days=4&within_km=499")), QList<qint64>{reached.id()});
    // The defaults (30 days, 1,000 km) take Oil but not Belt.
    QCOMPARE(dueIds(QString()), (QList<qint64>{reached.id(), soon.id()}));
}

void TestFleet::aServiceRecordResetsItsPlan()
{
    const qint64 id = vehicle(QStringLiteral("Van 8"));
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    QCOMPARE(reading(id, 11000, now.addDays(-5)).status, 201);
    const TestReply service = plan(id, {{QStringLiteral("name"), QStringLiteral("Service")},
                                        {QStringLiteral("every_km"), 10000},
                                        {QStringLiteral("every_days"), 365},
                                        {QStringLiteral("last_done_km"), 0},
                                        {QStringLiteral("last_done_on"), isoDay(-400)}});
    QCOMPARE(service.json().value(QLatin1String("overdue")), QJsonValue(true));

    const QString records = QStringLiteral("/api/v1/vehicles/%1/service-records").arg(id);
    // Lower than the reading five days ago: refused naming odometer_km.
    const TestReply lower =
        manager().post(records, {{QStringLiteral("done_on"), isoDay(-1)},
                                 {QStringLiteral("odometer_km"), 10500},
                                 {QStringLiteral("description"), QStringLiteral("Full service")},
                                 {QStringLiteral("cost_minor"), 35000},
                                 {QStringLiteral("plan_id"), service.id()}});
    QCOMPARE(lower.status, 422);
    QCOMPARE(errorFields(lower), QStringList{QStringLiteral("odometer_km")});

    const TestReply record =
        manager().post(records, {{QStringLiteral("done_on"), isoDay(-1)},
                                 {QStringLiteral("odometer_km"), 12000},
                                 {QStringLiteral("description"), QStringLiteral("Full service")},
                                 {QStringLiteral("cost_minor"), 35000},
                                 {QStringLiteral("vendor"), QStringLiteral("Garage Nord")},
                                 {QStringLiteral("plan_id"), service.id()}});
    QCOMPARE(record.status, 201);
    QCOMPARE(text(record.json(), "currency").size(), 3); // the tenant's
    QCOMPARE(integer(record.json(), "plan_id"), service.id());

    const QJsonObject reset = manager()
                                  .get(QStringLiteral("/api/v1/vehicles/%1/maintenance-plans/%2")
                                           .arg(id)
                                           .arg(service.id()))
                                  .json();
    QCOMPARE(text(reset, "last_done_on"), isoDay(-1));
    QCOMPARE(integer(reset, "last_done_km"), 12000);
    QCOMPARE(integer(reset, "due_km"), 22000);
    QCOMPARE(text(reset, "due_on"), isoDay(364));
    QCOMPARE(reset.value(QLatin1String("overdue")), QJsonValue(false));
    // The record recorded a service reading at noon of its day.
    const QJsonObject latest = manager()
                                   .get(QStringLiteral("/api/v1/vehicles/%1/odometer").arg(id))
                                   .results()
                                   .at(0)
                                   .toObject();
    QCOMPARE(integer(latest, "reading_km"), 12000);
    QCOMPARE(text(latest, "source"), QStringLiteral("service"));
    QCOMPARE(text(latest, "read_at"), isoDay(-1) + QStringLiteral("T12:00:00.000Z"));

    // An older record of the plan leaves the plan as it is.
    QCOMPARE(manager()
                 .post(records, {{QStringLiteral("done_on"), isoDay(-3)},
                                 {QStringLiteral("odometer_km"), 11500},
                                 {QStringLiteral("description"), QStringLiteral("Late entry")},
                                 {QStringLiteral("cost_minor"), 0},
                                 {QStringLiteral("plan_id"), service.id()}})
                 .status,
             201);
    QCOMPARE(text(manager()
                      .get(QStringLiteral("/api/v1/vehicles/%1/maintenance-plans/%2")
                               .arg(id)
                               .arg(service.id()))
                      .json(),
                  "last_done_on"),
             isoDay(-1));
    QCOMPARE(manager().get(records).json().value(QLatin1String("count")).toInteger(), 2);
    // Another service on the day of the first: the list is newest first, also within a day.
    QCOMPARE(manager()
                 .post(records, {{QStringLiteral("done_on"), isoDay(-1)},
                                 {QStringLiteral("odometer_km"), 12000},
                                 {QStringLiteral("description"), QStringLiteral("Tyre rotation")},
                                 {QStringLiteral("cost_minor"), 8000}})
                 .status,
             201);
    QStringList newestFirst;
    for (const QJsonValue &row : manager().get(records).results())
        newestFirst << text(row.toObject(), "description");
    QCOMPARE(newestFirst,
             (QStringList{QStringLiteral("Tyre rotation"), QStringLiteral("Full service"),
                          QStringLiteral("Late entry")}));
    // Not a day to come: its reading would block the real ones before it.
    const TestReply ahead =
        manager().post(records, {{QStringLiteral("done_on"), isoDay(2)},
                                 {QStringLiteral("odometer_km"), 99000},
                                 {QStringLiteral("description"), QStringLiteral("Booked")},
                                 {QStringLiteral("cost_minor"), 0}});
    QCOMPARE(ahead.status, 422);
    QCOMPARE(errorFields(ahead), QStringList{QStringLiteral("done_on")});
    QCOMPARE(manager().get(records).json().value(QLatin1String("count")).toInteger(), 3);
}

void TestFleet::assignmentsConflictBothWays()
{
    const qint64 a = vehicle(QStringLiteral("Van A"));
    const qint64 b = vehicle(QStringLiteral("Van B"));
    const auto [maria, mariaToken] = technician(QStringLiteral("maria"), m_staff.location);
    const auto [omar, omarToken] = technician(QStringLiteral("omar"), m_staff.location);
    const QString day = isoDay(3);
    const TestReply first = assign(a, maria, day);
    QCOMPARE(first.status, 201);
    QCOMPARE(text(first.json(), "source"), QStringLiteral("assigned"));
    QCOMPARE(text(first.json(), "vehicle_name"), QStringLiteral("Van A"));

    // The vehicle is taken that day.
    const TestReply driven = assign(a, omar, day);
    QCOMPARE(driven.status, 409);
    QCOMPARE(text(driven.json(), "type"), QStringLiteral("/problems/vehicle-assignment-conflict"));
    QVERIFY2(text(driven.json(), "detail").contains(QLatin1String("Van A is driven by maria")),
             driven.body.constData());
    // The day as people read it.
    QVERIFY2(
        text(driven.json(), "detail")
            .contains(
                QDate::fromString(day, Qt::ISODate).toString(QStringLiteral("ddd d MMM yyyy"))),
        driven.body.constData());
    const QJsonObject other =
        driven.json().value(QLatin1String("conflicting_assignment")).toObject();
    QCOMPARE(integer(other, "id"), first.id());
    QCOMPARE(integer(other, "technician_id"), maria);

    // The technician drives something else that day.
    const TestReply busy = assign(b, maria, day);
    QCOMPARE(busy.status, 409);
    QCOMPARE(integer(busy.json().value(QLatin1String("conflicting_assignment")).toObject(), "id"),
             first.id());
    // Another day is free; removing frees the day.
    QCOMPARE(assign(b, maria, isoDay(4)).status, 201);
    QCOMPARE(manager().del(QStringLiteral("/api/v1/vehicle-assignments/%1").arg(first.id())).status,
             204);
    QCOMPARE(assign(a, omar, day).status, 201);
}

void TestFleet::onlyActiveVehiclesOfTheLocationAreAssigned()
{
    const auto [tech, token] = technician(QStringLiteral("nina"), m_staff.location);
    for (const char *status : {"in_service", "retired"}) {
        const qint64 id = integer(createVehicle(QStringLiteral("Van %1").arg(QLatin1String(status)),
                                                QStringLiteral("ST %1").arg(QLatin1String(status)),
                                                0, QLatin1String(status)),
                                  "id");
        const TestReply refused = assign(id, tech, isoDay(1));
        QCOMPARE(refused.status, 409);
        QCOMPARE(text(refused.json(), "type"), QStringLiteral("/problems/vehicle-unavailable"));
    }
    const qint64 far = integer(client(m_staff.admin)
                                   .post(QStringLiteral("/api/v1/vehicles"),
                                         {{QStringLiteral("name"), QStringLiteral("Far van")},
                                          {QStringLiteral("plate"), QStringLiteral("FAR 1")},
                                          {QStringLiteral("make"), QStringLiteral("Ford")},
                                          {QStringLiteral("model"), QStringLiteral("Transit")},
                                          {QStringLiteral("year"), 2019},
                                          {QStringLiteral("fuel"), QStringLiteral("diesel")},
                                          {QStringLiteral("location_id"), m_staff.farLocation}})
                                   .json(),
                               "id");
    QVERIFY(far > 0);
    const TestReply elsewhere = client(m_staff.admin)
                                    .post(QStringLiteral("/api/v1/vehicle-assignments"),
                                          {{QStringLiteral("vehicle_id"), far},
                                           {QStringLiteral("technician_id"), tech},
                                           {QStringLiteral("date"), isoDay(1)}});
    QCOMPARE(elsewhere.status, 422);
    QCOMPARE(errorFields(elsewhere), QStringList{QStringLiteral("technician_id")});
    // The manager of the first location does not reach the far vehicle at all.
    QCOMPARE(errorFields(assign(far, tech, isoDay(1))), QStringList{QStringLiteral("vehicle_id")});
}

void TestFleet::defaultVehiclesFillTheDays()
{
    const qint64 van = vehicle(QStringLiteral("Van D"));
    const qint64 other = vehicle(QStringLiteral("Van E"));
    const auto [sam, samToken] = technician(QStringLiteral("sam"), m_staff.location);
    const auto [lea, leaToken] = technician(QStringLiteral("lea"), m_staff.location);
    QCOMPARE(admin()
                 .patch(QStringLiteral("/api/v1/technicians/%1").arg(sam),
                        {{QStringLiteral("vehicle_id"), van}})
                 .status,
             200);
    // Day 10: Sam drives his default van. Day 11: Lea drives it, so Sam has none.
    // Day 12: Sam drives Van E, his default stays unused.
    QCOMPARE(assign(van, lea, isoDay(11)).status, 201);
    QCOMPARE(assign(other, sam, isoDay(12)).status, 201);
    const TestReply days =
        manager().get(QStringLiteral("/api/v1/vehicle-assignments?from=%1&to=%2&vehicle_id=%3")
                          .arg(isoDay(10), isoDay(12))
                          .arg(van));
    QCOMPARE(days.status, 200);
    QList<std::tuple<QString, qint64, QString>> seen;
    for (const QJsonValue &v : days.results()) {
        const QJsonObject o = v.toObject();
        seen.append({text(o, "date"), integer(o, "technician_id"), text(o, "source")});
        if (text(o, "source") == QLatin1String("default")) {
            QVERIFY(o.value(QLatin1String("id")).isNull());
            QCOMPARE(text(o, "vehicle_name"), QStringLiteral("Van D"));
        }
    }
    const QList<std::tuple<QString, qint64, QString>> expected{
        {isoDay(10), sam, QStringLiteral("default")},
        {isoDay(11), lea, QStringLiteral("assigned")}};
    QCOMPARE(seen, expected);

    // An in_service default vehicle fills nothing.
    QCOMPARE(manager()
                 .patch(QStringLiteral("/api/v1/vehicles/%1").arg(van),
                        {{QStringLiteral("status"), QStringLiteral("in_service")}})
                 .status,
             200);
    QCOMPARE(manager()
                 .get(QStringLiteral("/api/v1/vehicle-assignments?date=%1&technician_id=%2")
                          .arg(isoDay(10))
                          .arg(sam))
                 .results()
                 .size(),
             0);
    // At most 62 days at once.
    const TestReply tooLong = manager().get(
        QStringLiteral("/api/v1/vehicle-assignments?from=%1&to=%2").arg(isoDay(0), isoDay(62)));
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(errorFields(tooLong), QStringList{QStringLiteral("to")});
}

void TestFleet::aTechniciansVehicleMustBeAVehicleOfTheTenant()
{
    const QString path = QStringLiteral("/api/v1/technicians/%1").arg(m_tech);
    const TestReply unknown = admin().patch(path, {{QStringLiteral("vehicle_id"), 999999}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(errorFields(unknown), QStringList{QStringLiteral("vehicle_id")});
    const qint64 foreign =
        client(m_staff.otherAdmin).get(QStringLiteral("/api/v1/vehicles")).firstResultId();
    QVERIFY(foreign > 0);
    QCOMPARE(admin().patch(path, {{QStringLiteral("vehicle_id"), foreign}}).status, 422);
    // Nor one of another location: the technician's default van is where they work.
    const qint64 far = integer(client(m_staff.admin)
                                   .post(QStringLiteral("/api/v1/vehicles"),
                                         {{QStringLiteral("name"), QStringLiteral("Far van 2")},
                                          {QStringLiteral("plate"), QStringLiteral("FAR 2")},
                                          {QStringLiteral("make"), QStringLiteral("Ford")},
                                          {QStringLiteral("model"), QStringLiteral("Transit")},
                                          {QStringLiteral("year"), 2020},
                                          {QStringLiteral("fuel"), QStringLiteral("diesel")},
                                          {QStringLiteral("location_id"), m_staff.farLocation}})
                                   .json(),
                               "id");
    QVERIFY(far > 0);
    const TestReply elsewhere = admin().patch(path, {{QStringLiteral("vehicle_id"), far}});
    QCOMPARE(elsewhere.status, 422);
    QCOMPARE(errorFields(elsewhere), QStringList{QStringLiteral("vehicle_id")});
    QCOMPARE(admin().patch(path, {{QStringLiteral("vehicle_id"), QJsonValue::Null}}).status, 200);
}

void TestFleet::approvingACriticalRepairTakesTheVehicleOffTheRoad()
{
    const qint64 van = vehicle(QStringLiteral("Van R"));
    const auto [driver, driverToken] = technician(QStringLiteral("rita"), m_staff.location);
    const TestReply today = assign(van, driver, isoDay(0));
    const TestReply tomorrow = assign(van, driver, isoDay(1));
    QCOMPARE(today.status, 201);
    QCOMPARE(tomorrow.status, 201);
    // Yesterday's stays: it is history.
    QCOMPARE(assign(van, driver, isoDay(-1)).status, 201);

    TestHttpClient rita = client(driverToken);
    const auto repair = [&](qint64 vehicleId, const char *severity) {
        return rita.post(
            QStringLiteral("/api/v1/requests"),
            {{QStringLiteral("kind"), QStringLiteral("repair")},
             {QStringLiteral("details"),
              QJsonObject{{QStringLiteral("subject"), QStringLiteral("Brakes")},
                          {QStringLiteral("description"), QStringLiteral("Grinding noise")},
                          {QStringLiteral("severity"), QLatin1String(severity)},
                          {QStringLiteral("vehicle_id"), vehicleId}}}});
    };
    // A vehicle she cannot see.
    const TestReply unseen = repair(vehicle(QStringLiteral("Van Hidden")), "critical");
    QCOMPARE(unseen.status, 422);
    QCOMPARE(errorFields(unseen), QStringList{QStringLiteral("details.vehicle_id")});

    const TestReply filed = repair(van, "critical");
    QCOMPARE(filed.status, 201);
    const TestReply approved =
        manager().post(QStringLiteral("/api/v1/requests/%1/approve").arg(filed.id()), {});
    QCOMPARE(approved.status, 200);
    const QJsonObject effects = approved.json().value(QLatin1String("vehicle_effects")).toObject();
    QCOMPARE(integer(effects, "vehicle_id"), van);
    QCOMPARE(text(effects, "status"), QStringLiteral("in_service"));
    QList<qint64> removed;
    for (const QJsonValue &v : effects.value(QLatin1String("removed_assignments")).toArray())
        removed << integer(v.toObject(), "id");
    QCOMPARE(removed, (QList<qint64>{today.id(), tomorrow.id()}));
    QCOMPARE(text(manager().get(QStringLiteral("/api/v1/vehicles/%1").arg(van)).json(), "status"),
             QStringLiteral("in_service"));
    QCOMPARE(manager()
                 .get(QStringLiteral("/api/v1/vehicle-assignments?from=%1&to=%2&vehicle_id=%3")
                          .arg(isoDay(-1), isoDay(1))
                          .arg(van))
                 .results()
                 .size(),
             1);

    // A repair that is not critical leaves the vehicle alone.
    const qint64 other = vehicle(QStringLiteral("Van S"));
    QCOMPARE(assign(other, driver, isoDay(2)).status, 201);
    QCOMPARE(admin()
                 .patch(QStringLiteral("/api/v1/technicians/%1").arg(driver),
                        {{QStringLiteral("vehicle_id"), other}})
                 .status,
             200);
    const TestReply minor = repair(other, "low");
    QCOMPARE(minor.status, 201);
    const TestReply approvedMinor =
        manager().post(QStringLiteral("/api/v1/requests/%1/approve").arg(minor.id()), {});
    QCOMPARE(approvedMinor.status, 200);
    QVERIFY(!approvedMinor.json().contains(QLatin1String("vehicle_effects")));
    QCOMPARE(text(manager().get(QStringLiteral("/api/v1/vehicles/%1").arg(other)).json(), "status"),
             QStringLiteral("active"));
}

void TestFleet::rolesLocationsAndTenants()
{
    const qint64 id = vehicle(QStringLiteral("Van T"));
    const QString path = QStringLiteral("/api/v1/vehicles/%1").arg(id);
    TestHttpClient dispatcher = client(m_staff.dispatcher);
    QCOMPARE(dispatcher.get(path).status, 200);
    QCOMPARE(dispatcher.get(QStringLiteral("/api/v1/maintenance/due")).status, 200);
    QCOMPARE(dispatcher.patch(path, {{QStringLiteral("name"), QStringLiteral("Mine")}}).status,
             403);
    QCOMPARE(dispatcher
                 .post(path + QStringLiteral("/maintenance-plans"),
                       {{QStringLiteral("name"), QStringLiteral("Oil")},
                        {QStringLiteral("every_km"), 1000}})
                 .status,
             403);
    QCOMPARE(dispatcher
                 .post(QStringLiteral("/api/v1/vehicle-assignments"),
                       {{QStringLiteral("vehicle_id"), id},
                        {QStringLiteral("technician_id"), m_tech},
                        {QStringLiteral("date"), isoDay(1)}})
                 .status,
             403);
    // Another location's manager and another tenant see nothing of it.
    QCOMPARE(client(m_staff.farManager).get(path).status, 404);
    QCOMPARE(client(m_staff.farManager).get(path + QStringLiteral("/odometer")).status, 404);
    QCOMPARE(client(m_staff.otherAdmin).get(path).status, 404);
    QCOMPARE(client(m_staff.otherAdmin)
                 .patch(path, {{QStringLiteral("name"), QStringLiteral("X")}})
                 .status,
             404);
    for (const QJsonValue &v :
         client(m_staff.farManager).get(QStringLiteral("/api/v1/vehicles")).results())
        QVERIFY(integer(v.toObject(), "location_id") != m_staff.location);
    // An employee sees only what they drive.
    QCOMPARE(client(m_staff.employee).get(path).status, 404);
}

void TestFleet::employeesRecordReadingsForWhatTheyDrive()
{
    const qint64 mine = vehicle(QStringLiteral("Van U"));
    const qint64 theirs = vehicle(QStringLiteral("Van V"));
    const auto [other, otherToken] = technician(QStringLiteral("ugo"), m_staff.location);
    QCOMPARE(assign(mine, m_tech, isoDay(0)).status, 201);
    QCOMPARE(assign(theirs, other, isoDay(0)).status, 201);
    TestHttpClient employee = client(m_staff.employee);
    const QJsonArray visible = employee.get(QStringLiteral("/api/v1/vehicles")).results();
    QCOMPARE(visible.size(), 1);
    QCOMPARE(integer(visible.at(0).toObject(), "id"), mine);

    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    const TestReply own = reading(mine, 5000, now, m_staff.employee);
    QCOMPARE(own.status, 201);
    QCOMPARE(integer(own.json(), "recorded_by_user_id"), m_staff.employeeId);
    QCOMPARE(reading(theirs, 5000, now, m_staff.employee).status, 404);
    // Not on a day they did not drive it.
    QCOMPARE(reading(mine, 4000, now.addDays(-3), m_staff.employee).status, 403);
    // The evening reading of a van they drove two days ago, though another one is theirs today;
    // a reading of it for today is a vehicle they do not drive (unseen).
    const qint64 earlier = vehicle(QStringLiteral("Van X2"));
    QCOMPARE(assign(earlier, m_tech, isoDay(-2)).status, 201);
    QCOMPARE(reading(earlier, 900, now.addDays(-2), m_staff.employee).status, 201);
    QCOMPARE(reading(earlier, 950, now, m_staff.employee).status, 404);
    // Reading, not removing.
    QCOMPARE(employee.del(QStringLiteral("/api/v1/vehicles/%1/odometer/%2").arg(mine).arg(own.id()))
                 .status,
             403);
    QCOMPARE(client(m_staff.dispatcher)
                 .del(QStringLiteral("/api/v1/vehicles/%1/odometer/%2").arg(mine).arg(own.id()))
                 .status,
             403);
    QCOMPARE(manager()
                 .del(QStringLiteral("/api/v1/vehicles/%1/odometer/%2").arg(mine).arg(own.id()))
                 .status,
             204);
}

void TestFleet::everyChangeIsAudited()
{
    const qint64 id = vehicle(QStringLiteral("Van W"));
    QCOMPARE(manager()
                 .patch(QStringLiteral("/api/v1/vehicles/%1").arg(id),
                        {{QStringLiteral("notes"), QStringLiteral("New tyres")}})
                 .status,
             200);
    const TestReply r = reading(id, 700, QDateTime::currentDateTimeUtc().addSecs(-60));
    QCOMPARE(r.status, 201);
    const TestReply p = plan(
        id, {{QStringLiteral("name"), QStringLiteral("Oil")}, {QStringLiteral("every_km"), 10000}});
    const TestReply a = assign(id, m_tech, isoDay(20));
    QCOMPARE(a.status, 201);
    QCOMPARE(manager().del(QStringLiteral("/api/v1/vehicle-assignments/%1").arg(a.id())).status,
             204);

    const QJsonArray created =
        auditRows(QStringLiteral("vehicle"), id, QStringLiteral("vehicle.created"));
    QCOMPARE(created.size(), 1);
    QVERIFY(text(created.at(0).toObject(), "actor_email").startsWith(QLatin1String("mgr@")));
    QCOMPARE(auditRows(QStringLiteral("vehicle"), id, QStringLiteral("vehicle.updated")).size(), 1);
    QCOMPARE(auditRows(QStringLiteral("vehicle"), id, QStringLiteral("odometer.recorded")).size(),
             1);
    QCOMPARE(auditRows(QStringLiteral("maintenance_plan"), p.id(),
                       QStringLiteral("maintenance_plan.created"))
                 .size(),
             1);
    QCOMPARE(auditRows(QStringLiteral("vehicle_assignment"), a.id(),
                       QStringLiteral("vehicle_assignment.created"))
                 .size(),
             1);
    QCOMPARE(auditRows(QStringLiteral("vehicle_assignment"), a.id(),
                       QStringLiteral("vehicle_assignment.deleted"))
                 .size(),
             1);
}

void TestFleet::managersAreToldOnceWhenMaintenanceFallsDue()
{
    const auto notices = [&](qint64 vehicleId) {
        int n = 0;
        for (const QJsonValue &v :
             manager()
                 .get(QStringLiteral("/api/v1/notifications?kind=maintenance.due&limit=500"))
                 .results()) {
            if (integer(v.toObject(), "object_id") == vehicleId)
                ++n;
        }
        return n;
    };
    const qint64 id = integer(client(m_staff.admin)
                                  .post(QStringLiteral("/api/v1/vehicles"),
                                        {{QStringLiteral("name"), QStringLiteral("Van N")},
                                         {QStringLiteral("plate"), QStringLiteral("NOTE 1")},
                                         {QStringLiteral("make"), QStringLiteral("Ford")},
                                         {QStringLiteral("model"), QStringLiteral("Transit")},
                                         {QStringLiteral("year"), 2022},
                                         {QStringLiteral("fuel"), QStringLiteral("electric")},
                                         {QStringLiteral("location_id"), m_staff.location}})
                                  .json(),
                              "id");
    QVERIFY(id > 0);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-600);
    QCOMPARE(reading(id, 1000, now.addDays(-1)).status, 201);
    QCOMPARE(client(m_staff.admin)
                 .post(QStringLiteral("/api/v1/vehicles/%1/maintenance-plans").arg(id),
                       {{QStringLiteral("name"), QStringLiteral("Tyres")},
                        {QStringLiteral("every_km"), 2000}})
                 .status,
             201);
    QCOMPARE(notices(id), 0);                                  // 1,000 km left: not yet
    QCOMPARE(reading(id, 1600, now.addSecs(-60)).status, 201); // 400 km left: falls due
    QCOMPARE(notices(id), 1);
    // It says where the plan stands: the due point and the distance to it.
    QString body;
    for (const QJsonValue &v :
         manager()
             .get(QStringLiteral("/api/v1/notifications?kind=maintenance.due&limit=500"))
             .results()) {
        if (integer(v.toObject(), "object_id") == id)
            body = v.toObject().value(QLatin1String("body")).toString();
    }
    QVERIFY2(body.contains(QStringLiteral("at 2,000 km (400 km to go)")), qPrintable(body));
    QCOMPARE(reading(id, 1700, now).status, 201); // the same due point
    QCOMPARE(notices(id), 1);
    // The far location's manager is not told.
    for (const QJsonValue &v :
         client(m_staff.farManager)
             .get(QStringLiteral("/api/v1/notifications?kind=maintenance.due"))
             .results())
        QVERIFY(integer(v.toObject(), "object_id") != id);
}

void TestFleet::theDemoHasAFleet()
{
    TestHttpClient demoAdmin = admin();
    QVERIFY(demoAdmin.get(QStringLiteral("/api/v1/vehicles?limit=1"))
                .json()
                .value(QLatin1String("count"))
                .toInteger() >= 25);
    bool overdue = false;
    bool soon = false;
    for (const QJsonValue &v : demoAdmin.get(QStringLiteral("/api/v1/maintenance/due")).results()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("overdue")).toBool())
            overdue = true;
        else if (o.value(QLatin1String("days_left")).toInteger() <= 7)
            soon = true;
    }
    QVERIFY(overdue && soon);
    const TestReply today =
        demoAdmin.get(QStringLiteral("/api/v1/vehicle-assignments?date=%1").arg(isoDay(0)));
    QVERIFY(today.results().size() >= 10);
}

void TestFleet::openApiDescribesTheFleet()
{
    const QJsonObject paths = client({})
                                  .get(QStringLiteral("/api/v1/openapi.json"))
                                  .json()
                                  .value(QLatin1String("paths"))
                                  .toObject();
    for (const char *path :
         {"/api/v1/vehicles", "/api/v1/vehicles/{id}", "/api/v1/vehicles/{id}/odometer",
          "/api/v1/vehicles/{id}/maintenance-plans", "/api/v1/vehicles/{id}/service-records",
          "/api/v1/maintenance/due", "/api/v1/vehicle-assignments",
          "/api/v1/vehicle-assignments/{id}"})
        QVERIFY2(paths.contains(QLatin1String(path)), path);
    const QJsonObject vehicles = paths.value(QLatin1String("/api/v1/vehicles")).toObject();
    QVERIFY(vehicles.contains(QLatin1String("get")) && vehicles.contains(QLatin1String("post")));
}

FIELDDESK_TEST_GUILESS_MAIN(TestFleet)
} // namespace tst_fleet
#include "tst_fleet.moc"
