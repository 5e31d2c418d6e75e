// The assignment flow against a small fake of the dispatch API (QHttpServer on loopback):
// a change shows as pending and settles, undo and redo send the inverse with version checks,
// a version conflict snaps back and says who changed what, warnings go to the prompt and
// are overridden only on purpose.

#include "boardtestdata.h"

#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/assignmentflow.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/jsonwriter.h"
#include "testmain.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace tst_assignmentflow {

using namespace fielddesk;
using namespace fielddesk::board;

namespace {

const QDate kDay(2026, 11, 23);

QByteArray jobJson(const Job &job)
{
    JsonWriter w;
    job.writeJson(w);
    return w.take();
}

// The part of the dispatch API the flow uses, with the server's rules for versions and
// warnings, and a record of what it was sent.
class FakeDispatchApi
{
public:
    QHash<qint64, Job> jobs;
    QHash<qint64, QString> technicianNames;
    QSet<qint64> warnFor;        // jobs whose assignment needs a second look
    QList<QJsonObject> received; // bodies of assign/unassign, in order
    QString lastActor = QStringLiteral("Alice Martin");
    QString lastAction = QStringLiteral("assigned");

    quint16 start()
    {
        m_server.route(QStringLiteral("/api/v1/jobs/<arg>/assign"),
                       QHttpServerRequest::Method::Post,
                       [this](qint64 id, const QHttpServerRequest &request) {
                           return place(id, request, true);
                       });
        m_server.route(QStringLiteral("/api/v1/jobs/<arg>/unassign"),
                       QHttpServerRequest::Method::Post,
                       [this](qint64 id, const QHttpServerRequest &request) {
                           return place(id, request, false);
                       });
        m_server.route(
            QStringLiteral("/api/v1/jobs/<arg>/status"), QHttpServerRequest::Method::Post,
            [this](qint64 id, const QHttpServerRequest &request) {
                const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                received << body;
                Job &job = jobs[id];
                if (body.value(QLatin1String("expected_version")).toInteger() != job.version)
                    return problem("/problems/version-conflict", {});
                const std::optional<JobStatus> to =
                    jobStatusFromName(body.value(QLatin1String("status")).toString());
                if (!to || !allowedStatusChanges(job.status).contains(*to))
                    return problem("/problems/illegal-transition", ",\"detail\":\"Not allowed.\"");
                job.status = *to;
                job.version += 1;
                return QHttpServerResponse(QByteArrayLiteral("application/json"), jobJson(job));
            });
        m_server.route(QStringLiteral("/api/v1/jobs/<arg>/history"),
                       QHttpServerRequest::Method::Get, [this](qint64 id) {
                           const QByteArray after = jobJson(jobs.value(id));
                           const QByteArray body =
                               "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{"
                               "\"id\":9,\"job_id\":" +
                               QByteArray::number(id) + ",\"location_id\":1,\"action\":\"" +
                               lastAction.toUtf8() + "\",\"actor_name\":\"" + lastActor.toUtf8() +
                               "\",\"occurred_at\":\"2026-11-23T09:41:00.000Z\",\"before\":null,"
                               "\"after\":" +
                               after + "}]}";
                           return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
                       });
        m_server.route(QStringLiteral("/api/v1/jobs/<arg>"), QHttpServerRequest::Method::Get,
                       [this](qint64 id) {
                           return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                      jobJson(jobs.value(id)));
                       });
        return m_server.listen(QHostAddress::LocalHost);
    }

private:
    static QHttpServerResponse problem(const QByteArray &type, const QByteArray &extra)
    {
        return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                                   "{\"type\":\"" + type +
                                       "\",\"title\":\"Conflict\",\"status\":409" + extra + "}",
                                   QHttpServerResponse::StatusCode::Conflict);
    }

    QHttpServerResponse place(qint64 id, const QHttpServerRequest &request, bool assign)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        received << body;
        Job &job = jobs[id];
        if (body.value(QLatin1String("expected_version")).toInteger() != job.version)
            return problem("/problems/version-conflict", ",\"current\":" + jobJson(job));
        if (assign && warnFor.contains(id) && !body.value(QLatin1String("force")).toBool()) {
            return problem("/problems/assignment-warnings",
                           ",\"detail\":\"Tech 2 works 08:00-17:00. Send \\\"force\\\": true "
                           "to assign anyway.\",\"warnings\":[{\"code\":\"outside_shift\","
                           "\"message\":\"Tech 2 works 08:00-17:00.\"}]");
        }
        if (assign) {
            job.technicianId = body.value(QLatin1String("technician_id")).toInteger();
            job.technicianName = technicianNames.value(*job.technicianId);
            job.plannedStart = body.value(QLatin1String("planned_start")).toString();
            job.plannedEnd = toTimestamp(
                parseTimestamp(job.plannedStart)->addSecs(qint64(job.durationMin) * 60));
            if (job.status == JobStatus::New)
                job.status = JobStatus::Scheduled;
        } else {
            job.technicianId.reset();
            job.technicianName.clear();
            job.plannedStart.clear();
            job.plannedEnd.clear();
            job.status = JobStatus::New;
        }
        job.version += 1;
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   "{\"job\":" + jobJson(job) + ",\"warnings\":[]}");
    }

    QHttpServer m_server;
};

} // namespace

class TestAssignmentFlow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeDispatchApi>();
        const quint16 port = m_fake->start();
        QVERIFY(port != 0);
        m_api = std::make_unique<client::ApiClient>();
        m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        m_store = std::make_unique<DispatchStore>();
        m_store->setDay(kDay, QTimeZone::utc());
        m_client = std::make_unique<AssignmentClient>(m_api.get());
        m_flow = std::make_unique<AssignmentFlow>(m_store.get(), m_client.get());

        const QList<Technician> technicians = boardtest::technicians(3);
        for (const Technician &t : technicians)
            m_fake->technicianNames.insert(t.id, t.name);
        m_store->setTechnicians(technicians);
        Job job;
        job.id = 42;
        job.title = QStringLiteral("Furnace tune-up");
        job.durationMin = 90;
        job.status = JobStatus::New;
        job.version = 1;
        m_fake->jobs.insert(job.id, job);
        m_store->addJobs({job});
    }

    void cleanup()
    {
        m_flow.reset();
        m_client.reset();
        m_store.reset();
        m_api.reset();
        m_fake.reset();
    }

    void assignsShowsPendingAndSettles()
    {
        QSignalSpy settled(m_flow.get(), &AssignmentFlow::changeSettled);
        m_flow->assign(42, 1001, nineOClock());
        // At once: pending, on the technician's row.
        QVERIFY(m_store->job(42)->pending);
        QCOMPARE(m_store->job(42)->job.technicianId, 1001);
        QCOMPARE(m_store->technician(1001)->jobRows.size(), 1);

        QVERIFY(settled.wait());
        QVERIFY(!m_store->job(42)->pending);
        QCOMPARE(m_store->job(42)->job.version, 2);
        QCOMPARE(m_store->job(42)->job.status, JobStatus::Scheduled);
        QCOMPARE(m_fake->jobs.value(42).technicianId, 1001);
        QCOMPARE(m_fake->received.at(0).value(QLatin1String("expected_version")).toInt(), 1);
        QCOMPARE(m_flow->undoStack()->count(), 1);
        QVERIFY(m_flow->undoStack()->undoText().contains(QStringLiteral("Furnace tune-up")));
    }

    void undoAndRedoSendTheInverseWithVersions()
    {
        QSignalSpy settled(m_flow.get(), &AssignmentFlow::changeSettled);
        m_flow->assign(42, 1001, nineOClock());
        QVERIFY(settled.wait());

        m_flow->undoStack()->undo();
        QVERIFY(m_store->job(42)->pending);
        QVERIFY(!m_store->job(42)->job.technicianId);
        QVERIFY(settled.wait());
        QVERIFY(!m_fake->jobs.value(42).technicianId);
        QCOMPARE(m_fake->received.at(1).value(QLatin1String("expected_version")).toInt(), 2);
        QCOMPARE(m_store->job(42)->job.status, JobStatus::New);

        m_flow->undoStack()->redo();
        QVERIFY(settled.wait());
        QCOMPARE(m_fake->jobs.value(42).technicianId, 1001);
        QCOMPARE(m_fake->received.at(2).value(QLatin1String("expected_version")).toInt(), 3);
        QCOMPARE(m_store->job(42)->job.version, 4);
    }

    void undoWhileTheChangeIsInFlightWaitsForIt()
    {
        m_flow->assign(42, 1001, nineOClock());
        QVERIFY(m_flow->canUndo());
        QVERIFY(m_flow->undoText().contains(QStringLiteral("Furnace tune-up")));
        m_flow->undo(); // before the server answered
        QTRY_VERIFY(m_flow->isIdle() && m_fake->received.size() == 2);
        QTRY_VERIFY(!m_store->job(42)->pending);
        QVERIFY(!m_fake->jobs.value(42).technicianId);
        QCOMPARE(m_fake->jobs.value(42).version, 3);
        QCOMPARE(m_store->job(42)->job.version, 3);
    }

    void versionConflictSnapsBackAndSaysWhoChangedIt()
    {
        // Another dispatcher assigned the job first.
        Job &theirs = m_fake->jobs[42];
        theirs.technicianId = 1002;
        theirs.technicianName = m_fake->technicianNames.value(1002);
        theirs.plannedStart = boardtest::at(kDay, 14 * 60, QTimeZone::utc());
        theirs.status = JobStatus::Scheduled;
        theirs.version = 5;

        QSignalSpy rejected(m_flow.get(), &AssignmentFlow::changeRejected);
        m_flow->assign(42, 1001, nineOClock());
        QVERIFY(rejected.wait());
        const QString message = rejected.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("Alice Martin")), qPrintable(message));
        QVERIFY2(message.contains(m_fake->technicianNames.value(1002)), qPrintable(message));
        QVERIFY(!m_store->job(42)->pending);
        QCOMPARE(m_store->job(42)->job.technicianId, 1002);
        QCOMPARE(m_store->job(42)->job.version, 5);
        QCOMPARE(m_store->technician(1001)->jobRows.size(), 0);
        // Nothing to undo: the refused command left no entry.
        QVERIFY(!m_flow->canUndo());
        QVERIFY(!m_flow->undoStack()->canUndo());
        m_flow->undo();
        QCOMPARE(m_flow->undoStack()->count(), 0);
        QCOMPARE(m_fake->received.size(), 1);
    }

    void refusedChangeLeavesOnlyAcceptedOnesToUndo()
    {
        QSignalSpy settled(m_flow.get(), &AssignmentFlow::changeSettled);
        QSignalSpy rejected(m_flow.get(), &AssignmentFlow::changeRejected);
        m_flow->assign(42, 1001, nineOClock());
        QVERIFY(settled.wait());
        const QString accepted = m_flow->undoStack()->undoText();
        QVERIFY2(accepted.contains(m_fake->technicianNames.value(1001)), qPrintable(accepted));

        m_fake->jobs[42].version = 7; // someone changed it meanwhile: the next change is a 409
        m_flow->assign(42, 1002, nineOClock());
        QVERIFY(rejected.wait());
        QCOMPARE(m_fake->received.size(), 2);
        // Only the accepted assignment is there to undo, by name.
        QCOMPARE(m_flow->undoStack()->count(), 1);
        QVERIFY(m_flow->canUndo());
        QCOMPARE(m_flow->undoStack()->undoText(), accepted);
        QCOMPARE(m_flow->undoText(), accepted);
        QVERIFY(!m_flow->undoStack()->canRedo());

        // The first Ctrl+Z undoes that assignment: it reaches the server (not swallowed).
        m_fake->jobs[42].version = 2;
        m_flow->undo();
        QVERIFY(settled.wait());
        QCOMPARE(m_fake->received.size(), 3);
        QVERIFY(!m_fake->jobs.value(42).technicianId);
    }

    void partlyRefusedActionKeepsTheAcceptedJobsAsOneEntry()
    {
        Job second = m_fake->jobs.value(42);
        second.id = 43;
        second.title = QStringLiteral("Duct inspection");
        m_fake->jobs.insert(second.id, second);
        m_store->addJobs({second});
        m_fake->jobs[43].version = 9; // changed on the server since the board loaded it

        QSignalSpy rejected(m_flow.get(), &AssignmentFlow::changeRejected);
        m_flow->assignInSequence({42, 43}, 1001, nineOClock());
        QVERIFY(rejected.wait());
        QTRY_VERIFY(m_flow->isIdle());
        QCOMPARE(m_fake->jobs.value(42).technicianId, 1001);
        QVERIFY(!m_fake->jobs.value(43).technicianId);
        QCOMPARE(m_flow->undoStack()->count(), 1);
        QVERIFY2(m_flow->undoText().contains(QStringLiteral("Furnace tune-up")),
                 qPrintable(m_flow->undoText()));
        QVERIFY(!m_flow->undoText().contains(QStringLiteral("Duct inspection")));
    }

    void undoRefusedWhenSomeoneChangedTheJobSince()
    {
        QSignalSpy settled(m_flow.get(), &AssignmentFlow::changeSettled);
        QSignalSpy rejected(m_flow.get(), &AssignmentFlow::changeRejected);
        m_flow->assign(42, 1001, nineOClock());
        QVERIFY(settled.wait());
        m_fake->jobs[42].version = 7; // someone rescheduled it
        m_fake->lastAction = QStringLiteral("rescheduled");
        m_flow->undoStack()->undo();
        QVERIFY(rejected.wait());
        QCOMPARE(m_store->job(42)->job.version, 7);
        QCOMPARE(m_fake->jobs.value(42).technicianId, 1001); // their change stands
    }

    void warningsAreOverriddenOnlyOnPurpose_data()
    {
        QTest::addColumn<bool>("override");
        QTest::newRow("declined") << false;
        QTest::newRow("overridden") << true;
    }
    void warningsAreOverriddenOnlyOnPurpose()
    {
        QFETCH(bool, override);
        m_fake->warnFor.insert(42);
        QList<AssignmentWarning> shown;
        m_flow->setWarningsPrompt([&](const Job &job, const QList<AssignmentWarning> &warnings,
                                      std::function<void(bool)> decide) {
            QCOMPARE(job.id, 42);
            shown = warnings;
            decide(override);
        });
        QSignalSpy settled(m_flow.get(), &AssignmentFlow::changeSettled);
        QSignalSpy rejected(m_flow.get(), &AssignmentFlow::changeRejected);
        m_flow->assign(42, 1001, nineOClock());
        QTRY_VERIFY(!settled.isEmpty() || !rejected.isEmpty());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).message, QStringLiteral("Tech 2 works 08:00-17:00."));
        QVERIFY(!m_store->job(42)->pending);
        if (override) {
            QCOMPARE(settled.count(), 1);
            QCOMPARE(m_fake->received.size(), 2);
            QVERIFY(m_fake->received.at(1).value(QLatin1String("force")).toBool());
            QCOMPARE(m_store->job(42)->job.technicianId, 1001);
        } else {
            QCOMPARE(rejected.count(), 1);
            QCOMPARE(m_fake->received.size(), 1);
            QVERIFY(!m_store->job(42)->job.technicianId);
        }
    }

    void assignsSeveralJobsOneAfterTheOther()
    {
        Job second = m_fake->jobs.value(42);
        second.id = 43;
        second.durationMin = 30;
        m_fake->jobs.insert(43, second);
        m_store->addJobs({second});
        m_flow->assignInSequence({42, 43}, 1002, nineOClock());
        QVERIFY(m_flow->canUndo()); // waiting for the server: undo would take it back
        QCOMPARE(m_flow->undoStack()->count(), 0);
        QTRY_VERIFY(m_flow->isIdle() && m_fake->received.size() == 2);
        QCOMPARE(m_flow->undoStack()->count(), 1); // one entry for both, once accepted
        QVERIFY2(m_flow->undoText().contains(QStringLiteral("2")), qPrintable(m_flow->undoText()));
        QTRY_VERIFY(!m_store->job(43)->pending);
        QCOMPARE(m_store->job(43)->plannedStartMs - m_store->job(42)->plannedStartMs,
                 qint64(90) * 60 * 1000);
    }

    void assignsAfterTheFirstDaysLastJobWhenSeveralShow()
    {
        m_store->setDays(kDay, 3, QTimeZone::utc());
        Job monday = m_fake->jobs.value(42);
        monday.id = 50;
        monday.technicianId = 1002;
        monday.plannedStart = boardtest::at(kDay, 10 * 60, QTimeZone::utc());
        monday.plannedEnd = boardtest::at(kDay, 11 * 60 + 30, QTimeZone::utc());
        monday.status = JobStatus::Scheduled;
        Job wednesday = monday;
        wednesday.id = 51;
        wednesday.plannedStart = boardtest::at(kDay.addDays(2), 9 * 60, QTimeZone::utc());
        wednesday.plannedEnd = boardtest::at(kDay.addDays(2), 10 * 60, QTimeZone::utc());
        Job fresh = m_fake->jobs.value(42);
        for (const Job &job : {monday, wednesday, fresh})
            m_fake->jobs.insert(job.id, job);
        m_store->addJobs({monday, wednesday, fresh});
        m_flow->assignInSequence({42}, 1002);
        // Right after Monday's job, not after Wednesday's.
        QCOMPARE(m_store->job(42)->plannedStartMs,
                 timestampMs(boardtest::at(kDay, 11 * 60 + 30, QTimeZone::utc())));
        QTRY_VERIFY(m_flow->isIdle() && !m_store->job(42)->pending);
    }

    void statusStepsAreUndoableAndFinalStepsAreNot()
    {
        QSignalSpy settled(m_flow.get(), &AssignmentFlow::changeSettled);
        m_flow->assign(42, 1001, nineOClock());
        QVERIFY(settled.wait());
        QCOMPARE(m_store->job(42)->job.status, JobStatus::Scheduled);

        m_flow->changeStatus({42}, JobStatus::Dispatched);
        QCOMPARE(m_store->job(42)->job.status, JobStatus::Dispatched); // at once, pending
        QVERIFY(m_store->job(42)->pending);
        QVERIFY(settled.wait());
        QCOMPARE(m_fake->jobs.value(42).status, JobStatus::Dispatched);
        QCOMPARE(m_flow->undoStack()->count(), 2);

        m_flow->undoStack()->undo(); // recall
        QVERIFY(settled.wait());
        QCOMPARE(m_fake->jobs.value(42).status, JobStatus::Scheduled);

        // A step the lifecycle cannot take back is sent, not stacked.
        m_flow->changeStatus({42}, JobStatus::Cancelled);
        QVERIFY(settled.wait());
        QCOMPARE(m_fake->jobs.value(42).status, JobStatus::Cancelled);
        QCOMPARE(m_flow->undoStack()->count(), 2);
        // And a step the lifecycle does not allow is not even asked for.
        const qsizetype asked = m_fake->received.size();
        m_flow->changeStatus({42}, JobStatus::OnSite);
        QCOMPARE(m_fake->received.size(), asked);
    }

private:
    static QDateTime nineOClock() { return QDateTime(kDay, QTime(9, 0), QTimeZone::utc()); }

    std::unique_ptr<FakeDispatchApi> m_fake;
    std::unique_ptr<client::ApiClient> m_api;
    std::unique_ptr<DispatchStore> m_store;
    std::unique_ptr<AssignmentClient> m_client;
    std::unique_ptr<AssignmentFlow> m_flow;
};

FIELDDESK_TEST_GUILESS_MAIN(TestAssignmentFlow)
} // namespace tst_assignmentflow
#include "tst_assignmentflow.moc"
