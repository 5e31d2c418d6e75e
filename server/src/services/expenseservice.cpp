#include "services/expenseservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/historyrepository.h"
#include "repositories/jobrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "services/attachmentvisibility.h"
#include "services/auditedwrite.h"
#include "services/daterange.h"
#include "services/jobwrite.h"
#include "services/moneyevents.h"
#include "services/moneyvisibility.h"
#include "services/notificationservice.h"
#include "storage/sqlfilter.h"

namespace fielddesk::server {

namespace {

const QString kReimburse = QStringLiteral("reimburse");
// Statuses an approved amount is in: what a correction may name.
const QStringList kApprovedExpenseStatuses{QStringLiteral("approved"),
                                           QStringLiteral("reimbursed")};

Failure noSuchCategory(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no expense category #%1.").arg(id));
}

Failure noSuchExpense(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no expense #%1.").arg(id));
}

AuditedRow<ExpenseCategory> categoryRow(qint64 id, const QString &code)
{
    return {QStringLiteral("expense_category"), noSuchCategory(id),
            QStringLiteral("An expense category with the code \"%1\" exists already.").arg(code),
            QStringLiteral("Expenses name this category: deactivate it (active: false) instead.")};
}

ApprovalSubject subjectOf(const Expense &expense)
{
    return {.noun = QStringLiteral("expense"),
            .ownerWord = QStringLiteral("employee who filed it"),
            .id = expense.id,
            .ownerId = expense.employeeId,
            .locationId = expense.locationId,
            .status = expense.status,
            .version = expense.version,
            .currentJson = toJsonText(expense)};
}

HistoryRepository expenseHistory(Database &db)
{
    return HistoryRepository(db, QStringLiteral("expense_history"), QStringLiteral("expense_id"));
}

// What search matches: the employee, the category, the merchant and the description.
QString searchTextOf(const Expense &e)
{
    return foldForSearch(
        QStringList{e.employeeName, e.categoryName, e.merchant, e.description}.join(
            QLatin1Char('\n')));
}

// "Fuel, 45.20 USD"
QString shortly(const Expense &e)
{
    return QStringLiteral("%1, %2 %3")
        .arg(e.categoryName, decimalText(e.amountMinor, e.currency), e.currency);
}

Notification notificationAbout(const Expense &expense,
                               const QString &kind,
                               const QString &title,
                               const QString &body = {})
{
    Notification n;
    n.kind = kind;
    n.title = title;
    n.body = body;
    n.objectType = QStringLiteral("expense");
    n.objectId = expense.id;
    return n;
}

} // namespace

const Workflow &ExpenseService::workflow()
{
    static const Workflow steps({
        {approval::kApprove, approval::kSubmitted, QStringLiteral("approved")},
        {approval::kReject, approval::kSubmitted, QStringLiteral("rejected")},
        {approval::kCancel, approval::kSubmitted, QStringLiteral("cancelled")},
        {kReimburse, QStringLiteral("approved"), QStringLiteral("reimbursed")},
    });
    return steps;
}

// --- categories ---------------------------------------------------------------------------

Page<ExpenseCategory> ExpenseService::categories(const Principal &caller, const ListQuery &query)
{
    return ExpenseRepository(m_db).categories(caller.tenantId, query);
}

Result<ExpenseCategory> ExpenseService::category(const Principal &caller, qint64 id)
{
    const std::optional<ExpenseCategory> found =
        ExpenseRepository(m_db).findCategory(caller.tenantId, id);
    if (!found)
        return noSuchCategory(id);
    return *found;
}

namespace {

std::optional<Failure> applyCategory(ExpenseCategory &category, const ExpenseCategoryFields &fields)
{
    applyPatch(category.name, fields.name);
    applyPatch(category.code, fields.code);
    applyPatch(category.requiresReceipt, fields.requiresReceipt);
    applyPatch(category.limitMinor, fields.limitMinor);
    applyPatch(category.active, fields.active);
    if (category.limitMinor && *category.limitMinor <= 0)
        return Failure::validation(QStringLiteral("limit_minor"),
                                   QStringLiteral("must be positive (null: no limit)"));
    return std::nullopt;
}

} // namespace

Result<ExpenseCategory> ExpenseService::createCategory(const CallContext &call,
                                                       const ExpenseCategoryFields &fields)
{
    ExpenseCategory category;
    if (std::optional<Failure> wrong = applyCategory(category, fields))
        return *wrong;
    return createAudited(
        m_db, call, categoryRow(0, category.code), [&]() -> Result<ExpenseCategory> {
            return ExpenseRepository(m_db).insertCategory(call.principal.tenantId, category);
        });
}

Result<ExpenseCategory> ExpenseService::updateCategory(const CallContext &call,
                                                       qint64 id,
                                                       const ExpenseCategoryFields &fields)
{
    ExpenseRepository repository(m_db);
    return updateAudited(
        m_db, call, categoryRow(id, fields.code.value_or(QString())),
        [&] { return repository.findCategory(call.principal.tenantId, id); },
        [&](ExpenseCategory &category) { return applyCategory(category, fields); },
        [&](const ExpenseCategory &category) {
            repository.updateCategory(call.principal.tenantId, category);
        });
}

Status ExpenseService::removeCategory(const CallContext &call, qint64 id)
{
    ExpenseRepository repository(m_db);
    return removeAudited(
        m_db, call, categoryRow(id, QString()),
        [&] { return repository.findCategory(call.principal.tenantId, id); },
        [&] { repository.deleteCategory(call.principal.tenantId, id); });
}

// --- expenses -----------------------------------------------------------------------------

std::optional<Failure> ExpenseService::apply(const Principal &caller,
                                             Expense &expense,
                                             const ExpenseFields &fields,
                                             bool creating)
{
    ExpenseRepository expenses(m_db);
    const Tenant tenant = TenantRepository(m_db).find(caller.tenantId).value();
    const Expense before = expense;
    applyPatch(expense.date, fields.date);
    applyPatch(expense.categoryId, fields.categoryId);
    applyPatch(expense.amountMinor, fields.amountMinor);
    applyPatch(expense.merchant, fields.merchant);
    applyPatch(expense.description, fields.description);
    applyPatch(expense.jobId, fields.jobId);
    applyPatch(expense.mediaIds, fields.mediaIds);
    if (creating) {
        expense.currency = fields.currency.value_or(tenant.currency);
        expense.correctsId = fields.correctsId;
    } else {
        applyPatch(expense.currency, fields.currency);
    }

    if (!QDate::fromString(expense.date, Qt::ISODate).isValid())
        return Failure::validation(QStringLiteral("date"),
                                   QStringLiteral("must be a date (YYYY-MM-DD)"));
    const std::optional<ExpenseCategory> category =
        expenses.findCategory(caller.tenantId, expense.categoryId);
    if (!category || (!category->active && (creating || expense.categoryId != before.categoryId)))
        return Failure::validation(QStringLiteral("category_id"),
                                   QStringLiteral("is not an active expense category"));
    expense.categoryName = category->name;
    if (!isCurrencyCode(expense.currency))
        return Failure::validation(QStringLiteral("currency"),
                                   QStringLiteral("is not an ISO 4217 currency code"));
    if (expense.amountMinor == 0)
        return Failure::validation(QStringLiteral("amount_minor"),
                                   QStringLiteral("may not be zero"));
    if (expense.amountMinor < 0 && !expense.correctsId)
        return Failure::validation(QStringLiteral("amount_minor"),
                                   QStringLiteral("must be positive: only a correction (naming "
                                                  "corrects_id) may be negative"));
    if (expense.correctsId) {
        const std::optional<Expense> corrected =
            expenses.find(caller.tenantId, *expense.correctsId);
        if (!corrected || corrected->employeeId != expense.employeeId)
            return Failure::validation(QStringLiteral("corrects_id"),
                                       QStringLiteral("is not one of your expenses"));
        if (!kApprovedExpenseStatuses.contains(corrected->status))
            return Failure::validation(
                QStringLiteral("corrects_id"),
                QStringLiteral("is %1: only an approved expense is corrected (change or cancel "
                               "one that awaits a decision)")
                    .arg(corrected->status));
        if (corrected->correctsId)
            return Failure::validation(
                QStringLiteral("corrects_id"),
                QStringLiteral("is a correction itself: correct expense #%1 instead")
                    .arg(*corrected->correctsId));
        if (corrected->currency != expense.currency)
            return Failure::validation(
                QStringLiteral("currency"),
                QStringLiteral("must be the corrected expense's (%1)").arg(corrected->currency));
        const qint64 total = corrected->amountMinor +
                             expenses.correctionsTotal(caller.tenantId, corrected->id, expense.id) +
                             expense.amountMinor;
        if (total < 0)
            return Failure::validation(
                QStringLiteral("amount_minor"),
                QStringLiteral("takes expense #%1 below zero (%2 %3 with its corrections)")
                    .arg(corrected->id)
                    .arg(decimalText(total, expense.currency), expense.currency));
    }
    if (expense.jobId && expense.jobId != before.jobId) {
        const std::optional<Job> job = JobRepository(m_db).find(caller.tenantId, *expense.jobId);
        if (!job || !canSeeJob(m_db, caller, *job))
            return Failure::validation(QStringLiteral("job_id"),
                                       QStringLiteral("is not a job you can see"));
        if (creating && !fields.locationId && caller.locationIds.contains(job->locationId))
            expense.locationId = job->locationId;
    }
    if (category->requiresReceipt && !expense.correctsId && expense.mediaIds.isEmpty())
        return Failure::validation(
            QStringLiteral("media_ids"),
            QStringLiteral("needs a receipt: %1 expenses are filed with one").arg(category->name));
    if (creating || expense.mediaIds != before.mediaIds) {
        if (std::optional<Failure> wrong = checkOwnUploads(m_db, caller, expense.mediaIds))
            return wrong;
    }
    // A limit is in the tenant's currency: it flags what it can compare.
    expense.overLimit = category->limitMinor && expense.currency == tenant.currency &&
                        expense.amountMinor > *category->limitMinor;
    return std::nullopt;
}

Result<Expense> ExpenseService::create(const CallContext &call, const ExpenseFields &fields)
{
    const Principal &caller = call.principal;
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("Expenses are filed by people, not API keys."));
    Expense expense;
    expense.status = approval::kSubmitted;
    expense.employeeId = caller.userId;
    expense.employeeName = caller.name;
    if (fields.locationId) {
        const bool works = caller.locationIds.contains(*fields.locationId) ||
                           (caller.isAdmin() &&
                            LocationRepository(m_db).find(caller.tenantId, *fields.locationId));
        if (!works)
            return Failure::validation(QStringLiteral("location_id"),
                                       QStringLiteral("is not one of your locations"));
        expense.locationId = *fields.locationId;
    } else if (!caller.locationIds.isEmpty()) {
        expense.locationId = caller.locationIds.first();
    } else {
        return Failure::validation(QStringLiteral("location_id"),
                                   QStringLiteral("is required: you work at no location"));
    }
    if (std::optional<Failure> wrong = apply(caller, expense, fields, true))
        return *wrong;

    Transaction tx(m_db);
    ExpenseRepository expenses(m_db);
    expense = expenses.insert(caller.tenantId, expense, searchTextOf(expense));
    RequestHistoryEntry entry;
    entry.requestId = expense.id;
    entry.action = approval::kSubmitted;
    entry.toStatus = approval::kSubmitted;
    entry.actorId = caller.userId;
    entry.actorName = caller.name;
    expenseHistory(m_db).append(caller.tenantId, entry);
    const Expense stored = expenses.find(caller.tenantId, expense.id).value();
    MoneyEvents::announce(m_db, call, stored, entry.action);
    NotificationService::raise(
        m_db, call, UserRepository(m_db).activeManagersAt(caller.tenantId, stored.locationId),
        notificationAbout(
            stored, QStringLiteral("expense.submitted"),
            QStringLiteral("%1 filed an expense: %2").arg(caller.name, shortly(stored)),
            stored.overLimit ? QStringLiteral("Over the category's limit.") : QString()));
    AuditRepository(m_db).append(call.audit(QStringLiteral("expense.created"),
                                            QStringLiteral("expense"), stored.id, stored.locationId,
                                            {}, toJsonText(stored)));
    tx.commit();
    m_events.notifyCommitted();
    return stored;
}

Result<Page<Expense>> ExpenseService::list(const Principal &caller, const ListQuery &query)
{
    ExpenseListFilter extra;
    const Result<AwaitingMe> awaiting = approval::awaitingMeOf(caller, query);
    if (!awaiting)
        return awaiting.failure();
    extra.awaiting = *awaiting;
    const std::optional<Tenant> tenant = TenantRepository(m_db).find(caller.tenantId);
    const Result<DateRange> range =
        dateRangeOf(query.raw, QTimeZone(tenant ? tenant->timeZone.toUtf8() : QByteArray("UTC")));
    if (!range)
        return range.failure();
    extra.fromDate = range->from;
    extra.toDate = range->to;
    return ExpenseRepository(m_db).list(caller.tenantId, moneyScopeOf(caller), extra, query);
}

Result<Expense> ExpenseService::get(const Principal &caller, qint64 id)
{
    const std::optional<Expense> expense = ExpenseRepository(m_db).find(caller.tenantId, id);
    if (!expense || !canSeeMoney(caller, expense->employeeId, expense->locationId))
        return noSuchExpense(id);
    return *expense;
}

Result<Expense>
ExpenseService::update(const CallContext &call, qint64 id, const ExpenseFields &fields)
{
    const Principal &caller = call.principal;
    ExpenseRepository expenses(m_db);
    Transaction tx(m_db);
    const std::optional<Expense> before = expenses.findForUpdate(caller.tenantId, id);
    if (!before || !canSeeMoney(caller, before->employeeId, before->locationId))
        return noSuchExpense(id);
    if (before->employeeId != caller.userId)
        return Failure::forbidden(
            QStringLiteral("Only the employee who filed an expense changes it."));
    if (before->status != approval::kSubmitted)
        return approval::frozen(workflow(), subjectOf(*before),
                                kApprovedExpenseStatuses.contains(before->status)
                                    ? QStringLiteral("An approved amount never changes: file a "
                                                     "correction naming it (corrects_id).")
                                    : QString());
    if (fields.expectedVersion && *fields.expectedVersion != before->version)
        return approval::staleVersion(subjectOf(*before), *fields.expectedVersion);
    Expense after = *before;
    if (std::optional<Failure> wrong = apply(caller, after, fields, false))
        return *wrong;
    after.version = before->version + 1;
    after.updatedAt = nowTimestamp();
    if (!expenses.update(caller.tenantId, *before, after, searchTextOf(after)))
        return approval::staleVersion(subjectOf(expenses.find(caller.tenantId, id).value()),
                                      before->version);
    RequestHistoryEntry entry;
    entry.requestId = id;
    entry.action = QStringLiteral("updated");
    entry.fromStatus = before->status;
    entry.toStatus = after.status;
    entry.actorId = caller.userId;
    entry.actorName = caller.name;
    expenseHistory(m_db).append(caller.tenantId, entry);
    const Expense stored = expenses.find(caller.tenantId, id).value();
    MoneyEvents::announce(m_db, call, stored, entry.action);
    AuditRepository(m_db).append(call.audit(QStringLiteral("expense.updated"),
                                            QStringLiteral("expense"), id, stored.locationId,
                                            toJsonText(*before), toJsonText(stored)));
    tx.commit();
    m_events.notifyCommitted();
    return stored;
}

Result<Expense>
ExpenseService::decide(const CallContext &call, qint64 id, const ApprovalDecision &decision)
{
    const Principal &caller = call.principal;
    ExpenseRepository expenses(m_db);
    Transaction tx(m_db);
    const std::optional<Expense> before = expenses.findForUpdate(caller.tenantId, id);
    if (!before || !canSeeMoney(caller, before->employeeId, before->locationId))
        return noSuchExpense(id);
    const Result<QString> next =
        approval::checkStep(caller, workflow(), subjectOf(*before), decision);
    if (!next)
        return next.failure();

    Expense after = *before;
    after.status = *next;
    if (approval::isDecision(decision.action)) {
        after.decidedBy = caller.userId;
        after.decidedByName = caller.name;
        after.decidedAt = nowTimestamp();
        after.decisionComment = decision.comment;
    }
    if (decision.action == kReimburse)
        after.reimbursedAt = nowTimestamp();
    after.version = before->version + 1;
    after.updatedAt = nowTimestamp();
    if (!expenses.update(caller.tenantId, *before, after, searchTextOf(after)))
        return approval::staleVersion(subjectOf(expenses.find(caller.tenantId, id).value()),
                                      before->version);

    RequestHistoryEntry entry;
    entry.requestId = id;
    entry.action = approval::pastTense(decision.action);
    entry.fromStatus = before->status;
    entry.toStatus = after.status;
    entry.actorId = caller.userId;
    entry.actorName = caller.name;
    entry.comment = decision.comment;
    expenseHistory(m_db).append(caller.tenantId, entry);
    const Expense stored = expenses.find(caller.tenantId, id).value();
    MoneyEvents::announce(m_db, call, stored, entry.action);
    NotificationService::raise(
        m_db, call, {before->employeeId},
        notificationAbout(
            stored, QStringLiteral("expense.decided"),
            QStringLiteral("Your expense (%1) was %2").arg(shortly(stored), entry.action),
            decision.comment));
    AuditRepository(m_db).append(call.audit(QStringLiteral("expense.") + entry.action,
                                            QStringLiteral("expense"), id, before->locationId,
                                            toJsonText(*before), toJsonText(stored)));
    tx.commit();
    m_events.notifyCommitted();
    return stored;
}

Result<RequestHistoryEntry>
ExpenseService::comment(const CallContext &call, qint64 id, const QString &text)
{
    const Principal &caller = call.principal;
    Transaction tx(m_db);
    const std::optional<Expense> expense = ExpenseRepository(m_db).find(caller.tenantId, id);
    if (!expense || !canSeeMoney(caller, expense->employeeId, expense->locationId))
        return noSuchExpense(id);
    RequestHistoryEntry entry;
    entry.requestId = id;
    entry.action = QStringLiteral("commented");
    entry.actorId = caller.userId;
    entry.actorName = caller.name;
    entry.comment = text;
    entry = expenseHistory(m_db).append(caller.tenantId, entry);
    MoneyEvents::announce(m_db, call, *expense, entry.action);
    NotificationService::raise(
        m_db, call, {expense->employeeId},
        notificationAbout(
            *expense, QStringLiteral("expense.commented"),
            QStringLiteral("%1 commented on your expense (%2)").arg(caller.name, shortly(*expense)),
            text));
    tx.commit();
    m_events.notifyCommitted();
    return entry;
}

Result<QList<RequestHistoryEntry>> ExpenseService::history(const Principal &caller, qint64 id)
{
    const Result<Expense> expense = get(caller, id);
    if (!expense)
        return expense.failure();
    return expenseHistory(m_db).of(id);
}

} // namespace fielddesk::server
