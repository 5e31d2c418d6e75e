// The storage engine behind QtSql: one connection per thread (QtSql connections may only be
// used by the thread that opened them), SQLite in WAL mode with foreign keys on, or
// PostgreSQL. Failures are thrown as DatabaseError and end the request with a 500, a 503
// (unreachable, busy) or a 507 (disk full); services catch the constraint kinds they expect.
// A PostgreSQL connection the server ended (a restart) is found out and opened again.
#pragma once

#include "storage/commitjournal.h"
#include "storage/databaseurl.h"
#include "storage/sqlitestatement.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QThreadStorage>
#include <QVariant>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>

namespace fielddesk::server {

class DatabaseError : public std::runtime_error
{
public:
    // StorageFull: the disk is full (SQLITE_FULL, PostgreSQL's 53100); nothing was written.
    enum class Kind { Unavailable, UniqueViolation, ForeignKeyViolation, StorageFull, Other };
    DatabaseError(Kind kind, const QString &message);
    Kind kind() const { return m_kind; }
    // The transaction lost to other writers, not to anything in the request: SQLite gave up
    // waiting for a lock (SQLITE_BUSY / SQLITE_LOCKED), PostgreSQL broke a deadlock (40P01),
    // refused a serialisation (40001) or timed out on a lock (55P03). Answered 503: retry.
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy) { m_busy = busy; }

private:
    Kind m_kind;
    bool m_busy = false;
};

// A lock taken in the order asked for: the write lane takes it again and again, and a plain
// QMutex would let it cut in front of a writer that has been waiting all along.
class FairLock
{
public:
    void lock();
    void unlock();

private:
    QMutex m_mutex;
    QWaitCondition m_turn;
    quint64 m_nextTicket = 0;
    quint64 m_serving = 0;
};

class Database
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }

    // This thread's connection, opened on first use.
    QSqlDatabase connection();
    // Closes this thread's connection; the next use opens it again. (PostgreSQL copies a
    // database only while no one is connected to it: DemoSnapshot. A pool thread that may end
    // leaves none behind: JobSearchIndexes.)
    void closeConnection();
    // Whether a trivial query answers (for /readyz).
    bool ping(QString *error);
    // Whether ORDER BY sorts texts by code point: SQLite always (BINARY); PostgreSQL when the
    // database's collation is "C" or "POSIX". Asked once.
    bool textsSortByCodePoint();
    // Runs a statement without parameters and without preparing it: transaction control
    // and schema changes, which PostgreSQL cannot prepare.
    void execute(const QString &sql);

    // This thread's prepared statement for `sql`, prepared once and reused: PostgreSQL then
    // plans it once per connection instead of PREPARE/DEALLOCATE on every use, SQLite parses
    // it once. A statement already borrowed (nested use) yields a fresh one. Give it back
    // with returnStatement() once done (SqlQuery does).
    QSqlQuery *borrowStatement(const QString &sql);
    // The same on SQLite's own API (nullptr when QtSql's SQLite is not the one linked here):
    // this thread's cached statement for `sql`. Give it back with returnStatement().
    SqliteStatement *borrowSqliteStatement(const QString &sql);
    // Counts the write transactions this process committed: read caches compare it to know
    // whether anything may have changed since they were filled, and ask the journal what.
    quint64 commitCount() const { return m_journal.count(); }
    const CommitJournal &journal() const { return m_journal; }
    // SQLite has one writer at a time; this process's writers queue here instead of in
    // SQLite's busy handler, which sleeps in growing steps (p95 of contended writes fell
    // from ~360 ms to the time of the queue itself).
    FairLock &sqliteWriteLock() { return m_sqliteWriteLock; }
    // Runs COMMIT, announced to the journal first (CommitJournal::beginCommit): the ticket to
    // note the commit with once the transaction is let go (a failed COMMIT throws and is
    // abandoned).
    quint64 commitForJournal();
    void noteCommit(CommitNote note, quint64 ticket) { m_journal.record(std::move(note), ticket); }
    // A statement borrowed on a connection dropped since is deleted instead of kept.
    void returnStatement(const QString &sql, QSqlQuery *query, quint64 borrowedOnConnection);
    void returnStatement(const QString &sql, SqliteStatement *statement);

    // SQLite: flushes the database file or the write-ahead log to disk (fdatasync) through
    // this thread's connection. Through SQLite's own file handle: opening and closing the
    // file elsewhere in the process would drop every lock SQLite holds on it (POSIX locks).
    enum class SqliteFile { Database, Log };
    void syncSqliteFile(SqliteFile file);
    // SQLite: this thread does most of the writing (the write lane), so its connection gets
    // a large page cache (128 MB): SQLite drops a connection's cache whenever another one
    // committed, so only the one that commits keeps its cache warm.
    void becomeMainWriter();
    // SQLite: whether a commit that grows the WAL past 1,000 pages checkpoints it itself
    // (the default). Applies to connections opened afterwards.
    void setAutomaticCheckpoints(bool enabled) { m_automaticCheckpoints = enabled; }

    // Whether this thread is inside a WriteBatch (its Transactions are savepoints).
    bool inWriteBatch();
    // Runs `action` once what this thread wrote is committed: at once, or when its
    // WriteBatch commits (never if the batch is rolled back).
    void afterCommit(std::function<void()> action);
    // A statement failed on this thread. Unless it only broke a constraint (SQLite undoes
    // that statement alone), a WriteBatch around it can no longer be trusted: SQLite may
    // have rolled the whole transaction back (full disk, I/O error, out of memory).
    void noteFailedStatement(const QSqlError &error);
    void noteFailedStatement(const SqliteStatement::Failure &failure);
    // Throws when this thread's WriteBatch is poisoned: nothing more may be written in it
    // (after SQLite's own rollback a write would commit at once, and again on the rerun).
    void checkBatchUsable();
    // A statement runs in this thread's WriteBatch outside any Transaction: unless it only
    // reads, the batch's commit is not described (CommitJournal).
    void noteStatementInBatch(const SqliteStatement *statement);

private:
    friend class Transaction;
    friend class WriteBatch;
    friend class SqlQuery;
    struct ThreadState;
    ThreadState &threadState();
    QSqlDatabase openConnection();
    void configure(QSqlDatabase &db);
    void configureMainWriter(QSqlDatabase &db);
    void poisonBatchUnlessConstraint(bool constraintOnly);
    [[noreturn]] void throwSqliteFailure(const SqliteStatement::Failure &failure,
                                         const QString &sql);
    // A statement failed through QtSql: notes it, and when the PostgreSQL connection is gone
    // with it, lets the connection go (the next use opens a new one) and throws Unavailable.
    [[noreturn]] void throwQtSqlFailure(const QSqlError &error, const QString &sql);
    void dropConnection(ThreadState &state);
    // Which connection of this thread is open now: statements and transactions of an earlier
    // one (dropped since) are neither reused nor rolled back on the new one.
    quint64 connectionSerial();

    DatabaseUrl m_url;
    QString m_connectionPrefix;
    QMutex m_namesMutex;
    QStringList m_connectionNames;
    QThreadStorage<ThreadState *> m_threadStates;
    CommitJournal m_journal;
    FairLock m_sqliteWriteLock;
    std::atomic<bool> m_automaticCheckpoints = true;
    std::atomic<int> m_textsByCodePoint = -1; // unknown until asked
};

// A prepared, parameterised statement on this thread's connection.
//   SqlQuery q(db, "SELECT name FROM users WHERE id = ?");
//   q.bind(id).exec();
class SqlQuery
{
public:
    SqlQuery(Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    SqlQuery &exec();
    bool next();
    QVariant value(int column) const
    {
        return m_sqlite ? m_sqlite->value(column) : m_query->value(column);
    }
    qint64 integer(int column) const
    {
        return m_sqlite ? m_sqlite->integer(column) : m_query->value(column).toLongLong();
    }
    double number(int column) const
    {
        return m_sqlite ? m_sqlite->number(column) : m_query->value(column).toDouble();
    }
    QString text(int column) const
    {
        return m_sqlite ? m_sqlite->text(column) : m_query->value(column).toString();
    }
    // A text column as UTF-8 bytes (JSON stored as text goes out as it is).
    QByteArray bytes(int column) const
    {
        return m_sqlite ? m_sqlite->bytes(column) : m_query->value(column).toByteArray();
    }
    bool isNull(int column) const
    {
        return m_sqlite ? m_sqlite->isNull(column) : m_query->isNull(column);
    }
    int rowsAffected() const
    {
        return m_sqlite ? m_sqlite->rowsAffected() : m_query->numRowsAffected();
    }

private:
    friend class Database;
    SqlQuery &run(); // exec() without the batch check

    Database &m_db;
    // Borrowed from the thread's statement cache: SQLite's own API when it can, else QtSql.
    SqliteStatement *m_sqlite = nullptr;
    QSqlQuery *m_query = nullptr;
    QString m_sql;
    // QtSql keeps a statement's values until it runs again: bytes (a file's) are let go when
    // the statement goes back to the cache instead of staying there with it.
    bool m_boundBytes = false;
    quint64 m_connection = 0; // Database::connectionSerial() when borrowed
};

// A write transaction; rolls back unless commit() is called. On SQLite it takes the write
// lock at once (BEGIN IMMEDIATE) so two writers never deadlock upgrading a read lock.
class Transaction
{
public:
    // Work kept by a repository until its transaction commits (the outbox's events): written
    // last, just before COMMIT, so that a lock it takes then is held for as short as can be.
    // Dropped unwritten when the transaction rolls back.
    class CommitWork
    {
    public:
        virtual ~CommitWork() = default;
        virtual void beforeCommit(Database &db) = 0;
    };

    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

    // The innermost transaction open on this thread's connection, or nullptr.
    static Transaction *current(Database &db);
    // The work registered under `key` (nullptr: none yet), and registering it (once a key).
    CommitWork *work(const void *key) const;
    void addWork(const void *key, std::unique_ptr<CommitWork> work);
    // Says what this transaction changes (CommitJournal): only these jobs of one tenant,
    // within these spans. Without it the commit counts as having changed anything.
    void describe(qint64 tenantId, const QList<qint64> &jobIds, const QList<ChangeSpan> &spans);
    // Says that this transaction changes no job (sign-ins, pruning, notices): what the job lists
    // keep holds across its commit. Periodic ones that did not say so let them all go.
    void describeNoJobChanged() { describe(0, {}, {}); }
    // The events it appends (EventRepository, at commit).
    void noteEvents(const QList<qint64> &eventIds);

private:
    void track(); // becomes this thread's current transaction
    void release();

    Database &m_db;
    Transaction *m_outer = nullptr; // the transaction this one is nested in (a batch's)
    std::vector<std::pair<const void *, std::unique_ptr<CommitWork>>> m_work;
    CommitNote m_note; // not described until describe() says what it changes
    bool m_described = false;
    quint64 m_connection = 0; // Database::connectionSerial() at BEGIN
    bool m_inBatch = false;   // a savepoint inside a WriteBatch
    bool m_open = false;
    bool m_holdsWriteLock = false;
    bool m_tracked = false;
};

// Group commit on SQLite: many requests' writes in one transaction that commits once, each
// request's Transaction a savepoint inside it. SQLite has one writer at a time anyway; one
// COMMIT (WAL append, checkpoint) then serves many requests. If any statement fails inside
// it the batch is poisoned: roll it back and run the requests again one by one.
//   WriteBatch batch(db);
//   ... requests ...
//   if (!batch.poisoned()) batch.commit();
class WriteBatch
{
public:
    explicit WriteBatch(Database &db); // takes the write lock, BEGIN IMMEDIATE
    ~WriteBatch();                     // ROLLBACK unless committed
    WriteBatch(const WriteBatch &) = delete;
    WriteBatch &operator=(const WriteBatch &) = delete;

    bool poisoned() const { return m_poisoned; }
    // COMMIT, then the afterCommit() actions of the requests in it.
    void commit();

private:
    friend class Database;
    friend class Transaction;
    void end();

    Database &m_db;
    QList<std::function<void()>> m_afterCommit;
    // What its requests' savepoints changed; a write outside any of them is not described.
    CommitNote m_note{.described = true};
    bool m_open = false;
    bool m_poisoned = false;
};

// Maps a failed statement to the DatabaseError kind services can act on.
DatabaseError databaseErrorFrom(const QSqlError &error, const QString &sql);

} // namespace fielddesk::server
