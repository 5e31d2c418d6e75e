// The rules of editing a job without widgets: which fields an edit sends (only the changed
// ones, the address and the window as wholes, skills in any order the same), what a new job's
// body holds, and the three-way comparison of a version conflict with its three ways out.

#include "fielddesk/jobedit/editconflict.h"
#include "fielddesk/jobedit/jobeditclient.h"
#include "fielddesk/jobedit/jobfields.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTest>

namespace tst_jobedit {

using namespace fielddesk;
using namespace fielddesk::jobedit;

namespace {

Job sampleJob()
{
    Job job;
    job.id = 41;
    job.locationId = 2;
    job.title = QStringLiteral("Furnace tune-up");
    job.customerId = 7;
    job.customerName = QStringLiteral("Ada Lovelace");
    job.addressId = 70;
    job.address = QStringLiteral("1 Main St, Boulder");
    job.latitude = 40.01;
    job.longitude = -105.27;
    job.serviceId = 3;
    job.requiredSkills = {QStringLiteral("hvac"), QStringLiteral("ducts")};
    job.priority = 3;
    job.durationMin = 90;
    job.windowStart = QStringLiteral("2027-03-02T15:00:00.000Z");
    job.windowEnd = QStringLiteral("2027-03-02T17:00:00.000Z");
    job.notes = QStringLiteral("Dog in the yard");
    job.version = 4;
    return job;
}

} // namespace

class TestJobEdit : public QObject
{
    Q_OBJECT

private slots:
    // "This and the following visits": a changed window goes to the series as the local
    // wall-clock times of every visit (null when removed); other fields go as they are.
    void aVisitsWindowChangeGoesToTheSeriesAsLocalTimes()
    {
        const QJsonObject plain{{QStringLiteral("title"), QStringLiteral("Tune-up")}};
        QCOMPARE(JobEditClient::seriesChangesOf(plain, std::nullopt), plain);
        const QJsonObject window{{QStringLiteral("title"), QStringLiteral("Tune-up")},
                                 {QStringLiteral("window_start"), QStringLiteral("x")},
                                 {QStringLiteral("window_end"), QStringLiteral("y")}};
        const QJsonObject timed = JobEditClient::seriesChangesOf(
            window, JobEditClient::WindowTimes{QStringLiteral("08:30"), QStringLiteral("10:00")});
        QCOMPARE(timed,
                 (QJsonObject{{QStringLiteral("title"), QStringLiteral("Tune-up")},
                              {QStringLiteral("window_start_time"), QStringLiteral("08:30")},
                              {QStringLiteral("window_end_time"), QStringLiteral("10:00")}}));
        const QJsonObject removed = JobEditClient::seriesChangesOf(window, std::nullopt);
        QVERIFY(removed.value(QStringLiteral("window_start_time")).isNull());
        QVERIFY(removed.value(QStringLiteral("window_end_time")).isNull());
        QVERIFY(!removed.contains(QStringLiteral("window_start")));
    }

    void anUnchangedJobSendsNothing()
    {
        const Job job = sampleJob();
        Job same = job;
        same.requiredSkills = {QStringLiteral("ducts"), QStringLiteral("hvac")}; // other order
        QVERIFY(changedFields(job, same).isEmpty());
        QVERIFY(changedFieldKeys(job, same).isEmpty());
    }

    void onlyTheChangedFieldsAreSent()
    {
        const Job job = sampleJob();
        Job edited = job;
        edited.priority = 5;
        edited.notes.clear();
        const QJsonObject body = changedFields(job, edited);
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("notes"), QStringLiteral("priority")}));
        QCOMPARE(body.value(QLatin1String("priority")).toInt(), 5);
        QCOMPARE(body.value(QLatin1String("notes")).toString(), QString());
    }

    void theAddressAndTheWindowGoAsWholes()
    {
        const Job job = sampleJob();
        Job edited = job;
        edited.addressId.reset();
        edited.address = QStringLiteral("9 Elm St, Longmont");
        edited.latitude.reset();
        edited.longitude.reset();
        edited.windowEnd = QStringLiteral("2027-03-02T18:00:00.000Z");
        const QJsonObject body = changedFields(job, edited);
        // The old address's id and coordinates are cleared with it, not left behind.
        QVERIFY(body.value(QLatin1String("address_id")).isNull());
        QVERIFY(body.contains(QLatin1String("address_id")));
        QVERIFY(body.value(QLatin1String("latitude")).isNull());
        QCOMPARE(body.value(QLatin1String("address")).toString(), edited.address);
        // The window's start goes with its end, so that the server checks them together.
        QCOMPARE(body.value(QLatin1String("window_start")).toString(), job.windowStart);
        QCOMPARE(body.value(QLatin1String("window_end")).toString(), edited.windowEnd);
        QCOMPARE(changedFieldKeys(job, edited),
                 (QStringList{QStringLiteral("address"), QStringLiteral("window")}));
    }

    void aNewJobsBodyHoldsWhatItHas()
    {
        Job draft;
        draft.locationId = 2;
        draft.title = QStringLiteral("Gutter clean");
        draft.address = QStringLiteral("5 Pine Rd");
        draft.durationMin = 45;
        const QJsonObject body = creationBody(draft);
        QCOMPARE(body.value(QLatin1String("location_id")).toInteger(), 2);
        QCOMPARE(body.value(QLatin1String("title")).toString(), draft.title);
        QCOMPARE(body.value(QLatin1String("duration_min")).toInt(), 45);
        // Nothing the job does not have: no nulls, no empty texts or lists.
        for (const char *absent : {"customer_id", "address_id", "latitude", "service_id",
                                   "required_skills", "window_start", "notes"})
            QVERIFY2(!body.contains(QLatin1String(absent)), absent);
    }

    void aConflictListsWhatEachSideChanged()
    {
        const Job base = sampleJob();
        Job theirs = base;
        theirs.title = QStringLiteral("Furnace repair");
        theirs.priority = 5;
        theirs.version = 5;
        Job mine = base;
        mine.title = QStringLiteral("Furnace tune-up and filter");
        mine.notes = QStringLiteral("Dog in the yard; gate code 1234");
        const EditConflict conflict(base, theirs, mine);
        QCOMPARE(conflict.rows().size(), 3);
        const auto row = [&](const QString &field) {
            for (const EditConflict::Row &r : conflict.rows()) {
                if (r.field == field)
                    return r;
            }
            return EditConflict::Row{};
        };
        QVERIFY(row(QStringLiteral("title")).clashes());
        QVERIFY(row(QStringLiteral("priority")).theyChanged);
        QVERIFY(!row(QStringLiteral("priority")).iChanged);
        QVERIFY(row(QStringLiteral("notes")).iChanged);
        QVERIFY(!row(QStringLiteral("notes")).theyChanged);
        QVERIFY(conflict.hasClashes());
    }

    void theThreeWaysOut()
    {
        const Job base = sampleJob();
        Job theirs = base;
        theirs.title = QStringLiteral("Furnace repair");
        theirs.priority = 5;
        Job mine = base;
        mine.title = QStringLiteral("Furnace tune-up and filter");
        mine.notes = QStringLiteral("Gate code 1234");
        mine.priority = 1; // both changed the priority too
        const EditConflict conflict(base, theirs, mine);

        // Reapply mine: every field I changed, over theirs.
        const QJsonObject reapplied = conflict.reapplyMine();
        QCOMPARE(reapplied.value(QLatin1String("title")).toString(), mine.title);
        QCOMPARE(reapplied.value(QLatin1String("priority")).toInt(), 1);
        QCOMPARE(reapplied.value(QLatin1String("notes")).toString(), mine.notes);

        // Merge with no choice: theirs wins where both changed; my other changes go.
        const QJsonObject merged = conflict.merge({});
        QVERIFY(!merged.contains(QLatin1String("title")));
        QVERIFY(!merged.contains(QLatin1String("priority")));
        QCOMPARE(merged.value(QLatin1String("notes")).toString(), mine.notes);

        // Merge with mine chosen for the title only.
        const QJsonObject chosen =
            conflict.merge({{QStringLiteral("title"), EditConflict::Side::Mine},
                            {QStringLiteral("priority"), EditConflict::Side::Theirs}});
        QCOMPARE(chosen.value(QLatin1String("title")).toString(), mine.title);
        QVERIFY(!chosen.contains(QLatin1String("priority")));
        const Job result =
            conflict.mergedJob({{QStringLiteral("title"), EditConflict::Side::Mine}});
        QCOMPARE(result.title, mine.title);
        QCOMPARE(result.priority, 5);
        QCOMPARE(result.notes, mine.notes);
    }

    void aChoiceForAFieldOnlyTheyChangedChangesNothing()
    {
        const Job base = sampleJob();
        Job theirs = base;
        theirs.durationMin = 120;
        Job mine = base;
        mine.notes = QStringLiteral("Call first");
        const EditConflict conflict(base, theirs, mine);
        QVERIFY(!conflict.hasClashes());
        const QJsonObject merged =
            conflict.merge({{QStringLiteral("duration_min"), EditConflict::Side::Mine}});
        QCOMPARE(merged.keys(), QStringList{QStringLiteral("notes")});
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJobEdit)
} // namespace tst_jobedit
#include "tst_jobedit.moc"
