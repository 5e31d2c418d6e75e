#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace fielddesk::server {

std::unique_ptr<SqliteStatement>
SqliteStatement::prepare(sqlite3 *db, const QString &sql, Failure *error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, &tail);
    if (rc != SQLITE_OK) {
        *error = {sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))};
        sqlite3_finalize(statement);
        return nullptr;
    }
    if (!statement) { // only white space or a comment
        *error = {SQLITE_MISUSE, QStringLiteral("no statement to run")};
        return nullptr;
    }
    if (!QByteArray(tail).trimmed().isEmpty()) {
        // As with QtSql: one statement per call, so a second one cannot slip in unnoticed.
        sqlite3_finalize(statement);
        *error = {SQLITE_MISUSE, QStringLiteral("more than one statement")};
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, statement));
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(const QVariant &value)
{
    if (m_ran) {
        // As with QtSql, binding after exec() starts the next run of the statement.
        sqlite3_reset(m_statement);
        m_ran = m_rowPending = m_done = false;
    }
    const int rc = bindValue(m_nextParameter++, value);
    if (rc != SQLITE_OK && m_bindFailure == SQLITE_OK)
        m_bindFailure = rc; // reported by exec()
}

int SqliteStatement::bindValue(int index, const QVariant &value)
{
    // As the code bound it through QtSql: a null QVariant or a null QByteArray is NULL, but a
    // QString is always text (SqlQuery::bind made a null QString an empty one).
    if (value.isNull() || (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull()))
        return sqlite3_bind_null(m_statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(m_statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(m_statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                   sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

bool SqliteStatement::exec(Failure *error)
{
    if (m_ran) { // run again with the same values
        sqlite3_reset(m_statement);
        m_rowPending = m_done = false;
    }
    const int bound = m_nextParameter - 1;
    m_nextParameter = 1;                    // the next bind() starts the run after this one
    const bool rerun = m_ran && bound == 0; // again with the values bound before
    m_ran = true;
    if (!rerun && bound != sqlite3_bind_parameter_count(m_statement) && m_bindFailure == SQLITE_OK)
        m_bindFailure = SQLITE_RANGE; // as QtSql: every parameter needs its value
    if (m_bindFailure != SQLITE_OK) {
        m_done = true;
        *error = {m_bindFailure, QStringLiteral("cannot bind parameter: %1")
                                     .arg(QString::fromUtf8(sqlite3_errstr(m_bindFailure)))};
        m_bindFailure = SQLITE_OK;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        return true;
    }
    m_done = true;
    if (rc == SQLITE_DONE) {
        m_rowsAffected = sqlite3_changes(m_db);
        return true;
    }
    *error = failure(rc);
    return false;
}

bool SqliteStatement::next(Failure *error)
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc == SQLITE_DONE)
        m_rowsAffected = sqlite3_changes(m_db); // RETURNING: counted once all rows are out
    else
        *error = failure(rc);
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(bytes(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    default:
        return QVariant(QMetaType::fromType<QString>()); // NULL, as QtSql answers it
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::number(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return size == 0 ? QString(QLatin1String("")) : QString::fromUtf8(data, size);
}

QByteArray SqliteStatement::bytes(int column) const
{
    const int type = sqlite3_column_type(m_statement, column);
    if (type == SQLITE_NULL)
        return {};
    const void *data = type == SQLITE_BLOB ? sqlite3_column_blob(m_statement, column)
                                           : sqlite3_column_text(m_statement, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::readOnly() const
{
    return sqlite3_stmt_readonly(m_statement) != 0;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // the next borrower binds its own values
    m_nextParameter = 1;
    m_rowsAffected = 0;
    m_bindFailure = SQLITE_OK;
    m_ran = m_rowPending = m_done = false;
}

SqliteStatement::Failure SqliteStatement::failure(int code) const
{
    // sqlite3_step() of a v2/v3 statement returns the extended code itself.
    return {code, QString::fromUtf8(sqlite3_errmsg(m_db))};
}

} // namespace fielddesk::server
