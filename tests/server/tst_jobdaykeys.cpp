// A day's keys (JobDayKeys) answer every list they accept exactly as the engine does: the same
// count and the same jobs in the same order as JobRepository::list, for every ordering, the
// board's filters alone and together, callers limited to some locations or to their own jobs,
// and pages deep into the day. Through JobService: the keys are read on a day's second ask,
// serve its other filters, are the asking tenant's own, and are read again after another
// instance's change (an outbox event); the jobs of their pages are kept for the next pages
// until anything changes, and written out as the engine's rows are; a change of one day made
// here keeps the other days' keys and every other job. On SQLite here, and on the
// tests' PostgreSQL as tst_jobdaykeys_postgresql.
#include "events/eventnotifier.h"
#include "migrateddatabase.h"
#include "seededjoblists.h"
#include "services/assignmentservice.h"
#include "services/jobservice.h"
#include "storage/engineorder.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tst_jobdaykeys {

using namespace fielddesk;
using namespace fielddesk::server;
using namespace JobListTesting;

namespace {

const QDate kFirstDay(2026, 11, 30);
constexpr int kDays = 4;
constexpr qint64 kKeptBytes = 64 * 1024 * 1024;

} // namespace

class TestJobDayKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SeededTenants m_seeded;
    int m_listsWithJobs = 0; // compared lists the engine found jobs for

    // [from, to) of the plan's day `index` in Denver.
    static std::pair<QString, QString> dayOf(int index)
    {
        const QDate day = kFirstDay.addDays(index);
        return {toTimestamp(day.startOfDay(denver())),
                toTimestamp(day.addDays(1).startOfDay(denver()))};
    }

    // Both answers to one list of one day, compared.
    void compare(int day, const JobScope &scope, const QString &query, bool unassigned = false)
    {
        JobListFilter extra;
        std::tie(extra.from, extra.to) = dayOf(day);
        extra.unassignedOnly = unassigned;
        const ListQuery list = parsed(query);
        QVERIFY2(JobDayKeys::canAnswer(scope, extra, list), qPrintable(query));
        JobRepository jobs(*m_db);
        const Page<Job> engine = jobs.list(m_seeded.tenantId, scope, extra, list);
        const JobDayKeys keys = jobs.dayKeys(m_seeded.tenantId, extra.from, extra.to, list);
        const JobDayTexts texts = jobs.dayTexts(m_seeded.tenantId, extra.from, extra.to);
        const Page<Job> fromKeys =
            jobs.pageOf(m_seeded.tenantId, scope, keys.select(scope, extra, list, &texts));
        const QByteArray what =
            QStringLiteral("day %1, %2%3")
                .arg(day)
                .arg(query, unassigned ? QStringLiteral(", unassigned") : QString())
                .toUtf8();
        QVERIFY2(fromKeys.count == engine.count,
                 what + " counts " + QByteArray::number(fromKeys.count) + " instead of " +
                     QByteArray::number(engine.count));
        QVERIFY2(idsOf(fromKeys) == idsOf(engine), what + " lists other jobs");
        m_listsWithJobs += engine.items.isEmpty() ? 0 : 1;
    }

    // The service's page of a day for a caller and filter, when it is the engine's: the same
    // count and the same jobs written out the same way.
    std::optional<Page<Job>>
    sameAsTheEngine(JobService &service, const Principal &caller, int day, const QString &filter)
    {
        const ListQuery query =
            parsed(QStringLiteral("date=") + kFirstDay.addDays(day).toString(Qt::ISODate) +
                   QLatin1Char('&') + filter);
        const Result<Page<Job>> page = service.list(caller, query);
        JobScope scope;
        scope.locationIds = caller.visibleLocations();
        JobListFilter range;
        std::tie(range.from, range.to) = dayOf(day);
        const Page<Job> engine = JobRepository(*m_db).list(caller.tenantId, scope, range, query);
        if (!page || page->count != engine.count || jsonOf(*page) != jsonOf(engine)) {
            qWarning("%s: the service answers otherwise than the engine", qPrintable(filter));
            return std::nullopt;
        }
        return *page;
    }

    Principal dispatcherOfTheFirstDepot() const
    {
        Principal dispatcher = adminOf(m_seeded.tenantId);
        dispatcher.role = Role::Dispatcher;
        dispatcher.locationIds = {m_seeded.locationIds.first()};
        return dispatcher;
    }

    void changeElsewhere(qint64 jobId, const QString &assignment, const QString &eventType)
    {
        JobListTesting::changeElsewhere(*m_db, m_seeded.tenantId, jobId, assignment, eventType);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_db = TestDatabase::migrated(QStringLiteral("jobdaykeys"), m_dir.path(), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_seeded = seedTwoTenants(*m_db, kFirstDay, kDays, 1200);
        QVERIFY(m_seeded.technicianIds.size() >= 3);
        for (int day = 0; day < kDays; ++day) {
            JobListFilter extra;
            std::tie(extra.from, extra.to) = dayOf(day);
            QVERIFY(
                JobRepository(*m_db).list(m_seeded.tenantId, {}, extra, parsed(QString())).count >
                200);
        }
    }

    void everyOrderingListsTheDayAsTheEngineDoes()
    {
        for (const OrderingSpec &ordering : JobRepository::listSpec().orderable) {
            for (const QString &direction : {QString(), QStringLiteral("-")}) {
                for (int day = 0; day < kDays; ++day)
                    compare(day, {},
                            QStringLiteral("limit=50&ordering=") + direction + ordering.name);
            }
        }
        compare(1, {}, QStringLiteral("limit=20&ordering=planned_start,-priority,title"));
    }

    void eachFilterAndTheirMixesAsTheEngineDoes()
    {
        const QStringList filters{
            QStringLiteral("status=new"),
            QStringLiteral("status=new,scheduled"),
            QStringLiteral("status=scheduled,dispatched,en_route,on_site"),
            QStringLiteral("status=completed"),
            QStringLiteral("status=cancelled"),
            QStringLiteral("priority=1"),
            QStringLiteral("priority=4,5"),
            QStringLiteral("at_risk=true"),
            QStringLiteral("at_risk=false"),
            QStringLiteral("location_id=%1").arg(m_seeded.locationIds.at(1)),
            QStringLiteral("location_id=%1,%2")
                .arg(m_seeded.locationIds.at(0))
                .arg(m_seeded.locationIds.at(2)),
            QStringLiteral("technician_id=%1").arg(m_seeded.technicianIds.at(0)),
            QStringLiteral("technician_id=%1,%2")
                .arg(m_seeded.technicianIds.at(1))
                .arg(m_seeded.technicianIds.at(2)),
            QStringLiteral("location_id=999999"),
            QStringLiteral("technician_id=-9223372036854775808"),
        };
        for (const QString &filter : filters) {
            for (int day = 0; day < kDays; ++day) {
                compare(day, {}, QStringLiteral("ordering=-priority,window_start&") + filter);
                compare(day, {}, QStringLiteral("ordering=title&") + filter, true);
            }
        }
        QRandomGenerator random(20261206);
        for (int round = 0; round < 60; ++round) {
            QStringList mix;
            QStringList named; // a parameter may come once
            for (const QString &filter : filters) {
                const QString name = filter.section(QLatin1Char('='), 0, 0);
                if (random.bounded(4) == 0 && !named.contains(name)) {
                    mix << filter;
                    named << name;
                }
            }
            compare(int(random.bounded(kDays)), {},
                    QStringLiteral("ordering=window_start&") + mix.join(QLatin1Char('&')),
                    random.bounded(3) == 0);
        }
    }

    void searchesAsTheEngineDoes()
    {
        // Terms cut from the jobs' own texts (short ones a LIKE, longer ones the trigram
        // index on SQLite), in other cases, and terms no job has.
        QStringList texts;
        SqlQuery q(*m_db, QStringLiteral("SELECT search_text FROM jobs WHERE tenant_id = ? "
                                         "ORDER BY id"));
        q.bind(m_seeded.tenantId).exec();
        while (q.next())
            texts << q.text(0);
        QVERIFY(texts.size() > 1000);
        QRandomGenerator random(20261207);
        QStringList terms{QStringLiteral("zqxj"), QStringLiteral("%"), QStringLiteral("_")};
        for (int i = 0; i < 40; ++i) {
            const QString &text = texts.at(random.bounded(int(texts.size())));
            const int length = 1 + int(random.bounded(8));
            const QString term =
                text.mid(random.bounded(int(std::max<qsizetype>(1, text.size() - length))), length);
            terms << (i % 3 == 0 ? term.toUpper() : term);
        }
        const QString depot = QStringLiteral("location_id=%1").arg(m_seeded.locationIds.at(1));
        const int withJobsBefore = m_listsWithJobs;
        for (const QString &term : std::as_const(terms)) {
            const QString search =
                QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(term));
            const int day = int(random.bounded(kDays));
            compare(day, {}, search);
            compare(day, {},
                    QStringLiteral("ordering=-priority,window_start&status=new,"
                                   "scheduled&") +
                        search);
            compare(day, {}, QStringLiteral("ordering=title&") + depot + QLatin1Char('&') + search,
                    true);
            JobScope ownJobs;
            ownJobs.technicianId =
                m_seeded.technicianIds.at(random.bounded(int(m_seeded.technicianIds.size())));
            compare(day, ownJobs, search);
        }
        // Most searches found jobs to compare (of 172 lists).
        QVERIFY2(m_listsWithJobs - withJobsBefore > 80,
                 qPrintable(QString::number(m_listsWithJobs - withJobsBefore)));
    }

    void searchesBeyondAsciiAsTheEngineDoes()
    {
        // A job of day 1 whose text has characters beyond ASCII: letters with accents, a long
        // s, quotes, and characters outside the BMP (two UTF-16 units each).
        JobListFilter dayOne;
        std::tie(dayOne.from, dayOne.to) = dayOf(1);
        JobRepository jobs(*m_db);
        const Page<Job> first =
            jobs.list(m_seeded.tenantId, {}, dayOne, parsed(QStringLiteral("limit=1")));
        QCOMPARE(first.items.size(), 1);
        SqlQuery text(*m_db, QStringLiteral("UPDATE jobs SET search_text = ? WHERE id = ?"));
        text.bind(foldForSearch(QStringLiteral("Émile Zoë 𠮷野 😀a a\"b ſtraße")))
            .bind(first.items.first().id)
            .exec();
        const QStringList terms{QStringLiteral("ÉMILE"), QStringLiteral("zoë"),
                                QStringLiteral("𠮷野"),  QStringLiteral("𠮷野 "),
                                QStringLiteral("😀a"),    QStringLiteral("😀"),
                                QStringLiteral("a\"b"),  QStringLiteral("\"\"\""),
                                QStringLiteral("ſ"),     QStringLiteral("STRASSE")};
        for (const QString &term : terms) {
            const QString search =
                QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(term));
            for (int day = 0; day < kDays; ++day) {
                compare(day, {}, search);
                compare(day, {}, QStringLiteral("status=new,scheduled,dispatched&") + search);
            }
        }
        // Two characters that are three UTF-16 units are a LIKE on SQLite, not a trigram
        // phrase (which matches nothing shorter than three characters): the job is found.
        for (const QString &term : {QStringLiteral("😀a"), QStringLiteral("𠮷野")}) {
            const QString search =
                QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(term));
            QCOMPARE(jobs.list(m_seeded.tenantId, {}, dayOne, parsed(search)).count, 1);
        }
    }

    void callersSeeWhatTheEngineShowsThem()
    {
        JobScope someLocations;
        someLocations.locationIds =
            QList<qint64>{m_seeded.locationIds.at(0), m_seeded.locationIds.at(2)};
        JobScope noLocation;
        noLocation.locationIds = QList<qint64>{};
        JobScope technician;
        technician.technicianId = m_seeded.technicianIds.at(0);
        for (const JobScope &scope : {someLocations, noLocation, technician}) {
            for (int day = 0; day < kDays; ++day) {
                compare(day, scope, QStringLiteral("limit=50"));
                compare(day, scope, QStringLiteral("ordering=-updated_at&status=completed"));
                compare(day, scope,
                        QStringLiteral("ordering=planned_start&location_id=%1")
                            .arg(m_seeded.locationIds.at(2)));
                compare(day, scope, QStringLiteral("limit=50"), true);
            }
        }
    }

    void pagesDeepIntoTheDayAsTheEngineDoes()
    {
        for (const int offset : {0, 1, 49, 50, 137, 250, 299, 300, 5000}) {
            compare(1, {}, QStringLiteral("limit=50&offset=%1").arg(offset));
            compare(2, {},
                    QStringLiteral("limit=7&ordering=title&offset=%1&status=new,scheduled")
                        .arg(offset));
        }
        compare(1, {}, QStringLiteral("limit=2000"));
    }

    void theServiceReadsADaysKeysOnceForAllItsListsAndAfterEveryChange()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000);
        const Principal admin = adminOf(m_seeded.tenantId);
        const Principal theirAdmin = adminOf(m_seeded.otherTenantId);
        // The service's answer, when it is the engine's: the ids of its page.
        const auto listed = [&](const Principal &caller, const QString &filter) {
            const std::optional<Page<Job>> page = sameAsTheEngine(service, caller, 1, filter);
            return page ? std::optional<QList<qint64>>(idsOf(*page)) : std::nullopt;
        };
        QVERIFY(listed(admin, QStringLiteral("status=new")));
        QCOMPARE(service.dayKeysReads(), 0);
        QVERIFY(listed(admin, QStringLiteral("status=scheduled")));
        QCOMPARE(service.dayKeysReads(), 1);
        const std::optional<QList<qint64>> fresh = listed(admin, QStringLiteral("status=new"));
        QVERIFY(fresh && !fresh->isEmpty());
        QVERIFY(listed(admin, QStringLiteral("priority=1&at_risk=false")));
        QCOMPARE(service.dayKeysReads(), 1);

        // The other tenant asks for the same day: keys of its own.
        QVERIFY(listed(theirAdmin, QStringLiteral("limit=2000")));
        const std::optional<QList<qint64>> theirs =
            listed(theirAdmin, QStringLiteral("limit=2000"));
        QCOMPARE(service.dayKeysReads(), 2);
        QVERIFY(theirs && !theirs->isEmpty());
        for (const qint64 id : *fresh)
            QVERIFY(!theirs->contains(id));

        // Another instance cancels a new job: the row and its event, nothing local.
        const qint64 cancelled = fresh->first();
        changeElsewhere(cancelled, QStringLiteral("status = 'cancelled'"),
                        QStringLiteral("scheduling.job.status_changed.v1"));
        for (int ask = 0; ask < 3; ++ask) {
            const std::optional<QList<qint64>> now = listed(admin, QStringLiteral("status=new"));
            QVERIFY(now && !now->contains(cancelled));
            const std::optional<QList<qint64>> gone =
                listed(admin, QStringLiteral("status=cancelled&limit=2000"));
            QVERIFY(gone && gone->contains(cancelled));
        }
        QCOMPARE(service.dayKeysReads(), 3);
    }

    void pagesFromTheKeysReuseTheirJobsUntilAnythingChanges()
    {
        EventNotifier events;
        // Kept jobs live long enough here for the slowest machine to ask again.
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 600000);
        const Principal admin = adminOf(m_seeded.tenantId);
        const Principal dispatcher = dispatcherOfTheFirstDepot();
        // The service's page is the engine's, and not empty.
        const auto sameAsTheEngine = [&](const Principal &caller, const QString &filter) {
            const std::optional<Page<Job>> page = this->sameAsTheEngine(service, caller, 2, filter);
            return page && !idsOf(*page).isEmpty();
        };
        const QString wholeDay = QStringLiteral("limit=2000");
        // The engine answers the first ask (its page's ids; the jobs are read and kept), the
        // keys the second, from the jobs kept.
        QVERIFY(sameAsTheEngine(admin, wholeDay));
        const qint64 dayJobs = service.rowsRead();
        QVERIFY(dayJobs > 100);
        QVERIFY(sameAsTheEngine(admin, wholeDay));
        QCOMPARE(service.rowsRead(), dayJobs);

        // Every other page of the day, and a dispatcher's, from the jobs read already.
        QVERIFY(sameAsTheEngine(admin, QStringLiteral("status=scheduled&priority=4,5")));
        QVERIFY(sameAsTheEngine(admin, QStringLiteral("offset=100&limit=50")));
        QVERIFY(sameAsTheEngine(dispatcher, wholeDay));
        QVERIFY(sameAsTheEngine(dispatcher, QStringLiteral("at_risk=false")));
        QCOMPARE(service.rowsRead(), dayJobs);

        // Another instance renames a job of the page: the row and its event, nothing local.
        const QString firstJob = QStringLiteral("limit=1");
        const std::optional<Page<Job>> first = this->sameAsTheEngine(service, admin, 2, firstJob);
        QVERIFY(first && idsOf(*first).size() == 1);
        changeElsewhere(idsOf(*first).first(), QStringLiteral("title = 'Renamed elsewhere'"),
                        QStringLiteral("scheduling.job.updated.v1"));
        for (int ask = 0; ask < 3; ++ask)
            QVERIFY(sameAsTheEngine(admin, QStringLiteral("limit=5")));
        const std::optional<Page<Job>> now = this->sameAsTheEngine(service, admin, 2, firstJob);
        QVERIFY(now && jsonOf(*now).contains("Renamed elsewhere"));
        QVERIFY(service.rowsRead() > dayJobs);

        // Kept for nobody: every page from the keys reads its jobs, and answers the same.
        JobService keeping(*m_db, events, TravelModel{}, 0, 1000000, 0);
        const auto keptNothing = [&](const QString &filter) {
            return this->sameAsTheEngine(keeping, admin, 2, filter).has_value();
        };
        QVERIFY(keptNothing(QStringLiteral("limit=10")));
        QVERIFY(keptNothing(QStringLiteral("limit=10")));
        QCOMPARE(keeping.rowsRead(), 10);
        QVERIFY(keptNothing(QStringLiteral("limit=10")));
        QCOMPARE(keeping.rowsRead(), 20);
    }

    // Lists without a day (the backlog: every new and scheduled job by priority) are the
    // engine's to answer: it picks the page's ids, and their jobs are kept as for the keys'
    // pages, reused by the next asks and read again when changed, here or elsewhere.
    void pagesTheEngineAnswersReuseTheKeptJobs()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 600000);
        const Principal admin = adminOf(m_seeded.tenantId);
        const Principal dispatcher = dispatcherOfTheFirstDepot();
        const QString backlog =
            QStringLiteral("ordering=-priority,window_start&status=new,scheduled&limit=50");
        // The service's page of the whole tenant is the engine's, byte for byte, not empty.
        const auto sameAsTheEngine = [&](const Principal &caller,
                                         const QString &filter) -> std::optional<Page<Job>> {
            const ListQuery query = parsed(filter);
            const Result<Page<Job>> page = service.list(caller, query);
            JobScope scope;
            scope.locationIds = caller.visibleLocations();
            const Page<Job> engine = JobRepository(*m_db).list(caller.tenantId, scope, {}, query);
            if (!page || page->count != engine.count || jsonOf(*page) != jsonOf(engine) ||
                engine.items.isEmpty()) {
                qWarning("%s: the service answers otherwise than the engine", qPrintable(filter));
                return std::nullopt;
            }
            return *page;
        };
        const std::optional<Page<Job>> first = sameAsTheEngine(admin, backlog);
        QVERIFY(first);
        QCOMPARE(service.rowsRead(), 50);
        QVERIFY(first->count > 100); // more than the pages asked here
        // Asked again, by a dispatcher of one depot too, and the second page: only the jobs
        // no page had yet are read.
        QVERIFY(sameAsTheEngine(admin, backlog));
        QCOMPARE(service.rowsRead(), 50);
        QVERIFY(sameAsTheEngine(dispatcher, backlog));
        QVERIFY(sameAsTheEngine(admin, backlog + QStringLiteral("&offset=50")));
        const qint64 read = service.rowsRead();
        QVERIFY(read > 50 && read <= 150);
        QVERIFY(sameAsTheEngine(dispatcher, backlog));
        QVERIFY(sameAsTheEngine(admin, backlog + QStringLiteral("&offset=50")));
        QCOMPARE(service.rowsRead(), read);

        // Another instance renames the first job: its row and its event.
        const qint64 firstId = idsOf(*first).first();
        changeElsewhere(firstId, QStringLiteral("title = 'Renamed in the backlog'"),
                        QStringLiteral("scheduling.job.updated.v1"));
        const std::optional<Page<Job>> renamed = sameAsTheEngine(admin, backlog);
        QVERIFY(renamed && jsonOf(*renamed).contains("Renamed in the backlog"));
        QVERIFY(service.rowsRead() > read);
        // And moves it out of the backlog: it leaves the page.
        changeElsewhere(firstId, QStringLiteral("status = 'cancelled'"),
                        QStringLiteral("scheduling.job.status_changed.v1"));
        const std::optional<Page<Job>> after = sameAsTheEngine(admin, backlog);
        QVERIFY(after && !idsOf(*after).contains(firstId));
        QCOMPARE(after->count, renamed->count - 1);
    }

    // A job is written out with its customer's, technician's and skills' names; another
    // server renames those without an event of the job. Kept jobs follow the tenant's names
    // version (counted by triggers), looked at here on every page, instead of a short life.
    void keptJobsFollowTheNamesTheyCarryWhereverRenamed()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 0);
        const Principal admin = adminOf(m_seeded.tenantId);
        const QString wholeDay = QStringLiteral("limit=2000&ordering=id");
        QVERIFY(sameAsTheEngine(service, admin, 2, wholeDay));
        const std::optional<Page<Job>> day = sameAsTheEngine(service, admin, 2, wholeDay);
        QVERIFY(day);
        const qint64 dayJobs = service.rowsRead();
        QVERIFY(dayJobs > 100);
        std::optional<Job> assigned;
        for (const qint64 id : idsOf(*day)) {
            const std::optional<Job> job = JobRepository(*m_db).find(m_seeded.tenantId, id);
            if (job && job->technicianId && job->customerId && !job->requiredSkills.isEmpty()) {
                assigned = job;
                break;
            }
        }
        QVERIFY(assigned);
        JobRepository jobs(*m_db);
        // As another server would: straight into the tables, no event, no local commit.
        const auto elsewhere = [&](const QString &sql, qint64 id) {
            SqlQuery(*m_db, sql).bind(id).exec();
        };
        const auto pageShows = [&](const QByteArray &name) {
            const std::optional<Page<Job>> page = sameAsTheEngine(service, admin, 2, wholeDay);
            return page && jsonOf(*page).contains(name);
        };

        // Not a name: the version stays, and so do the kept jobs.
        const qint64 version = jobs.namesVersion(m_seeded.tenantId);
        elsewhere(QStringLiteral("UPDATE customers SET phone = '555-0199' WHERE id = ?"),
                  *assigned->customerId);
        QCOMPARE(jobs.namesVersion(m_seeded.tenantId), version);
        QVERIFY(sameAsTheEngine(service, admin, 2, wholeDay));
        QCOMPARE(service.rowsRead(), dayJobs);

        elsewhere(QStringLiteral("UPDATE customers SET name = 'Renamed Customer' WHERE id = ?"),
                  *assigned->customerId);
        QVERIFY(jobs.namesVersion(m_seeded.tenantId) > version);
        QVERIFY(pageShows("Renamed Customer"));
        elsewhere(QStringLiteral("UPDATE users SET name = 'Renamed Technician' WHERE id = "
                                 "(SELECT user_id FROM technicians WHERE id = ?)"),
                  *assigned->technicianId);
        QVERIFY(pageShows("Renamed Technician"));
        elsewhere(QStringLiteral("UPDATE skills SET name = 'renamed_skill' WHERE tenant_id = ? "
                                 "AND name = '%1'")
                      .arg(assigned->requiredSkills.first()),
                  m_seeded.tenantId);
        const auto skillBack = qScopeGuard([&] { // as the tests after this one expect
            elsewhere(QStringLiteral("UPDATE skills SET name = '%1' WHERE tenant_id = ? AND "
                                     "name = 'renamed_skill'")
                          .arg(assigned->requiredSkills.first()),
                      m_seeded.tenantId);
        });
        QVERIFY(pageShows("renamed_skill"));
        // Another person takes the technician's place: the technician's user changes.
        SqlQuery standIn(*m_db, QStringLiteral("INSERT INTO users (tenant_id, email, name, role, "
                                               "password_hash, created_at, updated_at) VALUES (?, "
                                               "'stand.in@example.com', 'Stand-in Technician', "
                                               "'employee', 'unused', ?, ?)"));
        standIn.bind(m_seeded.tenantId).bind(nowTimestamp()).bind(nowTimestamp()).exec();
        SqlQuery userOf(*m_db, QStringLiteral("SELECT user_id FROM technicians WHERE id = ?"));
        userOf.bind(*assigned->technicianId).exec();
        QVERIFY(userOf.next());
        const qint64 techniciansUser = userOf.integer(0);
        elsewhere(QStringLiteral("UPDATE technicians SET user_id = (SELECT id FROM users WHERE "
                                 "email = 'stand.in@example.com') WHERE id = ?"),
                  *assigned->technicianId);
        const auto userBack = qScopeGuard([&] {
            SqlQuery(*m_db, QStringLiteral("UPDATE technicians SET user_id = ? WHERE id = ?"))
                .bind(techniciansUser)
                .bind(*assigned->technicianId)
                .exec();
            SqlQuery(*m_db,
                     QStringLiteral("DELETE FROM users WHERE email = 'stand.in@example.com'"))
                .exec();
        });
        QVERIFY(pageShows("Stand-in Technician"));
        QVERIFY(service.rowsRead() >= 5 * dayJobs);
        // Another tenant's renames leave this tenant's version alone.
        const qint64 renamed = jobs.namesVersion(m_seeded.tenantId);
        elsewhere(QStringLiteral("UPDATE customers SET name = name || ' Jr' WHERE tenant_id = ?"),
                  m_seeded.otherTenantId);
        QCOMPARE(jobs.namesVersion(m_seeded.tenantId), renamed);
    }

    // PostgreSQL hands out ids before commit, so a rename whose transaction took its row first
    // may commit after a newer one: the version moves with each committed rename, in whatever
    // order they commit (on SQLite one writer commits at a time: the renames follow each other).
    void aRenameCommittedAfterANewerOneMovesTheNamesVersion()
    {
        JobRepository jobs(*m_db);
        Database elsewhere(m_db->url());            // another server's connection
        const auto noteRename = [&](Database &db) { // as the triggers do
            SqlQuery(db, QStringLiteral("INSERT INTO tenant_name_changes (tenant_id) VALUES (?)"))
                .bind(m_seeded.tenantId)
                .exec();
        };
        const qint64 before = jobs.namesVersion(m_seeded.tenantId);
        qint64 afterNewer = 0;
        if (m_db->engine() == Engine::Sqlite) {
            noteRename(elsewhere);
            afterNewer = jobs.namesVersion(m_seeded.tenantId);
            QVERIFY(afterNewer != before);
            noteRename(*m_db);
        } else {
            Transaction older(elsewhere);
            noteRename(elsewhere); // takes the smaller id
            {
                Transaction newer(*m_db);
                noteRename(*m_db);
                newer.commit();
            }
            afterNewer = jobs.namesVersion(m_seeded.tenantId);
            QVERIFY(afterNewer != before);
            older.commit();
        }
        QVERIFY(jobs.namesVersion(m_seeded.tenantId) != afterNewer);
    }

    void aDaysSearchesAreAnsweredFromItsKeysAndTexts()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes);
        const Principal admin = adminOf(m_seeded.tenantId);
        const auto searchFor = [](const QString &term) {
            return QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(term));
        };
        const std::optional<Page<Job>> first =
            sameAsTheEngine(service, admin, 3, QStringLiteral("limit=1"));
        QVERIFY(first && idsOf(*first).size() == 1);
        SqlQuery text(*m_db, QStringLiteral("SELECT search_text FROM jobs WHERE id = ?"));
        text.bind(idsOf(*first).first()).exec();
        QVERIFY(text.next());
        const QString term = text.text(0).mid(2, 4);
        // The engine, then the keys read, then the texts read: all the engine's answer.
        for (int ask = 0; ask < 3; ++ask) {
            const std::optional<Page<Job>> page =
                sameAsTheEngine(service, admin, 3, searchFor(term));
            QVERIFY(page && idsOf(*page).contains(idsOf(*first).first()));
        }
        QCOMPARE(service.dayKeysReads(), 1);
        QCOMPARE(service.dayTextsReads(), 1);
        // Other terms and filters of the day from the same texts.
        QVERIFY(sameAsTheEngine(service, admin, 3,
                                QStringLiteral("status=new,scheduled&") + searchFor(term.left(2))));
        QVERIFY(sameAsTheEngine(service, admin, 3, searchFor(QStringLiteral("zqxj"))));
        QCOMPARE(service.dayTextsReads(), 1);

        // Another instance changes a job's text: found by its new words on every later ask.
        changeElsewhere(idsOf(*first).first(), QStringLiteral("search_text = 'unmistakable words'"),
                        QStringLiteral("scheduling.job.updated.v1"));
        for (int ask = 0; ask < 3; ++ask) {
            const std::optional<Page<Job>> page =
                sameAsTheEngine(service, admin, 3, searchFor(QStringLiteral("Unmistakable")));
            QVERIFY(page && idsOf(*page) == QList<qint64>{idsOf(*first).first()});
        }
        QCOMPARE(service.dayTextsReads(), 2);
    }

    // Another server renames a customer: its row and its jobs' texts, no event. A day's texts
    // follow the tenant's names version (looked at on every search here) as kept jobs do.
    void aDaysTextsFollowAnotherServersCustomerRename()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 0);
        const Principal admin = adminOf(m_seeded.tenantId);
        const QString search = QStringLiteral("search=ptolem");
        std::optional<Job> ofCustomer;
        const std::optional<Page<Job>> day = sameAsTheEngine(service, admin, 1, QString());
        QVERIFY(day);
        for (const qint64 id : idsOf(*day)) {
            ofCustomer = JobRepository(*m_db).find(m_seeded.tenantId, id);
            if (ofCustomer && ofCustomer->customerId)
                break;
        }
        QVERIFY(ofCustomer && ofCustomer->customerId);
        // The keys and the texts read, and nothing matches yet.
        for (int ask = 0; ask < 3; ++ask) {
            const std::optional<Page<Job>> none = sameAsTheEngine(service, admin, 1, search);
            QVERIFY(none && none->count == 0);
        }
        QCOMPARE(service.dayTextsReads(), 1);
        const auto elsewhere = [&](const QString &sql) {
            SqlQuery(*m_db, sql).bind(*ofCustomer->customerId).exec();
        };
        SqlQuery name(*m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"));
        name.bind(*ofCustomer->customerId).exec();
        QVERIFY(name.next());
        const QString wasNamed = name.text(0);
        elsewhere(QStringLiteral("UPDATE customers SET name = 'Ptolemy Works' WHERE id = ?"));
        elsewhere(QStringLiteral("UPDATE jobs SET search_text = search_text || ' ptolemy works' "
                                 "WHERE customer_id = ?"));
        const auto back = qScopeGuard([&] { // as the tests after this one expect
            SqlQuery(*m_db, QStringLiteral("UPDATE customers SET name = ? WHERE id = ?"))
                .bind(wasNamed)
                .bind(*ofCustomer->customerId)
                .exec();
            elsewhere(QStringLiteral("UPDATE jobs SET search_text = substr(search_text, 1, "
                                     "length(search_text) - length(' ptolemy works')) WHERE "
                                     "customer_id = ?"));
        });
        // The engine answers the first ask under the new names, the texts read again the next.
        for (int ask = 0; ask < 3; ++ask) {
            const std::optional<Page<Job>> found = sameAsTheEngine(service, admin, 1, search);
            QVERIFY(found && idsOf(*found).contains(ofCustomer->id));
        }
        QCOMPARE(service.dayTextsReads(), 2);
    }

    void aChangeOfOneDayKeepsTheOtherDaysKeysAndJobs()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 600000);
        const Principal admin = adminOf(m_seeded.tenantId);
        const CallContext call{admin, {}, {}};
        const QString wholeDay = QStringLiteral("limit=2000");
        const auto sameAsTheEngine = [&](int day, const QString &filter) {
            return this->sameAsTheEngine(service, admin, day, filter);
        };
        // A new job of day 1, 10:00 to 12:00.
        JobFields fields;
        fields.title = QStringLiteral("Gutter check");
        fields.locationId = m_seeded.locationIds.first();
        fields.windowStart = QDateTime(kFirstDay.addDays(1), QTime(10, 0), denver());
        fields.windowEnd = QDateTime(kFirstDay.addDays(1), QTime(12, 0), denver());
        const Result<Job> created = service.create(call, fields);
        QVERIFY(created);
        const qint64 renamed = created->id;
        // Days 1, 2 and 3 with their keys and jobs kept (the second ask reads them).
        for (const int day : {1, 2, 3}) {
            QVERIFY(sameAsTheEngine(day, wholeDay));
            QVERIFY(sameAsTheEngine(day, wholeDay));
        }
        const int keysRead = service.dayKeysReads();
        const qint64 rowsRead = service.rowsRead();
        QCOMPARE(keysRead, 3);

        // The job renamed through the service: days 2 and 3 answer from what they
        // kept; day 1 reads its keys again and, of its jobs, only the renamed one.
        JobUpdate rename;
        rename.fields.title = QStringLiteral("Renamed here");
        QVERIFY(service.update(call, renamed, rename));
        QVERIFY(sameAsTheEngine(2, wholeDay));
        QVERIFY(sameAsTheEngine(3, QStringLiteral("status=new")));
        QCOMPARE(service.dayKeysReads(), keysRead);
        QCOMPARE(service.rowsRead(), rowsRead);
        // (Day 1's keys take the renamed job, read alone.)
        for (int ask = 0; ask < 2; ++ask) {
            const std::optional<Page<Job>> day1 = sameAsTheEngine(1, wholeDay);
            QVERIFY(day1 && jsonOf(*day1).contains("Renamed here"));
        }
        QCOMPARE(service.dayKeysReads(), keysRead);
        QCOMPARE(service.dayKeysPatches(), 1);
        QCOMPARE(service.rowsRead(), rowsRead + 1);

        // The job's window moved from day 1 to day 3: both days take it, day 2 does not.
        const std::optional<Job> before = JobRepository(*m_db).find(m_seeded.tenantId, renamed);
        QVERIFY(before && !before->windowStart.isEmpty() && before->plannedStart.isEmpty());
        JobUpdate move;
        move.fields.windowStart = parseTimestamp(before->windowStart)->addDays(2);
        move.fields.windowEnd = parseTimestamp(before->windowEnd)->addDays(2);
        QVERIFY(service.update(call, renamed, move));
        QVERIFY(sameAsTheEngine(2, wholeDay));
        QCOMPARE(service.dayKeysPatches(), 1);
        for (int ask = 0; ask < 2; ++ask) {
            const std::optional<Page<Job>> day3 = sameAsTheEngine(3, wholeDay);
            QVERIFY(day3 && idsOf(*day3).contains(renamed));
            const std::optional<Page<Job>> day1 = sameAsTheEngine(1, wholeDay);
            QVERIFY(day1 && !idsOf(*day1).contains(renamed));
        }
        QCOMPARE(service.dayKeysReads(), keysRead);
        QCOMPARE(service.dayKeysPatches(), 3);

        // A commit that does not say what it changed (customers renamed): nothing kept
        // serves any more.
        const qint64 rowsBefore = service.rowsRead();
        {
            Transaction tx(*m_db);
            SqlQuery name(*m_db, QStringLiteral("UPDATE customers SET name = name || ' Jr' "
                                                "WHERE tenant_id = ?"));
            name.bind(m_seeded.tenantId).exec();
            tx.commit();
        }
        const std::optional<Page<Job>> day2 = sameAsTheEngine(2, wholeDay);
        QVERIFY(day2 && jsonOf(*day2).contains(" Jr\""));
        QCOMPARE(service.dayKeysReads(), keysRead); // asked once: the engine answered
        QVERIFY(sameAsTheEngine(2, wholeDay));
        QCOMPARE(service.dayKeysReads(), keysRead + 1);
        QCOMPARE(service.dayKeysPatches(), 3);
        QVERIFY(service.rowsRead() > rowsBefore + 100);
    }

    // A day's keys kept in every ordering take the changes made here (assignments and an
    // unassignment, titles beyond ASCII, a new priority, windows moved out and in, a new job,
    // a cancellation), one at a time and several together, by reading the changed jobs alone,
    // and then list the day as the engine does.
    void keptKeysTakeChangesAndListAsTheEngineDoes()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000);
        AssignmentService assignments(*m_db, events, TravelModel{});
        const Principal admin = adminOf(m_seeded.tenantId);
        const CallContext call{admin, {}, {}};
        constexpr int kDay = 2;
        QStringList orderings;
        for (const OrderingSpec &ordering : JobRepository::listSpec().orderable)
            orderings << ordering.name << QLatin1Char('-') + ordering.name;
        orderings << QStringLiteral("planned_start,-priority,title");
        const QStringList filters{
            QString(), QStringLiteral("&location_id=%1").arg(m_seeded.locationIds.first()),
            QStringLiteral("&status=new,scheduled&priority=3")};
        const auto everyListAsTheEngine = [&](const char *when) {
            for (const QString &ordering : std::as_const(orderings)) {
                for (const QString &filter : filters) {
                    const QString query =
                        QStringLiteral("limit=2000&ordering=") + ordering + filter;
                    if (!sameAsTheEngine(service, admin, kDay, query)) {
                        qWarning("%s: %s", when, qPrintable(query));
                        return false;
                    }
                }
            }
            return true;
        };
        QVERIFY(everyListAsTheEngine("before"));
        const int keysRead = service.dayKeysReads();
        QCOMPARE(keysRead, orderings.size()); // one read an ordering, whatever its filter

        const std::optional<Page<Job>> day =
            sameAsTheEngine(service, admin, kDay, QStringLiteral("limit=2000&ordering=id"));
        QVERIFY(day && day->count > 100);
        QList<Job> jobs;
        for (const qint64 id : idsOf(*day))
            jobs << *JobRepository(*m_db).find(m_seeded.tenantId, id);
        const auto firstJob = [&](const std::function<bool(const Job &)> &wanted) {
            const auto found = std::find_if(jobs.begin(), jobs.end(), wanted);
            if (found == jobs.end())
                qFatal("the seeded day has no such job");
            const Job job = *found;
            jobs.erase(found);
            return job;
        };
        const auto technicianAt = [&](qint64 locationId) {
            SqlQuery q(*m_db, QStringLiteral("SELECT id FROM technicians WHERE location_id = ? "
                                             "ORDER BY id LIMIT 1"));
            q.bind(locationId).exec();
            return q.next() ? q.integer(0) : 0;
        };
        const auto assign = [&](const Job &job) {
            AssignmentRequest request;
            request.jobId = job.id;
            request.technicianId = technicianAt(job.locationId);
            request.plannedStart = *parseTimestamp(job.windowStart);
            request.expectedVersion = job.version;
            request.force = true;
            return bool(assignments.apply(call, request));
        };
        const auto isOpen = [](const Job &job) {
            return job.status == JobStatus::New && !job.technicianId && !job.windowStart.isEmpty();
        };
        const auto rename = [&](const Job &job, const QString &title) {
            JobUpdate update;
            update.fields.title = title;
            return bool(service.update(call, job.id, update));
        };

        // One change at a time.
        QVERIFY(assign(firstJob(isOpen)));
        QVERIFY(everyListAsTheEngine("one assignment"));
        QVERIFY(rename(firstJob([](const Job &) { return true; }),
                       QStringLiteral("\u00c9clair \U0001F600 job")));
        QVERIFY(everyListAsTheEngine("a title beyond ASCII"));

        // Several changes between two asks.
        QVERIFY(assign(firstJob(isOpen)));
        QVERIFY(assign(firstJob(isOpen)));
        const Job assigned = firstJob([](const Job &job) {
            return job.status == JobStatus::Scheduled && job.technicianId.has_value();
        });
        AssignmentRequest unassign;
        unassign.jobId = assigned.id;
        unassign.assign = false;
        unassign.expectedVersion = assigned.version;
        QVERIFY(assignments.apply(call, unassign));
        QVERIFY(rename(firstJob([](const Job &) { return true; }), QStringLiteral("\uffee last")));
        QVERIFY(rename(firstJob([](const Job &) { return true; }),
                       QStringLiteral("\U0001F600 before \uffee")));
        JobUpdate urgent;
        urgent.fields.priority = 5;
        QVERIFY(service.update(call, firstJob(isOpen).id, urgent));
        const Job leaving = firstJob(isOpen);
        JobUpdate away;
        away.fields.windowStart = parseTimestamp(leaving.windowStart)->addDays(2);
        away.fields.windowEnd = parseTimestamp(leaving.windowEnd)->addDays(2);
        QVERIFY(service.update(call, leaving.id, away));
        const std::optional<Page<Job>> dayBefore =
            sameAsTheEngine(service, admin, kDay - 1, QStringLiteral("limit=1&status=new"));
        QVERIFY(dayBefore && !idsOf(*dayBefore).isEmpty());
        const qint64 arrivingId = idsOf(*dayBefore).first();
        const Job arriving = *JobRepository(*m_db).find(m_seeded.tenantId, arrivingId);
        if (!arriving.windowStart.isEmpty()) {
            JobUpdate here;
            here.fields.windowStart = parseTimestamp(arriving.windowStart)->addDays(1);
            here.fields.windowEnd = parseTimestamp(arriving.windowEnd)->addDays(1);
            QVERIFY(service.update(call, arriving.id, here));
        }
        JobFields fields;
        fields.title = QStringLiteral("Boiler service");
        fields.locationId = m_seeded.locationIds.last();
        fields.windowStart = QDateTime(kFirstDay.addDays(kDay), QTime(9, 0), denver());
        fields.windowEnd = QDateTime(kFirstDay.addDays(kDay), QTime(11, 0), denver());
        QVERIFY(service.create(call, fields));
        JobCancellation cancellation;
        cancellation.reason = QStringLiteral("Customer away");
        QVERIFY(service.cancel(call, firstJob(isOpen).id, cancellation));
        QVERIFY(everyListAsTheEngine("several changes"));

        QCOMPARE(service.dayKeysReads(), keysRead);
        QVERIFY2(service.dayKeysPatches() >= 3 * orderings.size(),
                 qPrintable(QString::number(service.dayKeysPatches())));
    }

    // The order this process repeats when it patches keys is the engine's: texts by code
    // point, NULLs where the engine puts them; keys whose order it cannot repeat are not
    // patched.
    void keysPatchOnlyInAnOrderThisProcessRepeats()
    {
        QVERIFY(compareCodePoints(u"\U0001F600", u"\uffee") > 0); // UTF-16 says otherwise
        QVERIFY(compareCodePoints(u"abc", u"abd") < 0);
        QVERIFY(compareCodePoints(u"ab", u"abc") < 0);
        QCOMPARE(compareCodePoints(u"\u00e9", u"\u00e9"), 0);

        const ListQuery byTitle = parsed(QStringLiteral("ordering=title"));
        const auto row = [](qint64 id, const QVariant &title) {
            return JobDayKeys::Row{id, {QStringLiteral("new"), 1, QVariant(), 3, 0}, {title}};
        };
        const auto keysOf = [&](const EngineOrder &order, const QList<JobDayKeys::Row> &rows) {
            JobDayKeys keys(byTitle, order);
            for (const JobDayKeys::Row &r : rows)
                keys.append(r);
            keys.finish();
            return keys;
        };
        const QList<JobDayKeys::Row> sorted{row(3, QVariant()), row(1, QStringLiteral("a")),
                                            row(2, QStringLiteral("b"))};
        QVERIFY(keysOf(EngineOrder{true, true}, sorted).patchable());
        // The same rows from an engine with NULLs last, or another collation, or in an order
        // that is not this process's: not patched.
        QVERIFY(!keysOf(EngineOrder{false, true}, sorted).patchable());
        QVERIFY(!keysOf(EngineOrder{true, false}, sorted).patchable());
        QVERIFY(!keysOf(EngineOrder{true, true}, {sorted.at(0), sorted.at(2), sorted.at(1)})
                     .patchable());
        QVERIFY(!keysOf(EngineOrder{true, true}, sorted).patched({2}, {row(2, 7)}));

        // A job renamed and one new, put in at their places.
        const std::optional<JobDayKeys> patched =
            keysOf(EngineOrder{true, true}, sorted)
                .patched({1, 9}, {row(9, QStringLiteral("b")), row(1, QStringLiteral("c"))});
        QVERIFY(patched && patched->patchable());
        JobScope everyone;
        JobListFilter day;
        day.from = QStringLiteral("2026-11-30T07:00:00.000Z");
        day.to = QStringLiteral("2026-12-01T07:00:00.000Z");
        QCOMPARE(patched->select(everyone, day, byTitle).ids, (QList<qint64>{3, 2, 9, 1}));
    }

    void cachedPagesOutsideAChangeAreKept()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 100, 1000000, kKeptBytes, 600000);
        const Principal admin = adminOf(m_seeded.tenantId);
        const Principal theirAdmin = adminOf(m_seeded.otherTenantId);
        const CallContext call{admin, {}, {}};
        const auto pageOf = [&](const Principal &caller, const QString &query) {
            const Result<Page<Job>> page = service.list(caller, parsed(query));
            return page ? jsonOf(*page) : QByteArray();
        };
        const QString day1 = QStringLiteral("date=") + kFirstDay.addDays(1).toString(Qt::ISODate);
        const QString day2 = QStringLiteral("date=") + kFirstDay.addDays(2).toString(Qt::ISODate);
        const QString undated = QStringLiteral("status=new&limit=5");
        const QList<QString> asked{day1, day2, undated};
        for (const QString &query : asked)
            QVERIFY(!pageOf(admin, query).isEmpty());
        QVERIFY(!pageOf(theirAdmin, undated).isEmpty());
        const int read = service.pagesRead();
        QCOMPARE(read, 4);
        for (const QString &query : asked)
            QVERIFY(!pageOf(admin, query).isEmpty());
        QCOMPARE(service.pagesRead(), read);

        // A job of day 1 renamed: day 2's page is kept, and so is the other tenant's; day 1's
        // and the undated list (all the tenant's jobs) are read again and show it.
        const std::optional<Page<Job>> first =
            sameAsTheEngine(service, admin, 1, QStringLiteral("limit=1"));
        QVERIFY(first && idsOf(*first).size() == 1);
        const int beforeRename = service.pagesRead();
        JobUpdate rename;
        rename.fields.notes = QStringLiteral("Renamed for the pages"); // a finished job too
        QVERIFY(service.update(call, idsOf(*first).first(), rename));
        QVERIFY(!pageOf(admin, day2).isEmpty());
        QVERIFY(!pageOf(theirAdmin, undated).isEmpty());
        QCOMPARE(service.pagesRead(), beforeRename);
        QVERIFY(
            pageOf(admin, day1 + QStringLiteral("&limit=2000")).contains("Renamed for the pages"));
        QVERIFY(!pageOf(admin, undated).isEmpty());
        QCOMPARE(service.pagesRead(), beforeRename + 2);
        QVERIFY(sameAsTheEngine(service, admin, 2, QString()));
    }

    void listsTheKeysCannotAnswerAreLeftToTheEngine()
    {
        JobListFilter day;
        std::tie(day.from, day.to) = dayOf(0);
        QVERIFY(JobDayKeys::canAnswer({}, day, parsed(QStringLiteral("status=new"))));
        QVERIFY(!JobDayKeys::canAnswer({}, JobListFilter{}, parsed(QStringLiteral("status=new"))));
        JobListFilter openEnded = day;
        openEnded.to.clear();
        QVERIFY(!JobDayKeys::canAnswer({}, openEnded, parsed(QString())));
        // A search is answered with the day's texts beside the keys.
        QVERIFY(JobDayKeys::canAnswer({}, day, parsed(QStringLiteral("search=duct"))));
        QVERIFY(!JobDayKeys::canAnswer({}, day, parsed(QStringLiteral("customer_id=1"))));
        QVERIFY(!JobDayKeys::canAnswer({}, day, parsed(QStringLiteral("series_id=1"))));
        QVERIFY(!JobDayKeys::canAnswer({}, day, parsed(QStringLiteral("id=1,2"))));
        JobListFilter skill = day;
        skill.skill = QStringLiteral("insulation");
        QVERIFY(!JobDayKeys::canAnswer({}, skill, parsed(QString())));
        JobListFilter twoWeeks = day;
        twoWeeks.to = dayOf(14).second;
        QVERIFY(!JobDayKeys::canAnswer({}, twoWeeks, parsed(QString())));
        JobListFilter aWeek = day;
        aWeek.to = dayOf(6).second;
        QVERIFY(JobDayKeys::canAnswer({}, aWeek, parsed(QString())));
        JobScope apiKey;
        apiKey.customerId = 1;
        QVERIFY(!JobDayKeys::canAnswer(apiKey, day, parsed(QString())));
    }

    void cleanupTestCase()
    {
        // Most comparisons had jobs to compare (not empty lists agreeing).
        QVERIFY2(m_listsWithJobs > 150, qPrintable(QString::number(m_listsWithJobs)));
        m_db.reset();
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJobDayKeys)
} // namespace tst_jobdaykeys
#include "tst_jobdaykeys.moc"
