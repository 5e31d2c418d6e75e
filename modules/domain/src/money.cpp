#include "fielddesk/domain/money.h"

#include "jsonform.h"

namespace fielddesk {

QStringList allExpenseStatuses()
{
    return {QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("rejected"),
            QStringLiteral("reimbursed"), QStringLiteral("cancelled")};
}

QStringList allSpiffStatuses()
{
    return {QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("rejected"),
            QStringLiteral("paid"), QStringLiteral("cancelled")};
}

constexpr jsonform::Form kExpenseCategoryForm{
    field<"id", &ExpenseCategory::id>,
    field<"name", &ExpenseCategory::name>,
    field<"code", &ExpenseCategory::code>,
    field<"requires_receipt", &ExpenseCategory::requiresReceipt>,
    field<"limit_minor", &ExpenseCategory::limitMinor>,
    field<"active", &ExpenseCategory::active>,
    field<"created_at", &ExpenseCategory::createdAt>,
    field<"updated_at", &ExpenseCategory::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(ExpenseCategory, kExpenseCategoryForm)

constexpr jsonform::Form kExpenseForm{
    field<"id", &Expense::id>,
    field<"date", &Expense::date>,
    field<"category_id", &Expense::categoryId>,
    field<"category_name", &Expense::categoryName>,
    field<"amount_minor", &Expense::amountMinor>,
    field<"currency", &Expense::currency>,
    field<"merchant", &Expense::merchant>,
    field<"description", &Expense::description>,
    field<"job_id", &Expense::jobId>,
    field<"media_ids", &Expense::mediaIds>,
    field<"corrects_id", &Expense::correctsId>,
    field<"status", &Expense::status>,
    field<"employee_id", &Expense::employeeId>,
    object<"employee">(field<"id", &Expense::employeeId>, field<"name", &Expense::employeeName>),
    field<"location_id", &Expense::locationId>,
    field<"over_limit", &Expense::overLimit>,
    objectOrNull<"decided_by", &Expense::decidedBy>(field<"id", &Expense::decidedBy>,
                                                    field<"name", &Expense::decidedByName>),
    textOrNull<"decided_at", &Expense::decidedAt>,
    textOrNull<"decision_comment", &Expense::decisionComment>,
    textOrNull<"reimbursed_at", &Expense::reimbursedAt>,
    field<"submitted_at", &Expense::submittedAt>,
    field<"version", &Expense::version>,
    field<"updated_at", &Expense::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Expense, kExpenseForm)

constexpr jsonform::Form kSpiffTypeForm{
    field<"id", &SpiffType::id>,
    field<"name", &SpiffType::name>,
    field<"default_amount_minor", &SpiffType::defaultAmountMinor>,
    field<"service_id", &SpiffType::serviceId>,
    field<"auto_on_completion", &SpiffType::autoOnCompletion>,
    field<"active", &SpiffType::active>,
    field<"created_at", &SpiffType::createdAt>,
    field<"updated_at", &SpiffType::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(SpiffType, kSpiffTypeForm)

constexpr jsonform::Form kSpiffForm{
    field<"id", &Spiff::id>,
    field<"employee_id", &Spiff::employeeId>,
    object<"employee">(field<"id", &Spiff::employeeId>, field<"name", &Spiff::employeeName>),
    field<"spiff_type_id", &Spiff::spiffTypeId>,
    field<"spiff_type_name", &Spiff::spiffTypeName>,
    field<"amount_minor", &Spiff::amountMinor>,
    field<"currency", &Spiff::currency>,
    field<"job_id", &Spiff::jobId>,
    field<"reason", &Spiff::reason>,
    field<"status", &Spiff::status>,
    field<"location_id", &Spiff::locationId>,
    field<"earned_on", &Spiff::earnedOn>,
    field<"auto", &Spiff::automatic>,
    objectOrNull<"created_by", &Spiff::createdBy>(field<"id", &Spiff::createdBy>,
                                                  field<"name", &Spiff::createdByName>),
    objectOrNull<"decided_by", &Spiff::decidedBy>(field<"id", &Spiff::decidedBy>,
                                                  field<"name", &Spiff::decidedByName>),
    textOrNull<"decided_at", &Spiff::decidedAt>,
    textOrNull<"decision_comment", &Spiff::decisionComment>,
    textOrNull<"paid_at", &Spiff::paidAt>,
    field<"submitted_at", &Spiff::submittedAt>,
    field<"version", &Spiff::version>,
    field<"updated_at", &Spiff::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Spiff, kSpiffForm)

} // namespace fielddesk
