#include "storage/bulkinsert.h"

#include <algorithm>

namespace fielddesk::server {

namespace {
// Stays under the 999 parameters old SQLite builds allow per statement.
constexpr int kMaxParameters = 999;
} // namespace

BatchedTransaction::BatchedTransaction(Database &db, int rowsPerCommit)
    : m_db(db)
    , m_rowsPerCommit(std::max(1, rowsPerCommit))
{}

void BatchedTransaction::wrote(int rows)
{
    if (!m_tx)
        m_tx.emplace(m_db);
    m_rows += rows;
    if (m_rows >= m_rowsPerCommit)
        commit();
}

void BatchedTransaction::commit()
{
    if (m_tx) {
        m_tx->commit();
        m_tx.reset();
    }
    m_rows = 0;
}

BulkInsert::BulkInsert(Database &db,
                       BatchedTransaction &tx,
                       const QString &table,
                       const QStringList &columns,
                       bool returnIds)
    : m_db(db)
    , m_tx(tx)
    , m_table(table)
    , m_columns(columns)
    , m_returnIds(returnIds)
    , m_rowsPerStatement(std::max(1, kMaxParameters / int(columns.size())))
{}

BulkInsert::~BulkInsert() = default;

QString BulkInsert::statement(int rows) const
{
    const QString marks =
        QLatin1Char('(') +
        QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
        QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")));
    sql += QStringList(rows, marks).join(QLatin1Char(','));
    if (m_returnIds)
        sql += QStringLiteral(" RETURNING id");
    return sql;
}

void BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    if (m_pending.size() < m_rowsPerStatement * m_columns.size())
        return;
    if (!m_full) {
        // Prepared before the transaction opens: PostgreSQL keeps it for the session.
        m_full = std::make_unique<SqlQuery>(m_db, statement(m_rowsPerStatement));
    }
    write(*m_full, m_rowsPerStatement);
}

void BulkInsert::finish()
{
    if (m_pending.isEmpty())
        return;
    SqlQuery tail(m_db, statement(int(m_pending.size() / m_columns.size())));
    write(tail, int(m_pending.size() / m_columns.size()));
}

void BulkInsert::write(SqlQuery &query, int rows)
{
    m_tx.wrote(0); // opens the transaction before the first statement
    for (const QVariant &value : std::as_const(m_pending))
        query.bind(value);
    query.exec();
    m_pending.clear();
    if (m_returnIds) {
        // Both engines number the rows of one INSERT in VALUES order, though RETURNING may
        // list them in any order: sorting restores the order the rows were added in.
        QList<qint64> batch;
        batch.reserve(rows);
        while (query.next())
            batch.append(query.integer(0));
        std::sort(batch.begin(), batch.end());
        m_ids.append(batch);
    }
    m_written += rows;
    m_tx.wrote(rows);
}

} // namespace fielddesk::server
