// A tenant's search index (JobSearchIndex) answers every undated search it accepts exactly as
// the engine does: the same count and the same jobs in the same order as JobRepository::list,
// for terms cut from the jobs' texts, in other cases, beyond ASCII and matching nothing, with
// the board's filters, callers limited to some locations or to their own jobs, and pages deep
// into the matches, with ties and jobs without a window. Through JobService: the index is
// built (on a thread of its own) after a tenant's second undated search, brought up to date with
// the jobs this process changed (those alone read again), tests a day's jobs for its searches, let
// go after a change it cannot know (another instance's event) and built again, and finds another
// instance's customer rename. On SQLite here, and on the tests' PostgreSQL as
// tst_jobsearchindex_postgresql.
#include "events/eventnotifier.h"
#include "migrateddatabase.h"
#include "seededjoblists.h"
#include "services/jobservice.h"
#include "storage/sqlfilter.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>

namespace tst_jobsearchindex {

using namespace fielddesk;
using namespace fielddesk::server;
using namespace JobListTesting;

namespace {

const QDate kFirstDay(2026, 11, 30);
constexpr qint64 kKeptBytes = 64 * 1024 * 1024;
constexpr qint64 kIndexJobs = 100000;

QString searchFor(const QString &term)
{
    return QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(term));
}

} // namespace

class TestJobSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SeededTenants m_seeded;
    QStringList m_texts; // the tenant's jobs' search texts
    int m_searchesWithJobs = 0;

    JobSearchIndex builtIndex()
    {
        JobSearchIndex index(m_db->engine() == Engine::Sqlite);
        for (const JobSearchRow &row : JobRepository(*m_db).searchRows(m_seeded.tenantId))
            index.put(row);
        return index;
    }

    // The index's answer to one undated list, compared with the engine's.
    void compare(const JobSearchIndex &index,
                 const JobScope &scope,
                 const QString &query,
                 bool unassigned = false)
    {
        JobListFilter extra;
        extra.unassignedOnly = unassigned;
        const ListQuery list = parsed(query);
        QVERIFY2(JobSearchIndex::canAnswer(scope, extra, list), qPrintable(query));
        JobRepository jobs(*m_db);
        const Page<Job> engine = jobs.list(m_seeded.tenantId, scope, extra, list);
        const Page<Job> fromIndex =
            jobs.pageOf(m_seeded.tenantId, scope, index.select(scope, extra, list));
        const QByteArray what =
            (query + (unassigned ? QStringLiteral(", unassigned") : QString())).toUtf8();
        QVERIFY2(fromIndex.count == engine.count,
                 what + " counts " + QByteArray::number(fromIndex.count) + " instead of " +
                     QByteArray::number(engine.count));
        QVERIFY2(idsOf(fromIndex) == idsOf(engine), what + " lists other jobs");
        m_searchesWithJobs += engine.items.isEmpty() ? 0 : 1;
    }

    // The service's undated search for a caller, when it is the engine's: the same count and
    // the same jobs written out the same way.
    std::optional<Page<Job>>
    sameAsTheEngine(JobService &service, const Principal &caller, const QString &query)
    {
        const ListQuery list = parsed(query);
        const Result<Page<Job>> page = service.list(caller, list);
        JobScope scope;
        scope.locationIds = caller.visibleLocations();
        const Page<Job> engine = JobRepository(*m_db).list(caller.tenantId, scope, {}, list);
        if (!page || page->count != engine.count || jsonOf(*page) != jsonOf(engine)) {
            qWarning("%s: the service answers %lld jobs, the engine %lld", qPrintable(query),
                     page ? page->count : -1, engine.count);
            return std::nullopt;
        }
        return *page;
    }

    void changeElsewhere(qint64 jobId, const QString &assignment)
    {
        JobListTesting::changeElsewhere(*m_db, m_seeded.tenantId, jobId, assignment,
                                        QStringLiteral("scheduling.job.updated.v1"));
    }

    qint64 firstJobOfCustomer(qint64 *customerId)
    {
        SqlQuery q(*m_db, QStringLiteral("SELECT id, customer_id FROM jobs WHERE tenant_id = ? "
                                         "AND customer_id IS NOT NULL ORDER BY id LIMIT 1"));
        q.bind(m_seeded.tenantId).exec();
        if (!q.next())
            return 0;
        *customerId = q.integer(1);
        return q.integer(0);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_db = TestDatabase::migrated(QStringLiteral("jobsearchindex"), m_dir.path(), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_seeded = seedTwoTenants(*m_db, kFirstDay, 4, 1500);
        QVERIFY(m_seeded.technicianIds.size() >= 3);

        // Jobs without a window (NULLs sort first on SQLite, last on PostgreSQL) and ties of
        // priority and window start (broken by id), among jobs that share words.
        SqlQuery noWindow(*m_db, QStringLiteral("UPDATE jobs SET window_start = NULL, window_end "
                                                "= NULL WHERE tenant_id = ? AND id % 17 = 0"));
        noWindow.bind(m_seeded.tenantId).exec();
        SqlQuery ties(*m_db, QStringLiteral("UPDATE jobs SET priority = 3, window_start = "
                                            "'2026-12-01T16:00:00.000Z' WHERE tenant_id = ? AND id "
                                            "% 13 = 0"));
        ties.bind(m_seeded.tenantId).exec();
        QVERIFY(noWindow.rowsAffected() > 50 && ties.rowsAffected() > 50);

        SqlQuery texts(*m_db, QStringLiteral("SELECT search_text FROM jobs WHERE tenant_id = ? "
                                             "ORDER BY id"));
        texts.bind(m_seeded.tenantId).exec();
        while (texts.next())
            m_texts << texts.text(0);
        QVERIFY(m_texts.size() >= 1500);
    }

    void searchesAsTheEngineDoes()
    {
        const JobSearchIndex index = builtIndex();
        QCOMPARE(index.size(), m_texts.size());
        QRandomGenerator random(20261207);
        QStringList terms{QStringLiteral("zqxj"), QStringLiteral("%%%"), QStringLiteral("___")};
        for (int i = 0; i < 60; ++i) {
            const QString &text = m_texts.at(random.bounded(int(m_texts.size())));
            const int length = 3 + int(random.bounded(10));
            const QString term =
                text.mid(random.bounded(int(std::max<qsizetype>(1, text.size() - length))), length);
            // (The list's parser trims a term: "or " is "or", a LIKE.)
            if (parsed(searchFor(term)).search.toUcs4().size() >= kTrigramLength)
                terms << (i % 3 == 0 ? term.toUpper() : term);
        }
        const QString depot = QStringLiteral("location_id=%1").arg(m_seeded.locationIds.at(1));
        JobScope someLocations;
        someLocations.locationIds =
            QList<qint64>{m_seeded.locationIds.at(0), m_seeded.locationIds.at(2)};
        JobScope noLocation;
        noLocation.locationIds = QList<qint64>{};
        for (const QString &term : std::as_const(terms)) {
            const QString search = searchFor(term);
            compare(index, {}, search);
            compare(index, {}, QStringLiteral("limit=7&offset=3&") + search);
            compare(index, {}, QStringLiteral("status=new,scheduled&priority=3,4,5&") + search);
            compare(index, {}, depot + QStringLiteral("&at_risk=false&") + search, true);
            compare(index, someLocations, search);
            compare(index, noLocation, search);
            JobScope ownJobs;
            ownJobs.technicianId =
                m_seeded.technicianIds.at(random.bounded(int(m_seeded.technicianIds.size())));
            compare(index, ownJobs, QStringLiteral("ordering=-priority,window_start&") + search);
        }
        // Most searches found jobs to compare (of 441 lists).
        QVERIFY2(m_searchesWithJobs > 200, qPrintable(QString::number(m_searchesWithJobs)));
    }

    void pagesDeepIntoTheMatchesAsTheEngineDoes()
    {
        const JobSearchIndex index = builtIndex();
        // A term most jobs have: the ties and the jobs without a window are among its pages.
        const QString broad = m_texts.first().left(3);
        for (const int offset : {0, 1, 49, 50, 137, 250, 700, 1499, 5000})
            compare(index, {},
                    QStringLiteral("limit=50&offset=%1&").arg(offset) + searchFor(broad));
        compare(index, {}, QStringLiteral("limit=2000&") + searchFor(broad));

        // Window starts the server did not write (another format): sorted as the engine sorts
        // their texts, where 15:59:59Z comes after 15:59:59.500Z.
        SqlQuery odd(*m_db, QStringLiteral("UPDATE jobs SET priority = 5, window_start = CASE WHEN "
                                           "id % 2 = 0 THEN '2026-12-01T15:59:59Z' ELSE "
                                           "'2026-12-01T15:59:59.500Z' END WHERE tenant_id = ? AND "
                                           "id % 11 = 0"));
        odd.bind(m_seeded.tenantId).exec();
        QVERIFY(odd.rowsAffected() > 50);
        const JobSearchIndex withOddTimes = builtIndex();
        for (const int offset : {0, 50, 137})
            compare(withOddTimes, {},
                    QStringLiteral("limit=50&offset=%1&").arg(offset) + searchFor(broad));
        SqlQuery canonical(*m_db, QStringLiteral("UPDATE jobs SET window_start = "
                                                 "'2026-12-01T15:59:59.000Z' WHERE tenant_id = ? "
                                                 "AND window_start = '2026-12-01T15:59:59Z'"));
        canonical.bind(m_seeded.tenantId).exec();
        QVERIFY(canonical.rowsAffected() > 20);
    }

    // A term longer than one trigram is checked against its candidates' texts once: its
    // matches are kept, and follow a job whose text comes to match or stops matching, a job
    // let go, and another job put into the slot it left.
    void aTermsMatchesAreKeptAndFollowTheJobs()
    {
        JobSearchIndex index = builtIndex();
        const QString term = m_texts.first().left(6);
        QVERIFY(foldForSearch(term).toUcs4().size() > kTrigramLength);
        const QString search = searchFor(term);
        compare(index, {}, search);
        compare(index, {}, QStringLiteral("status=new&") + search);
        QCOMPARE(index.termsChecked(), 1);
        QCOMPARE(index.termsKept(), qsizetype(1));

        // Jobs by whether their text holds the term.
        const auto jobs = [&](bool holding) {
            SqlQuery q(*m_db, QStringLiteral("SELECT id, search_text FROM jobs WHERE tenant_id = "
                                             "? ORDER BY id"));
            q.bind(m_seeded.tenantId).exec();
            QList<qint64> ids;
            while (q.next()) {
                if (foldedTextContains(q.text(1), foldForSearch(term)) == holding)
                    ids << q.integer(0);
            }
            return ids;
        };
        const QList<qint64> holding = jobs(true);
        const QList<qint64> others = jobs(false);
        QVERIFY(holding.size() > 3 && others.size() > 3);
        const auto putAgain = [&](const QList<qint64> &ids) {
            for (const JobSearchRow &row :
                 JobRepository(*m_db).searchRows(m_seeded.tenantId, std::optional(ids)))
                index.put(row);
        };
        const auto setText = [&](qint64 id, const QString &text) {
            SqlQuery q(*m_db, QStringLiteral("UPDATE jobs SET search_text = ? WHERE id = ?"));
            q.bind(text).bind(id).exec();
        };
        QHash<qint64, QString> originals;
        for (const JobSearchRow &row : JobRepository(*m_db).searchRows(
                 m_seeded.tenantId, QList<qint64>{others.at(0), holding.at(0)}))
            originals.insert(row.id, row.text);

        // One job's text comes to hold the term, one loses it.
        setText(others.at(0), QStringLiteral("now with ") + foldForSearch(term));
        setText(holding.at(0), QStringLiteral("nothing of it"));
        putAgain({others.at(0), holding.at(0)});
        compare(index, {}, search);
        compare(index, {}, QStringLiteral("limit=2000&") + search);

        // A matching job moves to the other tenant and is let go; a job that does not match
        // is let go and put again, into the slot the matching one left.
        const qint64 leaving = holding.at(1);
        SqlQuery away(*m_db, QStringLiteral("UPDATE jobs SET tenant_id = ? WHERE id = ?"));
        away.bind(m_seeded.otherTenantId).bind(leaving).exec();
        index.remove(others.at(1));
        index.remove(leaving);
        putAgain({others.at(1)});
        compare(index, {}, QStringLiteral("limit=2000&") + search);
        QCOMPARE(index.termsChecked(), 1);

        // As they were, for the tests after this one.
        SqlQuery back(*m_db, QStringLiteral("UPDATE jobs SET tenant_id = ? WHERE id = ?"));
        back.bind(m_seeded.tenantId).bind(leaving).exec();
        for (auto it = originals.cbegin(); it != originals.cend(); ++it)
            setText(it.key(), it.value());
    }

    // The index's id -> slot directory answers as a hash would, through dense ids (its
    // table), ids below the first, far-off ids (back to a hash) and removals.
    void theSlotDirectoryAnswersAsAHashDoes()
    {
        JobSlotDirectory directory;
        QHash<qint64, JobSlotDirectory::Slot> expected;
        std::mt19937_64 random(12);
        const auto check = [&](const char *when) {
            for (qint64 id = -5; id < 30000; id += 7) {
                const std::optional<JobSlotDirectory::Slot> found = directory.find(id);
                const auto wanted = expected.constFind(id);
                if (found.has_value() != (wanted != expected.cend()) ||
                    (found && *found != *wanted)) {
                    qWarning("%s: id %lld", when, id);
                    return false;
                }
            }
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (directory.find(it.key()) != std::optional(it.value())) {
                    qWarning("%s: id %lld", when, it.key());
                    return false;
                }
            }
            return directory.size() == expected.size();
        };
        const auto put = [&](qint64 id) {
            const auto slot = JobSlotDirectory::Slot(random() % 100000);
            directory.insert(id, slot);
            expected.insert(id, slot);
        };
        for (qint64 id = 1000; id < 3000; ++id)
            put(id);
        QVERIFY(check("dense"));
        for (qint64 id = 999; id > 900; id -= 3)
            put(id); // below the first
        QVERIFY(check("below the first"));
        for (int i = 0; i < 500; ++i) {
            const qint64 id = 900 + qint64(random() % 2200);
            directory.erase(id);
            expected.remove(id);
        }
        QVERIFY(check("after removals"));
        put(50000000); // far off: a hash from now on
        put(29995);
        QVERIFY(check("far off"));
        directory.erase(50000000);
        expected.remove(50000000);
        for (qint64 id = 3000; id < 12000; ++id)
            put(id); // dense again: the table comes back
        QVERIFY(check("dense again"));
    }

    void searchesBeyondAsciiAsTheEngineDoes()
    {
        SqlQuery first(*m_db, QStringLiteral("SELECT MIN(id) FROM jobs WHERE tenant_id = ?"));
        first.bind(m_seeded.tenantId).exec();
        QVERIFY(first.next());
        SqlQuery text(*m_db, QStringLiteral("UPDATE jobs SET search_text = ? WHERE id = ?"));
        text.bind(foldForSearch(QStringLiteral("Émile Zoë 𠮷野家 😀ab a\"b ſtraße")))
            .bind(first.integer(0))
            .exec();
        const JobSearchIndex index = builtIndex();
        for (const QString &term :
             {QStringLiteral("ÉMILE"), QStringLiteral("zoë"), QStringLiteral("𠮷野家"),
              QStringLiteral("😀ab"), QStringLiteral("a\"b"), QStringLiteral("\"\"\""),
              QStringLiteral("ſtr"), QStringLiteral("STRASSE")}) {
            compare(index, {}, searchFor(term));
            compare(index, {},
                    QStringLiteral("status=new,scheduled,dispatched&") + searchFor(term));
        }
        // Three characters, four UTF-16 units: one trigram, found.
        const ListQuery threeCharacters = parsed(searchFor(QStringLiteral("𠮷野家")));
        QCOMPARE(index.select({}, {}, threeCharacters).count, 1);
    }

    void theServiceBuildsATenantsIndexOnceAndBringsItUpToDate()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 600000,
                           kIndexJobs);
        const Principal admin = adminOf(m_seeded.tenantId);
        const CallContext call{admin, {}, {}};
        const QString broad = searchFor(m_texts.at(5).left(4));
        QVERIFY(sameAsTheEngine(service, admin, broad)); // the engine answers the first ask
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 0);
        QVERIFY(sameAsTheEngine(service, admin, broad)); // built after the second
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 1);
        for (const QString &term : {m_texts.at(40).mid(2, 5), m_texts.at(400).mid(1, 3)})
            QVERIFY(sameAsTheEngine(service, admin, searchFor(term) + QStringLiteral("&limit=20")));
        QCOMPARE(service.searchIndexJobsReread(), 0);

        // The other tenant's searches: an index of its own, none of this tenant's jobs.
        const Principal theirAdmin = adminOf(m_seeded.otherTenantId);
        QVERIFY(sameAsTheEngine(service, theirAdmin, broad));
        const std::optional<Page<Job>> theirs = sameAsTheEngine(service, theirAdmin, broad);
        QVERIFY(theirs);
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 2);

        // A job renamed, a job created and a job cancelled through the service: each found by
        // its new words or state on the next search, reading those jobs alone again.
        const std::optional<Page<Job>> some =
            sameAsTheEngine(service, admin, broad + QStringLiteral("&status=new,scheduled"));
        QVERIFY(some && some->count > 2);
        const qint64 renamed = idsOf(*some).at(0);
        const qint64 cancelled = idsOf(*some).at(1);
        JobUpdate rename;
        rename.fields.title = QStringLiteral("Quixotic boiler");
        QVERIFY(service.update(call, renamed, rename));
        const auto found = [&](const QString &query) {
            const std::optional<Page<Job>> page = sameAsTheEngine(service, admin, query);
            return page ? idsOf(*page) : QList<qint64>{-1};
        };
        QCOMPARE(found(searchFor(QStringLiteral("QUIXOTIC"))), QList<qint64>{renamed});
        QCOMPARE(service.searchIndexJobsReread(), 1);
        JobFields fields;
        fields.title = QStringLiteral("Quixotic chimney");
        fields.locationId = m_seeded.locationIds.first();
        const Result<Job> created = service.create(call, fields);
        QVERIFY(created);
        QList<qint64> quixotic = found(searchFor(QStringLiteral("quixotic")));
        std::sort(quixotic.begin(), quixotic.end());
        QCOMPARE(quixotic, (QList<qint64>{renamed, created->id}));
        JobCancellation cancel;
        cancel.reason = QStringLiteral("Customer moved");
        QVERIFY(service.cancel(call, cancelled, cancel));
        QVERIFY(found(broad + QStringLiteral("&status=cancelled&limit=2000")).contains(cancelled));
        QVERIFY(
            !found(broad + QStringLiteral("&status=new,scheduled&limit=2000")).contains(cancelled));
        QCOMPARE(service.searchIndexJobsReread(), 3);
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 2);
        // The other tenant's index did not take this tenant's jobs in.
        const std::optional<Page<Job>> theirsAfter = sameAsTheEngine(service, theirAdmin, broad);
        QVERIFY(theirsAfter && theirsAfter->count == theirs->count);
    }

    void aDaysSearchesTestTheirJobsWithTheIndexWhenItIsHeld()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 600000,
                           kIndexJobs);
        const Principal admin = adminOf(m_seeded.tenantId);
        const CallContext call{admin, {}, {}};
        const QString undated = searchFor(m_texts.at(9).mid(1, 4));
        QVERIFY(sameAsTheEngine(service, admin, undated));
        QVERIFY(sameAsTheEngine(service, admin, undated));
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 1);
        // A day's page as the service answers it, compared with the engine's.
        const auto dated = [&](int day, const QString &query) {
            const ListQuery list =
                parsed(QStringLiteral("date=") + kFirstDay.addDays(day).toString(Qt::ISODate) +
                       QLatin1Char('&') + query);
            const Result<Page<Job>> page = service.list(admin, list);
            JobListFilter range;
            range.from = toTimestamp(kFirstDay.addDays(day).startOfDay(denver()));
            range.to = toTimestamp(kFirstDay.addDays(day + 1).startOfDay(denver()));
            const Page<Job> engine = JobRepository(*m_db).list(m_seeded.tenantId, {}, range, list);
            if (!page || page->count != engine.count || jsonOf(*page) != jsonOf(engine)) {
                qWarning("day %d, %s: the service answers otherwise than the engine", day,
                         qPrintable(query));
                return std::optional<QList<qint64>>();
            }
            return std::optional<QList<qint64>>(idsOf(*page));
        };
        QRandomGenerator random(20261208);
        int withJobs = 0;
        for (int i = 0; i < 30; ++i) {
            const QString &text = m_texts.at(random.bounded(int(m_texts.size())));
            const QString term = text.mid(random.bounded(int(text.size() - 6)), 3 + i % 4);
            if (!JobSearchIndex::isIndexedTerm(parsed(searchFor(term)).search))
                continue; // trimmed to two characters: the day's texts answer it
            for (const QString &filter : {QString(), QStringLiteral("status=new,scheduled&"),
                                          QStringLiteral("ordering=title&priority=3,4,5&")}) {
                for (int day = 0; day < 4; day += 3) {
                    // Each day asked twice: its keys answer the second ask.
                    QVERIFY(dated(day, filter + searchFor(term)));
                    const std::optional<QList<qint64>> ids = dated(day, filter + searchFor(term));
                    QVERIFY(ids);
                    withJobs += ids->isEmpty() ? 0 : 1;
                }
            }
        }
        QVERIFY2(withJobs > 50, qPrintable(QString::number(withJobs)));
        QVERIFY(service.dayKeysReads() > 0);
        QCOMPARE(service.dayTextsReads(), 0); // the index tested the jobs, not the day's texts

        // A job of day 1 renamed here: found by its new words on its day.
        const std::optional<QList<qint64>> first = dated(1, QStringLiteral("limit=1"));
        QVERIFY(first && first->size() == 1);
        JobUpdate rename;
        rename.fields.notes = QStringLiteral("Xylophone repair");
        QVERIFY(service.update(call, first->first(), rename));
        for (int ask = 0; ask < 2; ++ask)
            QCOMPARE(dated(1, searchFor(QStringLiteral("xylophone"))), first);
        QCOMPARE(service.dayTextsReads(), 0);
    }

    void aChangeTheIndexCannotKnowLetsItGoUntilAskedAgain()
    {
        EventNotifier events;
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 600000,
                           kIndexJobs);
        const Principal admin = adminOf(m_seeded.tenantId);
        const QString term = searchFor(m_texts.at(77).mid(1, 4));
        QVERIFY(sameAsTheEngine(service, admin, term));
        const std::optional<Page<Job>> before = sameAsTheEngine(service, admin, term);
        QVERIFY(before && before->count > 0);
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 1);

        // Another instance changes a job's text: the row and its event, nothing local.
        changeElsewhere(idsOf(*before).first(), QStringLiteral("search_text = 'zanzibar lamp'"));
        const auto zanzibar = [&] {
            const std::optional<Page<Job>> page =
                sameAsTheEngine(service, admin, searchFor(QStringLiteral("Zanzibar")));
            return page && idsOf(*page) == QList<qint64>{idsOf(*before).first()};
        };
        // The engine answers while the index cannot catch up (it may be a commit of this
        // process not journalled yet)...
        QVERIFY(zanzibar());
        QVERIFY(zanzibar());
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 1);
        // ... until it has not for a while: then it is let go, and built again on the ask after.
        QTest::qWait(int(JobSearchIndexes::kLostForMs) + 100);
        QVERIFY(zanzibar());
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 1);
        QVERIFY(zanzibar());
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 2);
        QVERIFY(zanzibar());
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 2);
    }

    void anotherInstancesCustomerRenameIsFound()
    {
        EventNotifier events;
        // The names version is looked at again on every search here (0 ms).
        JobService service(*m_db, events, TravelModel{}, 0, 1000000, kKeptBytes, 0, kIndexJobs);
        const Principal admin = adminOf(m_seeded.tenantId);
        const QString term = searchFor(m_texts.at(3).left(3));
        QVERIFY(sameAsTheEngine(service, admin, term));
        QVERIFY(sameAsTheEngine(service, admin, term));
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 1);
        const qint64 rereadBefore = service.searchIndexJobsReread();

        // Another instance renames a customer: the customer's row and its jobs' texts, no
        // event, nothing local.
        qint64 customerId = 0;
        const qint64 jobId = firstJobOfCustomer(&customerId);
        QVERIFY(jobId > 0);
        const QString now = toTimestamp(QDateTime::currentDateTimeUtc().addSecs(1));
        SqlQuery customer(*m_db, QStringLiteral("UPDATE customers SET name = 'Ptolemy Works', "
                                                "updated_at = ? WHERE id = ?"));
        customer.bind(now).bind(customerId).exec();
        SqlQuery texts(*m_db, QStringLiteral("UPDATE jobs SET search_text = search_text || ' "
                                             "ptolemy works' WHERE customer_id = ?"));
        texts.bind(customerId).exec();
        const std::optional<Page<Job>> page =
            sameAsTheEngine(service, admin, searchFor(QStringLiteral("Ptolemy")));
        QVERIFY(page && idsOf(*page).contains(jobId));
        service.waitForSearchIndexBuilds();
        QCOMPARE(service.searchIndexBuilds(), 1);
        QCOMPARE(service.searchIndexJobsReread() - rereadBefore, texts.rowsAffected());
        // Looked at again, nothing moved: nothing read again.
        QVERIFY(sameAsTheEngine(service, admin, searchFor(QStringLiteral("Ptolemy"))));
        QCOMPARE(service.searchIndexJobsReread() - rereadBefore, texts.rowsAffected());
    }

    void listsTheIndexCannotAnswerAreLeftToTheEngine()
    {
        const QString search = searchFor(QStringLiteral("duct"));
        QVERIFY(JobSearchIndex::canAnswer({}, {}, parsed(search)));
        QVERIFY(JobSearchIndex::canAnswer({}, {}, parsed(QStringLiteral("status=new&") + search)));
        QVERIFY(!JobSearchIndex::canAnswer({}, {}, parsed(searchFor(QStringLiteral("du")))));
        QVERIFY(!JobSearchIndex::canAnswer({}, {}, parsed(searchFor(QStringLiteral("😀a")))));
        QVERIFY(!JobSearchIndex::canAnswer({}, {}, parsed(QStringLiteral("status=new"))));
        QVERIFY(
            !JobSearchIndex::canAnswer({}, {}, parsed(QStringLiteral("ordering=title&") + search)));
        QVERIFY(
            !JobSearchIndex::canAnswer({}, {}, parsed(QStringLiteral("customer_id=1&") + search)));
        JobListFilter day;
        day.from = QStringLiteral("2026-12-01T07:00:00Z");
        day.to = QStringLiteral("2026-12-02T07:00:00Z");
        QVERIFY(!JobSearchIndex::canAnswer({}, day, parsed(search)));
        JobListFilter skill;
        skill.skill = QStringLiteral("insulation");
        QVERIFY(!JobSearchIndex::canAnswer({}, skill, parsed(search)));
        JobScope apiKey;
        apiKey.customerId = 1;
        QVERIFY(!JobSearchIndex::canAnswer(apiKey, {}, parsed(search)));
    }

    void cleanupTestCase() { m_db.reset(); }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJobSearchIndex)
} // namespace tst_jobsearchindex
#include "tst_jobsearchindex.moc"
