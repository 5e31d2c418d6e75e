// /expense-categories and /expenses: the categories expenses are filed in and the expenses
// themselves with their workflow (approve, reject, reimburse, cancel), history and comments.
#include "http/bodyreader.h"
#include "routes/apiroutes.h"
#include "routes/approvalroutes.h"
#include "routes/routesupport.h"
#include "services/expenseservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kExpenseCatalogWriters{Role::Admin, Role::Manager};
// A billion major units either way: far beyond any expense, well inside exact JSON numbers.
constexpr double kMaxExpenseMinor = 100000000000.0;

FieldSpec expenseAmountField(const char *name, bool required, double minimum)
{
    return {.name = QLatin1String(name),
            .type = FieldType::Integer,
            .required = required,
            .minimum = minimum,
            .maximum = kMaxExpenseMinor,
            .description = QStringLiteral("whole minor units of the currency (cents)")};
}

FieldSpec currencyField()
{
    return {.name = QStringLiteral("currency"),
            .minLength = 3,
            .maxLength = 3,
            .description = QStringLiteral("ISO 4217; default: the tenant's currency")};
}

const BodySchema kCategory{
    .name = QStringLiteral("ExpenseCategoryWrite"),
    .fields = {{.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
               {.name = QStringLiteral("code"), .required = true, .minLength = 1, .maxLength = 64},
               {.name = QStringLiteral("requires_receipt"), .type = FieldType::Boolean},
               {.name = QStringLiteral("limit_minor"),
                .type = FieldType::Integer,
                .nullable = true,
                .minimum = 1,
                .maximum = kMaxExpenseMinor,
                .description = QStringLiteral("in the tenant's currency; over it is flagged")},
               {.name = QStringLiteral("active"), .type = FieldType::Boolean}}};

QList<FieldSpec> expenseFieldSpecs(bool creating)
{
    return {{.name = QStringLiteral("date"),
             .required = creating,
             .minLength = 10,
             .maxLength = 10,
             .description = QStringLiteral("YYYY-MM-DD")},
            idField(QStringLiteral("category_id"), Nullable::No, creating),
            expenseAmountField("amount_minor", creating, -kMaxExpenseMinor),
            currencyField(),
            {.name = QStringLiteral("merchant"), .maxLength = 200},
            {.name = QStringLiteral("description"),
             .required = creating,
             .minLength = 1,
             .maxLength = 4000},
            idField(QStringLiteral("job_id"), Nullable::Yes),
            {.name = QStringLiteral("media_ids"),
             .type = FieldType::IdList,
             .maxLength = 20,
             .description = QStringLiteral("receipts the caller uploaded (POST /media)")}};
}

const BodySchema kExpenseCreate{
    .name = QStringLiteral("ExpenseCreate"),
    .fields =
        expenseFieldSpecs(true) +
        QList<FieldSpec>{{.name = QStringLiteral("corrects_id"),
                          .type = FieldType::Integer,
                          .minimum = 1,
                          .description = QStringLiteral("the approved expense this one corrects; a "
                                                        "correction alone may be negative")},
                         idField(QStringLiteral("location_id"))}};

const BodySchema kExpenseUpdate{.name = QStringLiteral("ExpenseUpdate"),
                                .fields =
                                    expenseFieldSpecs(false) +
                                    QList<FieldSpec>{idField(QStringLiteral("expected_version"))}};

const BodySchema kExpenseDecision{
    .name = QStringLiteral("ExpenseDecision"),
    .fields = {idField(QStringLiteral("expected_version")),
               {.name = QStringLiteral("comment"), .maxLength = 2000}}};

const BodySchema kExpenseComment{
    .name = QStringLiteral("ExpenseComment"),
    .fields = {
        {.name = QStringLiteral("text"), .required = true, .minLength = 1, .maxLength = 4000}}};

ExpenseCategoryFields categoryFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .code = read.trimmedText("code"),
            .requiresReceipt = read.boolean("requires_receipt"),
            .limitMinor = read.nullableInteger("limit_minor"),
            .active = read.boolean("active")};
}

ExpenseFields expenseFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.date = read.text("date"),
            .categoryId = read.integer("category_id"),
            .amountMinor = read.integer("amount_minor"),
            .currency = read.text("currency"),
            .merchant = read.trimmedText("merchant"),
            .description = read.trimmedText("description"),
            .jobId = read.nullableInteger("job_id"),
            .mediaIds = read.integers("media_ids"),
            .correctsId = read.integer("corrects_id"),
            .locationId = read.integer("location_id"),
            .expectedVersion = read.integer("expected_version")};
}

void registerCategoryRoutes(Router &router, ExpenseService &expenses)
{
    const QString tag = QStringLiteral("Expenses");
    router.add({"GET",
                QStringLiteral("/api/v1/expense-categories"),
                Access::Authenticated,
                {},
                [&expenses](const ApiRequest &r) {
                    return withListQuery(
                        r, ExpenseRepository::categoryListSpec(),
                        [&](const ListQuery &q) { return expenses.categories(r.caller(), q); });
                },
                {QStringLiteral("Categories expenses are filed in"), tag, nullptr,
                 &ExpenseRepository::categoryListSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/expense-categories"),
                Access::Authenticated,
                kExpenseCatalogWriters,
                [&expenses](const ApiRequest &r) {
                    return withBody(r, kCategory, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(expenses.createCategory(callContext(r), categoryFields(b)),
                                       201);
                    });
                },
                {QStringLiteral("Add an expense category"), tag, &kCategory, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/expense-categories/{id}"),
                Access::Authenticated,
                {},
                [&expenses](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(expenses.category(r.caller(), id));
                    });
                },
                {QStringLiteral("One expense category"), tag}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/expense-categories/{id}"),
         Access::Authenticated,
         kExpenseCatalogWriters,
         [&expenses](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kCategory, WriteMode::Update, [&](const QJsonObject &b) {
                     return respond(expenses.updateCategory(callContext(r), id, categoryFields(b)));
                 });
             });
         },
         {QStringLiteral("Change or deactivate an expense category (partial)"), tag, &kCategory}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/expense-categories/{id}"),
                Access::Authenticated,
                kExpenseCatalogWriters,
                [&expenses](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(expenses.removeCategory(callContext(r), id));
                    });
                },
                {QStringLiteral("Delete a category no expense names (else 409: deactivate it)"),
                 tag, nullptr, nullptr, 204}});
}

} // namespace

void registerExpenseRoutes(Router &router, const Services &services)
{
    ExpenseService &expenses = services.expenses;
    registerCategoryRoutes(router, expenses);
    const QString tag = QStringLiteral("Expenses");
    router.add(
        {"GET",
         QStringLiteral("/api/v1/expenses"),
         Access::Authenticated,
         {},
         [&expenses](const ApiRequest &r) {
             return withListQuery(r, ExpenseRepository::listSpec(),
                                  [&](const ListQuery &q) { return expenses.list(r.caller(), q); });
         },
         {QStringLiteral("Expenses the caller may see; also awaiting_me=true, from=, to= (dates)"),
          tag, nullptr, &ExpenseRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/expenses"),
                Access::Authenticated,
                {},
                [&expenses](const ApiRequest &r) {
                    return withBody(
                        r, kExpenseCreate, WriteMode::Create, [&](const QJsonObject &b) {
                            return respond(expenses.create(callContext(r), expenseFields(b)), 201);
                        });
                },
                {QStringLiteral("File one of your expenses (or a correction of one)"), tag,
                 &kExpenseCreate, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/expenses/{id}"),
                Access::Authenticated,
                {},
                [&expenses](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(expenses.get(r.caller(), id)); });
                },
                {QStringLiteral("One expense"), tag}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/expenses/{id}"),
         Access::Authenticated,
         {},
         [&expenses](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kExpenseUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                     return respond(expenses.update(callContext(r), id, expenseFields(b)));
                 });
             });
         },
         {QStringLiteral("Change your expense while it awaits a decision (else 409)"), tag,
          &kExpenseUpdate}});
    addApprovalRoutes(
        router,
        {QStringLiteral("/api/v1/expenses"), tag, QStringLiteral("expense"), "expense_id",
         ExpenseService::workflow().actions(), &kExpenseDecision, &kExpenseComment},
        [&expenses](const CallContext &call, qint64 id, const ApprovalDecision &decision) {
            return expenses.decide(call, id, decision);
        },
        [&expenses](const Principal &caller, qint64 id) { return expenses.history(caller, id); },
        [&expenses](const CallContext &call, qint64 id, const QString &text) {
            return expenses.comment(call, id, text);
        });
}

} // namespace fielddesk::server
