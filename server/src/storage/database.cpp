#include "storage/database.h"

#include "app/logline.h"
#include "storage/sqlitewalbuffer.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>
#include <poll.h>
#include <sqlite3.h>

#include <initializer_list>
#include <mutex>

namespace fielddesk::server {

namespace {
QAtomicInt g_instanceCounter;
// More distinct statements than this on one thread means generated SQL: start over.
constexpr qsizetype kMaxCachedStatements = 1000;

// SQLite counts every allocation of the process under one mutex for its memory statistics
// (on by default), and 32 readers then queue on it: under `mixed` ~10% of the server's time
// was in sqlite3Malloc, much of it waiting. Nothing here reads those statistics. It can only
// be set before SQLite initialises (the first Database, before any connection or VFS call);
// later it is refused and changes nothing.
void configureSqliteLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}
} // namespace

// One thread's connection handle and its prepared statements. Deleted when the thread ends
// (QThreadStorage), on that thread, before the connection itself goes away.
struct Database::ThreadState
{
    QSqlDatabase db;
    sqlite3 *sqlite = nullptr; // db's own handle, when SQLite's API may be used on it
    QHash<QString, QList<QSqlQuery *>> idle;
    QHash<QString, QList<SqliteStatement *>> idleSqlite;
    qsizetype cached = 0;
    WriteBatch *batch = nullptr;        // the group commit this thread is running, if any
    Transaction *transaction = nullptr; // the innermost one open on this thread
    bool mainWriter = false;            // see Database::becomeMainWriter()
    quint64 connectionSerial = 0;       // counts the connections this thread opened

    // Statements go before their connection: SQLite will not close one with statements left.
    void clear()
    {
        for (const QList<QSqlQuery *> &queries : std::as_const(idle))
            qDeleteAll(queries);
        for (const QList<SqliteStatement *> &statements : std::as_const(idleSqlite))
            qDeleteAll(statements);
        idle.clear();
        idleSqlite.clear();
        cached = 0;
    }
    ~ThreadState() { clear(); }
};

namespace {

// QtSql's handle for an SQLite connection, if this program's libsqlite3 is the SQLite QtSql
// uses (Debian's Qt links the system library; a Qt with its own copy would not be safe to
// mix with ours), else nullptr and everything goes through QtSql.
sqlite3 *nativeSqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_sourceid())) {
        qWarning("fielddesk: QtSql uses another SQLite than this program; staying with QtSql");
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// QtSql's handle for a PostgreSQL connection (Debian's Qt links the system libpq, as we do).
// Qt 6.4 names its type by libpq's struct ("pg_conn*").
PGconn *postgresHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// Whether the server ended this connection (a restart, a terminated backend) while it was
// idle: no statement under way, no transaction open. The server says goodbye and closes its
// side, which poll() reports (POLLRDHUP) before anything is read, so a notification waiting
// for a LISTEN is neither mistaken for it nor taken from QtSql. A poll() costs a microsecond,
// far below a round trip, and spares the request that would otherwise find out by failing.
// Otherwise (rows of a statement still coming, a transaction) the next statement finds out,
// and the transaction fails with it.
bool postgresConnectionEnded(const QSqlDatabase &db)
{
    PGconn *connection = postgresHandle(db);
    if (!connection)
        return false;
    if (PQstatus(connection) != CONNECTION_OK)
        return true;
    if (PQtransactionStatus(connection) != PQTRANS_IDLE)
        return false;
    pollfd socket{PQsocket(connection), POLLRDHUP, 0};
    if (socket.fd < 0)
        return true;
    return ::poll(&socket, 1, 0) > 0 && (socket.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

// Whether a failed statement took its PostgreSQL connection with it: libpq says so, or the
// server named it (class 08: connection exception; 57P01-03: shut down, crashed, starting).
bool postgresConnectionLost(const QSqlDatabase &db, const QSqlError &error)
{
    static const QStringList kServerGone{QStringLiteral("57P01"), QStringLiteral("57P02"),
                                         QStringLiteral("57P03")};
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || kServerGone.contains(code) || !db.isOpen())
        return true;
    PGconn *connection = postgresHandle(db);
    return connection && PQstatus(connection) != CONNECTION_OK;
}

// Through QtSql: they set up the connection before its native handle is looked at.
void applyPragmas(QSqlDatabase &db, std::initializer_list<const char *> pragmas)
{
    for (const char *pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(pragma)))
            throw databaseErrorFrom(q.lastError(), QLatin1String(pragma));
    }
}

// Two connections that open a brand-new file at once both hold a shared lock and want the
// exclusive one to switch it to WAL: SQLite answers one of them "locked" at once, without
// waiting (the busy handler would deadlock), seen as a checkpointer thread failing in
// tst_sqlitestorage. That one tries again: the other's switch is done within milliseconds.
void switchToWal(QSqlDatabase &db)
{
    constexpr const char *pragma = "PRAGMA journal_mode=WAL";
    QDeadlineTimer deadline(10000);
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(QLatin1String(pragma)))
            return;
        const DatabaseError error = databaseErrorFrom(q.lastError(), QLatin1String(pragma));
        if (!q.lastError().text().contains(QLatin1String("locked")) || deadline.hasExpired())
            throw error;
        QThread::msleep(5);
    }
}

} // namespace

DatabaseError::DatabaseError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
{}

DatabaseError databaseErrorFrom(const QSqlError &error, const QString &sql)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    using Kind = DatabaseError::Kind;
    Kind kind = Kind::Other;
    if (code == QLatin1String("23505") || text.contains(QLatin1String("UNIQUE constraint failed")))
        kind = Kind::UniqueViolation;
    else if (code == QLatin1String("23503") ||
             text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        kind = Kind::ForeignKeyViolation;
    else if (code == QLatin1String("53100") || // PostgreSQL: disk_full
             text.contains(QLatin1String("database or disk is full")))
        kind = Kind::StorageFull;
    else if (error.type() == QSqlError::ConnectionError ||
             text.contains(QLatin1String("disk I/O error")))
        kind = Kind::Unavailable;
    DatabaseError result(kind, QStringLiteral("%1 [%2] in: %3").arg(text, code, sql.left(200)));
    static const QStringList kLostToOtherWriters{QStringLiteral("5"),      // SQLITE_BUSY
                                                 QStringLiteral("6"),      // SQLITE_LOCKED
                                                 QStringLiteral("40P01"),  // deadlock
                                                 QStringLiteral("40001"),  // serialisation
                                                 QStringLiteral("55P03")}; // lock timeout
    result.setBusy(kLostToOtherWriters.contains(code) ||
                   text.contains(QLatin1String("database is locked")));
    return result;
}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_connectionPrefix(
          QStringLiteral("fielddesk-%1-").arg(g_instanceCounter.fetchAndAddRelaxed(1)))
{
    if (m_url.engine == Engine::Sqlite) {
        configureSqliteLibrary();
        installSqliteWalBuffer();
    }
}

Database::~Database()
{
    // This thread's statements go first; worker threads have ended (and cleaned up) by now.
    if (m_threadStates.hasLocalData())
        m_threadStates.setLocalData(nullptr);
    QMutexLocker lock(&m_namesMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

Database::ThreadState &Database::threadState()
{
    if (!m_threadStates.hasLocalData())
        m_threadStates.setLocalData(new ThreadState);
    return *m_threadStates.localData();
}

QSqlQuery *Database::borrowStatement(const QString &sql)
{
    ThreadState &state = threadState();
    connection(); // (re)opens it; no copy of it held here, see dropConnection()
    auto it = state.idle.find(sql);
    if (it != state.idle.end() && !it->isEmpty()) {
        --state.cached;
        return it->takeLast();
    }
    auto query = std::make_unique<QSqlQuery>(state.db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        const QSqlError error = query->lastError();
        query.reset(); // before its connection may go
        throwQtSqlFailure(error, sql);
    }
    return query.release();
}

SqliteStatement *Database::borrowSqliteStatement(const QString &sql)
{
    connection(); // (re)opens it, and finds its native handle
    ThreadState &state = threadState();
    if (!state.sqlite)
        return nullptr;
    auto it = state.idleSqlite.find(sql);
    if (it != state.idleSqlite.end() && !it->isEmpty()) {
        --state.cached;
        return it->takeLast();
    }
    SqliteStatement::Failure failure;
    std::unique_ptr<SqliteStatement> statement =
        SqliteStatement::prepare(state.sqlite, sql, &failure);
    if (!statement) {
        noteFailedStatement(failure);
        throwSqliteFailure(failure, sql);
    }
    return statement.release();
}

void Database::throwSqliteFailure(const SqliteStatement::Failure &failure, const QString &sql)
{
    using Kind = DatabaseError::Kind;
    Kind kind = Kind::Other;
    const int primary = failure.code & 0xff;
    if (failure.code == SQLITE_CONSTRAINT_UNIQUE || failure.code == SQLITE_CONSTRAINT_PRIMARYKEY)
        kind = Kind::UniqueViolation;
    else if (failure.code == SQLITE_CONSTRAINT_FOREIGNKEY)
        kind = Kind::ForeignKeyViolation;
    else if (primary == SQLITE_FULL) // the disk (or the file system) is full
        kind = Kind::StorageFull;
    else if (primary == SQLITE_IOERR) // the disk failed this time: answered 503, try again
        kind = Kind::Unavailable;
    DatabaseError error(
        kind,
        QStringLiteral("%1 [%2] in: %3").arg(failure.message).arg(failure.code).arg(sql.left(200)));
    error.setBusy(primary == SQLITE_BUSY || primary == SQLITE_LOCKED);
    throw error;
}

bool Database::inWriteBatch()
{
    return threadState().batch != nullptr;
}

void Database::afterCommit(std::function<void()> action)
{
    if (WriteBatch *batch = threadState().batch)
        batch->m_afterCommit.append(std::move(action));
    else
        action();
}

void Database::noteFailedStatement(const QSqlError &error)
{
    poisonBatchUnlessConstraint(error.databaseText().contains(QLatin1String("constraint failed")));
}

void Database::noteFailedStatement(const SqliteStatement::Failure &failure)
{
    poisonBatchUnlessConstraint((failure.code & 0xff) == SQLITE_CONSTRAINT);
}

void Database::poisonBatchUnlessConstraint(bool constraintOnly)
{
    WriteBatch *batch = threadState().batch;
    if (!batch || m_url.engine != Engine::Sqlite)
        return;
    // "UNIQUE constraint failed", "FOREIGN KEY constraint failed", "NOT NULL ...", "CHECK ...":
    // services catch those and answer 409/422; the transaction goes on.
    if (!constraintOnly)
        batch->m_poisoned = true;
}

void Database::checkBatchUsable()
{
    const WriteBatch *batch = threadState().batch;
    if (batch && batch->m_poisoned)
        throw DatabaseError(DatabaseError::Kind::Other,
                            QStringLiteral("the write batch failed; this request runs again"));
}

void Database::noteStatementInBatch(const SqliteStatement *statement)
{
    ThreadState &state = threadState();
    if (state.batch && !state.transaction && !(statement && statement->readOnly()))
        state.batch->m_note.described = false;
}

void FairLock::lock()
{
    QMutexLocker locker(&m_mutex);
    const quint64 ticket = m_nextTicket++;
    while (ticket != m_serving)
        m_turn.wait(&m_mutex);
}

void FairLock::unlock()
{
    QMutexLocker locker(&m_mutex);
    ++m_serving;
    m_turn.wakeAll();
}

void Database::returnStatement(const QString &sql, QSqlQuery *query, quint64 borrowedOnConnection)
{
    ThreadState &state = threadState();
    if (borrowedOnConnection != state.connectionSerial) {
        delete query; // prepared on a connection that is gone
        return;
    }
    query->finish(); // releases the cursor and locks before the next statement or COMMIT
    if (state.cached >= kMaxCachedStatements)
        state.clear();
    state.idle[sql].append(query);
    ++state.cached;
}

void Database::returnStatement(const QString &sql, SqliteStatement *statement)
{
    statement->reset();     // ends its read snapshot before the next statement or COMMIT
    flushSqliteWalBuffer(); // a failure stays with the log: its next write fails
    ThreadState &state = threadState();
    if (state.cached >= kMaxCachedStatements)
        state.clear();
    state.idleSqlite[sql].append(statement);
    ++state.cached;
}

QSqlDatabase Database::connection()
{
    ThreadState &state = threadState();
    if (state.db.isValid() && state.db.isOpen()) {
        // A PostgreSQL connection the server ended while it was idle is replaced here, so the
        // first request after a restart does not fail on it.
        if (m_url.engine == Engine::Sqlite || !postgresConnectionEnded(state.db))
            return state.db;
        LogLine("warning", "database_connection_lost").field("found", "idle");
        dropConnection(state);
    }
    state.clear(); // statements of a closed connection are useless
    state.sqlite = nullptr;
    state.db = openConnection();
    ++state.connectionSerial;
    if (m_url.engine == Engine::Sqlite)
        state.sqlite = nativeSqliteHandle(state.db);
    return state.db;
}

void Database::closeConnection()
{
    ThreadState &state = threadState();
    if (state.db.isValid())
        dropConnection(state);
}

void Database::dropConnection(ThreadState &state)
{
    // The driver goes before the statements: one deleted after it does not send DEALLOCATE on
    // the dead connection (and warn that it could not, once per statement cached).
    const QString name = state.db.connectionName();
    state.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    state.clear();
    state.sqlite = nullptr;
    // The statements still borrowed see another serial when they come back (and are deleted).
    ++state.connectionSerial;
}

quint64 Database::connectionSerial()
{
    return threadState().connectionSerial;
}

void Database::throwQtSqlFailure(const QSqlError &error, const QString &sql)
{
    noteFailedStatement(error);
    ThreadState &state = threadState();
    if (m_url.engine != Engine::Postgres || !postgresConnectionLost(state.db, error))
        throw databaseErrorFrom(error, sql);
    LogLine("warning", "database_connection_lost").field("found", "failed");
    dropConnection(state);
    throw DatabaseError(DatabaseError::Kind::Unavailable,
                        QStringLiteral("the connection to %1 was lost: %2 in: %3")
                            .arg(m_url.redacted(), error.text(), sql.left(200)));
}

QSqlDatabase Database::openConnection()
{
    const QString name = m_connectionPrefix +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (!db.open())
            throw databaseErrorFrom(db.lastError(), QStringLiteral("(reconnect)"));
        configure(db);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_url.engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    {
        QMutexLocker lock(&m_namesMutex);
        if (!m_connectionNames.contains(name)) // again after dropConnection()
            m_connectionNames.append(name);
    }
    if (m_url.engine == Engine::Sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.name);
        // The name pg_stat_activity shows (a restore counts the sessions still open).
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=fielddesk-server"));
    }
    if (!db.open())
        throw DatabaseError(
            DatabaseError::Kind::Unavailable,
            QStringLiteral("cannot open %1: %2").arg(m_url.redacted(), db.lastError().text()));
    configure(db);
    return db;
}

void Database::syncSqliteFile(SqliteFile which)
{
    connection();
    sqlite3 *handle = threadState().sqlite;
    if (!handle)
        return;
    sqlite3_file *file = nullptr;
    const int op =
        which == SqliteFile::Database ? SQLITE_FCNTL_FILE_POINTER : SQLITE_FCNTL_JOURNAL_POINTER;
    if (sqlite3_file_control(handle, "main", op, &file) != SQLITE_OK || !file || !file->pMethods)
        return; // no log opened yet on this connection: nothing of it to flush
    const int rc = file->pMethods->xSync(file, SQLITE_SYNC_NORMAL | SQLITE_SYNC_DATAONLY);
    if (rc != SQLITE_OK)
        throwSqliteFailure({rc, QStringLiteral("cannot flush the file to disk")},
                           QStringLiteral("(sync)"));
}

void Database::becomeMainWriter()
{
    ThreadState &state = threadState();
    state.mainWriter = true;
    if (state.db.isValid() && state.db.isOpen())
        configureMainWriter(state.db);
}

void Database::configureMainWriter(QSqlDatabase &db)
{
    if (m_url.engine == Engine::Sqlite)
        applyPragmas(db, {"PRAGMA cache_size=-131072"});
}

void Database::configure(QSqlDatabase &db)
{
    if (m_url.engine != Engine::Sqlite)
        return;
    // WAL lets readers work while one writer commits; NORMAL sync is safe with WAL. No memory
    // map: a connection that finds another one committed unmaps the whole file, with TLB
    // shootdowns on every core (a user lookup on a worker cost 50 µs under steady writes).
    // The log file is never cut down by a commit (journal_size_limit): on this disk that took
    // ~180 ms inside the commit; WalCheckpointer cuts it when writes pause.
    // The busy timeout first: even setting WAL mode (a no-op once set) takes a lock, and a
    // connection opened while another writes failed at once without it (a checkpointer that
    // then never checkpointed, seen under load in tst_sqlitestorage).
    applyPragmas(db, {"PRAGMA busy_timeout=10000"});
    switchToWal(db);
    applyPragmas(db,
                 {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536",
                  "PRAGMA temp_store=MEMORY", "PRAGMA journal_size_limit=-1"});
    if (threadState().mainWriter)
        configureMainWriter(db);
    if (!m_automaticCheckpoints)
        applyPragmas(db, {"PRAGMA wal_autocheckpoint=0"});
}

void Database::execute(const QString &sql)
{
    if (m_url.engine == Engine::Sqlite) {
        // SQLite can prepare anything, and keeps it for next time. Transaction control runs
        // even in a poisoned batch (its ROLLBACK above all).
        SqlQuery(*this, sql).run();
        return;
    }
    QSqlError error;
    {
        QSqlQuery q(connection());
        if (q.exec(sql))
            return;
        error = q.lastError(); // and the query goes before its connection may go
    }
    throwQtSqlFailure(error, sql);
}

bool Database::ping(QString *error)
{
    try {
        execute(QStringLiteral("SELECT 1"));
        return true;
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

bool Database::textsSortByCodePoint()
{
    if (const int known = m_textsByCodePoint.load(); known >= 0)
        return known == 1;
    bool byCodePoint = true;
    if (engine() == Engine::Postgres) {
        // libc's "C" on a UTF-8 database: an ICU provider (PostgreSQL 15) or another encoding
        // orders otherwise. (datlocprovider is read through JSON: older versions lack it.)
        SqlQuery q(*this, QStringLiteral("SELECT datcollate, pg_encoding_to_char(encoding), "
                                         "to_jsonb(d)->>'datlocprovider' FROM pg_database d "
                                         "WHERE datname = current_database()"));
        q.exec();
        const bool found = q.next();
        const QString collation = found ? q.text(0) : QString();
        byCodePoint =
            found && (collation == QLatin1String("C") || collation == QLatin1String("POSIX")) &&
            q.text(1) == QLatin1String("UTF8") && (q.isNull(2) || q.text(2) == QLatin1String("c"));
    }
    m_textsByCodePoint.store(byCodePoint ? 1 : 0);
    return byCodePoint;
}

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    if (db.engine() == Engine::Sqlite)
        m_sqlite = db.borrowSqliteStatement(sql);
    if (!m_sqlite)
        m_query = db.borrowStatement(sql);
    m_connection = db.connectionSerial();
}

SqlQuery::~SqlQuery()
{
    if (m_sqlite) {
        m_db.returnStatement(m_sql, m_sqlite);
        return;
    }
    if (m_boundBytes) {
        const qsizetype count = m_query->boundValues().size();
        for (qsizetype i = 0; i < count; ++i)
            m_query->bindValue(int(i), QVariant());
    }
    m_db.returnStatement(m_sql, m_query, m_connection);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    if (m_sqlite) {
        m_sqlite->bind(value);
        return *this;
    }
    // An empty QString is text, not NULL (QtSql would bind a null QString as NULL). A real
    // NULL is a null QVariant, e.g. QVariant(QMetaType::fromType<QString>()).
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull()) {
        m_query->addBindValue(QString(QLatin1String("")));
        return *this;
    }
    m_boundBytes = m_boundBytes || value.typeId() == QMetaType::QByteArray;
    m_query->addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    m_db.checkBatchUsable();
    m_db.noteStatementInBatch(m_sqlite);
    return run();
}

SqlQuery &SqlQuery::run()
{
    if (m_sqlite) {
        SqliteStatement::Failure failure;
        if (!m_sqlite->exec(&failure)) {
            m_db.noteFailedStatement(failure);
            m_db.throwSqliteFailure(failure, m_sql);
        }
        return *this;
    }
    if (!m_query->exec())
        m_db.throwQtSqlFailure(m_query->lastError(), m_sql);
    return *this;
}

bool SqlQuery::next()
{
    if (!m_sqlite)
        return m_query->next();
    SqliteStatement::Failure failure;
    if (m_sqlite->next(&failure))
        return true;
    if (failure.code != 0) {
        m_db.noteFailedStatement(failure);
        m_db.throwSqliteFailure(failure, m_sql);
    }
    return false;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.threadState().batch) {
        db.checkBatchUsable();
        // One name for all: savepoints nest, and ROLLBACK TO / RELEASE take the innermost
        // of that name. A constant statement is prepared once per connection.
        m_inBatch = true;
        SqlQuery(db, QStringLiteral("SAVEPOINT request")).exec();
        m_open = true;
        track();
        return;
    }
    if (db.engine() == Engine::Sqlite) {
        db.sqliteWriteLock().lock();
        m_holdsWriteLock = true;
    }
    try {
        db.execute(db.engine() == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                 : QStringLiteral("BEGIN"));
    } catch (...) {
        release();
        throw;
    }
    m_connection = db.connectionSerial();
    m_open = true;
    track();
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            if (m_inBatch) {
                SqlQuery(m_db, QStringLiteral("ROLLBACK TO request")).exec();
                SqlQuery(m_db, QStringLiteral("RELEASE request")).exec();
            } else if (m_db.connectionSerial() == m_connection) {
                // (On a connection lost meanwhile the server rolled it back itself.)
                m_db.execute(QStringLiteral("ROLLBACK"));
            }
        } catch (const DatabaseError &) {
            // The connection is gone (the server rolls back itself), or the batch around
            // this savepoint is poisoned and will be rolled back.
        }
    }
    release();
}

void Transaction::track()
{
    Transaction *&current = m_db.threadState().transaction;
    m_outer = current;
    current = this;
    m_tracked = true;
}

Transaction *Transaction::current(Database &db)
{
    return db.threadState().transaction;
}

Transaction::CommitWork *Transaction::work(const void *key) const
{
    for (const auto &[owner, work] : m_work) {
        if (owner == key)
            return work.get();
    }
    return nullptr;
}

void Transaction::addWork(const void *key, std::unique_ptr<CommitWork> work)
{
    m_work.emplace_back(key, std::move(work));
}

void Transaction::describe(qint64 tenantId,
                           const QList<qint64> &jobIds,
                           const QList<ChangeSpan> &spans)
{
    CommitNote said{.described = true, .tenantId = tenantId, .jobIds = jobIds, .spans = spans};
    if (m_described) {
        m_note.merge(said);
        return;
    }
    said.eventIds = m_note.eventIds;
    m_note = std::move(said);
    m_described = true;
}

void Transaction::noteEvents(const QList<qint64> &eventIds)
{
    m_note.eventIds += eventIds;
}

quint64 Database::commitForJournal()
{
    const quint64 ticket = m_journal.beginCommit();
    try {
        execute(QStringLiteral("COMMIT"));
    } catch (...) {
        m_journal.abandonCommit(ticket);
        throw;
    }
    return ticket;
}

void Transaction::commit()
{
    // What repositories kept for the end goes first; if it fails nothing is committed.
    for (const auto &entry : m_work)
        entry.second->beforeCommit(m_db);
    m_work.clear();
    if (m_inBatch) {
        SqlQuery(m_db, QStringLiteral("RELEASE request")).exec();
        m_open = false; // committed for real with the batch
        release();
        if (WriteBatch *batch = m_db.threadState().batch)
            batch->m_note.merge(m_note);
        return;
    }
    const quint64 ticket = m_db.commitForJournal();
    m_open = false;
    release();
    m_db.noteCommit(std::move(m_note), ticket);
}

void Transaction::release()
{
    if (m_tracked) {
        m_tracked = false;
        m_db.threadState().transaction = m_outer;
    }
    if (m_holdsWriteLock) {
        m_holdsWriteLock = false;
        m_db.sqliteWriteLock().unlock();
    }
}

WriteBatch::WriteBatch(Database &db)
    : m_db(db)
{
    db.sqliteWriteLock().lock();
    try {
        db.execute(QStringLiteral("BEGIN IMMEDIATE"));
    } catch (...) {
        db.sqliteWriteLock().unlock();
        throw;
    }
    m_open = true;
    db.threadState().batch = this;
}

WriteBatch::~WriteBatch()
{
    if (m_open) {
        try {
            m_db.execute(QStringLiteral("ROLLBACK"));
        } catch (const DatabaseError &) {
            // Already rolled back by SQLite, or the connection is gone.
        }
        end();
    }
}

void WriteBatch::commit()
{
    m_db.threadState().batch = nullptr; // a failing COMMIT is the caller's to handle
    const quint64 ticket = m_db.commitForJournal();
    end();
    m_db.noteCommit(std::move(m_note), ticket);
    // Committed: nothing from here on may undo that or make the lane run the batch again.
    for (const std::function<void()> &action : std::as_const(m_afterCommit)) {
        try {
            action();
        } catch (...) {
            qWarning("fielddesk: an after-commit action failed");
        }
    }
}

void WriteBatch::end()
{
    m_open = false;
    m_db.threadState().batch = nullptr;
    m_db.sqliteWriteLock().unlock();
}

} // namespace fielddesk::server
