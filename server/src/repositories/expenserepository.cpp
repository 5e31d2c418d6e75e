#include "repositories/expenserepository.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/mediarepository.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const QString kMediaLinks = QStringLiteral("expense_media");
const QString kMediaKey = QStringLiteral("expense_id");

const Table<ExpenseCategory> &categoryTable()
{
    static const Table<ExpenseCategory> table(
        QStringLiteral("expense_categories"),
        {column(QStringLiteral("id"), &ExpenseCategory::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &ExpenseCategory::name),
         column(QStringLiteral("code"), &ExpenseCategory::code),
         column(QStringLiteral("requires_receipt"), &ExpenseCategory::requiresReceipt),
         column(QStringLiteral("limit_minor"), &ExpenseCategory::limitMinor),
         column(QStringLiteral("active"), &ExpenseCategory::active),
         column(QStringLiteral("created_at"), &ExpenseCategory::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &ExpenseCategory::updatedAt)});
    return table;
}

// What search matches: the employee, the category, the merchant and the description.
QString searchTextOf(const Expense &e)
{
    return foldForSearch(
        QStringList{e.employeeName, e.categoryName, e.merchant, e.description}.join(
            QLatin1Char('\n')));
}

// Read with the names of the employee, the category and the decider.
const Table<Expense> &expenseTable()
{
    static const Table<Expense> table(
        QStringLiteral("expenses"),
        {column(QStringLiteral("id"), &Expense::id, ColumnWrite::Never),
         column(QStringLiteral("spent_on"), &Expense::date),
         column(QStringLiteral("category_id"), &Expense::categoryId),
         expression(QStringLiteral("c.name"), &Expense::categoryName),
         column(QStringLiteral("amount_minor"), &Expense::amountMinor),
         column(QStringLiteral("currency"), &Expense::currency),
         column(QStringLiteral("merchant"), &Expense::merchant),
         column(QStringLiteral("description"), &Expense::description),
         column(QStringLiteral("job_id"), &Expense::jobId),
         textColumn(QStringLiteral("media_ids"), &Expense::mediaIds, mediaIdsFromJson,
                    mediaIdsJson),
         column(QStringLiteral("corrects_id"), &Expense::correctsId, ColumnWrite::OnInsert),
         column(QStringLiteral("status"), &Expense::status),
         column(QStringLiteral("employee_id"), &Expense::employeeId, ColumnWrite::OnInsert),
         expression(QStringLiteral("employee.name"), &Expense::employeeName),
         column(QStringLiteral("location_id"), &Expense::locationId),
         column(QStringLiteral("over_limit"), &Expense::overLimit),
         column(QStringLiteral("decided_by"), &Expense::decidedBy),
         expression(QStringLiteral("decider.name"), &Expense::decidedByName),
         nullableTextColumn(QStringLiteral("decided_at"), &Expense::decidedAt),
         nullableTextColumn(QStringLiteral("decision_comment"), &Expense::decisionComment),
         nullableTextColumn(QStringLiteral("reimbursed_at"), &Expense::reimbursedAt),
         column(QStringLiteral("submitted_at"), &Expense::submittedAt, ColumnWrite::OnInsert),
         column(QStringLiteral("version"), &Expense::version),
         column(QStringLiteral("updated_at"), &Expense::updatedAt),
         derived<Expense>(QStringLiteral("search_text"), searchTextOf)},
        QStringLiteral("e"),
        QStringLiteral("JOIN users employee ON employee.id = e.employee_id "
                       "JOIN expense_categories c ON c.id = e.category_id "
                       "LEFT JOIN users decider ON decider.id = e.decided_by"));
    return table;
}

} // namespace

const OwnedColumns &expenseColumns()
{
    static const OwnedColumns columns{QStringLiteral("e.employee_id"),
                                      QStringLiteral("e.location_id"), QStringLiteral("e.status")};
    return columns;
}

// An inbox reads everything awaiting a decision at once, as the requests' does.
constexpr int kMaxExpensePage = 5000;

const ListSpec &ExpenseRepository::categoryListSpec()
{
    const Table<ExpenseCategory> &table = categoryTable();
    static const ListSpec spec{
        table.orderable({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("code"),
                         QStringLiteral("created_at")}),
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("code")},
        {table.filter(QStringLiteral("active"), FilterType::Boolean)},
        {}};
    return spec;
}

const ListSpec &ExpenseRepository::listSpec()
{
    const Table<Expense> &table = expenseTable();
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("e.id")},
         {QStringLiteral("date"), QStringLiteral("e.spent_on")},
         {QStringLiteral("submitted_at"), QStringLiteral("e.submitted_at")},
         {QStringLiteral("amount_minor"), QStringLiteral("e.amount_minor")},
         {QStringLiteral("status"), QStringLiteral("e.status")},
         {QStringLiteral("updated_at"), QStringLiteral("e.updated_at")}},
        QStringLiteral("-date"),
        {},
        {table.filter(QStringLiteral("status"), FilterType::Enum, true, allExpenseStatuses()),
         table.filter(QStringLiteral("employee_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("location_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("category_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("currency"), FilterType::Text, true),
         table.filter(QStringLiteral("over_limit"), FilterType::Boolean)},
        {QStringLiteral("awaiting_me"), QStringLiteral("from"), QStringLiteral("to")},
        table.qualified(QStringLiteral("id")),
        kMaxExpensePage};
    return spec;
}

std::optional<ExpenseCategory> ExpenseRepository::findCategory(qint64 tenantId, qint64 id)
{
    return categoryTable().find(m_db, tenantId, id);
}

Page<ExpenseCategory> ExpenseRepository::categories(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, categoryListSpec());
    return categoryTable().page(m_db, filter, query);
}

ExpenseCategory ExpenseRepository::insertCategory(qint64 tenantId, ExpenseCategory category)
{
    category.createdAt = category.updatedAt = nowTimestamp();
    category.id = categoryTable().insert(m_db, category, {{QStringLiteral("tenant_id"), tenantId}});
    return category;
}

void ExpenseRepository::updateCategory(qint64 tenantId, const ExpenseCategory &category)
{
    categoryTable().update(m_db, category, tenantId);
}

void ExpenseRepository::deleteCategory(qint64 tenantId, qint64 id)
{
    categoryTable().remove(m_db, tenantId, id);
}

std::optional<Expense> ExpenseRepository::find(qint64 tenantId, qint64 id)
{
    return expenseTable().find(m_db, tenantId, id);
}

std::optional<Expense> ExpenseRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    expenseTable().lockForUpdate(m_db, tenantId, id);
    return find(tenantId, id);
}

Page<Expense> ExpenseRepository::list(qint64 tenantId,
                                      const OwnedScope &scope,
                                      const MoneyListFilter &extra,
                                      const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("e.tenant_id = ?"), {tenantId});
    restrictToMoneyList(filter, scope, extra, expenseColumns(), QStringLiteral("e.spent_on"));
    filter.apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("e.search_text"), query.search);
    return expenseTable().page(m_db, filter, query);
}

bool ExpenseRepository::anyWithMedia(qint64 tenantId, const OwnedScope &scope, qint64 mediaId)
{
    SqlFilter filter;
    filter.where(QStringLiteral("e.tenant_id = ? AND m.media_id = ?"), {tenantId, mediaId});
    restrictToScope(filter, scope, expenseColumns());
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM expenses e JOIN expense_media m ON "
                                    "m.expense_id = e.id") +
                         filter.clause() + QStringLiteral(" LIMIT 1"));
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    return q.next();
}

qint64 ExpenseRepository::correctionsTotal(qint64 tenantId, qint64 correctedId, qint64 exceptId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM expenses WHERE "
                                    "tenant_id = ? AND corrects_id = ? AND id <> ? AND status IN "
                                    "('submitted', 'approved', 'reimbursed')"));
    q.bind(tenantId).bind(correctedId).bind(exceptId).exec();
    return q.next() ? q.integer(0) : 0;
}

Expense ExpenseRepository::insert(qint64 tenantId, Expense expense)
{
    expense.submittedAt = expense.updatedAt = nowTimestamp();
    expense.version = 1;
    expense.id = expenseTable().insert(m_db, expense, {{QStringLiteral("tenant_id"), tenantId}});
    MediaRepository(m_db).link(kMediaLinks, kMediaKey, expense.id, expense.mediaIds);
    return expense;
}

bool ExpenseRepository::update(qint64 tenantId, const Expense &before, const Expense &after)
{
    if (!expenseTable().updateAtVersion(m_db, after, tenantId, before.version))
        return false;
    if (after.mediaIds != before.mediaIds)
        MediaRepository(m_db).link(kMediaLinks, kMediaKey, after.id, after.mediaIds);
    return true;
}

} // namespace fielddesk::server
