#include "fielddesk/requests/requestsclient.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/pagedlist.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace fielddesk::requests {

namespace {

using client::ApiResponse;
using client::ApiResult;

using client::itemsOf;

QString requestPath(qint64 id)
{
    return QStringLiteral("/api/v1/requests/%1").arg(id);
}

} // namespace

QString RequestQuery::path(int limit, int offset) const
{
    QUrlQuery query;
    if (!kinds.isEmpty())
        query.addQueryItem(QStringLiteral("kind"), kinds.join(QLatin1Char(',')));
    if (!statuses.isEmpty())
        query.addQueryItem(QStringLiteral("status"), statuses.join(QLatin1Char(',')));
    if (awaitingMe)
        query.addQueryItem(QStringLiteral("awaiting_me"), QStringLiteral("true"));
    if (requesterId)
        query.addQueryItem(QStringLiteral("requester_id"), QString::number(*requesterId));
    if (locationId)
        query.addQueryItem(QStringLiteral("location_id"), QString::number(*locationId));
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), search);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return QStringLiteral("/api/v1/requests?") + query.toString(QUrl::FullyEncoded);
}

RequestsClient::RequestsClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_media(api)
{}

QString RequestsClient::stepName(RequestStep step)
{
    switch (step) {
    case RequestStep::Approve:
        return QStringLiteral("approve");
    case RequestStep::Reject:
        return QStringLiteral("reject");
    case RequestStep::Fulfil:
        return QStringLiteral("fulfil");
    case RequestStep::Cancel:
        return QStringLiteral("cancel");
    case RequestStep::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

QString RequestsClient::attachmentContentType(const QString &fileName)
{
    return client::MediaClient::contentTypeOf(fileName);
}

QString RequestsClient::attachmentSuffix(const QString &contentType)
{
    return client::MediaClient::suffixOf(contentType);
}

void RequestsClient::list(const RequestQuery &query,
                          QObject *context,
                          Callback<QList<Request>> callback)
{
    client::listEveryPage<Request>(
        m_api, [query](int limit, int offset) { return query.path(limit, offset); }, m_pageSize,
        context, std::move(callback));
}

void RequestsClient::request(qint64 id, QObject *context, Callback<Request> callback)
{
    m_api->get(requestPath(id), context, [callback = std::move(callback)](const ApiResponse &r) {
        callback(ApiResult<Request>::fromResponse(
            r, [](const ApiResponse &ok) { return Request::fromJson(ok.json); }));
    });
}

void RequestsClient::file(const QString &kind,
                          const QJsonObject &details,
                          const QList<qint64> &mediaIds,
                          QObject *context,
                          Callback<Request> callback)
{
    QJsonArray media;
    for (const qint64 id : mediaIds)
        media.append(id);
    const QJsonObject body{{QStringLiteral("kind"), kind},
                           {QStringLiteral("details"), details},
                           {QStringLiteral("media_ids"), media}};
    m_api->post(QStringLiteral("/api/v1/requests"), body, context,
                [callback = std::move(callback)](const ApiResponse &r) {
                    callback(ApiResult<Request>::fromResponse(
                        r, [](const ApiResponse &ok) { return Request::fromJson(ok.json); }));
                });
}

void RequestsClient::takeStep(const Request &request,
                              RequestStep step,
                              const QString &comment,
                              QObject *context,
                              Callback<StepOutcome> callback)
{
    QJsonObject body{{QStringLiteral("expected_version"), request.version}};
    if (!comment.trimmed().isEmpty())
        body.insert(QStringLiteral("comment"), comment.trimmed());
    m_api->post(
        requestPath(request.id) + QLatin1Char('/') + stepName(step), body, context,
        [callback = std::move(callback)](const ApiResponse &r) {
            callback(ApiResult<StepOutcome>::fromResponse(r, [](const ApiResponse &ok) {
                StepOutcome outcome{Request::fromJson(ok.json), {}};
                const QJsonArray conflicts = ok.json.value(QStringLiteral("conflicts")).toArray();
                for (const QJsonValue &value : conflicts) {
                    const QJsonObject o = value.toObject();
                    outcome.conflicts.append(
                        {o.value(QStringLiteral("job_id")).toInteger(),
                         o.value(QStringLiteral("title")).toString(),
                         QDateTime::fromString(o.value(QStringLiteral("planned_start")).toString(),
                                               Qt::ISODateWithMs)});
                }
                return outcome;
            }));
        });
}

void RequestsClient::history(qint64 id,
                             QObject *context,
                             Callback<QList<RequestHistoryEntry>> callback)
{
    m_api->get(requestPath(id) + QStringLiteral("/history"), context,
               [callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<QList<RequestHistoryEntry>>::fromResponse(
                       r, [](const ApiResponse &ok) {
                           return itemsOf<RequestHistoryEntry>(
                               ok.json.value(QStringLiteral("results")).toArray());
                       }));
               });
}

void RequestsClient::comment(qint64 id,
                             const QString &text,
                             QObject *context,
                             Callback<client::Done> callback)
{
    m_api->post(requestPath(id) + QStringLiteral("/comments"),
                QJsonObject{{QStringLiteral("text"), text}}, context,
                [callback = std::move(callback)](const ApiResponse &r) {
                    callback(ApiResult<client::Done>::fromResponse(
                        r, [](const ApiResponse &) { return client::Done{}; }));
                });
}

void RequestsClient::catalogs(QObject *context, Callback<Catalogs> callback)
{
    // Two lists, one answer: the second call goes out when the first is in.
    m_api->get(QStringLiteral("/api/v1/tools?active=true&limit=500"), context,
               [this, context, callback = std::move(callback)](const ApiResponse &tools) {
                   if (!tools.ok()) {
                       callback(ApiResult<Catalogs>(*tools.error));
                       return;
                   }
                   Catalogs catalogs;
                   catalogs.tools =
                       itemsOf<Tool>(tools.json.value(QStringLiteral("results")).toArray());
                   m_api->get(QStringLiteral("/api/v1/clothing-items?active=true&limit=500"),
                              context, [catalogs, callback](const ApiResponse &clothing) mutable {
                                  if (!clothing.ok()) {
                                      callback(ApiResult<Catalogs>(*clothing.error));
                                      return;
                                  }
                                  catalogs.clothingItems = itemsOf<ClothingItem>(
                                      clothing.json.value(QStringLiteral("results")).toArray());
                                  callback(ApiResult<Catalogs>(std::move(catalogs)));
                              });
               });
}

void RequestsClient::upload(const QByteArray &bytes,
                            const QString &contentType,
                            QObject *context,
                            Callback<MediaInfo> callback)
{
    m_media.upload(bytes, contentType, context, std::move(callback));
}

void RequestsClient::download(qint64 mediaId, QObject *context, Callback<MediaContent> callback)
{
    m_media.download(mediaId, context, std::move(callback));
}

} // namespace fielddesk::requests
