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

void MoneyClient::inbox(bool toSettle, QObject *context, Callback<QList<LedgerEntry>> callback)
{
    // Both ledgers, one answer: the spiffs are asked for when the expenses are in.
    const auto pathOf = [toSettle](Ledger ledger) {
        const QString resource = ledger == Ledger::Expenses ? QStringLiteral("/api/v1/expenses")
                                                            : QStringLiteral("/api/v1/spiffs");
        const QString filter =
            toSettle ? QStringLiteral("status=approved") : QStringLiteral("awaiting_me=true");
        return [resource, filter](int limit, int offset) {
            return QStringLiteral("%1?%2&limit=%3&offset=%4")
                .arg(resource, filter)
                .arg(limit)
                .arg(offset);
        };
    };
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

void MoneyClient::takeStep(const LedgerEntry &entry,
                           const QString &step,
                           const QString &comment,
                           QObject *context,
                           Callback<LedgerEntry> callback)
{
    QJsonObject body{{QStringLiteral("expected_version"), entry.version}};
    if (!comment.trimmed().isEmpty())
        body.insert(QStringLiteral("comment"), comment.trimmed());
    const QString path = QStringLiteral("/api/v1/%1/%2/%3")
                             .arg(entry.ledger == Ledger::Expenses ? QStringLiteral("expenses")
                                                                   : QStringLiteral("spiffs"))
                             .arg(entry.id)
                             .arg(step);
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
