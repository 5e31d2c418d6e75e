#include "fielddesk/money/moneyclient.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/pagedlist.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace fielddesk::money {

namespace {

using client::ApiResponse;
using client::ApiResult;

NamedId namedIdOf(const QJsonObject &o)
{
    QString name = o.value(QStringLiteral("name")).toString();
    if (name.isEmpty()) // users
        name = o.value(QStringLiteral("display_name")).toString();
    if (name.isEmpty())
        name = o.value(QStringLiteral("email")).toString();
    return {o.value(QStringLiteral("id")).toInteger(), name};
}

// The lists behind the filters, filled as they arrive.
struct PendingChoices
{
    ReportChoices choices;
    int missing = 0;
};

} // namespace

QJsonObject ExpenseDraft::toJson() const
{
    QJsonObject o{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("category_id"), categoryId},
                  {QStringLiteral("amount_minor"), amountMinor},
                  {QStringLiteral("description"), description}};
    if (!currency.isEmpty())
        o.insert(QStringLiteral("currency"), currency);
    if (!merchant.isEmpty())
        o.insert(QStringLiteral("merchant"), merchant);
    if (jobId)
        o.insert(QStringLiteral("job_id"), *jobId);
    QJsonArray media;
    for (qint64 id : mediaIds)
        media.append(id);
    o.insert(QStringLiteral("media_ids"), media);
    return o;
}

QJsonObject SpiffClaim::toJson() const
{
    QJsonObject o{{QStringLiteral("employee_id"), employeeId},
                  {QStringLiteral("spiff_type_id"), spiffTypeId},
                  {QStringLiteral("amount_minor"), amountMinor},
                  {QStringLiteral("reason"), reason}};
    if (!currency.isEmpty())
        o.insert(QStringLiteral("currency"), currency);
    if (jobId)
        o.insert(QStringLiteral("job_id"), *jobId);
    return o;
}

MoneyClient::MoneyClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void MoneyClient::report(const ReportQuery &query, QObject *context, Callback<Report> callback)
{
    m_api->get(query.path(), context,
               [query, callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<Report>::fromResponse(r, [&query](const ApiResponse &ok) {
                       return Report::fromJson(ok.json, query);
                   }));
               });
}

void MoneyClient::reportCsv(const ReportQuery &query,
                            QObject *context,
                            Callback<QByteArray> callback)
{
    m_api->send(client::ApiRequest::get(query.path()).accepting(QByteArrayLiteral("text/csv")),
                context, [callback = std::move(callback)](const ApiResponse &r) {
                    callback(ApiResult<QByteArray>::fromResponse(
                        r, [](const ApiResponse &ok) { return ok.bytes; }));
                });
}

void MoneyClient::entries(const EntryQuery &query,
                          QObject *context,
                          Callback<QList<LedgerEntry>> callback)
{
    const Ledger ledger = query.ledger;
    client::listEveryPage<LedgerEntry>(
        m_api, [query](int limit, int offset) { return query.path(limit, offset); }, kPageSize,
        context, [ledger](const QJsonObject &o) { return LedgerEntry::fromJson(o, ledger); },
        std::move(callback));
}

QString MoneyClient::settleStep(Ledger ledger)
{
    return ledger == Ledger::Expenses ? QStringLiteral("reimburse") : QStringLiteral("pay");
}

QString MoneyClient::resourcePath(Ledger ledger)
{
    return ledger == Ledger::Expenses ? QStringLiteral("/api/v1/expenses")
                                      : QStringLiteral("/api/v1/spiffs");
}

void MoneyClient::bothLedgers(const std::function<PathOfPage(Ledger)> &pathOf,
                              QObject *context,
                              Callback<QList<LedgerEntry>> callback)
{
    // Both ledgers, one answer: the spiffs are asked for when the expenses are in.
    const auto reader = [](Ledger ledger) {
        return [ledger](const QJsonObject &o) { return LedgerEntry::fromJson(o, ledger); };
    };
    client::listEveryPage<LedgerEntry>(
        m_api, pathOf(Ledger::Expenses), kPageSize, context, reader(Ledger::Expenses),
        [this, context, pathOf, reader, callback](const ApiResult<QList<LedgerEntry>> &expenses) {
            if (!expenses) {
                callback(expenses);
                return;
            }
            client::listEveryPage<LedgerEntry>(
                m_api, pathOf(Ledger::Spiffs), kPageSize, context, reader(Ledger::Spiffs),
                [expenses, callback](const ApiResult<QList<LedgerEntry>> &spiffs) {
                    if (!spiffs) {
                        callback(spiffs);
                        return;
                    }
                    QList<LedgerEntry> all = *expenses;
                    all.append(*spiffs);
                    std::stable_sort(all.begin(), all.end(),
                                     [](const LedgerEntry &a, const LedgerEntry &b) {
                                         return a.submittedAt < b.submittedAt;
                                     });
                    callback(ApiResult<QList<LedgerEntry>>(std::move(all)));
                });
        });
}

void MoneyClient::inbox(bool toSettle, QObject *context, Callback<QList<LedgerEntry>> callback)
{
    const QString filter =
        toSettle ? QStringLiteral("status=approved") : QStringLiteral("awaiting_me=true");
    bothLedgers(
        [filter](Ledger ledger) -> PathOfPage {
            return [resource = resourcePath(ledger), filter](int limit, int offset) {
                return QStringLiteral("%1?%2&limit=%3&offset=%4")
                    .arg(resource, filter)
                    .arg(limit)
                    .arg(offset);
            };
        },
        context, std::move(callback));
}

void MoneyClient::entriesOf(qint64 employeeId,
                            const DateRange &range,
                            QObject *context,
                            Callback<QList<LedgerEntry>> callback)
{
    bothLedgers(
        [employeeId, range](Ledger ledger) -> PathOfPage {
            EntryQuery query;
            query.ledger = ledger;
            query.range = range;
            query.employeeId = employeeId;
            return [query](int limit, int offset) { return query.path(limit, offset); };
        },
        context, std::move(callback));
}

void MoneyClient::entry(Ledger ledger, qint64 id, QObject *context, Callback<LedgerEntry> callback)
{
    m_api->get(resourcePath(ledger) + QLatin1Char('/') + QString::number(id), context,
               [ledger, callback = std::move(callback)](const ApiResponse &r) {
                   callback(
                       ApiResult<LedgerEntry>::fromResponse(r, [ledger](const ApiResponse &ok) {
                           return LedgerEntry::fromJson(ok.json, ledger);
                       }));
               });
}

void MoneyClient::create(Ledger ledger,
                         const QJsonObject &body,
                         QObject *context,
                         Callback<LedgerEntry> callback)
{
    m_api->post(resourcePath(ledger), body, context,
                [ledger, callback = std::move(callback)](const ApiResponse &r) {
                    callback(
                        ApiResult<LedgerEntry>::fromResponse(r, [ledger](const ApiResponse &ok) {
                            return LedgerEntry::fromJson(ok.json, ledger);
                        }));
                });
}

void MoneyClient::fileExpense(const ExpenseDraft &draft,
                              QObject *context,
                              Callback<LedgerEntry> callback)
{
    create(Ledger::Expenses, draft.toJson(), context, std::move(callback));
}

void MoneyClient::claimSpiff(const SpiffClaim &claim,
                             QObject *context,
                             Callback<LedgerEntry> callback)
{
    create(Ledger::Spiffs, claim.toJson(), context, std::move(callback));
}

void MoneyClient::expenseCategories(QObject *context, Callback<QList<ExpenseCategory>> callback)
{
    client::listEveryPage<ExpenseCategory>(
        m_api,
        [](int limit, int offset) {
            return QStringLiteral("/api/v1/expense-categories?limit=%1&offset=%2")
                .arg(limit)
                .arg(offset);
        },
        kPageSize, context, std::move(callback));
}

void MoneyClient::spiffTypes(QObject *context, Callback<QList<SpiffType>> callback)
{
    client::listEveryPage<SpiffType>(
        m_api,
        [](int limit, int offset) {
            return QStringLiteral("/api/v1/spiff-types?limit=%1&offset=%2").arg(limit).arg(offset);
        },
        kPageSize, context, std::move(callback));
}

void MoneyClient::tenant(QObject *context, Callback<Tenant> callback)
{
    m_api->get(QStringLiteral("/api/v1/tenants/current"), context,
               [callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<Tenant>::fromResponse(
                       r, [](const ApiResponse &ok) { return Tenant::fromJson(ok.json); }));
               });
}

void MoneyClient::takeStep(const LedgerEntry &entry,
                           const QString &step,
                           const QString &comment,
                           QObject *context,
                           Callback<LedgerEntry> callback)
{
    QJsonObject body{{QStringLiteral("expected_version"), entry.version}};
    if (!comment.trimmed().isEmpty())
        body.insert(QStringLiteral("comment"), comment.trimmed());
    const QString path =
        QStringLiteral("%1/%2/%3").arg(resourcePath(entry.ledger)).arg(entry.id).arg(step);
    const Ledger ledger = entry.ledger;
    m_api->post(
        path, body, context, [ledger, callback = std::move(callback)](const ApiResponse &r) {
            callback(ApiResult<LedgerEntry>::fromResponse(r, [ledger](const ApiResponse &ok) {
                return LedgerEntry::fromJson(ok.json, ledger);
            }));
        });
}

void MoneyClient::choices(QObject *context, Callback<ReportChoices> callback)
{
    struct Source
    {
        QString path;
        QList<NamedId> ReportChoices::*list;
    };
    const QList<Source> sources{
        {QStringLiteral("/api/v1/locations?limit=500"), &ReportChoices::locations},
        {QStringLiteral("/api/v1/users?limit=500"), &ReportChoices::employees},
        {QStringLiteral("/api/v1/expense-categories?limit=500"), &ReportChoices::categories},
        {QStringLiteral("/api/v1/spiff-types?limit=500"), &ReportChoices::spiffTypes}};
    auto pending = std::make_shared<PendingChoices>();
    pending->missing = int(sources.size());
    for (const Source &source : sources) {
        m_api->get(source.path, context, [pending, source, callback](const ApiResponse &r) {
            // A list the caller may not read (403) leaves its filter empty.
            if (r.ok())
                pending->choices.*source.list = client::resultsOf<NamedId>(
                    r, [](const QJsonObject &o) { return namedIdOf(o); });
            if (--pending->missing == 0)
                callback(ApiResult<ReportChoices>(pending->choices));
        });
    }
}

} // namespace fielddesk::money
