// The rules for expenses: the categories (admins and managers write them, everyone reads
// them; deactivated rather than deleted once an expense names them), filing one's own
// expenses with receipts (a category may require one; over its limit is allowed but flagged),
// changing them while they await a decision, corrections (a new entry naming an approved one,
// the only kind that may be negative), and the workflow submitted → approved | rejected,
// approved → reimbursed, cancel while submitted — decided by the shared rules
// (services/approvalrules.h) with history, comments, audit rows, events and notifications.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "fielddesk/domain/requests.h"
#include "repositories/expenserepository.h"
#include "services/approvalrules.h"
#include "services/callcontext.h"
#include "services/decidedentries.h"

namespace fielddesk::server {

class EventNotifier;

struct ExpenseCategoryFields
{
    Patch<QString> name;
    Patch<QString> code;
    Patch<bool> requiresReceipt;
    NullablePatch<qint64> limitMinor;
    Patch<bool> active;
};

// A new expense (create) or a change of one (PATCH names only what it changes).
struct ExpenseFields
{
    Patch<QString> date; // YYYY-MM-DD
    Patch<qint64> categoryId;
    Patch<qint64> amountMinor;
    Patch<QString> currency; // default: the tenant's
    Patch<QString> merchant;
    Patch<QString> description;
    NullablePatch<qint64> jobId;
    Patch<QList<qint64>> mediaIds;
    std::optional<qint64> correctsId;      // create only
    std::optional<qint64> locationId;      // create only; default: the job's, else the first
    std::optional<qint64> expectedVersion; // change only
};

// Gets, decides and comments on expenses, and reads their history, as services/decidedentries.h
// does for every kind.
class ExpenseService : private DecidedEntries<Expense, ExpenseRepository>
{
public:
    ExpenseService(Database &db, EventNotifier &events)
        : DecidedEntries(db, events, kind())
        , m_db(db)
        , m_events(events)
    {}

    Page<ExpenseCategory> categories(const Principal &caller, const ListQuery &query);
    Result<ExpenseCategory> category(const Principal &caller, qint64 id);
    Result<ExpenseCategory> createCategory(const CallContext &call,
                                           const ExpenseCategoryFields &fields);
    Result<ExpenseCategory>
    updateCategory(const CallContext &call, qint64 id, const ExpenseCategoryFields &fields);
    // Only while no expense names it (409: deactivate it instead).
    Status removeCategory(const CallContext &call, qint64 id);

    Result<Expense> create(const CallContext &call, const ExpenseFields &fields);
    Result<Page<Expense>> list(const Principal &caller, const ListQuery &query);
    Result<Expense> update(const CallContext &call, qint64 id, const ExpenseFields &fields);
    // approve, reject, reimburse or cancel.
    using DecidedEntries::comment;
    using DecidedEntries::decide;
    using DecidedEntries::get;
    using DecidedEntries::history;

    // What the shared steps know of expenses.
    static const DecidedEntryKind<Expense> &kind();

    // The lifecycle of every expense.
    static const Workflow &workflow();

private:
    // Applies `fields` to `expense` (the caller's own) and checks the result.
    std::optional<Failure>
    apply(const Principal &caller, Expense &expense, const ExpenseFields &fields, bool creating);

    Database &m_db;
    EventNotifier &m_events;
};

} // namespace fielddesk::server
