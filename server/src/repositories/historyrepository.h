// SQL for the history of the things that move through a workflow (requests, expenses,
// spiffs): each keeps a table of the same columns (request_history, expense_history, …) with
// one row per submission, step and comment. An entry's requestId is the id of the object it
// belongs to, whichever kind that is.
#pragma once

#include "fielddesk/domain/requests.h"
#include "storage/database.h"

namespace fielddesk::server {

class HistoryRepository
{
public:
    // table: "expense_history"; keyColumn: the column naming the object ("expense_id").
    HistoryRepository(Database &db, QString table, QString keyColumn)
        : m_db(db)
        , m_table(std::move(table))
        , m_keyColumn(std::move(keyColumn))
    {}

    // Stores the entry now; the entry as stored.
    RequestHistoryEntry append(qint64 tenantId, RequestHistoryEntry entry);
    // The object's entries, oldest first.
    QList<RequestHistoryEntry> of(qint64 objectId);

private:
    Database &m_db;
    QString m_table;
    QString m_keyColumn;
};

// An entry's JSON with the object's id under `objectKey` ("expense_id") instead of
// "request_id"; the rest as a request's history has it, so one reader reads both.
void writeHistoryEntry(JsonWriter &w, const RequestHistoryEntry &entry, const char *objectKey);

} // namespace fielddesk::server
