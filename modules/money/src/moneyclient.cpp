#include "fielddesk/money/moneyclient.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/pagedlist.h"

#include <QJsonArray>

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
