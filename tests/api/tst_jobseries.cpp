// Recurring work over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, in a database of its own: a series makes ordinary jobs whose UTC
// windows follow the location's wall clock across daylight-saving changes (hand-checked
// dates, February 29th included); making them again makes nothing new; an occurrence edited
// on its own keeps its values when the series changes; "this and following" splits the
// series; ending it cancels only future unassigned occurrences; stale versions, bad input,
// roles and other tenants are refused; every write is audited.
#include "apisuite.h"
#include "apitestsetup.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace tst_jobseries {

namespace {

const QString kPassword = QStringLiteral("series-test-pw");
// Far enough ahead for the hand-checked dates of 2027 and February 2028.
constexpr int kHorizonWeeks = 100;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QList<qint64> ids(const QJsonValue &array)
{
    QList<qint64> list;
    for (const QJsonValue &v : array.toArray())
        list << (v.isObject() ? v.toObject().value(QLatin1String("id")).toInteger()
                              : v.toInteger());
    return list;
}

QJsonObject recurrence(std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    QJsonObject o;
    for (const auto &[key, value] : members)
        o.insert(key, value);
    return o;
}

} // namespace

class TestJobSeries : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void occurrencesFollowTheWallClockAcrossDst();
    void februaryTwentyNinthOnlyInALeapYear();
    void materialisingAgainMakesNothingNew();
    void anOccurrenceEditedAloneKeepsItsValues();
    void thisAndFollowingSplitsTheSeries();
    void endingCancelsOnlyFutureUnassignedOccurrences();
    void staleVersionIs409();
    void badInputIs422NamingTheField_data();
    void badInputIs422NamingTheField();
    void onlyDispatchRolesOfTheTenantReachSeries();
    void everyWriteIsAudited();
    void openApiDescribesSeries();
    // Last: restarts the server.
    void startUpExtendsToANewHorizonWithoutDuplicates();

private:
    // A series made by the admin; its answer (201 checked).
    QJsonObject createSeries(qint64 location,
                             const QJsonObject &recurrence,
                             const QString &start = QStringLiteral("08:00"),
                             const QString &end = QStringLiteral("10:00"));
    // The series' occurrences, in date order.
    QJsonArray occurrences(qint64 seriesId);
    // (occurrence_date, window_start) of each occurrence.
    QList<std::pair<QString, QString>> datesAndWindows(qint64 seriesId);
    TestHttpClient admin() const { return client(m_staff.admin); }

    ServerProcess::Options m_options;
    LocationStaff m_staff;
    qint64 m_denver = 0;
    qint64 m_berlin = 0;
};

void TestJobSeries::initTestCase()
{
    QString error;
    ServerProcess::Options &options = m_options;
    options.database = TestDatabase::fresh(QStringLiteral("jobseries"), m_dir.path(), &error);
    QVERIFY2(!options.database.isEmpty(), qPrintable(error));
    options.environment = {QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
                           QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path(),
                           QStringLiteral("FIELDDESK_SERIES_HORIZON_WEEKS=%1").arg(kHorizonWeeks)};
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    QVERIFY(m_staff.create(m_server, QStringLiteral("series.test"), kPassword));
    const auto zoned = [this](const char *name, const char *zone) {
        return admin()
            .post(QStringLiteral("/api/v1/locations"),
                  {{QStringLiteral("name"), QLatin1String(name)},
                   {QStringLiteral("time_zone"), QLatin1String(zone)}})
            .id();
    };
    m_denver = zoned("Denver yard", "America/Denver");
    m_berlin = zoned("Berlin Hof", "Europe/Berlin");
    QVERIFY(m_denver > 0 && m_berlin > 0);
}

QJsonObject TestJobSeries::createSeries(qint64 location,
                                        const QJsonObject &recurrence,
                                        const QString &start,
                                        const QString &end)
{
    const TestReply r = admin().post(QStringLiteral("/api/v1/job-series"),
                                     {{QStringLiteral("title"), QStringLiteral("Lawn mowing")},
                                      {QStringLiteral("location_id"), location},
                                      {QStringLiteral("duration_min"), 45},
                                      {QStringLiteral("window_start_time"), start},
                                      {QStringLiteral("window_end_time"), end},
                                      {QStringLiteral("recurrence"), recurrence}});
    if (r.status != 201)
        qWarning("create series: %d %s", r.status, r.body.constData());
    return r.json();
}

QJsonArray TestJobSeries::occurrences(qint64 seriesId)
{
    return admin()
        .get(QStringLiteral("/api/v1/jobs?series_id=%1&ordering=window_start&limit=500")
                 .arg(seriesId))
        .results();
}

QList<std::pair<QString, QString>> TestJobSeries::datesAndWindows(qint64 seriesId)
{
    QList<std::pair<QString, QString>> list;
    for (const QJsonValue &v : occurrences(seriesId))
        list.append({text(v.toObject(), "occurrence_date"), text(v.toObject(), "window_start")});
    return list;
}

void TestJobSeries::occurrencesFollowTheWallClockAcrossDst()
{
    // Fridays and Mondays around Denver's spring change (2027-03-14): 08:00 MST is 15:00Z,
    // 08:00 MDT 14:00Z.
    const QJsonObject series = createSeries(
        m_denver, recurrence({{QStringLiteral("frequency"), QStringLiteral("weekly")},
                              {QStringLiteral("weekdays"), QJsonArray{5, 1}},
                              {QStringLiteral("starts_on"), QStringLiteral("2027-03-12")},
                              {QStringLiteral("until"), QStringLiteral("2027-03-22")}}));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(series.value(QLatin1String("version")).toInteger(), 1);
    QCOMPARE(text(series.value(QLatin1String("recurrence")).toObject(), "frequency"),
             QStringLiteral("weekly"));
    QCOMPARE(series.value(QLatin1String("next_occurrences")).toArray(),
             (QJsonArray{QStringLiteral("2027-03-12"), QStringLiteral("2027-03-15"),
                         QStringLiteral("2027-03-19"), QStringLiteral("2027-03-22")}));
    QVERIFY(text(series, "materialised_until") >= QStringLiteral("2027-03-22"));

    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("2027-03-12"), QStringLiteral("2027-03-12T15:00:00.000Z")},
        {QStringLiteral("2027-03-15"), QStringLiteral("2027-03-15T14:00:00.000Z")},
        {QStringLiteral("2027-03-19"), QStringLiteral("2027-03-19T14:00:00.000Z")},
        {QStringLiteral("2027-03-22"), QStringLiteral("2027-03-22T14:00:00.000Z")}};
    QCOMPARE(datesAndWindows(id), expected);
    const QJsonObject first = occurrences(id).at(0).toObject();
    QCOMPARE(text(first, "window_end"), QStringLiteral("2027-03-12T17:00:00.000Z"));
    QCOMPARE(first.value(QLatin1String("series_id")).toInteger(), id);
    QCOMPARE(first.value(QLatin1String("series_exception")), QJsonValue(false));
    QCOMPARE(text(first, "status"), QStringLiteral("new"));
    QVERIFY(first.value(QLatin1String("technician_id")).isNull());
    QCOMPARE(text(first, "title"), QStringLiteral("Lawn mowing"));
    QCOMPARE(first.value(QLatin1String("duration_min")).toInt(), 45);
}

void TestJobSeries::februaryTwentyNinthOnlyInALeapYear()
{
    // Monthly on the 29th in Berlin at 09:00: CET (+1) through February, CEST (+2) from
    // 2028-03-26; a count of 5 reaches into 2029's February, which has no 29th.
    const QJsonObject series =
        createSeries(m_berlin,
                     recurrence({{QStringLiteral("frequency"), QStringLiteral("monthly")},
                                 {QStringLiteral("month_day"), 29},
                                 {QStringLiteral("starts_on"), QStringLiteral("2027-12-29")},
                                 {QStringLiteral("count"), 4}}),
                     QStringLiteral("09:00"), QStringLiteral("11:00"));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("2027-12-29"), QStringLiteral("2027-12-29T08:00:00.000Z")},
        {QStringLiteral("2028-01-29"), QStringLiteral("2028-01-29T08:00:00.000Z")},
        {QStringLiteral("2028-02-29"), QStringLiteral("2028-02-29T08:00:00.000Z")},
        {QStringLiteral("2028-03-29"), QStringLiteral("2028-03-29T07:00:00.000Z")}};
    QCOMPARE(datesAndWindows(id), expected);
}

void TestJobSeries::materialisingAgainMakesNothingNew()
{
    const QJsonObject series = createSeries(
        m_denver, recurrence({{QStringLiteral("frequency"), QStringLiteral("weekly")},
                              {QStringLiteral("weekdays"), QJsonArray{2}},
                              {QStringLiteral("starts_on"), QStringLiteral("2027-05-04")},
                              {QStringLiteral("count"), 3}}));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    const QList<qint64> before = ids(occurrences(id));
    QCOMPARE(before.size(), 3);
    // A change of the series materialises its dates again: the same jobs, none added.
    const TestReply changed = admin().patch(QStringLiteral("/api/v1/job-series/%1").arg(id),
                                            {{QStringLiteral("notes"), QStringLiteral("Back gate")},
                                             {QStringLiteral("expected_version"), 1}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(ids(changed.json().value(QLatin1String("updated_jobs"))), before);
    QVERIFY(changed.json().value(QLatin1String("created_jobs")).toArray().isEmpty());
    QCOMPARE(ids(occurrences(id)), before);
    for (const QJsonValue &job : occurrences(id))
        QCOMPARE(text(job.toObject(), "notes"), QStringLiteral("Back gate"));
}

void TestJobSeries::anOccurrenceEditedAloneKeepsItsValues()
{
    const QJsonObject series = createSeries(
        m_denver, recurrence({{QStringLiteral("frequency"), QStringLiteral("weekly")},
                              {QStringLiteral("weekdays"), QJsonArray{1}},
                              {QStringLiteral("starts_on"), QStringLiteral("2027-04-05")},
                              {QStringLiteral("count"), 3}}));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    const QJsonArray jobs = occurrences(id);
    QCOMPARE(jobs.size(), 3);
    const QJsonObject middle = jobs.at(1).toObject();
    const qint64 middleId = middle.value(QLatin1String("id")).toInteger();
    const TestReply edited = admin().patch(
        QStringLiteral("/api/v1/jobs/%1").arg(middleId),
        {{QStringLiteral("title"), QStringLiteral("Mowing and hedge")},
         {QStringLiteral("expected_version"), middle.value(QLatin1String("version")).toInteger()}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(QLatin1String("series_exception")), QJsonValue(true));

    const TestReply changed =
        admin().patch(QStringLiteral("/api/v1/job-series/%1").arg(id),
                      {{QStringLiteral("title"), QStringLiteral("Mowing")},
                       {QStringLiteral("window_start_time"), QStringLiteral("12:00")},
                       {QStringLiteral("window_end_time"), QStringLiteral("14:00")},
                       {QStringLiteral("expected_version"), 1}});
    QCOMPARE(changed.status, 200);
    const QJsonObject answer = changed.json();
    QCOMPARE(answer.value(QLatin1String("series"))
                 .toObject()
                 .value(QLatin1String("version"))
                 .toInteger(),
             2);
    QCOMPARE(ids(answer.value(QLatin1String("kept_jobs"))), QList<qint64>{middleId});
    QCOMPARE(ids(answer.value(QLatin1String("updated_jobs"))),
             (QList<qint64>{jobs.at(0).toObject().value(QLatin1String("id")).toInteger(),
                            jobs.at(2).toObject().value(QLatin1String("id")).toInteger()}));
    const QJsonArray after = occurrences(id);
    QCOMPARE(text(after.at(0).toObject(), "title"), QStringLiteral("Mowing"));
    // 12:00 MDT on 2027-04-05 is 18:00Z.
    QCOMPARE(text(after.at(0).toObject(), "window_start"),
             QStringLiteral("2027-04-05T18:00:00.000Z"));
    QCOMPARE(text(after.at(1).toObject(), "title"), QStringLiteral("Mowing and hedge"));
    QCOMPARE(text(after.at(1).toObject(), "window_start"),
             QStringLiteral("2027-04-12T14:00:00.000Z"));
}

void TestJobSeries::thisAndFollowingSplitsTheSeries()
{
    // Every 2 weeks on Monday and Thursday from Monday 2027-03-01 to the end of April.
    const QJsonObject series = createSeries(
        m_denver, recurrence({{QStringLiteral("frequency"), QStringLiteral("weekly")},
                              {QStringLiteral("interval"), 2},
                              {QStringLiteral("weekdays"), QJsonArray{1, 4}},
                              {QStringLiteral("starts_on"), QStringLiteral("2027-03-01")},
                              {QStringLiteral("until"), QStringLiteral("2027-04-30")}}));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    QStringList dates;
    for (const auto &[date, window] : datesAndWindows(id))
        dates << date;
    QCOMPARE(dates.join(QLatin1Char(',')),
             QStringLiteral("2027-03-01,2027-03-04,2027-03-15,2027-03-18,2027-03-29,2027-04-01,"
                            "2027-04-12,2027-04-15,2027-04-26,2027-04-29"));
    const QList<qint64> oldJobs = ids(occurrences(id));

    const TestReply split =
        admin().patch(QStringLiteral("/api/v1/job-series/%1").arg(id),
                      {{QStringLiteral("from_date"), QStringLiteral("2027-03-29")},
                       {QStringLiteral("window_start_time"), QStringLiteral("13:00")},
                       {QStringLiteral("window_end_time"), QStringLiteral("15:00")},
                       {QStringLiteral("expected_version"), 1}});
    QCOMPARE(split.status, 201);
    const QJsonObject answer = split.json();
    const QJsonObject next = answer.value(QLatin1String("series")).toObject();
    const qint64 nextId = next.value(QLatin1String("id")).toInteger();
    QVERIFY(nextId > 0 && nextId != id);
    QCOMPARE(next.value(QLatin1String("previous_series_id")).toInteger(), id);
    QCOMPARE(text(next.value(QLatin1String("recurrence")).toObject(), "starts_on"),
             QStringLiteral("2027-03-29"));
    QCOMPARE(text(answer.value(QLatin1String("previous_series")).toObject(), "ended_on"),
             QStringLiteral("2027-03-29"));
    QCOMPARE(ids(answer.value(QLatin1String("cancelled_jobs"))), oldJobs.mid(4));

    // The old series keeps its first four, at 08:00 local; the new one has the rest at 13:00
    // MDT (19:00Z).
    const QJsonArray old = occurrences(id);
    QCOMPARE(old.size(), 10);
    for (int i = 0; i < old.size(); ++i)
        QCOMPARE(text(old.at(i).toObject(), "status"),
                 i < 4 ? QStringLiteral("new") : QStringLiteral("cancelled"));
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("2027-03-29"), QStringLiteral("2027-03-29T19:00:00.000Z")},
        {QStringLiteral("2027-04-01"), QStringLiteral("2027-04-01T19:00:00.000Z")},
        {QStringLiteral("2027-04-12"), QStringLiteral("2027-04-12T19:00:00.000Z")},
        {QStringLiteral("2027-04-15"), QStringLiteral("2027-04-15T19:00:00.000Z")},
        {QStringLiteral("2027-04-26"), QStringLiteral("2027-04-26T19:00:00.000Z")},
        {QStringLiteral("2027-04-29"), QStringLiteral("2027-04-29T19:00:00.000Z")}};
    QCOMPARE(datesAndWindows(nextId), expected);
    QCOMPARE(ids(answer.value(QLatin1String("created_jobs"))), ids(occurrences(nextId)));
    // The ended series cannot change any more.
    QCOMPARE(admin()
                 .patch(QStringLiteral("/api/v1/job-series/%1").arg(id),
                        {{QStringLiteral("notes"), QStringLiteral("late")}})
                 .status,
             409);
}

void TestJobSeries::endingCancelsOnlyFutureUnassignedOccurrences()
{
    // Every day from two weeks ago, at a demo location with a technician.
    const QJsonObject technician =
        admin().get(QStringLiteral("/api/v1/technicians?limit=1")).results().at(0).toObject();
    const qint64 technicianId = technician.value(QLatin1String("id")).toInteger();
    const qint64 location = technician.value(QLatin1String("location_id")).toInteger();
    QVERIFY(technicianId > 0 && location > 0);
    const QDate today = QDate::currentDate();
    const QJsonObject series = createSeries(
        location,
        recurrence({{QStringLiteral("frequency"), QStringLiteral("weekly")},
                    {QStringLiteral("weekdays"), QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                    {QStringLiteral("starts_on"), today.addDays(-14).toString(Qt::ISODate)},
                    {QStringLiteral("until"), today.addDays(14).toString(Qt::ISODate)}}));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    const QJsonArray jobs = occurrences(id);
    QCOMPARE(jobs.size(), 29);
    // One future occurrence goes to the technician.
    const QJsonObject assigned = jobs.at(20).toObject();
    const qint64 assignedId = assigned.value(QLatin1String("id")).toInteger();
    const TestReply assign = admin().post(
        QStringLiteral("/api/v1/jobs/%1/assign").arg(assignedId),
        {{QStringLiteral("technician_id"), technicianId},
         {QStringLiteral("planned_start"), text(assigned, "window_start")},
         {QStringLiteral("expected_version"), assigned.value(QLatin1String("version")).toInteger()},
         {QStringLiteral("force"), true}});
    QCOMPARE(assign.status, 200);

    const TestReply ended = admin().del(QStringLiteral("/api/v1/job-series/%1").arg(id));
    QCOMPARE(ended.status, 200);
    const QJsonObject answer = ended.json();
    QVERIFY(!text(answer.value(QLatin1String("series")).toObject(), "ended_on").isEmpty());
    QCOMPARE(ids(answer.value(QLatin1String("kept_jobs"))), QList<qint64>{assignedId});
    const QList<qint64> cancelled = ids(answer.value(QLatin1String("cancelled_jobs")));
    QVERIFY(!cancelled.contains(assignedId));
    int past = 0;
    for (const QJsonValue &v : occurrences(id)) {
        const QJsonObject job = v.toObject();
        const qint64 jobId = job.value(QLatin1String("id")).toInteger();
        const QString status = text(job, "status");
        if (jobId == assignedId) {
            QCOMPARE(status, QStringLiteral("scheduled"));
        } else if (cancelled.contains(jobId)) {
            QCOMPARE(status, QStringLiteral("cancelled"));
            QVERIFY(text(job, "notes").contains(QStringLiteral("series ended")));
        } else {
            QCOMPARE(status, QStringLiteral("new")); // the past stays as it was
            ++past;
        }
    }
    // Two weeks of the past (one day either way for the tenant's clock against UTC's).
    QVERIFY2(past >= 13 && past <= 15, qPrintable(QString::number(past)));
    QCOMPARE(past + cancelled.size() + 1, 29);
    // Ending it again is refused.
    QCOMPARE(admin().del(QStringLiteral("/api/v1/job-series/%1").arg(id)).status, 409);
}

void TestJobSeries::staleVersionIs409()
{
    const QJsonObject series = createSeries(
        m_denver, recurrence({{QStringLiteral("frequency"), QStringLiteral("monthly")},
                              {QStringLiteral("nth"), 2},
                              {QStringLiteral("nth_weekday"), 2},
                              {QStringLiteral("starts_on"), QStringLiteral("2027-01-01")},
                              {QStringLiteral("count"), 3}}));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    QStringList dates;
    for (const auto &[date, window] : datesAndWindows(id))
        dates << date;
    QCOMPARE(dates.join(QLatin1Char(',')), QStringLiteral("2027-01-12,2027-02-09,2027-03-09"));
    const auto change = [&](qint64 version) {
        return admin().patch(
            QStringLiteral("/api/v1/job-series/%1").arg(id),
            {{QStringLiteral("priority"), 5}, {QStringLiteral("expected_version"), version}});
    };
    QCOMPARE(change(1).status, 200);
    const TestReply stale = change(1);
    QCOMPARE(stale.status, 409);
    QCOMPARE(text(stale.json(), "type"), QStringLiteral("/problems/version-conflict"));
    QCOMPARE(stale.json()
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("version"))
                 .toInteger(),
             2);
}

void TestJobSeries::badInputIs422NamingTheField_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("field");
    const QJsonObject weekly{{QStringLiteral("frequency"), QStringLiteral("weekly")},
                             {QStringLiteral("weekdays"), QJsonArray{1}},
                             {QStringLiteral("starts_on"), QStringLiteral("2027-03-01")}};
    const auto with = [&](const QJsonObject &base, const QJsonObject &more) {
        QJsonObject r = base;
        for (auto it = more.begin(); it != more.end(); ++it)
            r.insert(it.key(), it.value());
        return QJsonObject{{QStringLiteral("recurrence"), r}};
    };
    QTest::newRow("weekly without weekdays")
        << with(weekly, {{QStringLiteral("weekdays"), QJsonArray{}}})
        << QStringLiteral("recurrence.weekdays");
    QTest::newRow("month_day and nth")
        << with(weekly, {{QStringLiteral("frequency"), QStringLiteral("monthly")},
                         {QStringLiteral("weekdays"), QJsonArray{}},
                         {QStringLiteral("month_day"), 3},
                         {QStringLiteral("nth"), 1},
                         {QStringLiteral("nth_weekday"), 1}})
        << QStringLiteral("recurrence.month_day");
    QTest::newRow("until before starts_on")
        << with(weekly, {{QStringLiteral("until"), QStringLiteral("2027-02-01")}})
        << QStringLiteral("recurrence.until");
    // Its past occurrences would all be made in the one request (17,199 jobs for this).
    QTest::newRow("starts decades back")
        << with(weekly, {{QStringLiteral("weekdays"), QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                         {QStringLiteral("starts_on"), QStringLiteral("1980-01-01")}})
        << QStringLiteral("recurrence.starts_on");
    QTest::newRow("count and until")
        << with(weekly, {{QStringLiteral("until"), QStringLiteral("2027-04-01")},
                         {QStringLiteral("count"), 3}})
        << QStringLiteral("recurrence.until");
    QTest::newRow("weekday 9") << with(weekly, {{QStringLiteral("weekdays"), QJsonArray{9}}})
                               << QStringLiteral("recurrence.weekdays");
    QTest::newRow("no recurrence") << QJsonObject{{QStringLiteral("recurrence"), QJsonValue()}}
                                   << QStringLiteral("recurrence");
    QTest::newRow("window end before start")
        << QJsonObject{{QStringLiteral("recurrence"), weekly},
                       {QStringLiteral("window_end_time"), QStringLiteral("07:00")}}
        << QStringLiteral("window_end_time");
    QTest::newRow("window time not a time")
        << QJsonObject{{QStringLiteral("recurrence"), weekly},
                       {QStringLiteral("window_start_time"), QStringLiteral("25:00")}}
        << QStringLiteral("window_start_time");
}

void TestJobSeries::badInputIs422NamingTheField()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, field);
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Filter change")},
                     {QStringLiteral("location_id"), m_denver},
                     {QStringLiteral("window_start_time"), QStringLiteral("08:00")},
                     {QStringLiteral("window_end_time"), QStringLiteral("10:00")}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    const int before = admin()
                           .get(QStringLiteral("/api/v1/job-series"))
                           .json()
                           .value(QLatin1String("count"))
                           .toInt();
    const TestReply r = admin().post(QStringLiteral("/api/v1/job-series"), body);
    QCOMPARE(r.status, 422);
    QVERIFY2(errorFields(r).contains(field), r.body.constData());
    QCOMPARE(admin()
                 .get(QStringLiteral("/api/v1/job-series"))
                 .json()
                 .value(QLatin1String("count"))
                 .toInt(),
             before);
}

void TestJobSeries::onlyDispatchRolesOfTheTenantReachSeries()
{
    const QJsonObject weekly{{QStringLiteral("frequency"), QStringLiteral("weekly")},
                             {QStringLiteral("weekdays"), QJsonArray{3}},
                             {QStringLiteral("starts_on"), QStringLiteral("2027-06-02")},
                             {QStringLiteral("count"), 2}};
    const QJsonObject body{{QStringLiteral("title"), QStringLiteral("Gutter check")},
                           {QStringLiteral("location_id"), m_staff.location},
                           {QStringLiteral("recurrence"), weekly}};
    const QString path = QStringLiteral("/api/v1/job-series");
    QCOMPARE(client(m_staff.employee).post(path, body).status, 403);
    QCOMPARE(client(m_staff.employee).get(path).status, 403);
    const TestReply made = client(m_staff.dispatcher).post(path, body);
    QCOMPARE(made.status, 201);
    const QString one = path + QStringLiteral("/%1").arg(made.id());
    QCOMPARE(client(m_staff.manager).get(one).status, 200);
    QCOMPARE(client(m_staff.employee).get(one).status, 403);
    // Another location's manager and another tenant's admin do not see it at all.
    QCOMPARE(client(m_staff.farManager).get(one).status, 404);
    QVERIFY(!ids(client(m_staff.farManager).get(path).json().value(QLatin1String("results")))
                 .contains(made.id()));
    QCOMPARE(client(m_staff.otherAdmin).get(one).status, 404);
    QCOMPARE(client(m_staff.otherAdmin)
                 .patch(one, {{QStringLiteral("notes"), QStringLiteral("x")}})
                 .status,
             404);
    QCOMPARE(client(m_staff.otherAdmin).del(one).status, 404);
    QCOMPARE(client(m_staff.dispatcher).get(one).json().value(QLatin1String("version")).toInteger(),
             1);
    // The location filter lists it.
    QVERIFY(ids(client(m_staff.dispatcher)
                    .get(path + QStringLiteral("?location_id=%1").arg(m_staff.location))
                    .json()
                    .value(QLatin1String("results")))
                .contains(made.id()));
}

void TestJobSeries::everyWriteIsAudited()
{
    const QJsonObject series =
        createSeries(m_berlin,
                     recurrence({{QStringLiteral("frequency"), QStringLiteral("weekly")},
                                 {QStringLiteral("weekdays"), QJsonArray{5}},
                                 {QStringLiteral("starts_on"), QStringLiteral("2027-10-29")},
                                 {QStringLiteral("count"), 2}}),
                     QStringLiteral("09:00"), QStringLiteral("10:00"));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    // Berlin's autumn change (2027-10-31): 09:00 CEST is 07:00Z, 09:00 CET 08:00Z.
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("2027-10-29"), QStringLiteral("2027-10-29T07:00:00.000Z")},
        {QStringLiteral("2027-11-05"), QStringLiteral("2027-11-05T08:00:00.000Z")}};
    QCOMPARE(datesAndWindows(id), expected);
    QCOMPARE(admin()
                 .patch(QStringLiteral("/api/v1/job-series/%1").arg(id),
                        {{QStringLiteral("title"), QStringLiteral("Hedge")}})
                 .status,
             200);
    QCOMPARE(admin().del(QStringLiteral("/api/v1/job-series/%1").arg(id)).status, 200);
    const QJsonArray rows =
        admin()
            .get(
                QStringLiteral("/api/v1/audit-logs?object_type=job_series&object_id=%1&ordering=id")
                    .arg(id))
            .results();
    QStringList actions;
    for (const QJsonValue &row : rows)
        actions << text(row.toObject(), "action");
    QCOMPARE(actions, (QStringList{QStringLiteral("job_series.created"),
                                   QStringLiteral("job_series.updated"),
                                   QStringLiteral("job_series.ended")}));
    // Each occurrence's own history: created, updated with the series, cancelled.
    const qint64 job = occurrences(id).at(0).toObject().value(QLatin1String("id")).toInteger();
    QStringList history;
    for (const QJsonValue &entry :
         admin().get(QStringLiteral("/api/v1/jobs/%1/history?ordering=id").arg(job)).results())
        history << text(entry.toObject(), "action");
    QCOMPARE(history, (QStringList{QStringLiteral("created"), QStringLiteral("updated"),
                                   QStringLiteral("status_changed")}));
}

void TestJobSeries::openApiDescribesSeries()
{
    const QJsonObject paths = client({})
                                  .get(QStringLiteral("/api/v1/openapi.json"))
                                  .json()
                                  .value(QLatin1String("paths"))
                                  .toObject();
    const QJsonObject collection = paths.value(QLatin1String("/api/v1/job-series")).toObject();
    const QJsonObject one = paths.value(QLatin1String("/api/v1/job-series/{id}")).toObject();
    QVERIFY(collection.contains(QLatin1String("get")) &&
            collection.contains(QLatin1String("post")));
    QVERIFY(one.contains(QLatin1String("get")) && one.contains(QLatin1String("patch")) &&
            one.contains(QLatin1String("delete")));
}

void TestJobSeries::startUpExtendsToANewHorizonWithoutDuplicates()
{
    // Mondays without an end, from June 2028: the horizon cuts them off.
    const QJsonObject series = createSeries(
        m_denver, recurrence({{QStringLiteral("frequency"), QStringLiteral("weekly")},
                              {QStringLiteral("weekdays"), QJsonArray{1}},
                              {QStringLiteral("starts_on"), QStringLiteral("2028-06-05")}}));
    const qint64 id = series.value(QLatin1String("id")).toInteger();
    const QString before = text(series, "materialised_until");
    const QList<qint64> made = ids(occurrences(id));
    QVERIFY(!made.isEmpty());

    // Ten more weeks of horizon: the server makes them when it starts, in the background.
    m_server.stop();
    m_options.environment.replaceInStrings(
        QStringLiteral("FIELDDESK_SERIES_HORIZON_WEEKS=%1").arg(kHorizonWeeks),
        QStringLiteral("FIELDDESK_SERIES_HORIZON_WEEKS=%1").arg(kHorizonWeeks + 10));
    QString error;
    QVERIFY2(m_server.start(m_options, &error), qPrintable(error));
    const QString path = QStringLiteral("/api/v1/job-series/%1").arg(id);
    QString after;
    TestReply last;
    const bool extended = QTest::qWaitFor(
        [&] {
            last = admin().get(path);
            after = text(last.json(), "materialised_until");
            return after > before;
        },
        10000);
    QVERIFY2(extended, qPrintable(QStringLiteral("%1 %2").arg(last.status).arg(before)));
    QCOMPARE(QDate::fromString(before, Qt::ISODate).daysTo(QDate::fromString(after, Qt::ISODate)),
             70);
    // Every Monday from the start to the new horizon, once, the first ones as they were.
    QList<qint64> now;
    QStringList dates;
    for (const QJsonValue &v : occurrences(id)) {
        now << v.toObject().value(QLatin1String("id")).toInteger();
        dates << text(v.toObject(), "occurrence_date");
    }
    QStringList mondays;
    for (QDate d(2028, 6, 5); d <= QDate::fromString(after, Qt::ISODate); d = d.addDays(7))
        mondays << d.toString(Qt::ISODate);
    QCOMPARE(dates, mondays);
    QCOMPARE(now.mid(0, made.size()), made);
    QVERIFY(now.size() > made.size());
}

FIELDDESK_TEST_GUILESS_MAIN(TestJobSeries)
} // namespace tst_jobseries
#include "tst_jobseries.moc"
