#include "repositories/expenserepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

const QString kCategoryColumns =
    QStringLiteral("id, name, code, requires_receipt, limit_minor, active, created_at, updated_at");

const QString kExpenseColumns = QStringLiteral(
    "e.id, e.spent_on, e.category_id, c.name, e.amount_minor, e.currency, e.merchant, "
    "e.description, e.job_id, e.media_ids, e.corrects_id, e.status, e.employee_id, "
    "employee.name, e.location_id, e.over_limit, e.decided_by, decider.name, e.decided_at, "
    "e.decision_comment, e.reimbursed_at, e.submitted_at, e.version, e.updated_at");
const QString kExpenseFrom =
    QStringLiteral("expenses e JOIN users employee ON employee.id = e.employee_id "
                   "JOIN expense_categories c ON c.id = e.category_id "
                   "LEFT JOIN users decider ON decider.id = e.decided_by");

ExpenseCategory readCategory(const SqlQuery &q)
{
    ExpenseCategory c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.code = q.text(2);
    c.requiresReceipt = q.integer(3) != 0;
    if (!q.isNull(4))
        c.limitMinor = q.integer(4);
    c.active = q.integer(5) != 0;
    c.createdAt = q.text(6);
    c.updatedAt = q.text(7);
    return c;
}

Expense readExpense(const SqlQuery &q)
{
    Expense e;
    e.id = q.integer(0);
    e.date = q.text(1);
    e.categoryId = q.integer(2);
    e.categoryName = q.text(3);
    e.amountMinor = q.integer(4);
    e.currency = q.text(5);
    e.merchant = q.text(6);
    e.description = q.text(7);
    if (!q.isNull(8))
        e.jobId = q.integer(8);
    e.mediaIds = mediaIdsFromJson(q.text(9));
    if (!q.isNull(10))
        e.correctsId = q.integer(10);
    e.status = q.text(11);
    e.employeeId = q.integer(12);
    e.employeeName = q.text(13);
    e.locationId = q.integer(14);
    e.overLimit = q.integer(15) != 0;
    if (!q.isNull(16))
        e.decidedBy = q.integer(16);
    e.decidedByName = q.text(17);
    e.decidedAt = q.text(18);
    e.decisionComment = q.text(19);
    e.reimbursedAt = q.text(20);
    e.submittedAt = q.text(21);
    e.version = q.integer(22);
    e.updatedAt = q.text(23);
    return e;
}

} // namespace

QString mediaIdsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> mediaIdsFromJson(const QString &json)
{
    QList<qint64> ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(json.toUtf8()).array())
        ids << id.toInteger();
    return ids;
}

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
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("code"), QStringLiteral("code")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")}},
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("code")},
        {{QStringLiteral("active"), QStringLiteral("active"), FilterType::Boolean, false, {}}},
        {}};
    return spec;
}

const ListSpec &ExpenseRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("e.id")},
         {QStringLiteral("date"), QStringLiteral("e.spent_on")},
         {QStringLiteral("submitted_at"), QStringLiteral("e.submitted_at")},
         {QStringLiteral("amount_minor"), QStringLiteral("e.amount_minor")},
         {QStringLiteral("status"), QStringLiteral("e.status")},
         {QStringLiteral("updated_at"), QStringLiteral("e.updated_at")}},
        QStringLiteral("-date"),
        {},
        {{QStringLiteral("status"), QStringLiteral("e.status"), FilterType::Enum, true,
          allExpenseStatuses()},
         {QStringLiteral("employee_id"),
          QStringLiteral("e.employee_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("location_id"),
          QStringLiteral("e.location_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("category_id"),
          QStringLiteral("e.category_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("currency"), QStringLiteral("e.currency"), FilterType::Text, true, {}},
         {QStringLiteral("over_limit"),
          QStringLiteral("e.over_limit"),
          FilterType::Boolean,
          false,
          {}}},
        {QStringLiteral("awaiting_me"), QStringLiteral("from"), QStringLiteral("to")},
        QStringLiteral("e.id"),
        kMaxExpensePage};
    return spec;
}

std::optional<ExpenseCategory> ExpenseRepository::findCategory(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kCategoryColumns +
                         QStringLiteral(" FROM expense_categories WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readCategory(q);
}

Page<ExpenseCategory> ExpenseRepository::categories(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, categoryListSpec());
    return selectPage<ExpenseCategory>(m_db, kCategoryColumns, QStringLiteral("expense_categories"),
                                       filter, query, readCategory);
}

ExpenseCategory ExpenseRepository::insertCategory(qint64 tenantId, ExpenseCategory category)
{
    category.createdAt = category.updatedAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO expense_categories (tenant_id, name, code, "
                                    "requires_receipt, limit_minor, active, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(tenantId)
        .bind(category.name)
        .bind(category.code)
        .bind(category.requiresReceipt ? 1 : 0)
        .bind(nullableId(category.limitMinor))
        .bind(category.active ? 1 : 0)
        .bind(category.createdAt)
        .bind(category.updatedAt)
        .exec();
    q.next();
    category.id = q.integer(0);
    return category;
}

void ExpenseRepository::updateCategory(qint64 tenantId, const ExpenseCategory &category)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE expense_categories SET name = ?, code = ?, "
                                    "requires_receipt = ?, limit_minor = ?, active = ?, "
                                    "updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(category.name)
        .bind(category.code)
        .bind(category.requiresReceipt ? 1 : 0)
        .bind(nullableId(category.limitMinor))
        .bind(category.active ? 1 : 0)
        .bind(category.updatedAt)
        .bind(tenantId)
        .bind(category.id)
        .exec();
}

void ExpenseRepository::deleteCategory(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db,
               QStringLiteral("DELETE FROM expense_categories WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

QList<Expense> ExpenseRepository::select(const SqlFilter &filter, const QString &tail)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kExpenseColumns + QStringLiteral(" FROM ") +
                         kExpenseFrom + filter.clause() + tail);
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<Expense> expenses;
    while (q.next())
        expenses.append(readExpense(q));
    return expenses;
}

std::optional<Expense> ExpenseRepository::find(qint64 tenantId, qint64 id)
{
    SqlFilter filter;
    filter.where(QStringLiteral("e.tenant_id = ? AND e.id = ?"), {tenantId, id});
    const QList<Expense> found = select(filter, {});
    return found.isEmpty() ? std::nullopt : std::optional<Expense>(found.first());
}

std::optional<Expense> ExpenseRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    if (m_db.engine() == Engine::Postgres) {
        SqlQuery lock(
            m_db,
            QStringLiteral("SELECT id FROM expenses WHERE tenant_id = ? AND id = ? FOR UPDATE"));
        lock.bind(tenantId).bind(id).exec();
    }
    return find(tenantId, id);
}

Page<Expense> ExpenseRepository::list(qint64 tenantId,
                                      const OwnedScope &scope,
                                      const ExpenseListFilter &extra,
                                      const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("e.tenant_id = ?"), {tenantId});
    restrictToScope(filter, scope, expenseColumns());
    restrictToAwaiting(filter, extra.awaiting, scope.ownUserId, expenseColumns());
    if (!extra.fromDate.isEmpty())
        filter.where(QStringLiteral("e.spent_on >= ?"), {extra.fromDate});
    if (!extra.toDate.isEmpty())
        filter.where(QStringLiteral("e.spent_on <= ?"), {extra.toDate});
    filter.apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("e.search_text"), query.search);
    return selectPage<Expense>(m_db, kExpenseColumns, kExpenseFrom, filter, query, readExpense);
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

void ExpenseRepository::linkMedia(qint64 expenseId, const QList<qint64> &mediaIds)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM expense_media WHERE expense_id = ?"));
    clear.bind(expenseId).exec();
    // media_ids stays the list as sent; expense_media indexes it for "who may see this file".
    QList<qint64> linked;
    for (const qint64 mediaId : mediaIds) {
        if (linked.contains(mediaId))
            continue;
        linked << mediaId;
        SqlQuery link(m_db, QStringLiteral("INSERT INTO expense_media (expense_id, media_id) "
                                           "VALUES (?, ?)"));
        link.bind(expenseId).bind(mediaId).exec();
    }
}

Expense ExpenseRepository::insert(qint64 tenantId, Expense expense, const QString &searchText)
{
    expense.submittedAt = expense.updatedAt = nowTimestamp();
    expense.version = 1;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO expenses (tenant_id, location_id, employee_id, "
                                    "category_id, spent_on, amount_minor, currency, merchant, "
                                    "description, job_id, media_ids, corrects_id, over_limit, "
                                    "status, search_text, submitted_at, version, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?) RETURNING id"));
    q.bind(tenantId)
        .bind(expense.locationId)
        .bind(expense.employeeId)
        .bind(expense.categoryId)
        .bind(expense.date)
        .bind(expense.amountMinor)
        .bind(expense.currency)
        .bind(expense.merchant)
        .bind(expense.description)
        .bind(nullableId(expense.jobId))
        .bind(mediaIdsJson(expense.mediaIds))
        .bind(nullableId(expense.correctsId))
        .bind(expense.overLimit ? 1 : 0)
        .bind(expense.status)
        .bind(searchText)
        .bind(expense.submittedAt)
        .bind(expense.version)
        .bind(expense.updatedAt)
        .exec();
    q.next();
    expense.id = q.integer(0);
    linkMedia(expense.id, expense.mediaIds);
    return expense;
}

bool ExpenseRepository::update(qint64 tenantId,
                               const Expense &before,
                               const Expense &after,
                               const QString &searchText)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE expenses SET location_id = ?, category_id = ?, "
                                    "spent_on = ?, amount_minor = ?, currency = ?, merchant = ?, "
                                    "description = ?, job_id = ?, media_ids = ?, over_limit = ?, "
                                    "status = ?, search_text = ?, decided_by = ?, decided_at = ?, "
                                    "decision_comment = ?, reimbursed_at = ?, version = ?, "
                                    "updated_at = ? WHERE tenant_id = ? AND id = ? AND "
                                    "version = ?"));
    q.bind(after.locationId)
        .bind(after.categoryId)
        .bind(after.date)
        .bind(after.amountMinor)
        .bind(after.currency)
        .bind(after.merchant)
        .bind(after.description)
        .bind(nullableId(after.jobId))
        .bind(mediaIdsJson(after.mediaIds))
        .bind(after.overLimit ? 1 : 0)
        .bind(after.status)
        .bind(searchText)
        .bind(nullableId(after.decidedBy))
        .bind(nullableText(after.decidedAt))
        .bind(nullableText(after.decisionComment))
        .bind(nullableText(after.reimbursedAt))
        .bind(after.version)
        .bind(after.updatedAt)
        .bind(tenantId)
        .bind(after.id)
        .bind(before.version)
        .exec();
    if (q.rowsAffected() != 1)
        return false;
    if (after.mediaIds != before.mediaIds)
        linkMedia(after.id, after.mediaIds);
    return true;
}

} // namespace fielddesk::server
