// One prepared statement on SQLite's own API, for the connection QtSql opened. QtSql costs
// 20-60 µs per statement on top of SQLite (it rebuilds its column record on every exec and
// goes through QVariant for every value); a job assignment runs about a dozen statements on
// the single writer thread, so that overhead capped the write rate.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace fielddesk::server {

class SqliteStatement
{
public:
    // Compiles `sql` (one statement) for reuse; nullptr and *error when it does not compile.
    struct Failure
    {
        int code = 0; // SQLite's extended result code
        QString message;
    };
    static std::unique_ptr<SqliteStatement>
    prepare(sqlite3 *db, const QString &sql, Failure *error);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds the next parameter (after an exec(): the first one of the next run) the way QtSql's
    // SQLite driver does: null → NULL, integers and bools → INTEGER, floating point → REAL,
    // QByteArray → BLOB, anything else → its text.
    void bind(const QVariant &value);
    // Runs the statement up to its first row (or to its end); false with *error on failure.
    bool exec(Failure *error);
    // Moves to the next row: the first one exec() found, then on. False at the end; a failure
    // on the way also ends with false and sets *error.
    bool next(Failure *error);

    bool isNull(int column) const;
    QVariant value(int column) const;
    qint64 integer(int column) const;
    double number(int column) const;
    QString text(int column) const;
    // A text or blob column's bytes as stored (UTF-8 for text), without a round trip through
    // QString.
    QByteArray bytes(int column) const;
    int rowsAffected() const { return m_rowsAffected; }
    // Whether running it writes nothing (transaction control statements count as reading).
    bool readOnly() const;

    // Ends the run (releasing its read snapshot) so the statement can be used again.
    void reset();

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    Failure failure(int code) const;
    int bindValue(int index, const QVariant &value);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    int m_nextParameter = 1;
    int m_rowsAffected = 0;
    int m_bindFailure = 0;     // the first bind() that SQLite refused, until exec()
    bool m_ran = false;        // stepped since the last reset
    bool m_rowPending = false; // exec() stepped onto a row next() has not handed out yet
    bool m_done = false;
};

} // namespace fielddesk::server
