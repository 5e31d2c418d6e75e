// Which rows of the things people file for a decision (requests, expenses, spiffs) a caller may
// read, and which await the caller's decision, as SQL conditions: one home for every
// repository that lists them.
#pragma once

#include "storage/sqlfilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::server {

// A caller's own rows always; others' at these locations (nullopt: every location), or none.
struct OwnedScope
{
    qint64 ownUserId = 0;
    bool othersVisible = false;
    std::optional<QList<qint64>> locationIds;
};

// awaiting_me=true: submitted, not the caller's own, at the locations the caller decides for
// (nullopt: all of them).
struct AwaitingMe
{
    bool only = false;
    std::optional<QList<qint64>> at;
};

// The columns a table keeps its owner, location and status in ("e.employee_id", …).
struct OwnedColumns
{
    QString owner;
    QString location;
    QString status;
};

// The filters of a list of expenses or spiffs that are not plain column comparisons
// (resolved by the service).
struct MoneyListFilter
{
    AwaitingMe awaiting;
    QString fromDate; // YYYY-MM-DD, the entry's date at or after
    QString toDate;   // YYYY-MM-DD, at or before
};

// Limits `filter` to the rows `scope` lets a caller read.
void restrictToScope(SqlFilter &filter, const OwnedScope &scope, const OwnedColumns &columns);
// Limits `filter` to the rows awaiting the caller's decision, when `awaiting` asks for that.
void restrictToAwaiting(SqlFilter &filter,
                        const AwaitingMe &awaiting,
                        qint64 callerId,
                        const OwnedColumns &columns);
// Limits `filter` to what `scope` lets a caller read, what awaits them if `extra` asks for
// that, and entries of `dateColumn` within its dates.
void restrictToMoneyList(SqlFilter &filter,
                         const OwnedScope &scope,
                         const MoneyListFilter &extra,
                         const OwnedColumns &columns,
                         const QString &dateColumn);

} // namespace fielddesk::server
