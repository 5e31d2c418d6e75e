// JobWrite, the one path every job change takes, on a real database (SQLite, and PostgreSQL as
// tst_jobwrite_postgresql): the checks it makes
// before an edit runs, what one change writes (version, history, event) and that nothing is
// written unless it commits.
#include "events/eventnotifier.h"
#include "migrateddatabase.h"
#include "repositories/customerrepository.h"
#include "repositories/jobrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/skillrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "services/jobwrite.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

namespace tst_jobwrite {

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

qint64 countOf(Database &db, const QString &table)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

Result<std::optional<JobChange>> retitle(Job &after, const QString &title)
{
    after.title = title;
    return std::optional<JobChange>(
        JobChange{QStringLiteral("updated"), QStringLiteral("scheduling.job.updated.v1")});
}

} // namespace

class TestJobWrite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventNotifier> m_events;
    CallContext m_call;
    CallContext m_stranger; // a dispatcher of another location
    qint64 m_jobId = 0;
    int m_round = 0;

    Job storedJob() { return *JobRepository(*m_db).find(m_call.principal.tenantId, m_jobId); }

private slots:
    void init()
    {
        QString error;
        m_db = TestDatabase::migrated(QStringLiteral("jobwrite%1").arg(++m_round), m_dir.path(),
                                      &error);
        QVERIFY2(m_db, qPrintable(error));
        m_events = std::make_unique<EventNotifier>();
        Tenant tenant;
        tenant.name = QStringLiteral("Acme");
        tenant = TenantRepository(*m_db).insert(tenant);
        Location here;
        here.tenantId = tenant.id;
        here.name = QStringLiteral("Here");
        here = LocationRepository(*m_db).insert(here);
        Location there = here;
        there.name = QStringLiteral("There");
        there = LocationRepository(*m_db).insert(there);

        m_call.principal.tenantId = tenant.id;
        m_call.principal.role = Role::Dispatcher;
        m_call.principal.name = QStringLiteral("Dana");
        m_call.principal.locationIds = {here.id};
        m_stranger = m_call;
        m_stranger.principal.locationIds = {there.id};

        Job job;
        job.title = QStringLiteral("Fix the pump");
        job.locationId = here.id;
        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {});
        m_jobId = write.create(job, {}).id;
        write.commit();
    }

    void cleanup() { m_db.reset(); }

    void createRecordsHistoryAndEvent()
    {
        QCOMPARE(storedJob().version, 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("dispatch_history")), 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("outbox_events")), 1);
    }

    void changeBumpsTheVersionAndRecordsOnce()
    {
        QSignalSpy committed(m_events.get(), &EventNotifier::eventsCommitted);
        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {m_jobId});
        const Result<Job> job = write.change(m_jobId, 1, [](const Job &, Job &after) {
            return retitle(after, QStringLiteral("Fix the big pump"));
        });
        QVERIFY(job.ok());
        QCOMPARE(job->version, 2);
        write.commit();
        QCOMPARE(committed.count(), 1);
        QCOMPARE(storedJob().title, QStringLiteral("Fix the big pump"));
        QCOMPARE(storedJob().version, 2);
        QCOMPARE(countOf(*m_db, QStringLiteral("dispatch_history")), 2);
        QCOMPARE(countOf(*m_db, QStringLiteral("outbox_events")), 2);
    }

    void staleVersionIsAConflictAndTheEditNeverRuns()
    {
        bool edited = false;
        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {m_jobId});
        const Result<Job> job = write.change(m_jobId, 7, [&](const Job &, Job &after) {
            edited = true;
            return retitle(after, QStringLiteral("Never"));
        });
        QVERIFY(!job.ok());
        QCOMPARE(int(job.failure().kind), int(FailureKind::Conflict));
        QCOMPARE(job.failure().type, QStringLiteral("/problems/version-conflict"));
        QVERIFY(!edited);
    }

    void aJobTheCallerCannotSeeIsNotFound()
    {
        bool edited = false;
        JobWrite write(*m_db, *m_events, TravelModel{}, m_stranger, {m_jobId});
        const Result<Job> job = write.change(m_jobId, std::nullopt, [&](const Job &, Job &after) {
            edited = true;
            return retitle(after, QStringLiteral("Never"));
        });
        QVERIFY(!job.ok());
        QCOMPARE(int(job.failure().kind), int(FailureKind::NotFound));
        QVERIFY(!edited);
    }

    void nothingIsWrittenWithoutCommit()
    {
        {
            JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {m_jobId});
            QVERIFY(write.change(m_jobId, 1, [](const Job &, Job &after) {
                return retitle(after, QStringLiteral("Rolled back"));
            }));
        }
        QCOMPARE(storedJob().title, QStringLiteral("Fix the pump"));
        QCOMPARE(storedJob().version, 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("dispatch_history")), 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("outbox_events")), 1);
    }

    // The events of a write are appended last, when it commits (the outbox lock is held only
    // for that on PostgreSQL): none before, all of them then, in the order of the changes.
    void theEventsAreAppendedAtCommitInTheirOrder()
    {
        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {m_jobId});
        // Titles that JSON and SQL must carry as they are (the outbox's PostgreSQL insert sends
        // a write's events as one JSON parameter).
        const QStringList titles{QStringLiteral("First \"quoted\" \\ back\\slash"),
                                 QStringLiteral("Second\nline, caf\u00e9 \U0001F680 ' ; --"),
                                 QStringLiteral("Third")};
        for (const QString &title : titles)
            QVERIFY(write.change(m_jobId, std::nullopt,
                                 [&](const Job &, Job &after) { return retitle(after, title); }));
        QCOMPARE(countOf(*m_db, QStringLiteral("dispatch_history")), 4); // written as they come
        QCOMPARE(countOf(*m_db, QStringLiteral("outbox_events")), 1);    // not yet
        write.commit();
        SqlQuery q(*m_db, QStringLiteral("SELECT data FROM outbox_events ORDER BY id"));
        q.exec();
        QStringList stored;
        while (q.next())
            stored << QJsonDocument::fromJson(q.bytes(0))
                          .object()
                          .value(QLatin1String("job"))
                          .toObject()
                          .value(QLatin1String("title"))
                          .toString();
        QCOMPARE(stored, QStringList{QStringLiteral("Fix the pump")} + titles);
    }

    void anEditThatChangesNothingWritesNothing()
    {
        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {m_jobId});
        const Result<Job> job = write.change(m_jobId, 1, [](const Job &, Job &) {
            return Result<std::optional<JobChange>>(std::nullopt);
        });
        QVERIFY(job.ok());
        write.commit();
        QCOMPARE(storedJob().version, 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("dispatch_history")), 1);
    }

    void theAnsweredJobIsTheStoredJob_data()
    {
        // A change's answer is built from what was written, and read back only when a name
        // joined from another table may have changed: each kind of change is compared with
        // the job read afresh.
        QTest::addColumn<QString>("change");
        QTest::newRow("title") << QStringLiteral("title");
        QTest::newRow("customer") << QStringLiteral("customer");
        QTest::newRow("skills") << QStringLiteral("skills");
        QTest::newRow("technician, named by the edit") << QStringLiteral("named technician");
        QTest::newRow("technician, not named") << QStringLiteral("technician");
        QTest::newRow("technician taken off") << QStringLiteral("unassign");
    }

    void theAnsweredJobIsTheStoredJob()
    {
        QFETCH(QString, change);
        const qint64 tenantId = m_call.principal.tenantId;
        Customer customer;
        customer.name = QStringLiteral("Ms. Pump");
        customer = CustomerRepository(*m_db).insert(tenantId, customer);
        QList<qint64> skillIds; // out of order: the answer lists them sorted, as reads do
        for (const QString &name :
             {QStringLiteral("zoning"), QStringLiteral("Alarm"), QStringLiteral("boiler")}) {
            Skill skill;
            skill.name = name;
            skillIds.append(SkillRepository(*m_db).insert(tenantId, skill).id);
        }
        User user;
        user.tenantId = tenantId;
        user.email = QStringLiteral("tom@example.com");
        user.name = QStringLiteral("Tom");
        user = UserRepository(*m_db).insert(user, QStringLiteral("x"));
        Technician technician;
        technician.userId = user.id;
        technician.locationId = storedJob().locationId;
        technician = TechnicianRepository(*m_db).insert(tenantId, technician);
        if (change == QLatin1String("unassign")) { // start from an assigned job
            SqlQuery q(*m_db, QStringLiteral("UPDATE jobs SET technician_id = ? WHERE id = ?"));
            q.bind(technician.id).bind(m_jobId).exec();
        }

        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {m_jobId});
        const Result<Job> answered = write.change(
            m_jobId, 1, [&](const Job &, Job &after) -> Result<std::optional<JobChange>> {
                JobChange what{QStringLiteral("updated"),
                               QStringLiteral("scheduling.job.updated.v1")};
                if (change == QLatin1String("title"))
                    after.title = QStringLiteral("Fix the big pump");
                else if (change == QLatin1String("customer"))
                    after.customerId = customer.id;
                else if (change == QLatin1String("skills"))
                    what.skillIds = skillIds;
                else if (change == QLatin1String("unassign"))
                    after.technicianId.reset(), after.technicianName.clear();
                else
                    after.technicianId = technician.id;
                if (change == QLatin1String("named technician"))
                    after.technicianName = QStringLiteral("Tom");
                return std::optional<JobChange>(what);
            });
        QVERIFY(answered.ok());
        write.commit();
        const Job stored = storedJob();
        QCOMPARE(QString::fromUtf8(toJsonText(*answered)), QString::fromUtf8(toJsonText(stored)));
        QCOMPARE(stored.version, 2); // the change was written, not just answered
        // A job read alone carries its skills in its row; many jobs read them apart: the same.
        QCOMPARE(stored.requiredSkills, SkillRepository(*m_db).namesOf(SkillOwner::Job, m_jobId));
        if (change == QLatin1String("skills"))
            QCOMPARE(stored.requiredSkills.size(), 3);
    }

    void twoChangesOfOneJobInOneWriteBuildOnEachOther()
    {
        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {m_jobId});
        QVERIFY(write.change(m_jobId, 1, [](const Job &, Job &after) {
            return retitle(after, QStringLiteral("First"));
        }));
        const Result<Job> second = write.change(m_jobId, 2, [](const Job &before, Job &after) {
            return retitle(after, before.title + QStringLiteral(", then second"));
        });
        QVERIFY(second.ok());
        write.commit();
        QCOMPARE(storedJob().title, QStringLiteral("First, then second"));
        QCOMPARE(storedJob().version, 3);
    }

    void changingAJobThatWasNotLockedFirstIsRefused()
    {
        // The lock order (jobs before the outbox) holds only if every job is locked up front.
        JobWrite write(*m_db, *m_events, TravelModel{}, m_call, {});
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 (void)write.change(m_jobId, 1, [](const Job &, Job &after) {
                                     return retitle(after, QStringLiteral("Too late"));
                                 }));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJobWrite)
} // namespace tst_jobwrite
#include "tst_jobwrite.moc"
