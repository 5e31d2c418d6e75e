// Multi-row INSERTs for seeding: rows are collected and written many per statement, with a
// commit every few thousand rows, because one statement per row costs a round trip each on
// PostgreSQL (100,000 jobs would take minutes). Only for bulk loads outside any request.
#pragma once

#include "storage/database.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace fielddesk::server {

// Commits the open write transaction after every `rowsPerCommit` rows and opens the next, so a
// bulk load neither holds one huge transaction nor pays a commit per row.
class BatchedTransaction
{
public:
    BatchedTransaction(Database &db, int rowsPerCommit);
    void wrote(int rows);
    void commit();

private:
    Database &m_db;
    int m_rowsPerCommit;
    int m_rows = 0;
    std::optional<Transaction> m_tx;
};

class BulkInsert
{
public:
    // With `returnIds`, ids() lists the generated ids in the order the rows were added.
    BulkInsert(Database &db,
               BatchedTransaction &tx,
               const QString &table,
               const QStringList &columns,
               bool returnIds = false);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    void add(const QVariantList &row);
    // Writes the rows still pending.
    void finish();
    const QList<qint64> &ids() const { return m_ids; }
    qint64 rowsWritten() const { return m_written; }

private:
    QString statement(int rows) const;
    void write(SqlQuery &query, int rows);

    Database &m_db;
    BatchedTransaction &m_tx;
    QString m_table;
    QStringList m_columns;
    bool m_returnIds;
    int m_rowsPerStatement;
    std::unique_ptr<SqlQuery> m_full; // prepared once, for every full batch
    QVariantList m_pending;
    QList<qint64> m_ids;
    qint64 m_written = 0;
};

} // namespace fielddesk::server
