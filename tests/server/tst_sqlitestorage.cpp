// The SQLite storage underneath the repositories, on real files: statements on SQLite's own
// API bind and read values as the code expects (and as QtSql did), errors keep their kinds,
// the write-ahead log gets a commit's frames in one write and other connections see every
// commit whole, and the checkpointer keeps the log from growing and cuts it once idle. The
// commit journal says what each commit changed when its writer described it, in a group
// commit too, and counts anything else as having changed anything.
#include "storage/database.h"
#include "storage/sqlitewalbuffer.h"
#include "storage/sqlvalues.h"
#include "storage/walcheckpointer.h"
#include "testmain.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

namespace tst_sqlitestorage {

using namespace fielddesk::server;

namespace {

// A described commit of one job of `tenant`, within one afternoon, appending `events`.
CommitNote describedNote(qint64 tenant, qint64 job, QList<qint64> events)
{
    return CommitNote{.described = true,
                      .tenantId = tenant,
                      .jobIds = {job},
                      .spans = {ChangeSpan{QStringLiteral("2026-12-01T15:00:00Z"),
                                           QStringLiteral("2026-12-01T17:00:00Z")}},
                      .eventIds = std::move(events)};
}

} // namespace

class TestSqliteStorage : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("storage-%1.db").arg(++m_counter));
        m_db = std::make_unique<Database>(urlOf(m_path));
    }

    void cleanup() { m_db.reset(); }

    // SQLite's memory statistics take one process-wide mutex on every allocation: the first
    // Database turns them off before SQLite starts, so nothing is counted.
    void sqliteKeepsNoMemoryStatistics()
    {
        m_db->execute(QStringLiteral("CREATE TABLE m (t TEXT)"));
        SqlQuery insert(*m_db, QStringLiteral("INSERT INTO m (t) VALUES (?)"));
        insert.bind(QString(5000, QLatin1Char('x'))).exec();
        SqlQuery read(*m_db, QStringLiteral("SELECT t FROM m"));
        read.exec();
        QVERIFY(read.next());
        QCOMPARE(read.text(0).size(), 5000);
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    }

    void valuesAreBoundAndReadAsTheCodeExpects()
    {
        m_db->execute(QStringLiteral("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB)"));
        const QByteArray blob("\x00\x01\xff", 3);
        SqlQuery insert(*m_db, QStringLiteral("INSERT INTO v (i, r, t, b) VALUES (?, ?, ?, ?)"));
        insert.bind(qint64(1) << 40).bind(1.5).bind(QString()).bind(blob).exec();
        // Typed nulls (sqlvalues.h) and a null QByteArray are NULL; a null QString is text.
        insert.bind(nullableId(std::nullopt))
            .bind(nullableDouble(std::nullopt))
            .bind(nullableText(QString()))
            .bind(QByteArray())
            .exec();
        insert.bind(true).bind(2).bind(QStringLiteral("Zoë ✓")).bind(QByteArray("")).exec();

        SqlQuery q(*m_db, QStringLiteral("SELECT i, r, t, b, typeof(t), typeof(b) FROM v "
                                         "ORDER BY rowid"));
        q.exec();
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), qint64(1) << 40);
        QCOMPARE(q.number(1), 1.5);
        QCOMPARE(q.text(4), QStringLiteral("text"));
        QVERIFY(!q.isNull(2));
        QVERIFY(q.text(2).isEmpty());
        QCOMPARE(q.bytes(3), blob);
        QCOMPARE(q.value(3).typeId(), int(QMetaType::QByteArray));
        QCOMPARE(q.value(0).typeId(), int(QMetaType::LongLong));
        QCOMPARE(q.value(1).typeId(), int(QMetaType::Double));
        QVERIFY(q.next());
        for (int column = 0; column < 4; ++column) {
            QVERIFY(q.isNull(column));
            QVERIFY(q.value(column).isNull());
        }
        QVERIFY(q.text(2).isNull());
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), 1);
        QCOMPARE(q.number(1), 2.0);
        QCOMPARE(q.text(2), QStringLiteral("Zoë ✓"));
        QCOMPARE(q.bytes(2), QStringLiteral("Zoë ✓").toUtf8());
        QCOMPARE(q.text(5), QStringLiteral("blob")); // empty but not NULL
        QVERIFY(!q.next());
        QVERIFY(!q.next()); // stays at the end
    }

    void aStatementRunsAgainWithNewValues()
    {
        m_db->execute(QStringLiteral("CREATE TABLE n (x INTEGER)"));
        // As BulkInsert and loops do: bind, exec, bind again, exec again on one object.
        SqlQuery insert(*m_db, QStringLiteral("INSERT INTO n (x) VALUES (?) RETURNING x * 10"));
        for (int x = 1; x <= 3; ++x) {
            insert.bind(x).exec();
            QVERIFY(insert.next());
            QCOMPARE(insert.integer(0), x * 10);
        }
        SqlQuery update(*m_db, QStringLiteral("UPDATE n SET x = x + 1 WHERE x >= ?"));
        update.bind(2).exec();
        QCOMPARE(update.rowsAffected(), 2);
        SqlQuery sum(*m_db, QStringLiteral("SELECT SUM(x) FROM n"));
        sum.exec();
        QVERIFY(sum.next());
        QCOMPARE(sum.integer(0), 1 + 3 + 4);
        // The cached statement comes back clean for the next SqlQuery of the same text.
        SqlQuery again(*m_db, QStringLiteral("SELECT SUM(x) FROM n"));
        again.exec();
        QVERIFY(again.next());
        QCOMPARE(again.integer(0), 8);
    }

    void errorsKeepTheirKinds()
    {
        m_db->execute(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT UNIQUE)"));
        m_db->execute(QStringLiteral(
            "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id))"));
        SqlQuery(*m_db, QStringLiteral("INSERT INTO p (id, code) VALUES (1, 'a')")).exec();
        const auto kindOf = [this](const QString &sql) {
            try {
                SqlQuery(*m_db, sql).exec();
            } catch (const DatabaseError &e) {
                return int(e.kind());
            }
            return -1;
        };
        QCOMPARE(kindOf(QStringLiteral("INSERT INTO p (id, code) VALUES (2, 'a')")),
                 int(DatabaseError::Kind::UniqueViolation));
        QCOMPARE(kindOf(QStringLiteral("INSERT INTO p (id, code) VALUES (1, 'b')")),
                 int(DatabaseError::Kind::UniqueViolation));
        QCOMPARE(kindOf(QStringLiteral("INSERT INTO c (p_id) VALUES (99)")),
                 int(DatabaseError::Kind::ForeignKeyViolation));
        QCOMPARE(kindOf(QStringLiteral("SELEC nonsense")), int(DatabaseError::Kind::Other));
        // One statement per call, as with QtSql: a second one never slips through.
        QCOMPARE(kindOf(QStringLiteral("SELECT 1; DELETE FROM p")),
                 int(DatabaseError::Kind::Other));
        SqlQuery count(*m_db, QStringLiteral("SELECT COUNT(*) FROM p"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.integer(0), 1);
    }

    void aCommitReachesTheLogInOneWriteAndReadersSeeItWhole()
    {
        m_db->execute(QStringLiteral("CREATE TABLE w (id INTEGER PRIMARY KEY, a BLOB, b BLOB)"));
        constexpr int kCommits = 200;
        // A reader on another thread and connection checks every row it sees, all along.
        QAtomicInt stop = 0;
        QAtomicInt badRows = 0;
        QAtomicInt reads = 0;
        std::unique_ptr<QThread> reader(QThread::create([&] {
            Database db(urlOf(m_path));
            while (!stop.loadAcquire()) {
                SqlQuery q(db, QStringLiteral("SELECT id, a, b FROM w"));
                q.exec();
                while (q.next()) {
                    if (q.bytes(1) != payload(q.integer(0), 'a') ||
                        q.bytes(2) != payload(q.integer(0), 'b'))
                        badRows.fetchAndAddRelaxed(1);
                }
                reads.fetchAndAddRelaxed(1);
            }
        }));
        reader->start();
        const SqliteWalBufferStats before = sqliteWalBufferStats();
        for (int id = 1; id <= kCommits; ++id) {
            Transaction tx(*m_db); // each row spans several pages: several frames a commit
            SqlQuery(*m_db, QStringLiteral("INSERT INTO w (id, a, b) VALUES (?, ?, ?)"))
                .bind(id)
                .bind(payload(id, 'a'))
                .bind(payload(id, 'b'))
                .exec();
            tx.commit();
        }
        const SqliteWalBufferStats after = sqliteWalBufferStats();
        QTRY_VERIFY(reads.loadRelaxed() > 10);
        stop.storeRelease(1);
        reader->wait();
        QCOMPARE(badRows.loadRelaxed(), 0);

        const qint64 frameWrites = after.framesWritten - before.framesWritten;
        const qint64 systemWrites = after.systemWrites - before.systemWrites;
        QVERIFY2(frameWrites >= 2 * 3 * kCommits, qPrintable(QString::number(frameWrites)));
        QVERIFY2(systemWrites <= kCommits + 10, qPrintable(QString::number(systemWrites)));

        // Everything is in the file once reopened, and the file is sound.
        m_db.reset();
        Database reopened(urlOf(m_path));
        SqlQuery check(reopened, QStringLiteral("PRAGMA integrity_check"));
        check.exec();
        QVERIFY(check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        SqlQuery rows(reopened, QStringLiteral("SELECT COUNT(*), SUM(LENGTH(a) + LENGTH(b)) "
                                               "FROM w"));
        rows.exec();
        QVERIFY(rows.next());
        QCOMPARE(rows.integer(0), kCommits);
        QCOMPARE(rows.integer(1), qint64(kCommits) * 2 * kPayloadBytes);
    }

    void spilledAndRewrittenFramesStayConsistent()
    {
        // A page cache of 10 pages makes SQLite spill dirty pages to the log in the middle of
        // a transaction and rewrite those frames when the pages change again: writes below
        // the log's end, frames held back between statements.
        m_db->execute(QStringLiteral("CREATE TABLE r (id INTEGER PRIMARY KEY, a BLOB)"));
        m_db->execute(QStringLiteral("PRAGMA cache_size=10"));
        for (int round = 1; round <= 5; ++round) {
            Transaction tx(*m_db);
            for (int id = 1; id <= 60; ++id) {
                SqlQuery(*m_db, QStringLiteral("INSERT OR REPLACE INTO r (id, a) VALUES (?, ?)"))
                    .bind(id)
                    .bind(payload(id * 10 + round, 'r'))
                    .exec();
            }
            tx.commit();
            Database reader(urlOf(m_path)); // another connection sees the commit whole
            SqlQuery q(reader, QStringLiteral("SELECT id, a FROM r"));
            q.exec();
            int rows = 0;
            while (q.next()) {
                QCOMPARE(q.bytes(1), payload(q.integer(0) * 10 + round, 'r'));
                ++rows;
            }
            QCOMPARE(rows, 60);
        }
        SqlQuery check(*m_db, QStringLiteral("PRAGMA integrity_check"));
        check.exec();
        QVERIFY(check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void everyParameterNeedsAValue()
    {
        m_db->execute(QStringLiteral("CREATE TABLE m (a INTEGER, b INTEGER)"));
        SqlQuery insert(*m_db, QStringLiteral("INSERT INTO m (a, b) VALUES (?, ?)"));
        insert.bind(1);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, insert.exec());
        SqlQuery count(*m_db, QStringLiteral("SELECT COUNT(*) FROM m"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.integer(0), 0);
    }

    void theJournalAnswersOnlyForDescribedCommitsAndOwnEvents()
    {
        CommitJournal journal(3);
        const auto note = describedNote;
        journal.record(note(1, 10, {100}));
        journal.record(note(2, 20, {101, 102}));
        QCOMPARE(journal.count(), quint64(2));
        const std::optional<QList<CommitNote>> both = journal.describedBetween(0, 2, 99, 102);
        QVERIFY(both && both->size() == 2);
        QCOMPARE(both->at(1).jobIds, QList<qint64>{20});
        QVERIFY(journal.describedBetween(2, 2, 102, 102));  // nothing between
        QVERIFY(!journal.describedBetween(1, 2, 101, 103)); // event 103 is not this process's
        QVERIFY(!journal.describedBetween(2, 1, 102, 102)); // not a later stamp
        journal.record(CommitNote{});                       // says nothing: anything changed
        QVERIFY(!journal.describedBetween(2, 3, 102, 102));
        QVERIFY(journal.describedBetween(1, 2, 100, 102));
        journal.record(note(1, 11, {103}));
        // Three kept: commit 1 and its event are forgotten.
        QVERIFY(!journal.describedBetween(0, 1, 99, 100));
        QVERIFY(journal.describedBetween(1, 2, 100, 102));
        QVERIFY(!journal.describedBetween(1, 2, 99, 102));
        // A stamp may count an event before it counts its commit (it reads the count first):
        // the event's commit must lie between the two stamps.
        QVERIFY(!journal.describedBetween(2, 2, 102, 103)); // commit 3 said nothing
        QVERIFY(journal.describedBetween(3, 4, 102, 103));
        // ... and when that commit is recorded and described, its note comes with the answer.
        journal.record(note(2, 21, {104}));
        const std::optional<QList<CommitNote>> ahead = journal.describedBetween(4, 4, 103, 104);
        QVERIFY(ahead && ahead->size() == 1);
        QCOMPARE(ahead->first().jobIds, QList<qint64>{21});
        QVERIFY(!journal.describedBetween(4, 4, 103, 105)); // 105: not recorded (yet)
        // A note of too many jobs is kept as undescribed.
        CommitJournal small(8, 2);
        small.record(CommitNote{.described = true, .tenantId = 1, .jobIds = {1, 2, 3}});
        QVERIFY(!small.describedBetween(0, 1, 0, 0));
        small.record(CommitNote{.described = true, .tenantId = 1, .jobIds = {1, 2}});
        QVERIFY(small.describedBetween(1, 2, 0, 0));

        // What a note touches: its tenant's ranges its spans meet.
        const CommitNote one = note(1, 10, {});
        QVERIFY(one.touchesRange(1, QStringLiteral("2026-12-01T07:00:00Z"),
                                 QStringLiteral("2026-12-02T07:00:00Z")));
        QVERIFY(one.touchesRange(1, QString(), QString()));
        QVERIFY(!one.touchesRange(2, QString(), QString()));
        QVERIFY(!one.touchesRange(1, QStringLiteral("2026-12-01T17:00:00Z"),
                                  QStringLiteral("2026-12-02T07:00:00Z")));
        QVERIFY(!one.touchesRange(1, QStringLiteral("2026-11-30T07:00:00Z"),
                                  QStringLiteral("2026-12-01T15:00:00Z")));
        QVERIFY(CommitNote{}.touchesRange(2, QString(), QString()));
        const CommitNote undated{
            .described = true, .tenantId = 1, .jobIds = {12}, .spans = {ChangeSpan{}}};
        QVERIFY(undated.touchesRange(1, QString(), QString()));
        QVERIFY(!undated.touchesRange(1, QStringLiteral("2026-12-01T07:00:00Z"), QString()));
    }

    // Between a COMMIT and its note the commit's events are visible to readers: one that meets
    // such an event waits for the note instead of taking the event for another instance's
    // (under load every patch of a kept day failed so, and the day was read again).
    void aReaderWaitsForTheNoteOfACommitWhoseEventItSaw()
    {
        CommitJournal journal;
        const auto note = [](qint64 job, QList<qint64> events) {
            return describedNote(1, job, std::move(events));
        };
        journal.record(note(10, {100}));
        constexpr int kLongWaitMs = 20000;
        constexpr qint64 kPromptMs = 5000; // far below the long wait, even under sanitizers

        // Committed (event 101 visible), not yet noted: the reader gets the note once it is.
        const quint64 committing = journal.beginCommit();
        std::unique_ptr<QThread> writer(QThread::create([&] {
            QThread::msleep(100);
            journal.record(note(11, {101}), committing);
        }));
        writer->start();
        const std::optional<QList<CommitNote>> seen =
            journal.describedBetween(1, 1, 100, 101, kLongWaitMs);
        writer->wait();
        QVERIFY(seen && seen->size() == 1);
        QCOMPARE(seen->first().jobIds, QList<qint64>{11});

        // An event of no commit in flight (another instance's) is answered at once.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!journal.describedBetween(2, 2, 101, 102, kLongWaitMs));
        QVERIFY2(clock.elapsed() < kPromptMs, qPrintable(QString::number(clock.elapsed())));

        // A commit that failed ends the wait too, with no note.
        const quint64 failing = journal.beginCommit();
        std::unique_ptr<QThread> failer(QThread::create([&] {
            QThread::msleep(100);
            journal.abandonCommit(failing);
        }));
        clock.restart();
        failer->start();
        QVERIFY(!journal.describedBetween(2, 2, 101, 102, kLongWaitMs));
        failer->wait();
        QVERIFY2(clock.elapsed() < kPromptMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(journal.count(), quint64(2));

        // A commit that never ends holds the reader no longer than it is willing to wait.
        journal.beginCommit();
        QVERIFY(!journal.describedBetween(2, 2, 101, 102, 50));
    }

    void commitsAreJournalledAsTheirWritersDescribedThem()
    {
        m_db->execute(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"));
        const quint64 start = m_db->commitCount();
        const auto lastNote = [&]() -> std::optional<CommitNote> {
            const quint64 n = m_db->commitCount();
            const auto notes = m_db->journal().describedBetween(n - 1, n, 0, 0);
            return notes ? std::optional(notes->first()) : std::nullopt;
        };
        const auto describedWrite = [&](qint64 job) {
            Transaction tx(*m_db);
            SqlQuery(*m_db, QStringLiteral("INSERT INTO t (v) VALUES ('x')")).exec();
            tx.describe(7, {job}, {});
            tx.commit();
        };
        describedWrite(1);
        QCOMPARE(m_db->commitCount(), start + 1);
        QVERIFY(lastNote() && lastNote()->jobIds == QList<qint64>{1});
        {
            Transaction tx(*m_db); // says nothing
            SqlQuery(*m_db, QStringLiteral("INSERT INTO t (v) VALUES ('y')")).exec();
            tx.commit();
        }
        QVERIFY(!lastNote());

        // A group commit: its requests' notes together; one rolled back leaves none.
        {
            WriteBatch batch(*m_db);
            describedWrite(2);
            {
                Transaction undone(*m_db); // rolled back: its words do not count
                undone.describe(8, {99}, {});
            }
            SqlQuery(*m_db, QStringLiteral("SELECT count(*) FROM t")).exec(); // a read
            describedWrite(3);
            batch.commit();
        }
        QVERIFY(lastNote() && lastNote()->jobIds == (QList<qint64>{2, 3}));
        // A write in the batch outside any request's transaction: not described.
        {
            WriteBatch batch(*m_db);
            describedWrite(4);
            SqlQuery(*m_db, QStringLiteral("UPDATE t SET v = 'z'")).exec();
            batch.commit();
        }
        QVERIFY(!lastNote());
        // Notes of two tenants in one commit: not described (a note is one tenant's).
        {
            WriteBatch batch(*m_db);
            describedWrite(5);
            {
                Transaction tx(*m_db);
                tx.describe(8, {6}, {});
                tx.commit();
            }
            batch.commit();
        }
        QVERIFY(!lastNote());
    }

    void checkpointerKeepsTheLogShortUnderSteadyWrites()
    {
        WalCheckpointerLimits limits;
        limits.intervalMs = 5;
        limits.restartFrames = 300; // ~1.2 MB
        limits.idleMs = 3600 * 1000;
        // Before the first connection: they all leave checkpoints to the checkpointer.
        WalCheckpointer checkpointer(*m_db, limits);
        m_db->execute(QStringLiteral("CREATE TABLE s (id INTEGER PRIMARY KEY, a BLOB)"));
        m_db->execute(QStringLiteral("CREATE TABLE ticks (id INTEGER PRIMARY KEY)"));
        qint64 largestLog = 0;
        // ~40 MB written: without restarts the log would hold all of it. On a busy machine the
        // writer can outrun a starved checkpointer thread for a while (the log once reached
        // 18 MB with other tests running): after half the bound written without a restart,
        // the writer slows down until one, as a scheduler would have let the checkpointer run.
        constexpr qint64 kBound = 16 * 1024 * 1024;
        QByteArray generation = logGeneration();
        qint64 writtenSinceRestart = 0;
        int restarts = 0;
        for (int id = 1; id <= 2000; ++id) {
            commitRow(QStringLiteral("s"), id);
            writtenSinceRestart += kPayloadBytes;
            largestLog = std::max(largestLog, logBytes());
            if (writtenSinceRestart > kBound / 2 && logGeneration() == generation) {
                // SQLite starts the log over at the first commit after the checkpointer copied
                // all of it: small commits, paced, until one does.
                QElapsedTimer waited;
                waited.start();
                while (logGeneration() == generation && waited.elapsed() < 10000) {
                    QTest::qWait(20);
                    m_db->execute(QStringLiteral("INSERT INTO ticks DEFAULT VALUES"));
                }
                QVERIFY(logGeneration() != generation);
            }
            if (logGeneration() != generation) {
                generation = logGeneration();
                writtenSinceRestart = 0;
                ++restarts;
            }
        }
        QVERIFY2(largestLog < kBound, qPrintable(QString::number(largestLog)));
        QVERIFY(restarts >= 2);
        SqlQuery count(*m_db, QStringLiteral("SELECT COUNT(*) FROM s"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.integer(0), 2000);
    }

    void checkpointerCutsTheLogOnceWritesPause()
    {
        WalCheckpointerLimits limits;
        limits.intervalMs = 10;
        limits.idleMs = 200;
        limits.idleLogBytes = 0;
        WalCheckpointer checkpointer(*m_db, limits);
        m_db->execute(QStringLiteral("CREATE TABLE i (id INTEGER PRIMARY KEY, a BLOB)"));
        for (int id = 1; id <= 50; ++id)
            commitRow(QStringLiteral("i"), id);
        QVERIFY(logBytes() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(logBytes(), qint64(0), 10000);
        SqlQuery count(*m_db, QStringLiteral("SELECT COUNT(*) FROM i"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.integer(0), 50);
    }

private:
    static constexpr int kPayloadBytes = 10000;

    static DatabaseUrl urlOf(const QString &path)
    {
        DatabaseUrl url;
        url.path = path;
        return url;
    }

    // Row-specific bytes, so a torn or misplaced page shows.
    static QByteArray payload(qint64 id, char column)
    {
        QByteArray bytes(kPayloadBytes, column);
        const QByteArray tag = QByteArray::number(id) + column;
        for (int at = 0; at + tag.size() <= bytes.size(); at += 97)
            bytes.replace(at, tag.size(), tag);
        return bytes;
    }

    // One row in a transaction of its own, its blob made from the table's name.
    void commitRow(const QString &table, int id)
    {
        Transaction tx(*m_db);
        SqlQuery(*m_db, QStringLiteral("INSERT INTO %1 (id, a) VALUES (?, ?)").arg(table))
            .bind(id)
            .bind(payload(id, table.at(0).toLatin1()))
            .exec();
        tx.commit();
    }

    qint64 logBytes() const { return QFileInfo(m_path + QStringLiteral("-wal")).size(); }
    // The log header's checkpoint sequence and salts: they change whenever the log restarts
    // from its beginning.
    QByteArray logGeneration() const
    {
        QFile log(m_path + QStringLiteral("-wal"));
        constexpr qint64 kSequenceOffset = 12;
        constexpr qint64 kGenerationBytes = 12;
        if (!log.open(QIODevice::ReadOnly) || !log.seek(kSequenceOffset))
            return {};
        return log.read(kGenerationBytes);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
};

FIELDDESK_TEST_GUILESS_MAIN(TestSqliteStorage)
} // namespace tst_sqlitestorage
#include "tst_sqlitestorage.moc"
