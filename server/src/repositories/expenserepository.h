// SQL for expense categories and expenses. Every change of an expense goes through update()
// with the version the caller read, so a change based on a stale read changes nothing.
// Categories are deactivated rather than deleted once an expense names them (the foreign key
// refuses the deletion).
#pragma once

#include "fielddesk/domain/money.h"
#include "repositories/decisionscope.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class ExpenseRepository
{
public:
    explicit ExpenseRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &categoryListSpec();
    static const ListSpec &listSpec();

    std::optional<ExpenseCategory> findCategory(qint64 tenantId, qint64 id);
    Page<ExpenseCategory> categories(qint64 tenantId, const ListQuery &query);
    ExpenseCategory insertCategory(qint64 tenantId, ExpenseCategory category);
    void updateCategory(qint64 tenantId, const ExpenseCategory &category);
    void deleteCategory(qint64 tenantId, qint64 id);

    std::optional<Expense> find(qint64 tenantId, qint64 id);
    // find() that also locks the row until the transaction ends (PostgreSQL).
    std::optional<Expense> findForUpdate(qint64 tenantId, qint64 id);
    Page<Expense> list(qint64 tenantId,
                       const OwnedScope &scope,
                       const MoneyListFilter &extra,
                       const ListQuery &query);
    // Whether an expense within `scope` has this media (a receipt) attached.
    bool anyWithMedia(qint64 tenantId, const OwnedScope &scope, qint64 mediaId);
    // The sum of the corrections of `correctedId` that are still alive (submitted, approved
    // or reimbursed), but for `exceptId`.
    qint64 correctionsTotal(qint64 tenantId, qint64 correctedId, qint64 exceptId = 0);
    // Stores the expense (and what search matches in it) and links it to its media.
    Expense insert(qint64 tenantId, Expense expense);
    // Writes every changeable column if the stored version is still before.version (and
    // relinks the media when they changed).
    bool update(qint64 tenantId, const Expense &before, const Expense &after);

private:
    Database &m_db;
};

// The columns expenses keep their owner, location and status in (as `e`).
const OwnedColumns &expenseColumns();

} // namespace fielddesk::server
