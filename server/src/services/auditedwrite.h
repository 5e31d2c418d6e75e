// One audited change of one row, written once for every service that edits rows one at a
// time (skills, services, tools, clothing, locations...): the transaction, the write, the
// audit row with the row before and after, and the refusals a client can cause turned into
// 409s instead of 500s (a unique name taken, a row others still refer to).
#pragma once

#include "core/result.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "services/callcontext.h"
#include "storage/database.h"

#include <functional>
#include <optional>

namespace fielddesk::server {

// What the audit log and the answers say about a kind of row.
template<typename T>
struct AuditedRow
{
    QString objectType; // "skill": the audit rows' object type and the actions' prefix
    Failure notFound;   // the row is not there (or belongs to another tenant)
    QString duplicate;  // a unique name or code is taken already
    QString stillUsed;  // other rows still refer to it (removal)
    // The location the audit row is filed under; none by default.
    std::function<std::optional<qint64>(const T &)> locationOf = [](const T &) {
        return std::optional<qint64>();
    };
};

namespace audited {

template<typename T>
std::optional<Failure> refusal(const AuditedRow<T> &row, const DatabaseError &error)
{
    if (error.kind() == DatabaseError::Kind::UniqueViolation && !row.duplicate.isEmpty())
        return Failure::conflict(row.duplicate);
    if (error.kind() == DatabaseError::Kind::ForeignKeyViolation && !row.stillUsed.isEmpty())
        return Failure::conflict(row.stillUsed);
    return std::nullopt;
}

template<typename T>
void append(Database &db,
            const CallContext &call,
            const AuditedRow<T> &row,
            const char *verb,
            const std::optional<T> &before,
            const std::optional<T> &after)
{
    const T &either = after ? *after : *before;
    AuditRepository(db).append(call.audit(row.objectType + QLatin1Char('.') + QLatin1String(verb),
                                          row.objectType, either.id, row.locationOf(either),
                                          before ? toJsonText(*before) : QByteArray(),
                                          after ? toJsonText(*after) : QByteArray()));
}

} // namespace audited

// insert() stores the new row and answers it as stored (or a Failure).
template<typename T, typename Insert>
Result<T>
createAudited(Database &db, const CallContext &call, const AuditedRow<T> &row, Insert insert)
{
    try {
        Transaction tx(db);
        Result<T> created = insert();
        if (!created)
            return created.failure();
        audited::append<T>(db, call, row, "created", std::nullopt, *created);
        tx.commit();
        return created;
    } catch (const DatabaseError &e) {
        if (auto refused = audited::refusal(row, e))
            return *refused;
        throw;
    }
}

// find() reads the row in the transaction; edit(row) changes it (or answers why not);
// store(row) writes it, with updated_at set.
template<typename T, typename Find, typename Edit, typename Store>
Result<T> updateAudited(Database &db,
                        const CallContext &call,
                        const AuditedRow<T> &row,
                        Find find,
                        Edit edit,
                        Store store)
{
    try {
        Transaction tx(db);
        const std::optional<T> before = find();
        if (!before)
            return row.notFound;
        T after = *before;
        if (std::optional<Failure> refused = edit(after))
            return *refused;
        after.updatedAt = nowTimestamp();
        store(after);
        audited::append<T>(db, call, row, "updated", before, after);
        tx.commit();
        return after;
    } catch (const DatabaseError &e) {
        if (auto refused = audited::refusal(row, e))
            return *refused;
        throw;
    }
}

// find() reads the row in the transaction; remove() deletes it.
template<typename T, typename Find, typename Remove>
Status removeAudited(
    Database &db, const CallContext &call, const AuditedRow<T> &row, Find find, Remove remove)
{
    try {
        Transaction tx(db);
        const std::optional<T> before = find();
        if (!before)
            return row.notFound;
        remove();
        audited::append<T>(db, call, row, "deleted", before, std::nullopt);
        tx.commit();
        return Done{};
    } catch (const DatabaseError &e) {
        if (auto refused = audited::refusal(row, e))
            return *refused;
        throw;
    }
}

} // namespace fielddesk::server
