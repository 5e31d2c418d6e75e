// GET /reports/expenses and GET /reports/spiffs: grouped counts and totals as JSON, or as CSV
// for Accept: text/csv.
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/moneyreportservice.h"

namespace fielddesk::server {

namespace {

ApiResponse answer(const ApiRequest &request, const Result<MoneyReport> &report, const char *file)
{
    if (!report)
        return problemResponse(report.failure());
    if (request.header("accept").toLower().contains("text/csv")) {
        ApiResponse csv = ApiResponse::bytes(report->toCsv(), "text/csv; charset=utf-8");
        csv.headers.append(
            {"Content-Disposition", QByteArray("attachment; filename=\"") + file + ".csv\""});
        return csv;
    }
    return respond(report);
}

// What a report reads from its query; `category`: the expense category's or spiff type's id.
QList<QueryParameter> reportParameters(const char *category)
{
    const QString ids = QStringLiteral("Ids, comma separated");
    return {
        QueryParameter::text("group_by", QStringLiteral("One or two dimensions, comma separated")),
        QueryParameter::text(
            "from", QStringLiteral("First day (YYYY-MM-DD) or an ISO 8601 date-time with a zone")),
        QueryParameter::text(
            "to", QStringLiteral("Last day (YYYY-MM-DD, included) or an ISO 8601 date-time")),
        QueryParameter::text("location_id", ids),
        QueryParameter::text("employee_id", ids),
        QueryParameter::text(category, ids),
        QueryParameter::text("status", QStringLiteral("Statuses, comma separated"))};
}

} // namespace

void registerReportRoutes(Router &router, const Services &services)
{
    MoneyReportService &reports = services.moneyReports;
    const QString tag = QStringLiteral("Reports");
    router.add(
        {"GET",
         QStringLiteral("/api/v1/reports/expenses"),
         Access::Authenticated,
         {},
         [&reports](const ApiRequest &r) {
             return answer(r, reports.report(r.caller(), MoneyKind::Expenses, r.query), "expenses");
         },
         {.summary = QStringLiteral("Expense totals: group_by (one or two of employee, location, "
                                    "category, day, week, month, status), from, to (dates, both "
                                    "included), location_id, employee_id, category_id, status "
                                    "(default approved,reimbursed); Accept: text/csv for CSV"),
          .tag = tag,
          .query = reportParameters("category_id")}});
    router.add(
        {"GET",
         QStringLiteral("/api/v1/reports/spiffs"),
         Access::Authenticated,
         {},
         [&reports](const ApiRequest &r) {
             return answer(r, reports.report(r.caller(), MoneyKind::Spiffs, r.query), "spiffs");
         },
         {.summary =
              QStringLiteral("Spiff totals: group_by (one or two of employee, location, type, "
                             "day, week, month, status), from, to (days earned, both "
                             "included), location_id, employee_id, spiff_type_id, status "
                             "(default approved,paid); Accept: text/csv for CSV"),
          .tag = tag,
          .query = reportParameters("spiff_type_id")}});
}

} // namespace fielddesk::server
