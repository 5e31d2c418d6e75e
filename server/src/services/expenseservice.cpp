#include "services/expenseservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/jobrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "services/attachmentvisibility.h"
#include "services/auditedwrite.h"
#include "services/daterange.h"
#include "services/decidedentries.h"
#include "services/jobwrite.h"
#include "services/locationaccess.h"
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

// "Fuel, 45.20 USD"
QString shortly(const Expense &e)
{
    return QStringLiteral("%1, %2 %3")
        .arg(e.categoryName, decimalText(e.amountMinor, e.currency), e.currency);
}

const DecidedEntryKind<Expense> &expenseKind()
{
    static const DecidedEntryKind<Expense> kind{
        .noun = QStringLiteral("expense"),
        .subject = [](const Expense &e) { return subjectOf(e); },
        .workflow = [](const Expense &) -> const Workflow & { return ExpenseService::workflow(); },
        .visibleTo =
            [](const Principal &caller, const Expense &e) {
                return canSeeMoney(caller, e.employeeId, e.locationId);
            },
        .owner = &Expense::employeeId,
        .described =
            [](const Expense &e) { return QStringLiteral("expense (%1)").arg(shortly(e)); },
        .announce = [](Database &db, const CallContext &call, const Expense &e,
                       const QString &action) { MoneyEvents::announce(db, call, e, action); },
        .paymentAction = kReimburse,
        .paidAt = &Expense::reimbursedAt};
    return kind;
}

} // namespace

const DecidedEntryKind<Expense> &ExpenseService::kind()
{
    return expenseKind();
}

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
    const Result<qint64> location = filingLocation(m_db, caller, fields.locationId);
    if (!location)
        return location.failure();
    expense.locationId = *location;
    if (std::optional<Failure> wrong = apply(caller, expense, fields, true))
        return *wrong;

    Transaction tx(m_db);
    ExpenseRepository expenses(m_db);
    expense = expenses.insert(caller.tenantId, expense);
    expenseKind().history(m_db).append(
        caller.tenantId, historyLine(expense.id, approval::kSubmitted, {}, approval::kSubmitted,
                                     caller.userId, caller.name));
    const Expense stored = expenses.find(caller.tenantId, expense.id).value();
    MoneyEvents::announce(m_db, call, stored, approval::kSubmitted);
    NotificationService::raise(
        m_db, call, UserRepository(m_db).activeManagersAt(caller.tenantId, stored.locationId),
        expenseKind().notificationAbout(
            stored, QStringLiteral(".submitted"),
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
    const Result<MoneyListFilter> extra = moneyListFilterOf(m_db, caller, query);
    if (!extra)
        return extra.failure();
    return ExpenseRepository(m_db).list(caller.tenantId, moneyScopeOf(caller), *extra, query);
}

Result<Expense>
ExpenseService::update(const CallContext &call, qint64 id, const ExpenseFields &fields)
{
    const Principal &caller = call.principal;
    return change(
        call, id, fields.expectedVersion,
        [&](const Expense &before) -> std::optional<Failure> {
            if (before.employeeId != caller.userId)
                return Failure::forbidden(
                    QStringLiteral("Only the employee who filed an expense changes it."));
            if (before.status != approval::kSubmitted)
                return approval::frozen(
                    workflow(), subjectOf(before),
                    kApprovedExpenseStatuses.contains(before.status)
                        ? QStringLiteral("An approved amount never changes: file a "
                                         "correction naming it (corrects_id).")
                        : QString());
            return std::nullopt;
        },
        [&](Expense &after) { return apply(caller, after, fields, false); });
}

} // namespace fielddesk::server
